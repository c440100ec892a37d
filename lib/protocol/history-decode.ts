/**
 * Transactions from tx_search as history rows. Pure functions over what tx_search returns
 * (events and raw tx bytes), so the same decoding serves the simulator and live chains.
 *
 * Amounts: the user's net change per denom from the bank's coin_spent / coin_received events
 * (which also cover mints and burns), with the fee taken out and shown separately. That is
 * exact and needs no knowledge of each message's semantics.
 */
import { fromUtf8 } from "@cosmjs/encoding";
// The decoder alone: the package index brings the HD wallets and their crypto (chain-reader.ts).
import { decodeTxRaw } from "@cosmjs/proto-signing/build/decode.js";
import { MsgExecuteContract } from "cosmjs-types/cosmwasm/wasm/v1/tx";
import { MsgTransfer } from "cosmjs-types/ibc/applications/transfer/v1/tx";
import { MsgUndelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { MsgUndelegateOperator, MsgUndelegatePool, MsgUndelegateService } from "../cosmos/proto/gen/milkyway/restaking/v1/messages";
import type { ChainKey } from "../stores/network-store";
import { displayCoins, formatCoins, type AssetInfo } from "./assets";
import type { HistoryKind, HistoryRow, RewardPayout, RewardSource } from "./history";
import type { CoinAmount } from "./restaking";

export interface TxEventLike {
  type: string;
  attributes: ReadonlyArray<{ key: string; value: string }>;
}

export interface SearchedTx {
  hash: string;
  height: number;
  code: number;
  rawLog?: string;
  events: ReadonlyArray<TxEventLike>;
  tx: Uint8Array;
}

const COIN = /^(\d+)([a-zA-Z][a-zA-Z0-9/:._-]*)$/;

/** "123utia,5ibc/ABC" → coins. Pieces that do not parse are skipped, never guessed at. */
export function parseCoins(s: string): CoinAmount[] {
  return s
    .split(",")
    .map((p) => COIN.exec(p.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ denom: m[2], amount: BigInt(m[1]) }));
}

/** Σ received − Σ spent per denom for `address`, from bank events. */
export function netCoins(events: ReadonlyArray<TxEventLike>, address: string): Map<string, bigint> {
  const net = new Map<string, bigint>();
  const add = (coins: CoinAmount[], sign: 1n | -1n) => {
    for (const c of coins) net.set(c.denom, (net.get(c.denom) ?? 0n) + sign * c.amount);
  };
  for (const e of events) {
    const attr = (k: string) => e.attributes.find((a) => a.key === k)?.value;
    if (e.type === "coin_received" && attr("receiver") === address) add(parseCoins(attr("amount") ?? ""), 1n);
    if (e.type === "coin_spent" && attr("spender") === address) add(parseCoins(attr("amount") ?? ""), -1n);
  }
  return net;
}

/**
 * Rewards paid to `delegator` by this transaction, read from `withdraw_rewards` events: an
 * explicit claim, a Way Card top-up from rewards, and the auto-withdrawal every delegate,
 * undelegate or trust change triggers all emit one. x/distribution's event names a
 * `validator`; x/rewards' names a `delegation_type`. The coins go to the withdraw address,
 * but they are the delegator's earnings either way, so the delegator is what is matched.
 */
export function rewardPayouts(events: ReadonlyArray<TxEventLike>, delegator: string): RewardPayout[] {
  const out: RewardPayout[] = [];
  for (const e of events) {
    if (e.type !== "withdraw_rewards") continue;
    const attr = (k: string) => e.attributes.find((a) => a.key === k)?.value;
    if (attr("delegator") !== delegator) continue;
    const source: RewardSource | null = attr("delegation_type") !== undefined ? "restaking" : attr("validator") !== undefined ? "milk-staking" : null;
    if (!source) continue;
    const coins = parseCoins(attr("amount") ?? "").filter((c) => c.amount > 0n);
    if (coins.length) out.push({ source, coins });
  }
  return out;
}

const WASM_LABELS: Record<string, { type: string; kind: HistoryKind }> = {
  liquid_stake: { type: "Liquid stake", kind: "Liquid staking" },
  liquid_unstake: { type: "Unstake request", kind: "Liquid staking" },
  withdraw: { type: "Claim unstaked tokens", kind: "Liquid staking" },
};

const LABELS: Record<string, { type: string; kind: HistoryKind }> = {
  "/cosmos.bank.v1beta1.MsgSend": { type: "Send", kind: "Transfers" },
  "/ibc.applications.transfer.v1.MsgTransfer": { type: "IBC transfer", kind: "Transfers" },
  "/ibc.core.channel.v1.MsgRecvPacket": { type: "IBC receive", kind: "Transfers" },
  "/ibc.core.channel.v1.MsgAcknowledgement": { type: "IBC acknowledgement", kind: "Transfers" },
  "/ibc.core.channel.v1.MsgTimeout": { type: "IBC refund (timeout)", kind: "Transfers" },
  "/cosmos.staking.v1beta1.MsgDelegate": { type: "Stake MILK", kind: "MILK staking" },
  "/cosmos.staking.v1beta1.MsgUndelegate": { type: "Unstake MILK", kind: "MILK staking" },
  "/cosmos.staking.v1beta1.MsgBeginRedelegate": { type: "Redelegate MILK", kind: "MILK staking" },
  "/cosmos.staking.v1beta1.MsgCancelUnbondingDelegation": { type: "Cancel MILK unbonding", kind: "MILK staking" },
  "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward": { type: "Claim MILK staking rewards", kind: "Rewards" },
  "/milkyway.rewards.v1.MsgWithdrawDelegatorReward": { type: "Claim restaking rewards", kind: "Rewards" },
  "/milkyway.restaking.v1.MsgDelegatePool": { type: "Restake in a pool", kind: "Restaking" },
  "/milkyway.restaking.v1.MsgDelegateOperator": { type: "Restake with an operator", kind: "Restaking" },
  "/milkyway.restaking.v1.MsgDelegateService": { type: "Restake in a service", kind: "Restaking" },
  "/milkyway.restaking.v1.MsgUndelegatePool": { type: "Unrestake from a pool", kind: "Restaking" },
  "/milkyway.restaking.v1.MsgUndelegateOperator": { type: "Unrestake from an operator", kind: "Restaking" },
  "/milkyway.restaking.v1.MsgUndelegateService": { type: "Unrestake from a service", kind: "Restaking" },
  "/milkyway.restaking.v1.MsgSetUserPreferences": { type: "Set trusted services", kind: "Restaking" },
  "/cosmos.gov.v1.MsgVote": { type: "Vote", kind: "Governance" },
  "/cosmos.gov.v1.MsgVoteWeighted": { type: "Weighted vote", kind: "Governance" },
  "/cosmos.gov.v1.MsgDeposit": { type: "Proposal deposit", kind: "Governance" },
  "/cosmos.gov.v1.MsgSubmitProposal": { type: "Submit proposal", kind: "Governance" },
  "/cosmos.gov.v1beta1.MsgVote": { type: "Vote", kind: "Governance" },
};

/** "MsgWithdrawOperatorCommission" → "Withdraw operator commission". */
function fallbackLabel(typeUrl: string): string {
  const name = typeUrl.slice(typeUrl.lastIndexOf(".") + 1).replace(/^Msg/, "");
  const words = name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : typeUrl;
}

/** The label of one message, looking inside contract calls and IBC memos where that says more. */
export function describeMessage(m: { typeUrl: string; value: Uint8Array }, lstContracts: ReadonlySet<string>, contractNames: ReadonlyMap<string, { name: string; kind: HistoryKind }> = new Map()): { type: string; kind: HistoryKind } {
  if (m.typeUrl === "/cosmwasm.wasm.v1.MsgExecuteContract") {
    try {
      const x = MsgExecuteContract.decode(m.value);
      const method = Object.keys(JSON.parse(fromUtf8(x.msg)) as object)[0] ?? "";
      if (lstContracts.has(x.contract) && WASM_LABELS[method]) return WASM_LABELS[method];
      const known = contractNames.get(x.contract);
      const words = method.replace(/_/g, " ");
      return known ? { type: `${known.name}: ${words}`, kind: known.kind } : { type: `Contract call: ${words}`, kind: "Contracts" };
    } catch {
      return { type: "Contract call", kind: "Contracts" };
    }
  }
  if (m.typeUrl === "/ibc.applications.transfer.v1.MsgTransfer") {
    try {
      // One-click staking is an ICS-20 transfer whose ibc-hooks memo calls liquid_stake.
      if (/"liquid_stake"/.test(MsgTransfer.decode(m.value).memo)) return { type: "One-click stake", kind: "Liquid staking" };
    } catch {
      // Undecodable: fall through to the plain label.
    }
  }
  return LABELS[m.typeUrl] ?? { type: fallbackLabel(m.typeUrl), kind: "Other" };
}

export interface DecodeContext {
  chain: ChainKey;
  chainId: string;
  address: string;
  timeMs: number | null;
  assets: ReadonlyMap<string, AssetInfo>;
  lstContracts: ReadonlySet<string>;
  contractNames?: ReadonlyMap<string, { name: string; kind: HistoryKind }>;
}

/**
 * What an unbonding message will pay back: nothing moves when it is included (the coins return
 * when the unbonding completes), so its row would otherwise show no amount at all.
 */
export function unbondingAmount(messages: ReadonlyArray<{ typeUrl: string; value: Uint8Array }>): CoinAmount[] {
  const out: CoinAmount[] = [];
  const add = (cs: ReadonlyArray<{ denom: string; amount: string }>) => {
    for (const c of cs) if (BigInt(c.amount || "0") > 0n) out.push({ denom: c.denom, amount: BigInt(c.amount) });
  };
  for (const m of messages) {
    try {
      if (m.typeUrl === "/cosmos.staking.v1beta1.MsgUndelegate") add([MsgUndelegate.decode(m.value).amount]);
      else if (m.typeUrl === "/milkyway.restaking.v1.MsgUndelegatePool") add([MsgUndelegatePool.decode(m.value).amount]);
      else if (m.typeUrl === "/milkyway.restaking.v1.MsgUndelegateOperator") add(MsgUndelegateOperator.decode(m.value).amount);
      else if (m.typeUrl === "/milkyway.restaking.v1.MsgUndelegateService") add(MsgUndelegateService.decode(m.value).amount);
    } catch {
      // An undecodable message shows no amount rather than a wrong one.
    }
  }
  return out;
}

function positive(m: Map<string, bigint>, sign: 1n | -1n): CoinAmount[] {
  return [...m]
    .filter(([, a]) => a * sign > 0n)
    .map(([denom, a]) => ({ denom, amount: a * sign }))
    .sort((a, b) => a.denom.localeCompare(b.denom));
}

export function decodeHistoryTx(t: SearchedTx, ctx: DecodeContext): HistoryRow {
  let messages: { typeUrl: string; value: Uint8Array }[] = [];
  let memo = "";
  let fee: CoinAmount[] = [];
  let payer = "";
  try {
    const raw = decodeTxRaw(t.tx);
    messages = raw.body.messages;
    memo = raw.body.memo;
    fee = (raw.authInfo.fee?.amount ?? []).map((c) => ({ denom: c.denom, amount: BigInt(c.amount) })).filter((c) => c.amount > 0n);
    payer = raw.authInfo.fee?.payer ?? "";
  } catch {
    // Undecodable bytes still have events and a status worth showing.
  }
  const feePayer = t.events.find((e) => e.type === "tx" && e.attributes.some((a) => a.key === "fee_payer"))?.attributes.find((a) => a.key === "fee_payer")?.value ?? payer;
  const paidFee = feePayer === ctx.address;

  const net = netCoins(t.events, ctx.address);
  // The fee is shown on its own; the amounts say what the transaction itself moved.
  if (paidFee) for (const c of fee) net.set(c.denom, (net.get(c.denom) ?? 0n) + c.amount);

  const labels = messages.map((m) => describeMessage(m, ctx.lstContracts, ctx.contractNames));
  const first = labels[0] ?? { type: "Transaction", kind: "Other" as HistoryKind };
  let type = labels.length > 1 ? `${first.type} + ${labels.length - 1} more` : first.type;
  if (type === "Send" && !paidFee) type = "Receive";
  const sentCoins = positive(net, -1n);
  const receivedCoins = positive(net, 1n);
  const unbonding = t.code === 0 && sentCoins.length === 0 && receivedCoins.length === 0 ? unbondingAmount(messages) : [];
  return {
    id: `${ctx.chainId}:${t.hash}`,
    hash: t.hash,
    chain: ctx.chain,
    chainId: ctx.chainId,
    height: t.height,
    timeMs: ctx.timeMs,
    type,
    kind: first.kind,
    sentCoins,
    receivedCoins,
    sent: formatCoins(ctx.assets, sentCoins),
    received: unbonding.length ? `${formatCoins(ctx.assets, unbonding)} after unbonding` : formatCoins(ctx.assets, receivedCoins),
    fee: paidFee ? formatCoins(ctx.assets, fee) : "",
    shown: {
      sent: displayCoins(ctx.assets, sentCoins).text,
      received: unbonding.length ? `${displayCoins(ctx.assets, unbonding).text} after unbonding` : displayCoins(ctx.assets, receivedCoins).text,
      fee: paidFee ? displayCoins(ctx.assets, fee).text : "",
    },
    ok: t.code === 0,
    error: t.code === 0 ? "" : (t.rawLog ?? ""),
    memo,
    // A failed transaction paid nothing (its events are rolled back; some nodes still list them).
    rewards: t.code === 0 ? rewardPayouts(t.events, ctx.address) : [],
  };
}
