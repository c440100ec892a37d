/**
 * Typed view of the Way Card contract (docs/way-card.md): responses converted to bigint at
 * this edge, plus the card's derived numbers. The value conversions are the contract's own
 * (lib/amount/way-card-math.ts, shared with lib/sim/contracts), so every refusal is shown
 * before any wallet prompt. Messages: way-card-msgs.ts; input checks: way-card-checks.ts.
 */
import { parseDec, type Dec } from "../amount/decimal";
import { creditLimit, microUsdToCoin, minCollateralFor } from "../amount/way-card-math";

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

// Derived numbers (the contract's, to the unit)

export function assetOf(params: WayCardParams, denom: string): CardAsset | undefined {
  return params.assets.find((a) => a.denom === denom);
}

export function collateralAsset(params: WayCardParams): CardAsset {
  return assetOf(params, params.collateralDenom)!;
}

/** The limit a card would have with `collateral` locked over `horizonDays` (0 without a price). */
export function projectedLimit(params: WayCardParams, collateral: bigint, horizonDays: number): bigint {
  const a = collateralAsset(params);
  return a.price === null ? 0n : creditLimit(collateral, a.price, a.exponent, params.apr, horizonDays);
}

/** The most that can be unlocked now: all of it with nothing owed, else down to what covers the debt. */
export function maxUnlock(card: WayCard, params: WayCardParams): bigint {
  if (card.owed === 0n) return card.collateral;
  const a = collateralAsset(params);
  if (a.price === null) return 0n;
  const min = minCollateralFor(card.owed, a.price, a.exponent, params.apr, card.horizonDays);
  return min === null || min >= card.collateral ? 0n : card.collateral - min;
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
