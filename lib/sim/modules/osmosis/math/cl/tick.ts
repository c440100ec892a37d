/**
 * x/concentrated-liquidity/math/tick.go + precompute.go: Osmosis's geometric tick spacing. Each
 * power of ten of price holds 9,000,000 ticks, each an additive step of 10^(−6 + k) in the k-th
 * decade, so a tick's price is exact (no logarithms) and sqrt prices come from MonotonicSqrt.
 */
import {
  BIG_DEC_ONE,
  bigDecChopPrecision,
  bigDecFromDec,
  bigDecMul,
  bigDecQuo,
  bigDecToDec,
  bigDecTruncateInt,
  type BigDec,
} from "../osmomath/big-dec";
import { monotonicSqrt, monotonicSqrtBigDec } from "../osmomath/monotonic-sqrt";
import {
  EXPONENT_AT_PRICE_ONE,
  GEOMETRIC_EXPONENT_INCREMENT_DISTANCE_IN_TICKS as TICKS_PER_DECADE,
  MAX_SPOT_PRICE,
  MAX_SPOT_PRICE_BIG_DEC,
  MAX_TICK,
  MIN_CURRENT_TICK,
  MIN_CURRENT_TICK_V2,
  MIN_INITIALIZED_TICK,
  MIN_INITIALIZED_TICK_V2,
  MIN_SPOT_PRICE_BIG_DEC,
  MIN_SPOT_PRICE_V2,
} from "./cl-constants";
import { ClError, clErrors } from "./cl-errors";

/** powTenBigDec: 10^e as a BigDec; exact for −36 ≤ e (negative powers are 1/10^|e|). */
export function powTenBigDec(exponent: bigint): BigDec {
  if (exponent >= 0n) return 10n ** exponent * BIG_DEC_ONE;
  if (exponent < -36n) throw new RangeError(`powTenBigDec: 10^${exponent} is below BigDec precision`);
  return 10n ** (36n + exponent);
}

/** Go's int64 `/` and `%`: toward zero, like bigint. Named to make the intent visible. */
const quoTowardZero = (a: bigint, b: bigint) => a / b;

/** TickToAdditiveGeometricIndices: (additive ticks within the decade, decade index). */
export function tickToAdditiveGeometricIndices(tickIndex: bigint): { additiveTicks: bigint; geometricExponentDelta: bigint } {
  if (tickIndex === 0n) return { additiveTicks: 0n, geometricExponentDelta: 0n };
  if (tickIndex === MIN_INITIALIZED_TICK_V2 || tickIndex === MIN_CURRENT_TICK_V2) {
    return { additiveTicks: 0n, geometricExponentDelta: -30n };
  }
  if (tickIndex < MIN_CURRENT_TICK_V2) throw clErrors.tickIndexMinimum(MIN_CURRENT_TICK_V2);
  if (tickIndex > MAX_TICK) throw clErrors.tickIndexMaximum(MAX_TICK);
  const geometricExponentDelta = quoTowardZero(tickIndex, TICKS_PER_DECADE);
  return { additiveTicks: tickIndex - geometricExponentDelta * TICKS_PER_DECADE, geometricExponentDelta };
}

/** TickToPrice: exact price of a tick as a BigDec (no rounding happens here). */
export function tickToPrice(tickIndex: bigint): BigDec {
  if (tickIndex === 0n) return BIG_DEC_ONE;
  if (tickIndex === MIN_INITIALIZED_TICK_V2 || tickIndex === MIN_CURRENT_TICK_V2) return MIN_SPOT_PRICE_V2;
  const { additiveTicks, geometricExponentDelta } = tickToAdditiveGeometricIndices(tickIndex);
  let exponentAtCurrentTick = EXPONENT_AT_PRICE_ONE + geometricExponentDelta;
  let unscaledPrice = 1_000_000n;
  if (tickIndex < 0n) {
    // One more digit of precision below price one, so steps keep shrinking as the price falls.
    exponentAtCurrentTick -= 1n;
    unscaledPrice *= 10n;
  }
  unscaledPrice += additiveTicks;
  const price = powTenBigDec(exponentAtCurrentTick) * unscaledPrice;
  if (price > MAX_SPOT_PRICE_BIG_DEC || price < MIN_SPOT_PRICE_V2) {
    throw clErrors.priceBound(price, MIN_SPOT_PRICE_V2, MAX_SPOT_PRICE);
  }
  return price;
}

/**
 * TickToSqrtPrice: rounded UP (MonotonicSqrt). In the launch range the price is first truncated
 * to 18 digits and rooted as a Dec (state compatibility); below it, rooted at 36 digits.
 */
export function tickToSqrtPrice(tickIndex: bigint): BigDec {
  const price = tickToPrice(tickIndex);
  if (tickIndex >= MIN_INITIALIZED_TICK) return bigDecFromDec(monotonicSqrt(bigDecToDec(price)));
  return monotonicSqrtBigDec(price);
}

/** TicksToSqrtPrice: both bounds of a range; lower must be below upper. */
export function ticksToSqrtPrice(lowerTick: bigint, upperTick: bigint): { lower: BigDec; upper: BigDec } {
  if (lowerTick >= upperTick) throw clErrors.invalidLowerUpperTick(lowerTick, upperTick);
  const upper = tickToSqrtPrice(upperTick);
  return { lower: tickToSqrtPrice(lowerTick), upper };
}

interface Decade {
  initialPrice: BigDec;
  maxPrice: BigDec;
  additiveIncrementPerTick: BigDec;
  initialTick: bigint;
}

/** buildTickExpCache: decades 10^k..10^(k+1) for k in [−30, 37]. */
const decades = new Map<bigint, Decade>();
{
  let maxPrice = BIG_DEC_ONE;
  for (let k = 0n; maxPrice < MAX_SPOT_PRICE_BIG_DEC; k++) {
    const d: Decade = {
      initialPrice: powTenBigDec(k),
      maxPrice: powTenBigDec(k + 1n),
      additiveIncrementPerTick: powTenBigDec(EXPONENT_AT_PRICE_ONE + k),
      initialTick: TICKS_PER_DECADE * k,
    };
    decades.set(k, d);
    maxPrice = d.maxPrice;
  }
  let minPrice = BIG_DEC_ONE;
  for (let k = -1n; minPrice > MIN_SPOT_PRICE_V2; k--) {
    const d: Decade = {
      initialPrice: powTenBigDec(k),
      maxPrice: powTenBigDec(k + 1n),
      additiveIncrementPerTick: powTenBigDec(EXPONENT_AT_PRICE_ONE + k),
      initialTick: TICKS_PER_DECADE * k,
    };
    decades.set(k, d);
    minPrice = d.initialPrice;
  }
}

function decade(k: bigint): Decade {
  const d = decades.get(k);
  if (!d) throw new RangeError(`no tick decade ${k}`);
  return d;
}

/**
 * CalculatePriceToTick: the tick whose price is the greatest not above `price` (rounds DOWN),
 * ignoring tick spacing. Prices in the launch range are first truncated to 18 digits.
 */
export function calculatePriceToTick(priceIn: BigDec): bigint {
  if (priceIn < 0n) throw new ClError("PriceBoundError", "price must be greater than zero");
  if (priceIn > MAX_SPOT_PRICE_BIG_DEC || priceIn < MIN_SPOT_PRICE_V2) {
    throw clErrors.priceBound(priceIn, MIN_SPOT_PRICE_V2, MAX_SPOT_PRICE);
  }
  if (priceIn === BIG_DEC_ONE) return 0n;
  const price = priceIn >= MIN_SPOT_PRICE_BIG_DEC ? bigDecChopPrecision(priceIn, 18) : priceIn;
  let geo: Decade;
  if (price > BIG_DEC_ONE) {
    let k = 0n;
    geo = decade(k);
    while (geo.maxPrice < price) geo = decade(++k);
  } else {
    let k = -1n;
    geo = decade(k);
    while (geo.initialPrice > price) geo = decade(--k);
  }
  const ticksFilled = bigDecQuo(price - geo.initialPrice, geo.additiveIncrementPerTick);
  return bigDecTruncateInt(ticksFilled) + geo.initialTick;
}

/**
 * CalculateSqrtPriceToTick: the bucket t with TickToSqrtPrice(t) ≤ sqrtPrice < TickToSqrtPrice(t+1),
 * found from the squared price and corrected by ±1 against the rounded-up sqrt prices.
 */
export function calculateSqrtPriceToTick(sqrtPrice: BigDec): bigint {
  const price = bigDecMul(sqrtPrice, sqrtPrice);
  let tick = calculatePriceToTick(price);
  if (tick < MIN_CURRENT_TICK) throw clErrors.tickIndexMinimum(MIN_CURRENT_TICK);

  let outOfBounds = false;
  if (tick <= MIN_INITIALIZED_TICK_V2) {
    tick = MIN_INITIALIZED_TICK_V2 + 1n;
    outOfBounds = true;
  } else if (tick >= MAX_TICK - 1n) {
    tick = MAX_TICK - 2n;
    outOfBounds = true;
  }

  const sqrtPriceTplus1 = tickToSqrtPrice(tick + 1n);
  if (sqrtPrice >= sqrtPriceTplus1) {
    const sqrtPriceTplus2 = tickToSqrtPrice(tick + 2n);
    if ((!outOfBounds && sqrtPrice >= sqrtPriceTplus2) || (outOfBounds && sqrtPrice > sqrtPriceTplus2)) {
      throw clErrors.sqrtPriceToTick(outOfBounds);
    }
    if (sqrtPrice === sqrtPriceTplus2) return tick + 2n;
    return tick + 1n;
  }
  if (sqrtPrice >= tickToSqrtPrice(tick)) return tick;
  if (sqrtPrice < tickToSqrtPrice(tick - 1n)) throw clErrors.sqrtPriceToTick(outOfBounds);
  return tick - 1n;
}

/** RoundDownTickToSpacing: Euclidean, so −17 with spacing 10 becomes −20. */
export function roundDownTickToSpacing(tickIndex: bigint, tickSpacing: bigint): bigint {
  let mod = tickIndex % tickSpacing;
  if (mod < 0n) mod += tickSpacing;
  const t = tickIndex - mod;
  if (t > MAX_TICK || t < MIN_INITIALIZED_TICK_V2) {
    throw clErrors.tickIndexNotWithinBoundaries(t, MIN_INITIALIZED_TICK_V2, MAX_TICK);
  }
  return t;
}

/** SqrtPriceToTickRoundDownSpacing. */
export function sqrtPriceToTickRoundDownSpacing(sqrtPrice: BigDec, tickSpacing: bigint): bigint {
  return roundDownTickToSpacing(calculateSqrtPriceToTick(sqrtPrice), tickSpacing);
}
