import type { EncodeObject } from "@cosmjs/proto-signing";
import { DEC_SCALE, decFromRatio, parseDecWire, type Dec } from "../amount/decimal";
import { formatAmount } from "../amount/format";
import { parseAmount } from "../amount/parse";
import { DelegationType } from "../cosmos/proto/gen/milkyway/restaking/v1/models";
import { MILKTIA_ON_MILKYWAY } from "../chains/lsts";

/** MilkyWay restaking (protocol doc §2): parsed views with bigint money, maths and message builders. */

export type TargetKind = "pool" | "operator" | "service";

export interface Target {
  kind: TargetKind;
  id: number;
}

export const DELEGATION_TYPE: Record<TargetKind, DelegationType> = {
  pool: DelegationType.DELEGATION_TYPE_POOL,
  operator: DelegationType.DELEGATION_TYPE_OPERATOR,
  service: DelegationType.DELEGATION_TYPE_SERVICE,
};

export function kindOfDelegationType(t: DelegationType): TargetKind | null {
  if (t === DelegationType.DELEGATION_TYPE_POOL) return "pool";
  if (t === DelegationType.DELEGATION_TYPE_OPERATOR) return "operator";
  if (t === DelegationType.DELEGATION_TYPE_SERVICE) return "service";
  return null;
}

export function targetKey(t: Target): string {
  return `${t.kind}:${t.id}`;
}

export interface CoinAmount {
  denom: string;
  amount: bigint;
}

/**
 * DecCoin amounts arrive as wire integers (value × 10^18); what a user can withdraw is the
 * whole base units, so display floors.
 */
export function decCoinFloor(c: { denom: string; amount: string }): CoinAmount {
  const d = parseDecWire(c.amount || "0");
  return { denom: c.denom, amount: d / DEC_SCALE };
}

/**
 * What withdrawing one target pays: the chain floors each pool's DecCoins to whole coins and
 * then sums the pools (x/rewards decPoolsTruncate → intPoolsSum), so the dust of every pool is
 * lost separately. Flooring the sum instead could promise a unit per pool that never arrives.
 */
export function rewardCoins(pools: ReadonlyArray<{ decCoins: ReadonlyArray<{ denom: string; amount: string }> }>): CoinAmount[] {
  return sumCoins(pools.map((p) => p.decCoins.map(decCoinFloor)));
}

/** Adds coin lists per denom (first-seen denom order), dropping zeros. */
export function sumCoins(lists: ReadonlyArray<ReadonlyArray<CoinAmount>>): CoinAmount[] {
  const sums = new Map<string, bigint>();
  for (const list of lists) for (const c of list) sums.set(c.denom, (sums.get(c.denom) ?? 0n) + c.amount);
  return [...sums].map(([denom, amount]) => ({ denom, amount })).filter((c) => c.amount > 0n);
}

export function amountOf(coins: ReadonlyArray<CoinAmount>, denom: string): bigint {
  return coins.reduce((s, c) => (c.denom === denom ? s + c.amount : s), 0n);
}

export type AmountCheck = { ok: true; value: bigint } | { ok: false; message: string };

/** Delegation amount: a number within the token's decimals, above zero and within the balance. */
export function checkDelegateAmount(input: string, decimals: number, balance: bigint | undefined, symbol: string): AmountCheck {
  const p = parseAmount(input, decimals);
  if (!p.ok) return { ok: false, message: p.message };
  if (p.value === 0n) return { ok: false, message: "Enter an amount greater than 0." };
  if (balance !== undefined && p.value > balance) {
    return { ok: false, message: `That is more than your balance of ${formatAmount(balance, decimals)} ${symbol}.` };
  }
  return { ok: true, value: p.value };
}

/** Undelegation amount: refused above what is delegated, before anything is signed. */
export function checkUndelegateAmount(input: string, decimals: number, delegated: bigint, symbol: string): AmountCheck {
  const p = parseAmount(input, decimals);
  if (!p.ok) return { ok: false, message: p.message };
  if (p.value === 0n) return { ok: false, message: "Enter an amount greater than 0." };
  if (p.value > delegated) {
    return { ok: false, message: `You have only ${formatAmount(delegated, decimals)} ${symbol} delegated here.` };
  }
  return { ok: true, value: p.value };
}

/** Tokens behind a number of shares: shares × tokens / totalShares, floored (doc §2.3). */
export function sharesToTokens(shares: Dec, totalShares: Dec, totalTokens: bigint): bigint {
  if (totalShares === 0n) return 0n;
  return (shares * totalTokens) / totalShares;
}

/** The unbonding-entries guard: the chain refuses the (max+1)-th entry per target. */
export function unbondingEntryState(entries: number, maxEntries: number): "ok" | "last" | "full" {
  if (entries >= maxEntries) return "full";
  if (entries === maxEntries - 1) return "last";
  return "ok";
}

/**
 * APR (doc §2.6) ≈ amount_per_day · 365 · price / TVL_trusted, as an 18-digit fraction.
 * Prices are Dec USD per whole token; amounts are base units of tokens with the given decimals.
 * Null when nothing is trusted (no TVL to divide by).
 */
export function aprEstimate(args: {
  perDay: bigint;
  rewardDecimals: number;
  rewardPrice: Dec;
  tvl: bigint;
  tvlDecimals: number;
  tvlPrice: Dec;
}): Dec | null {
  const yearly = args.perDay * 365n * args.rewardPrice * 10n ** BigInt(args.tvlDecimals);
  const tvl = args.tvl * args.tvlPrice * 10n ** BigInt(args.rewardDecimals);
  if (tvl === 0n) return null;
  return decFromRatio(yearly, tvl, "floor");
}

// ---- messages ----

export function delegateMsg(delegator: string, t: Target, coin: CoinAmount): EncodeObject {
  const amount = { denom: coin.denom, amount: coin.amount.toString() };
  if (t.kind === "pool") return { typeUrl: "/milkyway.restaking.v1.MsgDelegatePool", value: { delegator, amount } };
  if (t.kind === "operator") return { typeUrl: "/milkyway.restaking.v1.MsgDelegateOperator", value: { delegator, operatorId: t.id, amount: [amount] } };
  return { typeUrl: "/milkyway.restaking.v1.MsgDelegateService", value: { delegator, serviceId: t.id, amount: [amount] } };
}

export function undelegateMsg(delegator: string, t: Target, coin: CoinAmount): EncodeObject {
  const amount = { denom: coin.denom, amount: coin.amount.toString() };
  if (t.kind === "pool") return { typeUrl: "/milkyway.restaking.v1.MsgUndelegatePool", value: { delegator, amount } };
  if (t.kind === "operator") return { typeUrl: "/milkyway.restaking.v1.MsgUndelegateOperator", value: { delegator, operatorId: t.id, amount: [amount] } };
  return { typeUrl: "/milkyway.restaking.v1.MsgUndelegateService", value: { delegator, serviceId: t.id, amount: [amount] } };
}

/** Replaces the whole trusted set; an empty poolsIds list means "for every pool". */
export function setTrustMsg(user: string, serviceIds: ReadonlyArray<number>): EncodeObject {
  return {
    typeUrl: "/milkyway.restaking.v1.MsgSetUserPreferences",
    value: { user, preferences: { trustedServices: [...serviceIds].sort((a, b) => a - b).map((serviceId) => ({ serviceId, poolsIds: [] })) } },
  };
}

export function withdrawRewardMsg(delegatorAddress: string, t: Target): EncodeObject {
  return {
    typeUrl: "/milkyway.rewards.v1.MsgWithdrawDelegatorReward",
    value: { delegatorAddress, delegationType: DELEGATION_TYPE[t.kind], delegationTargetId: t.id },
  };
}

/** The restakable assets of doc §0 by their IBC denom on MilkyWay (same hashes on every network). */
const SYMBOLS: Record<string, string> = {
  umilk: "MILK",
  [MILKTIA_ON_MILKYWAY]: "milkTIA",
  "ibc/6C349F0EB135C5FA99301758F35B87DB88403D690E5E314AB080401FEE4066E5": "TIA",
  "ibc/8D4FC51F696E03711B9B37A5787FB89BD2DDBAF788813478B002D552A12F9157": "stTIA",
};

export function denomSymbol(denom: string): string {
  if (SYMBOLS[denom]) return SYMBOLS[denom];
  if (denom.includes("milkBABY") || denom.endsWith("/umilkBABY")) return "milkBABY";
  return denom.length > 16 ? `${denom.slice(0, 10)}…` : denom;
}

// ---- MILK staking (cosmos.staking / cosmos.distribution on MilkyWay) ----

export function stakeDelegateMsg(delegatorAddress: string, validatorAddress: string, amount: bigint, denom = "umilk"): EncodeObject {
  return { typeUrl: "/cosmos.staking.v1beta1.MsgDelegate", value: { delegatorAddress, validatorAddress, amount: { denom, amount: amount.toString() } } };
}

export function stakeUndelegateMsg(delegatorAddress: string, validatorAddress: string, amount: bigint, denom = "umilk"): EncodeObject {
  return { typeUrl: "/cosmos.staking.v1beta1.MsgUndelegate", value: { delegatorAddress, validatorAddress, amount: { denom, amount: amount.toString() } } };
}

export function stakeRedelegateMsg(delegatorAddress: string, from: string, to: string, amount: bigint, denom = "umilk"): EncodeObject {
  return {
    typeUrl: "/cosmos.staking.v1beta1.MsgBeginRedelegate",
    value: { delegatorAddress, validatorSrcAddress: from, validatorDstAddress: to, amount: { denom, amount: amount.toString() } },
  };
}

export function stakeWithdrawMsg(delegatorAddress: string, validatorAddress: string): EncodeObject {
  return { typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward", value: { delegatorAddress, validatorAddress } };
}

/**
 * What Max may stake when the stake is paid in the fee token: the balance minus a fee reserve
 * (gas × min gas price, rounded up), never below zero.
 */
export function maxAfterFee(balance: bigint, gas: bigint, minGasPrice: Dec): bigint {
  const fee = (gas * minGasPrice + DEC_SCALE - 1n) / DEC_SCALE;
  return balance > fee ? balance - fee : 0n;
}

/** A validator's share of the bonded total, as an 18-digit fraction (voting power). */
export function votingShare(tokens: bigint, totalBonded: bigint): Dec {
  return totalBonded === 0n ? 0n : decFromRatio(tokens, totalBonded, "floor");
}

/** "Pool 1 · milkTIA", "Operator · Nebula Restake", "Service · Milky Oracle" (ids while names load). */
export function targetLabel(
  t: Target,
  known: {
    pools?: ReadonlyArray<{ id: number; denom: string }>;
    operators?: ReadonlyArray<{ id: number; moniker: string }>;
    services?: ReadonlyArray<{ id: number; name: string }>;
  },
): string {
  if (t.kind === "pool") {
    const p = known.pools?.find((x) => x.id === t.id);
    return `Pool ${t.id}${p ? ` · ${denomSymbol(p.denom)}` : ""}`;
  }
  if (t.kind === "operator") return `Operator · ${known.operators?.find((o) => o.id === t.id)?.moniker ?? `#${t.id}`}`;
  return `Service · ${known.services?.find((x) => x.id === t.id)?.name ?? `#${t.id}`}`;
}
