/**
 * Typed view of the Way Card contract (docs/way-card.md): responses converted to bigint at
 * this edge, message builders, and the card's maths mirrored exactly (same integer formulas
 * and rounding as the contract; way-card.test.ts checks them against it) so every refusal is
 * shown before any wallet prompt.
 */
import { toUtf8 } from "@cosmjs/encoding";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { DEC_SCALE, parseDec, type Dec } from "../amount/decimal";
import { formatAmount } from "../amount/format";
import { parseAmount } from "../amount/parse";
import { divRound } from "../amount/rounding";
import { stakeWithdrawMsg, withdrawRewardMsg, type Target } from "./restaking";

export const USD_DECIMALS = 6;
const MICRO = 1_000_000n;

export interface WayCard {
  owner: string;
  /** micro-USD. */
  balance: bigint;
  owed: bigint;
  spentTotal: bigint;
  creditLimit: bigint;
  creditAvailable: bigint;
  collateralDenom: string;
  /** milkTIA base units. */
  collateral: bigint;
  collateralValueUsd: bigint;
  frozen: boolean;
  autoTopUpBps: number;
  horizonDays: number;
  openedAtMs: number;
  lastEpochMs: number | null;
}

export type EntryKind = "open" | "top_up" | "repayment" | "auto_top_up" | "purchase" | "lock" | "unlock" | "close" | "refund";

export interface StatementEntry {
  seq: number;
  timeMs: number;
  kind: EntryKind;
  merchant: string | null;
  amountUsd: bigint;
  balanceAfter: bigint;
  owedAfter: bigint;
  note: string;
}

export interface CardAsset {
  denom: string;
  ticker: string;
  exponent: number;
  symbol: string;
  /** 18-decimal USD per whole token; null when the feed has no price. */
  price: Dec | null;
}

export interface Bounds {
  min: number;
  max: number;
  default: number;
}

export interface WayCardParams {
  program: string;
  collateralDenom: string;
  refundDenom: string;
  assets: CardAsset[];
  autoTopUpBps: Bounds;
  horizonDays: Bounds;
  apr: Dec;
  aprWindowDays: number;
  redemptionRate: Dec | null;
  rateTimeMs: number | null;
}

export interface Merchant {
  id: string;
  name: string;
  category: string;
}

// ---------------------------------------------------------------------------------------------
// Parsing (u128 strings → bigint, seconds → ms)

export function parseCard(raw: any): WayCard | null {
  if (raw === null || raw === undefined) return null;
  return {
    owner: raw.owner,
    balance: BigInt(raw.balance),
    owed: BigInt(raw.owed),
    spentTotal: BigInt(raw.spent_total),
    creditLimit: BigInt(raw.credit_limit),
    creditAvailable: BigInt(raw.credit_available),
    collateralDenom: raw.collateral.denom,
    collateral: BigInt(raw.collateral.amount),
    collateralValueUsd: BigInt(raw.collateral_value_usd),
    frozen: Boolean(raw.frozen),
    autoTopUpBps: Number(raw.auto_top_up_bps),
    horizonDays: Number(raw.horizon_days),
    openedAtMs: Number(raw.opened_at) * 1000,
    lastEpochMs: raw.last_epoch === null ? null : Number(raw.last_epoch) * 1000,
  };
}

export function parseStatement(raw: any): StatementEntry[] {
  return (raw.entries as any[]).map((e) => ({
    seq: Number(e.seq),
    timeMs: Number(e.time) * 1000,
    kind: e.kind,
    merchant: e.merchant ?? null,
    amountUsd: BigInt(e.amount_usd),
    balanceAfter: BigInt(e.balance_after),
    owedAfter: BigInt(e.owed_after),
    note: e.note ?? "",
  }));
}

export function parseParams(raw: any): WayCardParams {
  return {
    program: raw.program,
    collateralDenom: raw.collateral_denom,
    refundDenom: raw.refund_denom,
    assets: (raw.assets as any[]).map((a) => ({ denom: a.denom, ticker: a.ticker, exponent: Number(a.exponent), symbol: a.symbol, price: a.price === null ? null : parseDec(a.price) })),
    autoTopUpBps: raw.auto_top_up_bps,
    horizonDays: raw.horizon_days,
    apr: parseDec(raw.apr),
    aprWindowDays: Number(raw.apr_window_days),
    redemptionRate: raw.redemption_rate === null ? null : parseDec(raw.redemption_rate),
    rateTimeMs: raw.rate_time === null ? null : Number(raw.rate_time) * 1000,
  };
}

export function parseMerchants(raw: any): Merchant[] {
  return (raw.merchants as any[]).map((m) => ({ id: m.id, name: m.name, category: m.category ?? "" }));
}

// ---------------------------------------------------------------------------------------------
// Messages

function execute(sender: string, contract: string, msg: unknown, funds: ReadonlyArray<{ denom: string; amount: bigint }> = []): EncodeObject {
  return {
    typeUrl: "/cosmwasm.wasm.v1.MsgExecuteContract",
    value: { sender, contract, msg: toUtf8(JSON.stringify(msg)), funds: funds.map((f) => ({ denom: f.denom, amount: f.amount.toString() })) },
  };
}

export const wayCardMsgs = {
  open: (contract: string, sender: string, s: { autoTopUpBps: number; horizonDays: number }) =>
    execute(sender, contract, { open_card: { auto_top_up_bps: s.autoTopUpBps, horizon_days: s.horizonDays } }),
  topUp: (contract: string, sender: string, coins: ReadonlyArray<{ denom: string; amount: bigint }>) => execute(sender, contract, { top_up: {} }, coins),
  lock: (contract: string, sender: string, denom: string, amount: bigint) => execute(sender, contract, { lock_collateral: {} }, [{ denom, amount }]),
  unlock: (contract: string, sender: string, amount: bigint) => execute(sender, contract, { unlock_collateral: { amount: amount.toString() } }),
  setAutoTopUp: (contract: string, sender: string, bps: number) => execute(sender, contract, { set_auto_top_up: { bps } }),
  setHorizon: (contract: string, sender: string, days: number) => execute(sender, contract, { set_horizon: { days } }),
  purchase: (contract: string, sender: string, merchant: string, amountUsd: bigint) =>
    execute(sender, contract, { purchase: { merchant, amount_usd: amountUsd.toString() } }),
  freeze: (contract: string, sender: string) => execute(sender, contract, { freeze: {} }),
  unfreeze: (contract: string, sender: string) => execute(sender, contract, { unfreeze: {} }),
  close: (contract: string, sender: string) => execute(sender, contract, { close_card: {} }),
};

/**
 * "Top up from rewards" as one transaction: withdraw every MILK-paying reward (MILK staking
 * per validator, restaking per target), then top up with the MILK those withdrawals pay. The
 * queried pending amounts are floored and rewards only grow until inclusion, so the top-up
 * is always covered.
 */
export function rewardsTopUpMsgs(args: {
  contract: string;
  sender: string;
  withdraws: ReadonlyArray<EncodeObject>;
  milk: bigint;
  milkDenom: string;
}): EncodeObject[] {
  return [...args.withdraws, wayCardMsgs.topUp(args.contract, args.sender, [{ denom: args.milkDenom, amount: args.milk }])];
}

// ---------------------------------------------------------------------------------------------
// Maths (the contract's, to the unit)

/** Token base units → micro-USD, rounded down (the card credits never more than it received). */
export function coinToMicroUsd(amount: bigint, price: Dec, exponent: number): bigint {
  return divRound(amount * price * MICRO, 10n ** BigInt(exponent) * DEC_SCALE, "floor");
}

/** micro-USD → token base units, rounded down (a refund never exceeds the balance). */
export function microUsdToCoin(microUsd: bigint, price: Dec, exponent: number): bigint {
  if (price <= 0n) return 0n;
  return divRound(microUsd * 10n ** BigInt(exponent) * DEC_SCALE, price * MICRO, "floor");
}

/** Credit limit = collateral value × APR × horizon / 365, floored once (micro-USD). */
export function creditLimit(collateral: bigint, price: Dec | null, exponent: number, apr: Dec, horizonDays: number): bigint {
  if (price === null) return 0n;
  return (collateral * price * apr * BigInt(horizonDays) * MICRO) / (10n ** BigInt(exponent) * DEC_SCALE * DEC_SCALE * 365n);
}

export function assetOf(params: WayCardParams, denom: string): CardAsset | undefined {
  return params.assets.find((a) => a.denom === denom);
}

export function collateralAsset(params: WayCardParams): CardAsset {
  return assetOf(params, params.collateralDenom)!;
}

/** The limit a card would have with `collateral` locked over `horizonDays`. */
export function projectedLimit(params: WayCardParams, collateral: bigint, horizonDays: number): bigint {
  const a = collateralAsset(params);
  return creditLimit(collateral, a.price, a.exponent, params.apr, horizonDays);
}

/** The most that can be unlocked now: all of it with nothing owed, else down to what covers the debt. */
export function maxUnlock(card: WayCard, params: WayCardParams): bigint {
  if (card.owed === 0n) return card.collateral;
  const a = collateralAsset(params);
  if (a.price === null) return 0n;
  const n = a.price * params.apr * BigInt(card.horizonDays) * MICRO;
  if (n === 0n) return 0n;
  const d = 10n ** BigInt(a.exponent) * DEC_SCALE * DEC_SCALE * 365n;
  const min = divRound(card.owed * d, n, "ceil");
  return min >= card.collateral ? 0n : card.collateral - min;
}

export function spendable(card: WayCard): bigint {
  return card.balance + card.creditAvailable;
}

/** How a purchase would be paid: the balance first, the rest on credit. */
export function purchaseSplit(card: WayCard, amount: bigint): { fromBalance: bigint; borrowed: bigint } {
  const fromBalance = card.balance < amount ? card.balance : amount;
  return { fromBalance, borrowed: amount - fromBalance };
}

/** What closing would refund (in the refund token), or null when it has no price. */
export function refundPreview(card: WayCard, params: WayCardParams): bigint | null {
  const a = assetOf(params, params.refundDenom);
  if (!a || a.price === null) return card.balance === 0n ? 0n : null;
  return microUsdToCoin(card.balance, a.price, a.exponent);
}

// ---------------------------------------------------------------------------------------------
// Formatting and input checks (each refusal is shown next to its field)

/** micro-USD as "$1,234.56": cents always, sub-cent digits only when present. */
export function formatUsd(micro: bigint): string {
  const sign = micro < 0n ? "-" : "";
  return `${sign}$${formatAmount(micro < 0n ? -micro : micro, USD_DECIMALS, { minFractionDigits: 2 })}`;
}

/** An 18-decimal APR as a percentage with two decimals, rounded down. */
export function formatApr(apr: Dec): string {
  return `${formatAmount(apr / 10n ** 12n, 4, { maxFractionDigits: 2, minFractionDigits: 2 })}%`;
}

export type Check<T> = { ok: true; value: T } | { ok: false; message: string };

export function checkPurchase(card: WayCard | null, merchant: string, input: string): Check<bigint> {
  if (!card) return { ok: false, message: "Open a card first." };
  if (merchant.trim() === "") return { ok: false, message: "Choose a merchant." };
  const parsed = parseAmount(input, USD_DECIMALS);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  if (parsed.value === 0n) return { ok: false, message: "Enter an amount greater than $0." };
  if (card.frozen) return { ok: false, message: "The card is frozen. Unfreeze it to make purchases." };
  const max = spendable(card);
  if (parsed.value > max) {
    return { ok: false, message: `That is more than the card can pay: ${formatUsd(max)} (balance ${formatUsd(card.balance)} plus available credit ${formatUsd(card.creditAvailable)}).` };
  }
  return { ok: true, value: parsed.value };
}

export function checkTokenAmount(input: string, opts: { decimals: number; symbol: string; max: bigint; maxLabel: string }): Check<bigint> {
  const parsed = parseAmount(input, opts.decimals);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  if (parsed.value === 0n) return { ok: false, message: "Enter an amount greater than 0." };
  if (parsed.value > opts.max) return { ok: false, message: `That is more than ${opts.maxLabel}: ${formatAmount(opts.max, opts.decimals)} ${opts.symbol}.` };
  return { ok: true, value: parsed.value };
}

/** A top-up must be worth at least one micro-dollar at the feed price. */
export function checkTopUpValue(asset: CardAsset | undefined, amount: bigint): Check<bigint> {
  if (!asset || asset.price === null) return { ok: false, message: "This token has no price in the feed, so the card cannot take it." };
  const usd = coinToMicroUsd(amount, asset.price, asset.exponent);
  if (usd === 0n) return { ok: false, message: "That is worth less than $0.000001 at the current price." };
  return { ok: true, value: usd };
}

export function checkUnlock(card: WayCard, params: WayCardParams, input: string, decimals: number, symbol: string): Check<bigint> {
  const max = maxUnlock(card, params);
  const r = checkTokenAmount(input, { decimals, symbol, max: card.collateral, maxLabel: "is locked" });
  if (!r.ok) return r;
  if (r.value > max) {
    return {
      ok: false,
      message: `While ${formatUsd(card.owed)} is owed, the rest must still cover it: at most ${formatAmount(max, decimals)} ${symbol} can be unlocked now.`,
    };
  }
  return r;
}

/** Auto top-up share typed as a percentage ("50", "12.5") → basis points within bounds. */
export function checkSharePercent(input: string, bounds: Bounds): Check<number> {
  const parsed = parseAmount(input, 2);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const bps = Number(parsed.value);
  if (bps < bounds.min || bps > bounds.max) return { ok: false, message: `Choose a share from ${bounds.min / 100}% to ${bounds.max / 100}%.` };
  return { ok: true, value: bps };
}

export function checkHorizon(input: string, bounds: Bounds, card: WayCard | null, params: WayCardParams): Check<number> {
  if (!/^\d{1,3}$/.test(input.trim())) return { ok: false, message: "Enter a whole number of days." };
  const days = Number(input.trim());
  if (days < bounds.min || days > bounds.max) return { ok: false, message: `Choose a horizon from ${bounds.min} to ${bounds.max} days.` };
  if (card && card.owed > 0n) {
    const limit = projectedLimit(params, card.collateral, days);
    if (limit < card.owed) return { ok: false, message: `A ${days}-day horizon would set the credit limit to ${formatUsd(limit)}, below the ${formatUsd(card.owed)} owed.` };
  }
  return { ok: true, value: days };
}

export function checkClose(card: WayCard, params: WayCardParams): Check<bigint> {
  if (card.owed > 0n) return { ok: false, message: `The card owes ${formatUsd(card.owed)}. Repay it (top up) before closing.` };
  const refund = refundPreview(card, params);
  if (refund === null) return { ok: false, message: "MILK has no price in the feed right now, so the balance cannot be refunded." };
  return { ok: true, value: refund };
}

// ---------------------------------------------------------------------------------------------
// Rewards routed to the card

export interface RewardSource {
  kind: "staking" | "restaking";
  /** Validator address or restaking target key, for display. */
  label: string;
  milk: bigint;
  withdraw: EncodeObject;
}

/**
 * Every pending reward that pays MILK (floored per source, as the chain pays it), with the
 * message that withdraws it. Sources with less than one base unit are skipped: withdrawing
 * them would cost a fee for nothing.
 */
export function milkRewardSources(args: {
  owner: string;
  milkDenom: string;
  staking: ReadonlyArray<{ validator: string; coins: ReadonlyArray<{ denom: string; amount: bigint }> }>;
  restaking: ReadonlyArray<{ target: Target; coins: ReadonlyArray<{ denom: string; amount: bigint }> }>;
}): { sources: RewardSource[]; milk: bigint } {
  const milkOf = (coins: ReadonlyArray<{ denom: string; amount: bigint }>) => coins.find((c) => c.denom === args.milkDenom)?.amount ?? 0n;
  const sources: RewardSource[] = [
    ...args.staking.map((s) => ({ kind: "staking" as const, label: s.validator, milk: milkOf(s.coins), withdraw: stakeWithdrawMsg(args.owner, s.validator) })),
    ...args.restaking.map((r) => ({ kind: "restaking" as const, label: `${r.target.kind} #${r.target.id}`, milk: milkOf(r.coins), withdraw: withdrawRewardMsg(args.owner, r.target) })),
  ].filter((s) => s.milk > 0n);
  return { sources, milk: sources.reduce((sum, s) => sum + s.milk, 0n) };
}
