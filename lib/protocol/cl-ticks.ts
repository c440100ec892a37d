/**
 * Osmosis concentrated-liquidity ticks and prices, for display and range picking in the app
 * (the simulator keeps its own copy of the chain's rules; this is the app's, written from the
 * same public source: osmosis x/concentrated-liquidity/math/tick.go).
 *
 * Price is token1 per token0 ("TIA per milkTIA" for milkTIA/TIA, where milkTIA is token0).
 * Ticks are additive inside a power-of-ten "decade": from 10^k to 10^(k+1) there are 9,000,000
 * ticks, each adding 10^(k-6) (exponentAtPriceOne = -6), so the price of a tick is exact.
 *
 * Fixed point: prices as 18-digit Dec (lib/amount/decimal) where exact; square roots as
 * 36-digit "BigDec" bigints (value × 10^36) like the chain's osmomath.BigDec.
 */
import { DEC_SCALE, type Dec } from "../amount/decimal";

export const BIGDEC_SCALE = 10n ** 36n;
/** value × 10^36, like osmomath.BigDec. */
export type BigDec = bigint;

const EXPONENT_AT_PRICE_ONE = -6;
const TICKS_PER_DECADE = 9_000_000n;
/** Osmosis's bounds: MinInitializedTickV2 (price 10^-30) and MaxTick (price 10^38). */
export const MIN_TICK = -270_000_000;
export const MAX_TICK = 342_000_000;

export class TickError extends RangeError {
  override name = "TickError";
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/**
 * The exact price of a tick as a BigDec (36 digits, exact for every tick down to 10^-30).
 * Mirrors TickToPrice: Go's integer division truncates toward zero, and negative ticks step one
 * exponent further down so precision keeps growing below price 1.
 */
export function tickToPriceBig(tick: number): BigDec {
  if (!Number.isSafeInteger(tick) || tick < MIN_TICK || tick > MAX_TICK) {
    throw new TickError(`tick ${tick} is outside [${MIN_TICK}, ${MAX_TICK}]`);
  }
  if (tick === 0) return BIGDEC_SCALE;
  const t = BigInt(tick);
  const delta = t / TICKS_PER_DECADE; // truncates toward zero, as in Go
  let exponent = BigInt(EXPONENT_AT_PRICE_ONE) + delta;
  if (t < 0n) exponent -= 1n;
  const additive = t - delta * TICKS_PER_DECADE;
  // price = 10^delta + additive × 10^exponent, scaled by 10^36.
  const base = pow10(36 + Number(delta));
  // At the lowest tick the step would be 10^-37, below BigDec's last digit; it adds nothing there.
  return additive === 0n ? base : base + additive * pow10(36 + Number(exponent));
}

/** The tick's price as an 18-digit Dec, truncated (exact for every tick at or above 10^-12). */
export function tickToPrice(tick: number): Dec {
  return tickToPriceBig(tick) / (BIGDEC_SCALE / DEC_SCALE);
}

/** floor(sqrt(n)) for n ≥ 0 (Newton's method on bigints). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError("isqrt of a negative number");
  if (n < 2n) return n;
  // Start above the root (a power of two by bit length), then Newton steps only go down.
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * sqrt of a BigDec price, as a BigDec rounded down. (The chain's MonotonicSqrtBigDec may differ
 * in the 36th digit; amounts derived from it for display are integers rounded down, so that
 * digit never shows.)
 */
export function sqrtBig(price: BigDec): BigDec {
  return isqrt(price * BIGDEC_SCALE);
}

export function tickToSqrtPrice(tick: number): BigDec {
  return sqrtBig(tickToPriceBig(tick));
}

/**
 * The largest tick whose price is at or below `price` (a Dec), by bisection over tickToPrice,
 * which is monotonic. A price outside the chain's range is refused.
 */
export function priceToTickFloor(price: Dec): number {
  const p = price * (BIGDEC_SCALE / DEC_SCALE);
  if (p < tickToPriceBig(MIN_TICK) || p > tickToPriceBig(MAX_TICK)) throw new TickError("price is outside the range a pool can hold");
  let lo = MIN_TICK;
  let hi = MAX_TICK;
  while (lo < hi) {
    const mid = lo + Math.ceil((hi - lo) / 2);
    if (tickToPriceBig(mid) <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Round a tick down / up to a multiple of the pool's tick spacing (positions must sit on it). */
export function tickFloorToSpacing(tick: number, spacing: number): number {
  return Math.floor(tick / spacing) * spacing;
}
export function tickCeilToSpacing(tick: number, spacing: number): number {
  return Math.ceil(tick / spacing) * spacing;
}

/**
 * A price range typed by a user → the ticks a position would use: the lower bound rounded down
 * and the upper rounded up to the spacing, so the range never shrinks below what was asked.
 * Refuses an empty or inverted range with a message for next to the field.
 */
export function rangeToTicks(lower: Dec, upper: Dec, spacing: number): { ok: true; lowerTick: number; upperTick: number } | { ok: false; message: string } {
  if (lower <= 0n || upper <= 0n) return { ok: false, message: "Prices must be greater than 0." };
  if (lower >= upper) return { ok: false, message: "The lower price must be below the upper price." };
  try {
    const lowerTick = tickFloorToSpacing(priceToTickFloor(lower), spacing);
    const upperFloor = priceToTickFloor(upper);
    const upperExact = tickToPriceBig(upperFloor) === upper * (BIGDEC_SCALE / DEC_SCALE);
    const upperTick = tickCeilToSpacing(upperExact ? upperFloor : upperFloor + 1, spacing);
    if (lowerTick < MIN_TICK || upperTick > MAX_TICK) return { ok: false, message: "That range is outside what the pool can hold." };
    if (lowerTick >= upperTick) return { ok: false, message: "The range is narrower than one tick spacing." };
    return { ok: true, lowerTick, upperTick };
  } catch (e) {
    return { ok: false, message: e instanceof TickError ? "That price is outside what the pool can hold." : String(e) };
  }
}
