/**
 * The rate history as chart and table rows: one point per UTC day (that day's last sample)
 * plus the newest sample, so the chart and its table alternative show the same numbers.
 */
import { decToString, type Dec } from "../amount/decimal";
import { formatUtc } from "../time/format";
import type { RateSample } from "./yield";

export interface RateRow {
  timeS: number;
  /** "2026-11-23 14:00 UTC" */
  when: string;
  /** Every digit the oracle stored, trailing zeros trimmed. */
  rate: string;
  /** The rate itself, for the chart (which prints it through the display module). */
  value: Dec;
}

export function dailyRateRows(samples: ReadonlyArray<RateSample>, days: number): RateRow[] {
  if (samples.length === 0) return [];
  const last = samples[samples.length - 1];
  const from = last.timeS - days * 86_400;
  const byDay = new Map<number, RateSample>();
  for (const s of samples) if (s.timeS >= from) byDay.set(Math.floor(s.timeS / 86_400), s);
  const picked = [...byDay.values()];
  if (picked.at(-1) !== last) picked.push(last);
  return picked.map((s) => ({ timeS: s.timeS, when: formatUtc(s.timeS * 1000), rate: decToString(s.rate, { trim: true }), value: s.rate }));
}
