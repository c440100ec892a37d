/**
 * A user's transactions as human rows: what happened, what moved, on which chain, whether it
 * worked. The rows' shape, filters and CSV export; the decoding from tx_search answers is in
 * history-decode.ts (it needs CosmJS, so it runs where the reads run, never on the page).
 */
import type { ChainKey } from "../stores/network-store";
import type { CoinAmount } from "./restaking";
import { toCsv } from "./csv";
import { formatUtc } from "../time/format";

export const HISTORY_KINDS = ["Liquid staking", "Restaking", "MILK staking", "Rewards", "Transfers", "Governance", "Way Card", "Contracts", "Other"] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export interface HistoryRow {
  /** chainId:hash — a hash alone is not unique across chains. */
  id: string;
  hash: string;
  chain: ChainKey;
  chainId: string;
  height: number;
  /** Block time; null when it is not known and cannot be estimated. */
  timeMs: number | null;
  /** The block was pruned before this browser saw it: the time is placed between known blocks. */
  timeEstimated?: boolean;
  type: string;
  kind: HistoryKind;
  /** Net coins out of / into the user's account, fee excluded; amounts positive. */
  sentCoins: CoinAmount[];
  receivedCoins: CoinAmount[];
  /** Exact, every digit: the CSV and the value on hover, focus and copy. */
  sent: string;
  received: string;
  fee: string;
  /** The same amounts rounded for the screen (displayCoins); absent, the exact text shows. */
  shown?: { sent: string; received: string; fee: string };
  ok: boolean;
  /** The chain's error text for a failed transaction. */
  error: string;
  memo: string;
  /** Rewards this transaction paid the user as a delegator, per source (claims and auto-withdrawals alike). */
  rewards: RewardPayout[];
}

/** x/distribution pays MILK staking rewards; x/rewards pays restaking rewards. */
export type RewardSource = "restaking" | "milk-staking";

export interface RewardPayout {
  source: RewardSource;
  coins: CoinAmount[];
}

// ---- filters and export ----

export interface HistoryFilters {
  chain: ChainKey | "all";
  kind: HistoryKind | "all";
  /** Inclusive UTC day bounds as YYYY-MM-DD; "" = open. */
  from: string;
  to: string;
}

export const NO_FILTERS: HistoryFilters = { chain: "all", kind: "all", from: "", to: "" };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function dayStartMs(day: string): number | null {
  if (!DAY.test(day)) return null;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** A refusal for a date range that cannot match anything, or null when it is fine. */
export function dateRangeProblem(f: HistoryFilters): string | null {
  if (f.from && dayStartMs(f.from) === null) return "Enter the start date as YYYY-MM-DD.";
  if (f.to && dayStartMs(f.to) === null) return "Enter the end date as YYYY-MM-DD.";
  if (f.from && f.to && f.from > f.to) return "The start date is after the end date.";
  return null;
}

/**
 * Newest first. A date filter drops rows without a known time, because we cannot say they
 * fall inside the range.
 */
export function filterHistory(rows: ReadonlyArray<HistoryRow>, f: HistoryFilters): HistoryRow[] {
  const from = f.from ? dayStartMs(f.from) : null;
  const toStart = f.to ? dayStartMs(f.to) : null;
  const to = toStart === null ? null : toStart + 86_400_000;
  return rows
    .filter((r) => f.chain === "all" || r.chain === f.chain)
    .filter((r) => f.kind === "all" || r.kind === f.kind)
    .filter((r) => (from === null && to === null) || (r.timeMs !== null && (from === null || r.timeMs >= from) && (to === null || r.timeMs < to)))
    .sort((a, b) => (b.timeMs ?? 0) - (a.timeMs ?? 0) || b.height - a.height || a.id.localeCompare(b.id));
}

/** UTC, to the second, the same on screen and in the CSV: "2026-11-23 22:10:05 UTC"; "≈ … (estimated)" for a pruned block. */
function timeCell(ms: number | null, estimated = false): string {
  if (ms === null) return "Unknown (block pruned)";
  return estimated ? `≈ ${formatUtc(ms, "minute")} (estimated)` : formatUtc(ms, "second");
}

export const HISTORY_COLUMNS = ["Time", "Chain", "Type", "Sent", "Received", "Fee", "Status", "Height", "Hash", "Memo"] as const;

export function historyCells(r: HistoryRow, chainLabel: (k: ChainKey) => string): string[] {
  // The chain's error text is part of the status, so the screen and the CSV say the same.
  const status = r.ok ? "Success" : r.error ? `Failed: ${r.error}` : "Failed";
  return [timeCell(r.timeMs, r.timeEstimated), chainLabel(r.chain), r.type, r.sent, r.received, r.fee, status, String(r.height), r.hash, r.memo];
}

export function historyCsv(rows: ReadonlyArray<HistoryRow>, chainLabel: (k: ChainKey) => string): string {
  return toCsv(HISTORY_COLUMNS, rows.map((r) => historyCells(r, chainLabel)));
}
