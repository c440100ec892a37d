/**
 * x/concentrated-liquidity/types/constants.go: the tick range and price bounds. The "V2" values
 * are the extended range (min spot price 10^-30) that Osmosis added later; ticks at or above
 * MIN_INITIALIZED_TICK keep the launch-era 18-digit maths for state compatibility.
 */
import { bigDecFromDec, bigDecWithPrec, type BigDec } from "../osmomath/big-dec";
import { dec, type Dec } from "../osmomath/legacy-dec";
import { monotonicSqrt } from "../osmomath/monotonic-sqrt";

export const MIN_INITIALIZED_TICK = -108_000_000n;
export const MAX_TICK = 342_000_000n;
/** Crossing the last initialized tick downwards leaves the pool one below it, with no liquidity. */
export const MIN_CURRENT_TICK = MIN_INITIALIZED_TICK - 1n;
export const MIN_INITIALIZED_TICK_V2 = -270_000_000n;
export const MIN_CURRENT_TICK_V2 = MIN_INITIALIZED_TICK_V2 - 1n;
export const EXPONENT_AT_PRICE_ONE = -6n;
/** 9 × 10^(−EXPONENT_AT_PRICE_ONE): ticks per power of ten of price (precompute.go). */
export const GEOMETRIC_EXPONENT_INCREMENT_DISTANCE_IN_TICKS = 9n * 10n ** -EXPONENT_AT_PRICE_ONE;

export const MAX_SPOT_PRICE: Dec = dec(10n ** 38n);
export const MAX_SPOT_PRICE_BIG_DEC: BigDec = bigDecFromDec(MAX_SPOT_PRICE);
export const MIN_SPOT_PRICE: Dec = 1_000_000n; // 10^-12
export const MIN_SPOT_PRICE_BIG_DEC: BigDec = bigDecFromDec(MIN_SPOT_PRICE);
export const MIN_SPOT_PRICE_V2: BigDec = bigDecWithPrec(1n, 30);
export const MAX_SQRT_PRICE: Dec = monotonicSqrt(MAX_SPOT_PRICE);
export const MIN_SQRT_PRICE: Dec = monotonicSqrt(MIN_SPOT_PRICE);
export const MAX_SQRT_PRICE_BIG_DEC: BigDec = bigDecFromDec(MAX_SQRT_PRICE);
export const MIN_SQRT_PRICE_BIG_DEC: BigDec = bigDecFromDec(MIN_SQRT_PRICE);

export const AUTHORIZED_TICK_SPACING: readonly bigint[] = [1n, 10n, 100n, 1000n];
/** 0, 0.01%, 0.05%, 0.1%, 0.2%, 0.3%, 0.5% as 18-digit raw values. */
export const AUTHORIZED_SPREAD_FACTORS: readonly Dec[] = [
  0n,
  100_000_000_000_000n,
  500_000_000_000_000n,
  1_000_000_000_000_000n,
  2_000_000_000_000_000n,
  3_000_000_000_000_000n,
  5_000_000_000_000_000n,
];
