/**
 * The fees a pool's liquidity providers earned over a window, from the chain's own volume count.
 *
 * Osmosis's pool manager keeps one running total per pool, TotalVolumeForPool, in OSMO only: each
 * swap's token in (before the taker fee) priced in OSMO through protorev's OSMO pool for that token
 * — a swap paying in a token without an OSMO pool is not counted at all (x/poolmanager trackVolume).
 * Two readings of the total give the volume in between; the providers' share of it is the spread
 * factor on what reaches the pool (the taker fee goes to the chain, not to them).
 *
 * All rounding is down: the APR shown is never more than the chain's count supports.
 */
import { DEC_SCALE, mulIntByDec, type Dec } from "../amount/decimal";

export interface VolumeReading {
  /** Chain time of the reading (block time or the simulator's sample time), ms. */
  timeMs: number;
  /** TotalVolumeForPool's uosmo amount then. */
  volumeOsmo: bigint;
}

/**
 * Spread rewards paid over [start, end], valued in the quote token: volume × (1 − taker fee) ×
 * spread factor in uosmo, then divided by the quote's price in OSMO (uosmo per quote base unit,
 * as SpotPrice answers with the quote as base and uosmo as quote). Null when the window is empty
 * or runs backwards (a reset chain), or the price is not positive.
 */
/** The shortest volume window a fee APR is annualised from. */
export const MIN_FEE_WINDOW_S = 3600;

export function feesFromVolume(
  start: VolumeReading,
  end: VolumeReading,
  p: { spreadFactor: Dec; takerFee: Dec; osmoPerQuote: Dec },
): { feesInWindow: bigint; windowS: number; volumeOsmo: bigint } | null {
  const windowS = Math.floor((end.timeMs - start.timeMs) / 1000);
  const volume = end.volumeOsmo - start.volumeOsmo;
  // Under an hour, one swap annualised reads as an absurd APR: no number rather than that one.
  if (windowS < MIN_FEE_WINDOW_S || volume < 0n || p.osmoPerQuote <= 0n) return null;
  const reachingPool = mulIntByDec(volume, DEC_SCALE - p.takerFee, "floor");
  const feesOsmo = mulIntByDec(reachingPool, p.spreadFactor, "floor");
  return { feesInWindow: (feesOsmo * DEC_SCALE) / p.osmoPerQuote, windowS, volumeOsmo: volume };
}

/**
 * The reading to measure from in a daily series: the newest one at least `windowMs` before the
 * last (a week when there is a week — samples drift by a block or so, so "about a week ago" would
 * fall short), else the oldest (since genesis). Null with fewer than two readings.
 */
export function windowStart<T extends { timeMs: number }>(points: ReadonlyArray<T>, windowMs: number): T | null {
  if (points.length < 2) return null;
  const end = points[points.length - 1].timeMs;
  for (let i = points.length - 2; i >= 0; i--) if (end - points[i].timeMs >= windowMs) return points[i];
  return points[0];
}

/**
 * A two-token pool's fee APR from the chain's numbers, everything valued in its second token
 * (the quote): holdings at the pool's spot price (quote per base, rounded down), fees from the
 * volume window (feesFromVolume), annualised over the holdings' value (fees × year / window /
 * value, rounded down). `baseValue` is the base side's share of that value.
 */
export function poolFeeApr(input: {
  base: string;
  quote: string;
  liquidity: ReadonlyArray<{ denom: string; amount: bigint }>;
  /** Quote per base (SpotPrice with base as base). */
  spotPrice: Dec;
  start: VolumeReading;
  end: VolumeReading;
  spreadFactor: Dec;
  takerFee: Dec;
  /** uosmo per quote base unit; 1 when the quote is OSMO itself. */
  osmoPerQuote: Dec;
}): { fees: Dec; tvl: bigint; baseValue: bigint; feesInWindow: bigint; windowS: number; volumeOsmo: bigint } | null {
  const amountOf = (d: string) => input.liquidity.find((c) => c.denom === d)?.amount ?? 0n;
  const baseValue = mulIntByDec(amountOf(input.base), input.spotPrice, "floor");
  const tvl = baseValue + amountOf(input.quote);
  const f = feesFromVolume(input.start, input.end, input);
  if (!f || tvl <= 0n) return null;
  const fees = (f.feesInWindow * 365n * 86_400n * DEC_SCALE) / (BigInt(f.windowS) * tvl);
  return { fees, tvl, baseValue, ...f };
}

/**
 * How far back the fee APR measures: a week of the simulator's daily samples; live, a day (state
 * older than that needs an archive node, and a pruning node answers a shorter window still).
 */
export const FEE_WINDOW_TARGET_MS = { simulator: 7 * 86_400_000, live: 86_400_000 } as const;

/**
 * The window is shorter than asked for, by more than a tenth: live estimates "a day back" from
 * block times, so it lands near a day, not on it; anything well short was cut by the node (or, in
 * the simulator, by a history that starts later).
 */
export function windowShortened(windowS: number, mode: keyof typeof FEE_WINDOW_TARGET_MS): boolean {
  return windowS * 1000 < FEE_WINDOW_TARGET_MS[mode] * 0.9;
}

/** A window's length for a sentence, whole units rounded down: "7 d 5 h", "7 d", "3 h". */
export function windowText(windowS: number): string {
  const d = Math.floor(windowS / 86_400);
  const h = Math.floor((windowS % 86_400) / 3600);
  if (d === 0) return `${h} h`;
  return h ? `${d} d ${h} h` : `${d} d`;
}
