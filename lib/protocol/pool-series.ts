/**
 * A pool's daily history as chart and table rows (the same numbers in both): its price against the
 * LST's redemption rate, the volume Osmosis counted each day, and the value it held. Labels are
 * exact strings for the table; `value` is the same number exact, for the chart (a Dec for prices
 * and rates, base units for volume and liquidity).
 */
import { decToString, mulIntByDec, type Dec } from "../amount/decimal";
import { formatAmount } from "../amount/format";
import { formatUtc } from "../time/format";
import type { RateSample } from "./yield";

export interface PoolSeriesPoint {
  timeMs: number;
  spotPrice: Dec | null;
  liquidity: ReadonlyArray<{ denom: string; amount: bigint }>;
  volumeOsmo: bigint;
}

export interface SeriesRow {
  timeS: number;
  when: string;
  label: string;
  value: bigint;
}

const row = (timeMs: number, label: string, value: bigint): SeriesRow => ({ timeS: Math.floor(timeMs / 1000), when: formatUtc(timeMs), label, value });

/** The pool's price (quote per base) at each sample that had liquidity, every digit the chain gave. */
export function priceRows(points: ReadonlyArray<PoolSeriesPoint>): SeriesRow[] {
  return points.flatMap((p) => (p.spotPrice === null ? [] : [row(p.timeMs, decToString(p.spotPrice, { trim: true }), p.spotPrice)]));
}

/** The redemption rate over the same span as the pool's samples (the oracle's samples in it). */
export function rateRowsOver(samples: ReadonlyArray<RateSample>, fromMs: number, toMs: number): SeriesRow[] {
  return samples
    .filter((s) => s.timeS * 1000 >= fromMs && s.timeS * 1000 <= toMs)
    .map((s) => row(s.timeS * 1000, decToString(s.rate, { trim: true }), s.rate));
}

/**
 * Volume counted between consecutive samples (TotalVolumeForPool's growth, uosmo), dated at the
 * later one. A total that shrank (a reset chain) starts over: that interval is left out.
 */
export function volumeRows(points: ReadonlyArray<PoolSeriesPoint>, decimals = 6): SeriesRow[] {
  const rows: SeriesRow[] = [];
  for (let i = 1; i < points.length; i++) {
    const d = points[i].volumeOsmo - points[i - 1].volumeOsmo;
    if (d < 0n) continue;
    rows.push(row(points[i].timeMs, `${formatAmount(d, decimals)} OSMO`, d));
  }
  return rows;
}

/** What the pool held, valued in its quote token at that sample's price (base side rounded down). */
export function liquidityRows(points: ReadonlyArray<PoolSeriesPoint>, base: string, quote: string, quoteSymbol: string, decimals = 6): SeriesRow[] {
  return points.flatMap((p) => {
    if (p.spotPrice === null) return [];
    const amt = (d: string) => p.liquidity.find((c) => c.denom === d)?.amount ?? 0n;
    const value = amt(quote) + mulIntByDec(amt(base), p.spotPrice, "floor");
    return [row(p.timeMs, `${formatAmount(value, decimals)} ${quoteSymbol}`, value)];
  });
}
