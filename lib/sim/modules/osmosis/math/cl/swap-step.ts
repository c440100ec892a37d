/**
 * x/concentrated-liquidity/swapstrategy: one swap step inside a single liquidity bucket, for both
 * directions (zero_for_one.go, one_for_zero.go) and both modes (out given in, in given out), plus
 * the spread-factor charge of spread_rewards.go. A step moves the sqrt price toward a target
 * (next initialized tick or the price limit) and reports what it consumed and produced.
 *
 * Rounding, as on chain: the amount in is rounded UP to a whole Dec unit (DecRoundUp of a whole
 * BigDec), the amount out truncated (BigDec.Dec()), the spread charge rounded UP, so every step
 * favours the pool.
 */
import { bigDecFromDec, bigDecFromDecMulDec, bigDecToDec, bigDecToDecRoundUp, type BigDec } from "../osmomath/big-dec";
import { DEC_ONE, decMulRoundUp, decQuoRoundUp, type Dec } from "../osmomath/legacy-dec";
import { MAX_SPOT_PRICE, MAX_SPOT_PRICE_BIG_DEC, MAX_SQRT_PRICE_BIG_DEC, MIN_SPOT_PRICE_BIG_DEC, MIN_SPOT_PRICE_V2, MIN_SQRT_PRICE_BIG_DEC } from "./cl-constants";
import { clErrors } from "./cl-errors";
import { monotonicSqrt, monotonicSqrtBigDec } from "../osmomath/monotonic-sqrt";
import {
  calcAmount0Delta,
  calcAmount1Delta,
  getNextSqrtPriceFromAmount0InRoundingUp,
  getNextSqrtPriceFromAmount0OutRoundingUp,
  getNextSqrtPriceFromAmount1InRoundingDown,
  getNextSqrtPriceFromAmount1OutRoundingDown,
} from "./liquidity-math";

export interface SwapStepOutGivenIn {
  sqrtPriceNext: BigDec;
  amountIn: Dec;
  amountOut: Dec;
  spreadRewardCharge: Dec;
}

export interface SwapStepInGivenOut {
  sqrtPriceNext: BigDec;
  amountOut: Dec;
  amountIn: Dec;
  spreadRewardCharge: Dec;
}

/**
 * computeSpreadRewardChargeFromAmountIn: amountIn · sf/(1−sf), both operations rounded UP — the
 * fee on top of an amount that excluded it.
 */
export function computeSpreadRewardChargeFromAmountIn(amountIn: Dec, spreadFactor: Dec): Dec {
  return decMulRoundUp(amountIn, spfOverOneMinusSpf(spreadFactor));
}

function spfOverOneMinusSpf(spreadFactor: Dec): Dec {
  return decQuoRoundUp(spreadFactor, DEC_ONE - spreadFactor);
}

/**
 * computeSpreadRewardChargePerSwapStepOutGivenIn: when the step hit its target the fee is charged
 * on what was consumed (rounded up); when it did not, everything left over of the user's input
 * is the fee (the bucket absorbed the whole remainder). Zero spread factor charges nothing.
 */
export function computeSpreadRewardChargePerSwapStepOutGivenIn(
  hasReachedTarget: boolean,
  amountIn: Dec,
  amountSpecifiedRemaining: Dec,
  spreadFactor: Dec,
): Dec {
  if (spreadFactor === 0n) return 0n;
  if (spreadFactor < 0n) throw new RangeError(`spread factor must be non-negative, was (${spreadFactor})`);
  const charge = hasReachedTarget
    ? computeSpreadRewardChargeFromAmountIn(amountIn, spreadFactor)
    : amountSpecifiedRemaining - amountIn;
  if (charge < 0n) throw new RangeError(`spread factor charge must be non-negative, was (${charge})`);
  return charge;
}

/** zeroForOne ComputeSwapWithinBucketOutGivenIn: token 0 in, price falls. */
export function zeroForOneOutGivenIn(
  sqrtPriceCurrent: BigDec,
  sqrtPriceTarget: BigDec,
  liquidity: Dec,
  amountZeroInRemaining: Dec,
  spreadFactor: Dec,
): SwapStepOutGivenIn {
  let amountZeroIn = calcAmount0Delta(liquidity, sqrtPriceTarget, sqrtPriceCurrent, true);
  const lessSpread = bigDecFromDecMulDec(amountZeroInRemaining, DEC_ONE - spreadFactor);
  const sqrtPriceNext =
    lessSpread >= amountZeroIn
      ? sqrtPriceTarget
      : getNextSqrtPriceFromAmount0InRoundingUp(sqrtPriceCurrent, bigDecFromDec(liquidity), lessSpread);
  const hasReachedTarget = sqrtPriceTarget === sqrtPriceNext;
  if (!hasReachedTarget) amountZeroIn = calcAmount0Delta(liquidity, sqrtPriceNext, sqrtPriceCurrent, true);
  const amountOneOut = calcAmount1Delta(liquidity, sqrtPriceNext, sqrtPriceCurrent, false);
  const amountIn = bigDecToDecRoundUp(amountZeroIn);
  return {
    sqrtPriceNext,
    amountIn,
    amountOut: bigDecToDec(amountOneOut),
    spreadRewardCharge: computeSpreadRewardChargePerSwapStepOutGivenIn(hasReachedTarget, amountIn, amountZeroInRemaining, spreadFactor),
  };
}

/** zeroForOne ComputeSwapWithinBucketInGivenOut: token 1 out, token 0 in, price falls. */
export function zeroForOneInGivenOut(
  sqrtPriceCurrent: BigDec,
  sqrtPriceTarget: BigDec,
  liquidity: Dec,
  amountOneRemainingOut: Dec,
  spreadFactor: Dec,
): SwapStepInGivenOut {
  const remainingOut = bigDecFromDec(amountOneRemainingOut);
  let amountOneOut = calcAmount1Delta(liquidity, sqrtPriceTarget, sqrtPriceCurrent, false);
  const sqrtPriceNext =
    remainingOut >= amountOneOut
      ? sqrtPriceTarget
      : getNextSqrtPriceFromAmount1OutRoundingDown(sqrtPriceCurrent, liquidity, remainingOut);
  if (sqrtPriceTarget !== sqrtPriceNext) amountOneOut = calcAmount1Delta(liquidity, sqrtPriceNext, sqrtPriceCurrent, false);
  const amountIn = bigDecToDecRoundUp(calcAmount0Delta(liquidity, sqrtPriceNext, sqrtPriceCurrent, true));
  // Never hand out more than asked for, even if the rounded price overshoots.
  if (amountOneOut > remainingOut) amountOneOut = remainingOut;
  return {
    sqrtPriceNext,
    amountOut: bigDecToDec(amountOneOut),
    amountIn,
    spreadRewardCharge: computeSpreadRewardChargeFromAmountIn(amountIn, spreadFactor),
  };
}

/** oneForZero ComputeSwapWithinBucketOutGivenIn: token 1 in, price rises. */
export function oneForZeroOutGivenIn(
  sqrtPriceCurrent: BigDec,
  sqrtPriceTarget: BigDec,
  liquidity: Dec,
  amountOneInRemaining: Dec,
  spreadFactor: Dec,
): SwapStepOutGivenIn {
  let amountOneIn = calcAmount1Delta(liquidity, sqrtPriceTarget, sqrtPriceCurrent, true);
  const lessSpread = bigDecFromDecMulDec(amountOneInRemaining, DEC_ONE - spreadFactor);
  const sqrtPriceNext =
    lessSpread >= amountOneIn ? sqrtPriceTarget : getNextSqrtPriceFromAmount1InRoundingDown(sqrtPriceCurrent, liquidity, lessSpread);
  const hasReachedTarget = sqrtPriceTarget === sqrtPriceNext;
  if (!hasReachedTarget) amountOneIn = calcAmount1Delta(liquidity, sqrtPriceNext, sqrtPriceCurrent, true);
  const amountZeroOut = calcAmount0Delta(liquidity, sqrtPriceNext, sqrtPriceCurrent, false);
  const amountIn = bigDecToDecRoundUp(amountOneIn);
  return {
    sqrtPriceNext,
    amountIn,
    amountOut: bigDecToDec(amountZeroOut),
    spreadRewardCharge: computeSpreadRewardChargePerSwapStepOutGivenIn(hasReachedTarget, amountIn, amountOneInRemaining, spreadFactor),
  };
}

/** oneForZero ComputeSwapWithinBucketInGivenOut: token 0 out, token 1 in, price rises. */
export function oneForZeroInGivenOut(
  sqrtPriceCurrent: BigDec,
  sqrtPriceTarget: BigDec,
  liquidity: Dec,
  amountZeroRemainingOut: Dec,
  spreadFactor: Dec,
): SwapStepInGivenOut {
  const remainingOut = bigDecFromDec(amountZeroRemainingOut);
  let amountZeroOut = calcAmount0Delta(liquidity, sqrtPriceTarget, sqrtPriceCurrent, false);
  const sqrtPriceNext =
    remainingOut >= amountZeroOut
      ? sqrtPriceTarget
      : getNextSqrtPriceFromAmount0OutRoundingUp(sqrtPriceCurrent, bigDecFromDec(liquidity), amountZeroRemainingOut);
  if (sqrtPriceTarget !== sqrtPriceNext) amountZeroOut = calcAmount0Delta(liquidity, sqrtPriceNext, sqrtPriceCurrent, false);
  const amountIn = bigDecToDecRoundUp(calcAmount1Delta(liquidity, sqrtPriceNext, sqrtPriceCurrent, true));
  if (amountZeroOut > remainingOut) amountZeroOut = remainingOut;
  return {
    sqrtPriceNext,
    amountOut: bigDecToDec(amountZeroOut),
    amountIn,
    spreadRewardCharge: computeSpreadRewardChargeFromAmountIn(amountIn, spreadFactor),
  };
}

/** GetSqrtTargetPrice: the next tick's sqrt price, capped by the limit in the swap's direction. */
export function sqrtTargetPrice(zeroForOne: boolean, nextTickSqrtPrice: BigDec, sqrtPriceLimit: BigDec): BigDec {
  if (zeroForOne) return nextTickSqrtPrice < sqrtPriceLimit ? sqrtPriceLimit : nextTickSqrtPrice;
  return nextTickSqrtPrice > sqrtPriceLimit ? sqrtPriceLimit : nextTickSqrtPrice;
}

/**
 * GetSqrtPriceLimit: a zero price limit means "unbounded" (min/max sqrt price); otherwise the
 * limit's sqrt, via the 18-digit root in the launch range and the 36-digit root below it.
 */
export function sqrtPriceLimitFromPriceLimit(priceLimit: BigDec, zeroForOne: boolean): BigDec {
  if (priceLimit === 0n) return zeroForOne ? MIN_SQRT_PRICE_BIG_DEC : MAX_SQRT_PRICE_BIG_DEC;
  if (priceLimit < MIN_SPOT_PRICE_V2 || priceLimit > MAX_SPOT_PRICE_BIG_DEC) {
    throw clErrors.priceBound(priceLimit, MIN_SPOT_PRICE_V2, MAX_SPOT_PRICE);
  }
  if (priceLimit >= MIN_SPOT_PRICE_BIG_DEC) return bigDecFromDec(monotonicSqrt(bigDecToDec(priceLimit)));
  return monotonicSqrtBigDec(priceLimit);
}

/** ValidateSqrtPrice: the limit must lie on the side the swap moves toward, within bounds. */
export function validateSqrtPriceLimit(zeroForOne: boolean, sqrtPriceLimit: BigDec, currentSqrtPrice: BigDec): void {
  if (zeroForOne) {
    if (sqrtPriceLimit > currentSqrtPrice || sqrtPriceLimit < MIN_SQRT_PRICE_BIG_DEC) {
      throw clErrors.sqrtPriceValidation(sqrtPriceLimit, MIN_SQRT_PRICE_BIG_DEC, currentSqrtPrice);
    }
  } else if (sqrtPriceLimit < currentSqrtPrice || sqrtPriceLimit > MAX_SQRT_PRICE_BIG_DEC) {
    throw clErrors.sqrtPriceValidation(sqrtPriceLimit, currentSqrtPrice, MAX_SQRT_PRICE_BIG_DEC);
  }
}
