/**
 * Error texts of x/concentrated-liquidity/types/errors.go, verbatim, so a refusal the simulator
 * raises reads exactly like the chain's (the app maps them to user text by these strings).
 */
import { bigDecToString, type BigDec } from "../osmomath/big-dec";
import { decToString } from "@/lib/amount/decimal";
import type { Dec } from "../osmomath/legacy-dec";

export class ClError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
    this.name = "ClError";
  }
}

const s = (d: Dec) => decToString(d);

export const clErrors = {
  invalidLowerUpperTick: (lower: bigint, upper: bigint) =>
    new ClError("InvalidLowerUpperTickError", `Lower tick must be lesser than upper. Got lower: ${lower}, upper: ${upper}`),
  tickIndexMinimum: (min: bigint) => new ClError("TickIndexMinimumError", `tickIndex must be greater than or equal to ${min}`),
  tickIndexMaximum: (max: bigint) => new ClError("TickIndexMaximumError", `tickIndex must be less than or equal to ${max}`),
  tickIndexNotWithinBoundaries: (actual: bigint, min: bigint, max: bigint) =>
    new ClError("TickIndexNotWithinBoundariesError", `tickIndex must be within the range (${min}, ${max}). Got (${actual})`),
  priceBound: (price: BigDec, min: BigDec, max: Dec) =>
    new ClError(
      "PriceBoundError",
      `provided price (${bigDecToString(price)}) must be between ${bigDecToString(min)} and ${s(max)}`,
    ),
  sqrtPriceToTick: (outOfBounds: boolean) =>
    new ClError("SqrtPriceToTickError", `sqrt price to tick could not find a satisfying tick index. Hit bounds: ${outOfBounds}`),
  tickSpacing: (lower: bigint, upper: bigint, spacing: bigint) =>
    new ClError(
      "TickSpacingError",
      `lowerTick (${lower}) and upperTick (${upper}) must be divisible by the pool's tickSpacing parameter (${spacing})`,
    ),
  amountLessThanMin: (amount: bigint, min: bigint) =>
    new ClError("AmountLessThanMinError", `token amount calculated (${amount}) is lesser than min amount (${min})`),
  amountGreaterThanMax: (amount: bigint, max: bigint) =>
    new ClError("AmountGreaterThanMaxError", `token amount calculated (${amount}) is greater than max amount (${max})`),
  denomDuplicated: (tokenIn: string, tokenOut: string) =>
    new ClError("DenomDuplicatedError", `cannot trade same denomination in (${tokenIn}) and out (${tokenOut})`),
  tokenInDenomNotInPool: (denom: string) =>
    new ClError("TokenInDenomNotInPoolError", `tokenIn (${denom}) does not match any asset in pool`),
  tokenOutDenomNotInPool: (denom: string) =>
    new ClError("TokenOutDenomNotInPoolError", `tokenOut (${denom}) does not match any asset in pool`),
  sqrtPriceValidation: (limit: BigDec, lower: BigDec, upper: BigDec) =>
    new ClError(
      "SqrtPriceValidationError",
      `invalid sqrt price given (${bigDecToString(limit)}), should be greater than (${bigDecToString(lower)}) and less than (${bigDecToString(upper)})`,
    ),
  ranOutOfTicks: (poolId: bigint) => new ClError("RanOutOfTicksForPoolError", `ran out of ticks for pool (${poolId}) during swap`),
  invalidAmountCalculated: (amount: bigint) =>
    new ClError("InvalidAmountCalculatedError", `invalid amount calculated, must be >= 1, was (${amount})`),
  noSpotPriceWhenNoLiquidity: (poolId: bigint) =>
    new ClError("NoSpotPriceWhenNoLiquidityError", `error getting spot price for pool (${poolId}), no liquidity in pool`),
  swapNoProgress: (poolId: bigint, coin: string) =>
    new ClError(
      "SwapNoProgressError",
      `ran out of iterations during swap. Possibly entered an infinite loop. Pool id (${poolId}), user provided coin (${coin})`,
    ),
  swapNoProgressWithConsumption: (sqrtPrice: BigDec, amountIn: Dec, amountOut: Dec) =>
    new ClError(
      "SwapNoProgressWithConsumptionError",
      `did not advance sqrt price after swap step ${bigDecToString(sqrtPrice)}, with amounts in (${s(amountIn)}), out (${s(amountOut)})`,
    ),
  overChargeSwapOutGivenIn: (remaining: Dec) =>
    new ClError("OverChargeSwapOutGivenInError", `over charge problem swap out given in by (${s(remaining)})`),
  computedSqrtPriceInequality: (zeroForOne: boolean, next: BigDec, computed: BigDec) =>
    new ClError(
      "ComputedSqrtPriceInequalityError",
      `edge case has occurred when swapping at tick boundaries, with izZeroForOne (${zeroForOne}), NextInitializedTickSqrtPrice (${bigDecToString(next)}), computedSqrtPrice (${bigDecToString(computed)}). Please try again with a different swap amount`,
    ),
  insufficientLiquidity: (actual: Dec, available: Dec) =>
    new ClError(
      "InsufficientLiquidityError",
      `insufficient liquidity requested to withdraw. Actual: (${s(actual)}). Available (${s(available)})`,
    ),
  insufficientLiquidityCreated: (actual: bigint, minimum: bigint, isTokenZero: boolean) =>
    new ClError(
      "InsufficientLiquidityCreatedError",
      `slippage bound: insufficient amount of token ${isTokenZero ? 0 : 1} created. Actual: (${actual}). Minimum estimated: (${minimum})`,
    ),
  positionNotFound: (id: bigint) => new ClError("PositionIdNotFoundError", `position not found. position id (${id})`),
  notPositionOwner: (address: string, id: bigint) =>
    new ClError("NotPositionOwnerError", `address (${address}) is not the owner of position ID (${id})`),
  notPositiveRequireAmount: (amount: bigint) =>
    new ClError("NotPositiveRequireAmountError", `Required amount should be positive. Got: ${amount}`),
  initialLiquidityZero: (amount0: bigint, amount1: bigint) =>
    new ClError(
      "InitialLiquidityZeroError",
      `first position must contain non-zero value of both assets to determine spot price: Amount0 (${amount0}) Amount1 (${amount1})`,
    ),
  zeroLiquidity: () => new ClError("ErrZeroLiquidity", "liquidity cannot be 0"),
  zeroBothAmounts: () => new ClError("ZeroAmounts", "cannot create a position with zero amounts of both pool tokens"),
  tokenNotInPool: () => new ClError("TokenNotInPool", "token provided is not one of the pool tokens"),
} as const;
