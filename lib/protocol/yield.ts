/**
 * Liquid-staking yield from the redemption rate (protocol doc §1.3, §1.5). The rate oracle keeps
 * one sample per hour; everything here is exact 18-digit decimal maths on those samples.
 *
 * Rounding: every figure shown as a yield is rounded DOWN (toward −∞) at each step, so an APY
 * or an "earned" amount never overstates what the chain paid. A falling rate gives a negative
 * figure (also rounded toward −∞), shown as such rather than hidden.
 */
import { DEC_SCALE, decFromRatio, decMul, parseDec, type Dec } from "../amount/decimal";
import { divRound } from "../amount/rounding";

export const DAY_S = 86_400;
export const YEAR_S = 365 * DAY_S;

/** One oracle sample: the redemption rate (native per LST) at a unix second. */
export interface RateSample {
  timeS: number;
  rate: Dec;
}

/**
 * The oracle's `historical_redemption_rates` answer, oldest first. Malformed entries are
 * refused with the reason: a chart of half-parsed data would be worse than an error.
 */
export function parseRateHistory(raw: unknown): RateSample[] {
  const list = (raw as { redemption_rates?: unknown } | null)?.redemption_rates;
  if (!Array.isArray(list)) throw new Error("The rate oracle's answer has no redemption_rates list.");
  const out = list.map((e: unknown, i) => {
    const { redemption_rate, update_time } = (e ?? {}) as { redemption_rate?: unknown; update_time?: unknown };
    if (typeof redemption_rate !== "string") throw new Error(`Rate sample ${i} has no redemption_rate.`);
    const t = typeof update_time === "string" ? Number(update_time) : update_time;
    if (typeof t !== "number" || !Number.isSafeInteger(t) || t < 0) throw new Error(`Rate sample ${i} has no valid update_time.`);
    return { timeS: t, rate: parseDec(redemption_rate) };
  });
  return out.sort((a, b) => a.timeS - b.timeS);
}

/** The last sample at or before `timeS` (samples oldest first), or undefined if none is that old. */
export function sampleAt(samples: ReadonlyArray<RateSample>, timeS: number): RateSample | undefined {
  let found: RateSample | undefined;
  for (const s of samples) {
    if (s.timeS > timeS) break;
    found = s;
  }
  return found;
}

/** Relative growth to/from − 1, floored. Zero when the starting rate is zero (nothing to grow). */
export function growth(from: Dec, to: Dec): Dec {
  if (from <= 0n) return 0n;
  return decFromRatio(to - from, from, "floor");
}

/**
 * Yield over a window ending at the newest sample: the growth between the sample at the
 * window's start (or the oldest one, if history is shorter) and the newest. `null` when there
 * are fewer than two samples or they are less than an hour apart, because annualising a
 * minute of history would print nonsense.
 */
export interface WindowYield {
  fromS: number;
  toS: number;
  fromRate: Dec;
  toRate: Dec;
  /** to/from − 1 over the window actually covered. */
  growth: Dec;
  /** Simple annualisation: growth × year / covered seconds. */
  apr: Dec;
  /** Compounded annualisation, see compoundAnnual. */
  apy: Dec;
  /** True when history is shorter than the window asked for. */
  partial: boolean;
}

export function windowYield(samples: ReadonlyArray<RateSample>, windowDays: number): WindowYield | null {
  if (!Number.isInteger(windowDays) || windowDays <= 0) throw new RangeError(`windowYield: windowDays must be a positive integer, got ${windowDays}`);
  if (samples.length < 2) return null;
  const last = samples[samples.length - 1];
  const wanted = last.timeS - windowDays * DAY_S;
  const first = sampleAt(samples, wanted) ?? samples[0];
  const covered = last.timeS - first.timeS;
  if (covered < 3_600) return null;
  const g = growth(first.rate, last.rate);
  return {
    fromS: first.timeS,
    toS: last.timeS,
    fromRate: first.rate,
    toRate: last.rate,
    growth: g,
    apr: annualiseSimple(g, covered),
    apy: compoundAnnual(g, covered),
    partial: first.timeS > wanted,
  };
}

/** growth × YEAR / seconds, floored. */
export function annualiseSimple(g: Dec, seconds: number): Dec {
  if (!Number.isSafeInteger(seconds) || seconds <= 0) throw new RangeError(`annualiseSimple: seconds must be a positive integer, got ${seconds}`);
  return divRound(g * BigInt(YEAR_S), BigInt(seconds), "floor");
}

/**
 * (1+g)^(YEAR/seconds) − 1 without a fractional power: compounded for the whole periods in a
 * year and simple interest for the remaining fraction of a period (the usual banking
 * convention). Each multiplication is floored, so the result never exceeds the exact value
 * of that convention. Growth below −100% is clamped to −100% (a rate cannot go below zero).
 */
export function compoundAnnual(g: Dec, seconds: number): Dec {
  if (!Number.isSafeInteger(seconds) || seconds <= 0) throw new RangeError(`compoundAnnual: seconds must be a positive integer, got ${seconds}`);
  if (g <= -DEC_SCALE) return -DEC_SCALE;
  const whole = Math.floor(YEAR_S / seconds);
  const restS = YEAR_S - whole * seconds;
  const factor = DEC_SCALE + g;
  let acc = decPowFloor(factor, whole);
  if (restS > 0) acc = decMul(acc, DEC_SCALE + divRound(g * BigInt(restS), BigInt(seconds), "floor"), "floor");
  return acc - DEC_SCALE;
}

/** base^n by repeated squaring, each product floored; n ≥ 0. */
export function decPowFloor(base: Dec, n: number): Dec {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`decPowFloor: n must be a non-negative integer, got ${n}`);
  let result = DEC_SCALE;
  let b = base;
  let e = n;
  while (e > 0) {
    if (e & 1) result = decMul(result, b, "floor");
    e = Math.floor(e / 2);
    if (e > 0) b = decMul(b, b, "floor");
  }
  return result;
}

/**
 * Value growth of a holding between two rates, in native base units: holding × (to − from),
 * floored. This is what "earned" means for an LST: nothing is paid out, the same tokens are
 * worth more native tokens.
 */
export function valueGrowth(holding: bigint, from: Dec, to: Dec): bigint {
  return divRound(holding * (to - from), DEC_SCALE, "floor");
}

/** A Dec fraction as a percent string, floored: 0.0512 → "5.12" at 2 digits. */
export function percentString(d: Dec, digits = 2): string {
  const scaled = divRound(d * 100n * 10n ** BigInt(digits), DEC_SCALE, "floor");
  const neg = scaled < 0n;
  const mag = neg ? -scaled : scaled;
  const unit = 10n ** BigInt(digits);
  const int = (mag / unit).toString();
  const frac = digits > 0 ? `.${(mag % unit).toString().padStart(digits, "0")}` : "";
  return `${neg ? "-" : ""}${int}${frac}`;
}
