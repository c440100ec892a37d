/**
 * Pure helpers behind the line chart: nice axis ticks, date ticks, nearest-point lookup and the
 * keyboard step. No React here, so each is tested on its own (chart-scale.test.ts).
 */
import { displayDay } from "@/lib/amount/display";

export interface Tick {
  value: number;
  label: string;
}

/** A step of 1, 2, 2.5 or 5 × 10^k that cuts `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const pick = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
  return pick * mag;
}

function decimalsFor(step: number): number {
  // Enough decimals that neighbouring ticks differ (2.5 × 10^-k needs one more than its exponent).
  let d = 0;
  while (d < 12 && Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) > 1e-9 * 10 ** d) d++;
  return d;
}

/**
 * Evenly spaced round values covering [min, max]; the domain is widened to the outer ticks so
 * gridlines land on labelled values. A flat series gets a small band around its value.
 */
export function niceTicks(min: number, max: number, count = 4, unit?: string): { lo: number; hi: number; ticks: Tick[] } {
  let a = min;
  let b = max;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return { lo: 0, hi: 1, ticks: [] };
  if (a === b) {
    const pad = Math.abs(a) > 0 ? Math.abs(a) * 0.01 : 1;
    a -= pad;
    b += pad;
  }
  const step = niceStep(b - a, count);
  const lo = Math.floor(a / step + 1e-9) * step;
  const hi = Math.ceil(b / step - 1e-9) * step;
  const decimals = decimalsFor(step);
  const fmt = new Intl.NumberFormat("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const ticks: Tick[] = [];
  for (let i = 0; lo + i * step <= hi + step * 1e-9 && i < 50; i++) {
    const value = lo + i * step;
    const text = fmt.format(Math.abs(value) < step * 1e-9 ? 0 : value);
    ticks.push({ value, label: unit ? `${text} ${unit}` : text });
  }
  return { lo, hi, ticks };
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
  const { ticks } = niceTicks(x0, x1, count, unit);
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
