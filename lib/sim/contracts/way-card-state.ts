import { fromBech32 } from "@cosmjs/encoding";
import type { Dec } from "../../amount/decimal";
import { ContractError, type ContractApi } from "./types";

/**
 * Storage model, bounds and error texts of the Way Card contract (docs/way-card.md). Amounts
 * in the card's unit are micro-USD held as bigint; token amounts are base units as bigint;
 * rates and prices are 18-decimal bigints; times are unix seconds as numbers.
 */

export const CW2 = { contract: "way-card", version: "0.1.0" };

export const BOUNDS = {
  autoTopUpBps: { min: 0, max: 10_000, default: 5_000 },
  horizonDays: { min: 7, max: 90, default: 30 },
} as const;
/** How far back the APR looks: the oldest rate sample no older than this. */
export const APR_WINDOW_DAYS = 30;
/** Rate samples kept (one per day). */
export const MAX_RATE_SAMPLES = 60;
export const STATEMENT_PAGE_MAX = 100;
export const STATEMENT_PAGE_DEFAULT = 20;

export interface AssetConfig {
  denom: string;
  /** Skip connect ticker, `TICKER/USD` in the price feed. */
  ticker: string;
  exponent: number;
  symbol: string;
}

export interface Merchant {
  id: string;
  name: string;
  category: string;
}

export interface Config {
  /** The card program: the only sender of `epoch`. */
  program: string;
  collateral: AssetConfig;
  refund: AssetConfig;
  /** Accepted for top-ups (includes the collateral and refund assets). */
  assets: AssetConfig[];
  merchants: Merchant[];
}

export interface Card {
  owner: string;
  balance: bigint;
  owed: bigint;
  spent_total: bigint;
  collateral: bigint;
  /** Native value of the collateral at its last mark × 10^18 (collateral × rate then). */
  basis: bigint;
  frozen: boolean;
  auto_top_up_bps: number;
  horizon_days: number;
  opened_at: number;
  last_epoch: number | null;
}

export type EntryKind =
  | "open"
  | "top_up"
  | "repayment"
  | "auto_top_up"
  | "purchase"
  | "lock"
  | "unlock"
  | "close"
  | "refund";

export interface Entry {
  seq: number;
  time: number;
  kind: EntryKind;
  merchant: string | null;
  amount_usd: bigint;
  balance_after: bigint;
  owed_after: bigint;
  /** What moved besides the card's dollars, e.g. "12500000umilk at 0.048", or a note. */
  note: string;
}

export interface RateSample {
  rate: Dec;
  time: number;
}

const pad = (n: number) => n.toString().padStart(12, "0");
export const K = {
  config: "config",
  card: (owner: string) => `card/${owner}`,
  cardPrefix: "card/",
  entrySeq: (owner: string) => `seq/${owner}`,
  entry: (owner: string, seq: number) => `stmt/${owner}/${pad(seq)}`,
  entryPrefix: (owner: string) => `stmt/${owner}/`,
  rate: (day: number) => `rate/${pad(day)}`,
  ratePrefix: "rate/",
};

/** Every refusal, word for word; the app shows these to users, so they say what to do. */
export const ERR = {
  parse: (detail: string) => `Error parsing into type way_card::msg::ExecuteMsg: ${detail}`,
  queryParse: (detail: string) => `Error parsing into type way_card::msg::QueryMsg: ${detail}`,
  invalidAddress: (a: string) => `Invalid address: ${a}`,
  unauthorized: (sender: string) => `Unauthorized: ${sender} is not the card program`,
  alreadyOpen: "A Way Card is already open for this address",
  noCard: "No Way Card is open for this address; open one first",
  noFunds: "Send at least one token to top up the card",
  unpriced: (denom: string) => `The card cannot take ${denom}: it has no price in the feed`,
  topUpZero: "The top-up is worth less than $0.000001 at the current price",
  wrongCollateral: (denom: string) => `Only ${denom} can be locked as collateral`,
  collateralFunds: "Send exactly one coin, the collateral token, to lock it",
  noRate: "The card has no redemption rate yet; wait for the card program's first epoch",
  unlockZero: "Enter an amount of collateral to unlock",
  unlockTooMuch: (have: bigint) => `Only ${have} base units of collateral are locked`,
  unlockUncovered: (limit: string, owed: string, max: bigint) =>
    `Unlocking that much would leave a credit limit of ${limit}, below the ${owed} owed; at most ${max} base units can be unlocked now`,
  bpsBounds: `The auto top-up share must be between ${BOUNDS.autoTopUpBps.min} and ${BOUNDS.autoTopUpBps.max} basis points`,
  horizonBounds: `The credit horizon must be between ${BOUNDS.horizonDays.min} and ${BOUNDS.horizonDays.max} days`,
  horizonUncovered: (days: number, limit: string, owed: string) =>
    `A ${days}-day horizon would set the credit limit to ${limit}, below the ${owed} owed`,
  frozen: "The card is frozen; unfreeze it to make purchases",
  alreadyFrozen: "The card is already frozen",
  notFrozen: "The card is not frozen",
  emptyMerchant: "Choose a merchant",
  unknownMerchant: (m: string) => `Unknown merchant: ${m}`,
  zeroAmount: "The amount must be greater than zero",
  overLimit: (amount: string, spendable: string) =>
    `The purchase of ${amount} is more than the card can pay: ${spendable} (balance plus available credit)`,
  closeOwed: (owed: string) => `The card owes ${owed}; repay it before closing the card`,
  reserveShort: (need: bigint, denom: string) => `The card reserve cannot refund ${need}${denom} right now; try again later`,
  funds: "This action takes no funds",
  bpsType: "invalid type for field `bps`, expected u16",
  daysType: "invalid type for field `days`, expected u16",
};

export type Fields = Record<string, unknown>;

export function loadConfig(api: ContractApi): Config {
  const c = api.get<Config>(K.config);
  if (!c) throw new ContractError("Way Card config not found");
  return c;
}

export function loadCard(api: ContractApi, owner: string): Card {
  const c = api.get<Card>(K.card(owner));
  if (!c) throw new ContractError(ERR.noCard);
  return c;
}

export function saveCard(api: ContractApi, card: Card): void {
  api.set(K.card(card.owner), card);
}

export function nowSeconds(api: ContractApi): number {
  return Number(api.env.block.timeNs / 1_000_000_000n);
}

/** Appends a statement line; sequence numbers are per owner and survive close/reopen. */
export function record(api: ContractApi, owner: string, e: Omit<Entry, "seq" | "time">): Entry {
  const seq = (api.get<number>(K.entrySeq(owner)) ?? 0) + 1;
  api.set(K.entrySeq(owner), seq);
  const entry: Entry = { seq, time: nowSeconds(api), ...e };
  api.set(K.entry(owner, seq), entry);
  return entry;
}

export function validateAddress(v: unknown, field: string): string {
  if (typeof v !== "string") throw new ContractError(ERR.parse(`missing field \`${field}\``));
  try {
    fromBech32(v);
  } catch {
    throw new ContractError(ERR.invalidAddress(v));
  }
  return v;
}

export function parseU128(v: unknown, field: string): bigint {
  if (typeof v !== "string" || !/^\d{1,39}$/.test(v)) {
    throw new ContractError(ERR.parse(`invalid type for field \`${field}\`, expected a u128 string`));
  }
  return BigInt(v);
}

/** A u16 that must also sit within bounds; the type error and the bound error differ. */
export function parseBounded(v: unknown, typeErr: string, bounds: { min: number; max: number }, boundsErr: string): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 65_535) throw new ContractError(ERR.parse(typeErr));
  if (v < bounds.min || v > bounds.max) throw new ContractError(boundsErr);
  return v;
}

/** Rate samples, oldest first. */
export function rateSamples(api: ContractApi): RateSample[] {
  return api.keys(K.ratePrefix).map((k) => api.get<RateSample>(k)!);
}
