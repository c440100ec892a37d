import type { EncodeObject } from "@cosmjs/proto-signing";

/**
 * The kinds of transaction the app sends, each with the messages it may carry. A kind's mutation
 * (lib/tx/mutation-options.ts) refuses anything else before a wallet is asked, so a button for
 * one thing can never sign another, and what a kind refetches follows from its messages through
 * the one invalidation table (lib/tx/invalidation.ts).
 */
export type TxKind =
  | "stake"
  | "unstake"
  | "claim"
  | "move"
  | "restake"
  | "restake-rewards"
  | "trust"
  | "milk-stake"
  | "vote"
  | "deposit"
  | "propose"
  | "way-card"
  | "swap"
  | "liquidity";

const EXECUTE = "/cosmwasm.wasm.v1.MsgExecuteContract";
const TRANSFER = "/ibc.applications.transfer.v1.MsgTransfer";
const LST_ACTIONS = new Set(["liquid_stake", "liquid_unstake", "withdraw"]);

/** The top-level key of a CosmWasm execute message ("liquid_stake"), or null when it has none. */
export function wasmAction(msg: EncodeObject): string | null {
  if (msg.typeUrl !== EXECUTE) return null;
  const raw = (msg.value as { msg?: unknown })?.msg;
  try {
    // The platform's strict UTF-8 decoder, not @cosmjs/encoding: live freshness (in every route's
    // first-load JavaScript) reaches this module through the invalidation table.
    const parsed: unknown = JSON.parse(raw instanceof Uint8Array ? new TextDecoder("utf-8", { fatal: true }).decode(raw) : String(raw));
    const keys = parsed && typeof parsed === "object" && !Array.isArray(parsed) ? Object.keys(parsed) : [];
    return keys.length === 1 ? keys[0] : null;
  } catch {
    return null;
  }
}

/** An ICS-20 transfer whose ibc-hooks memo runs a liquid stake on arrival (one-click stake). */
function isHookedStake(msg: EncodeObject): boolean {
  if (msg.typeUrl !== TRANSFER) return false;
  try {
    const memo: unknown = JSON.parse(String((msg.value as { memo?: unknown })?.memo ?? ""));
    const wasm = (memo as { wasm?: { msg?: unknown } })?.wasm?.msg;
    return Boolean(wasm && typeof wasm === "object" && "liquid_stake" in wasm);
  } catch {
    return false;
  }
}

const is = (...typeUrls: string[]) => (m: EncodeObject) => typeUrls.includes(m.typeUrl);
const executes = (action: string) => (m: EncodeObject) => wasmAction(m) === action;
const RESTAKING = /^\/milkyway\.restaking\.v1\.Msg(Delegate|Undelegate)(Pool|Operator|Service)$/;
const MILK_STAKING = is(
  "/cosmos.staking.v1beta1.MsgDelegate",
  "/cosmos.staking.v1beta1.MsgUndelegate",
  "/cosmos.staking.v1beta1.MsgBeginRedelegate",
  "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward",
);
const SWAP = is("/osmosis.poolmanager.v1beta1.MsgSwapExactAmountIn", "/osmosis.poolmanager.v1beta1.MsgSwapExactAmountOut");
const LIQUIDITY = (m: EncodeObject) =>
  /^\/osmosis\.concentratedliquidity\.v1beta1\.Msg(CreatePosition|AddToPosition|WithdrawPosition|CollectSpreadRewards)$/.test(m.typeUrl) ||
  /^\/osmosis\.gamm\.v1beta1\.Msg(JoinPool|ExitPool)$/.test(m.typeUrl);
const REWARD_WITHDRAW = is("/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward", "/milkyway.rewards.v1.MsgWithdrawDelegatorReward");

export const TX_KINDS: Readonly<Record<TxKind, { what: string; accepts: (m: EncodeObject) => boolean }>> = {
  stake: { what: "a liquid stake", accepts: (m) => executes("liquid_stake")(m) || isHookedStake(m) },
  unstake: { what: "a liquid unstake", accepts: executes("liquid_unstake") },
  claim: { what: "a claim of unstaked tokens", accepts: executes("withdraw") },
  move: { what: "an IBC transfer", accepts: (m) => m.typeUrl === TRANSFER && !isHookedStake(m) },
  restake: { what: "a restaking delegation", accepts: (m) => RESTAKING.test(m.typeUrl) },
  "restake-rewards": { what: "a rewards withdrawal", accepts: REWARD_WITHDRAW },
  trust: { what: "a trust setting", accepts: is("/milkyway.restaking.v1.MsgSetUserPreferences") },
  "milk-stake": { what: "a MILK staking action", accepts: MILK_STAKING },
  vote: { what: "a vote", accepts: is("/cosmos.gov.v1.MsgVote", "/cosmos.gov.v1.MsgVoteWeighted") },
  deposit: { what: "a deposit", accepts: is("/cosmos.gov.v1.MsgDeposit") },
  propose: { what: "a proposal", accepts: is("/cosmos.gov.v1.MsgSubmitProposal") },
  // A Way Card action executes the card contract; "top up from rewards" withdraws rewards first.
  "way-card": { what: "a Way Card action", accepts: (m) => REWARD_WITHDRAW(m) || (m.typeUrl === EXECUTE && !LST_ACTIONS.has(wasmAction(m) ?? "")) },
  // Buying or selling an LST on an Osmosis pool (Stake's and Unstake's pool routes).
  swap: { what: "a pool swap", accepts: SWAP },
  liquidity: { what: "a liquidity position change", accepts: LIQUIDITY },
};

export class WrongKindError extends Error {
  constructor(kind: TxKind, typeUrl: string) {
    super(`This action sends ${TX_KINDS[kind].what}; it refuses a ${typeUrl.split(".").pop()} message. Nothing was sent.`);
    this.name = "WrongKindError";
  }
}

/** Throws WrongKindError unless every message belongs to the kind (and there is at least one). */
export function assertKind(kind: TxKind, msgs: ReadonlyArray<EncodeObject>): void {
  if (msgs.length === 0) throw new WrongKindError(kind, "empty");
  for (const m of msgs) if (!TX_KINDS[kind].accepts(m)) throw new WrongKindError(kind, m.typeUrl);
}
