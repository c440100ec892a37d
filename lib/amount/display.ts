/**
 * The one display vocabulary for numbers and dates on screen (issue 11, "At a glance").
 *
 * Every function returns what to show (`text`, short and readable) and, where text rounds, the
 * `exact` value for a title / accessible name / copy. Nothing here is localized: the output is
 * identical for every user, like formatAmount and formatUtc.
 *
 * - Token amounts: a precision that depends on size (≥ 1,000: 2 decimals; ≥ 1: 4; below 1:
 *   6), always rounded toward zero so a balance is never shown larger than it is; a non-zero
 *   amount never shows as 0 ("< 0.000001").
 * - Exact token amounts (displayExactToken): every digit, grouped — what a confirmation shows,
 *   because it is what the user signs.
 * - USD: cents, floored by default ("ceil" for what the user owes, so a debt is never shown
 *   smaller than it is); "< $0.01" for dust. Way Card micro-USD goes through the same rule.
 * - Percentages: 2 decimals and a "%" sign, floored by default ("ceil" for a cost such as price
 *   impact, so a cost is never shown smaller); basis points are converted, never shown as "bps".
 * - Exchange rates and prices: 6 decimals, floored.
 * - Dates: relative ("3 d ago", "in 2 h") with the absolute UTC time as `exact`.
 * - Periods: "24 h", "7 d", "30 d" — one label per period.
 */
import { formatAmount } from "./format";
import { divRound } from "./rounding";
import { DEC_SCALE, type Dec } from "./decimal";
import { formatUtc } from "../time/format";
import { PERIOD } from "../time/periods";

export interface Shown {
  /** What the screen shows. */
  text: string;
  /** The exact value (title, screen readers, copy); equals text when nothing was rounded. */
  exact: string;
}

/** Fraction digits for a token amount of this many whole units. */
function tokenDigits(whole: bigint): number {
  if (whole >= 1000n) return 2;
  if (whole >= 1n) return 4;
  return 6;
}

/**
 * A token amount to a precision that suits its size, cut digits floored on the magnitude; "ceil"
 * for a cost or a minimum the user must meet, so it never looks smaller than it is.
 */
export function displayToken(base: bigint, decimals: number, symbol?: string, rounding: DisplayRounding = "floor"): Shown {
  const unit = symbol ? ` ${symbol}` : "";
  const exact = `${formatAmount(base, decimals)}${unit}`;
  const magnitude = base < 0n ? -base : base;
  const digits = Math.min(decimals, tokenDigits(magnitude / 10n ** BigInt(decimals)));
  const cut = formatAmount(base, decimals, { maxFractionDigits: digits, rounding });
  let text = `${cut}${unit}`;
  if (magnitude !== 0n && /^-?0$/.test(cut)) {
    text = `${base < 0n ? "> -" : "< "}0.${"0".repeat(Math.max(0, digits - 1))}1${unit}`;
  }
  return { text, exact };
}

/** Every digit of a token amount, grouped (confirmations: the amount the user signs). */
export function displayExactToken(base: bigint, decimals: number, symbol?: string): Shown {
  const exact = `${formatAmount(base, decimals)}${symbol ? ` ${symbol}` : ""}`;
  return { text: exact, exact };
}

/** Which way cut digits go, on the magnitude: "floor" toward zero, "ceil" away from it. */
export type DisplayRounding = "floor" | "ceil";

/**
 * A USD value as an 18-digit Dec, to cents: the magnitude floored (default) or, for what the
 * user owes, raised ("ceil"). A non-zero value below a cent reads "< $0.01" either way.
 */
export function displayUsd(value: Dec, rounding: DisplayRounding = "floor"): Shown {
  const neg = value < 0n;
  const mag = neg ? -value : value;
  const exact = `${neg ? "-" : ""}$${formatDecPlain(mag)}`;
  const cents = divRound(mag, 10n ** 16n, "floor");
  if (mag > 0n && cents === 0n) return { text: `${neg ? "> -" : "< "}$0.01`, exact };
  const shown = rounding === "ceil" ? divRound(mag, 10n ** 16n, "ceil") : cents;
  return { text: `${neg && shown !== 0n ? "-" : ""}$${formatAmount(shown, 2, { minFractionDigits: 2 })}`, exact };
}

/**
 * Way Card micro-USD (6 decimals) through the same rule as displayUsd; `exact` keeps cents
 * always and the sub-cent digits when there are any ("$5.00", "$12.345678").
 */
export function displayMicroUsd(micro: bigint, rounding: DisplayRounding = "floor"): Shown {
  return { text: displayUsd(micro * 10n ** 12n, rounding).text, exact: exactMicroUsd(micro) };
}

/** Every digit of a micro-USD amount (confirmations: what the user signs). */
export function displayExactMicroUsd(micro: bigint): Shown {
  const exact = exactMicroUsd(micro);
  return { text: exact, exact };
}

function exactMicroUsd(micro: bigint): string {
  const neg = micro < 0n;
  return `${neg ? "-" : ""}$${formatAmount(neg ? -micro : micro, 6, { minFractionDigits: 2 })}`;
}

/**
 * A fraction as an 18-digit Dec (0.0512 → "5.12%") to `digits` decimals: floored (toward
 * -infinity) by default, "ceil" (toward +infinity) for a cost that must not look smaller.
 */
export function displayPercent(fraction: Dec, digits = 2, rounding: DisplayRounding = "floor"): Shown {
  const exact = `${formatDecPlain(fraction * 100n)}%`;
  const scaled = divRound(fraction * 100n * 10n ** BigInt(digits), DEC_SCALE, rounding);
  return { text: `${formatAmount(scaled, digits, { minFractionDigits: digits })}%`, exact };
}

/** A part of a whole given as integers (parts per `whole`) as a percentage, e.g. 10000 per 100000 → "10.00%". */
export function displayRatioPercent(part: bigint, whole: bigint, digits = 2): Shown {
  if (whole <= 0n) throw new RangeError("displayRatioPercent: whole must be positive");
  return displayPercent(divRound(part * DEC_SCALE, whole, "floor"), digits);
}

/** An exchange rate or a price as an 18-digit Dec: 6 decimals, floored ("1.023456"); exact in full. */
export function displayRate(rate: Dec, digits = 6): Shown {
  const neg = rate < 0n;
  const mag = neg ? -rate : rate;
  const scaled = divRound(mag, 10n ** BigInt(18 - digits), "floor");
  const text = `${neg && scaled !== 0n ? "-" : ""}${formatAmount(scaled, digits, { minFractionDigits: digits })}`;
  return { text, exact: `${neg ? "-" : ""}${formatAmount(mag, 18)}` };
}

/** Basis points as a percentage: 10 → "0.10%". "bps" never reaches the screen. */
export function displayBps(bps: number | bigint): Shown {
  const b = BigInt(bps);
  const text = `${formatAmount(b, 2, { minFractionDigits: 2 })}%`;
  return { text, exact: text };
}

/** One label per period: 1 → "24 h", 7 → "7 d", 30 → "30 d". */
export function displayPeriod(days: number): string {
  if (days === 1) return PERIOD.day;
  if (days === 7) return PERIOD.week;
  if (days === 30) return PERIOD.month;
  if (days < 1) return `${Math.round(days * 24)} h`;
  return `${days} d`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "12 Aug" (UTC), for axes and compact lists. */
export function displayDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/**
 * A time relative to `nowMs` ("just now", "5 min ago", "3 h ago", "2 d ago", "in 21 d"); past
 * 60 days the day itself ("12 Aug 2026"). `exact` is the absolute UTC time for the title.
 * `nowMs` is an input (the simulator's clock is not the wall clock).
 */
export function displayWhen(ms: number, nowMs: number): Shown {
  const exact = formatUtc(ms);
  const diff = ms - nowMs;
  const abs = Math.abs(diff);
  const min = 60_000;
  const hour = 60 * min;
  const day = 24 * hour;
  let span: string;
  if (abs < min) return { text: "just now", exact };
  if (abs < hour) span = `${Math.floor(abs / min)} min`;
  else if (abs < day) span = `${Math.floor(abs / hour)} h`;
  else if (abs < 60 * day) span = `${Math.floor(abs / day)} d`;
  else return { text: `${displayDay(ms)} ${new Date(ms).getUTCFullYear()}`, exact };
  return { text: diff < 0 ? `${span} ago` : `in ${span}`, exact };
}

/** A Dec as its full decimal string, trailing zeros trimmed, grouped. */
function formatDecPlain(d: Dec): string {
  return formatAmount(d, 18);
}
