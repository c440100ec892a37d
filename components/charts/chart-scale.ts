/**
 * Pure helpers behind the line chart: nice axis ticks, date ticks, nearest-point lookup and the
 * keyboard step, and the words for a value (tick labels and tooltip values go through the
 * display module, lib/amount/display.ts, as the series' unit says). No React here, so each is
 * tested on its own (chart-scale.test.tsx).
 */
import { decToLossyNumber, type Dec } from "@/lib/amount/decimal";
import { displayDay, displayExactToken, displayPercent, displayRate, displayToken, displayUsd, type Shown } from "@/lib/amount/display";
import { formatAmount } from "@/lib/amount/format";
import { toLossyNumber } from "@/lib/amount/lossy";

export interface Tick {
  value: number;
  label: string;
}

/**
 * What a chart's y values are, and so which display rule prints them. Values reach the chart
 * exact: base units for a token, an 18-digit Dec for the rest; the chart makes its own lossy
 * numbers for the geometry.
 * - token: base units of a token with `decimals`, printed by displayToken.
 * - rate: an exchange rate or price (displayRate).
 * - percent: a fraction, 0.05 for 5% (displayPercent).
 * - usd: dollars (displayUsd).
 */
export type ChartFormat = { kind: "token"; decimals: number; symbol: string } | { kind: "rate" } | { kind: "percent" } | { kind: "usd" };

/** Chart geometry for an exact value (floats are for charts only). */
export function lossyValue(value: bigint, format: ChartFormat): number {
  return format.kind === "token" ? toLossyNumber(value, format.decimals) : decToLossyNumber(value);
}

/**
 * A point's value as the tooltip, the live region and the description print it: the display
 * module's rule for the unit, which rounds down (toward zero for tokens, toward -infinity for
 * percentages; rates and USD on the magnitude) — a value never reads larger than it is. `exact`
 * has every digit; the table beside the chart lists those.
 */
export function pointValue(value: bigint, format: ChartFormat): Shown {
  switch (format.kind) {
    case "token":
      return displayToken(value, format.decimals, format.symbol);
    case "rate":
      return displayRate(value);
    case "percent":
      return displayPercent(value);
    case "usd":
      return displayUsd(value);
  }
}

const DEC_DIGITS = 18;

/** A nice step as whole units × 10^exp, so ticks are exact decimals (k × units × 10^exp). */
interface Step {
  units: bigint;
  exp: number;
}

/** A step of 1, 2, 2.5 or 5 × 10^k that cuts `span` into about `count` parts, never below 10^minExp. */
function stepFor(span: number, count: number, minExp = -DEC_DIGITS): Step {
  if (!(span > 0) || !Number.isFinite(span)) return { units: 1n, exp: Math.max(0, minExp) };
  const raw = span / Math.max(1, count);
  const e = Math.floor(Math.log10(raw));
  const norm = raw / 10 ** e;
  const step: Step =
    norm <= 1 ? { units: 1n, exp: e } : norm <= 2 ? { units: 2n, exp: e } : norm <= 2.5 ? { units: 25n, exp: e - 1 } : norm <= 5 ? { units: 5n, exp: e } : { units: 1n, exp: e + 1 };
  return step.exp < minExp ? { units: 1n, exp: minExp } : step;
}

const stepNumber = (s: Step) => Number(s.units) * 10 ** s.exp;

/**
 * A tick's label. A tick is a round number, so nothing is rounded: each rule prints it to the
 * step's decimals, which is exact.
 * - token: every digit (displayExactToken). The token rule's size-based cut (2 decimals from
 *   1,000) would only merge neighbouring ticks — 1,000.0025 and 1,000.005 would both read
 *   1,000 — and a round tick has no other digits to cut. The symbol follows when it is short.
 * - rate: displayRate to the step's decimals ("1.0125").
 * - percent: displayPercent to the step's decimals ("5.25%", "5%").
 * - usd: displayUsd, to the cent where the step has cents, whole dollars otherwise ("$1,250").
 * - none (a plain count such as days): the number, then `suffix`.
 */
function tickLabel(dec: Dec, decimals: number, format: ChartFormat | undefined, suffix: string | undefined): string {
  switch (format?.kind) {
    case "token": {
      const base = dec / 10n ** BigInt(DEC_DIGITS - format.decimals); // exact: the step is ≥ one base unit
      const symbol = format.symbol.length <= 6 && !format.symbol.includes(" ") ? format.symbol : undefined;
      return displayExactToken(base, format.decimals, symbol).text;
    }
    case "rate":
      return displayRate(dec, decimals).text;
    case "percent":
      return displayPercent(dec, Math.max(0, decimals - 2)).text;
    case "usd": {
      const shown = displayUsd(dec);
      return decimals === 0 ? shown.exact : shown.text;
    }
    default: {
      const text = formatAmount(dec, DEC_DIGITS, { minFractionDigits: decimals });
      return suffix ? `${text} ${suffix}` : text;
    }
  }
}

/** The finest step a format can label: one base unit of a token, a cent. */
function minExpFor(format: ChartFormat | undefined): number {
  if (format?.kind === "token") return -format.decimals;
  if (format?.kind === "usd") return -2;
  return -DEC_DIGITS;
}

/**
 * Evenly spaced round values covering [min, max]; the domain is widened to the outer ticks so
 * gridlines land on labelled values. A flat series gets a small band around its value. Labels
 * follow `format` (tickLabel); without one they are plain numbers followed by `suffix`.
 */
export function niceTicks(min: number, max: number, count = 4, format?: ChartFormat, suffix?: string): { lo: number; hi: number; ticks: Tick[] } {
  let a = min;
  let b = max;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return { lo: 0, hi: 1, ticks: [] };
  if (a === b) {
    const pad = Math.abs(a) > 0 ? Math.abs(a) * 0.01 : 1;
    a -= pad;
    b += pad;
  }
  // Tick indices must stay exact integers in a double: no step finer than 10^-15 of the values.
  const magnitude = Math.max(Math.abs(a), Math.abs(b));
  const step = stepFor(b - a, count, Math.max(minExpFor(format), Math.ceil(Math.log10(magnitude)) - 15));
  const size = stepNumber(step);
  const stepDec = step.units * 10n ** BigInt(DEC_DIGITS + step.exp);
  const decimals = Math.max(0, -step.exp);
  const kLo = Math.floor(a / size + 1e-9);
  const kHi = Math.ceil(b / size - 1e-9);
  const ticks: Tick[] = [];
  for (let k = kLo; k <= kHi && k - kLo < 50; k++) {
    ticks.push({ value: k * size, label: tickLabel(BigInt(k) * stepDec, decimals, format, suffix) });
  }
  return { lo: kLo * size, hi: kHi * size, ticks };
}

/** "12 Aug" in UTC (the product prints times in UTC): the one day style, from lib/amount/display. */
export function dayLabel(seconds: number): string {
  return displayDay(seconds * 1000);
}

const DAY = 86_400;

/**
 * Ticks for a time axis in UTC seconds: midnights labelled "12 Aug", about `count` of them;
 * a span shorter than two days gets hour ticks labelled "14:00".
 */
export function timeTicks(x0: number, x1: number, count = 5): Tick[] {
  if (!(x1 > x0)) return Number.isFinite(x0) ? [{ value: x0, label: dayLabel(x0) }] : [];
  const span = x1 - x0;
  if (span < 2 * DAY) {
    const hourSteps = [1, 2, 3, 6, 12];
    const hours = hourSteps.find((h) => span / (h * 3600) <= count + 1) ?? 12;
    const step = hours * 3600;
    const out: Tick[] = [];
    for (let t = Math.ceil(x0 / step) * step; t <= x1; t += step) {
      const d = new Date(t * 1000);
      out.push({ value: t, label: `${String(d.getUTCHours()).padStart(2, "0")}:00` });
    }
    return out;
  }
  const daySteps = [1, 2, 3, 7, 14, 30, 60, 90, 180, 365];
  const days = daySteps.find((n) => span / (n * DAY) <= count + 1) ?? 365;
  const step = days * DAY;
  const out: Tick[] = [];
  for (let t = Math.ceil(x0 / step) * step; t <= x1; t += step) out.push({ value: t, label: dayLabel(t) });
  return out;
}

/** Ticks for a plain numeric x axis ("10 d" with unit "d"), whole numbers only when the data is whole. */
export function numberTicks(x0: number, x1: number, count = 5, unit?: string): Tick[] {
  if (!(x1 > x0)) return Number.isFinite(x0) ? [{ value: x0, label: unit ? `${x0} ${unit}` : String(x0) }] : [];
  const { ticks } = niceTicks(x0, x1, count, undefined, unit);
  return ticks.filter((t) => t.value >= x0 - 1e-9 && t.value <= x1 + 1e-9);
}

/** Index of the value in ascending `xs` closest to `x` (ties go to the earlier point); -1 when empty. */
export function nearestIndex(xs: ReadonlyArray<number>, x: number): number {
  if (xs.length === 0) return -1;
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs(xs[lo - 1] - x) <= Math.abs(xs[lo] - x)) return lo - 1;
  return lo;
}

/**
 * Where a key moves the chart's reading position among `length` points; null for keys the chart
 * does not handle (so Tab and the rest keep their meaning). From no position (-1), any arrow
 * starts at the end for Left and at the start for Right.
 */
export function keyStep(index: number, key: string, length: number): number | null {
  if (length === 0) return null;
  const page = Math.max(1, Math.round(length / 10));
  const clamp = (i: number) => Math.min(length - 1, Math.max(0, i));
  switch (key) {
    case "ArrowRight":
    case "ArrowUp":
      return index < 0 ? 0 : clamp(index + 1);
    case "ArrowLeft":
    case "ArrowDown":
      return index < 0 ? length - 1 : clamp(index - 1);
    case "PageUp":
      return clamp((index < 0 ? 0 : index) + page);
    case "PageDown":
      return clamp((index < 0 ? length - 1 : index) - page);
    case "Home":
      return 0;
    case "End":
      return length - 1;
    default:
      return null;
  }
}
