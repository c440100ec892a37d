/**
 * x/concentrated-liquidity/math/math.go: liquidity ↔ token amounts over a sqrt-price interval.
 * The rounding direction of each function is chosen by the chain so that the pool never pays
 * out more, nor takes in less, than the exact maths: amounts IN and deposits round UP, amounts
 * OUT and withdrawals round DOWN. Argument order of the sqrt prices does not matter (they are
 * sorted first, like the chain does).
 */
import {
  bigDecAbs,
  bigDecCeil,
  bigDecFromInt,
  bigDecMul,
  bigDecMulDec,
  bigDecMulRoundUp,
  bigDecMulRoundUpDec,
  bigDecMulTruncate,
  bigDecMulTruncateDec,
  bigDecQuo,
  bigDecQuoByDecRoundUp,
  bigDecQuoRoundUp,
  bigDecQuoRoundUpNextInt,
  bigDecQuoTruncate,
  bigDecQuoTruncateDec,
  bigDecToDec,
  bigDecToString,
  type BigDec,
} from "../osmomath/big-dec";
import type { Dec } from "../osmomath/legacy-dec";

function sorted(a: BigDec, b: BigDec): [BigDec, BigDec] {
  return a > b ? [b, a] : [a, b];
}

/**
 * Liquidity0: amount0 · (√pa·√pb) / (√pb − √pa). BigDec Mul and Quo round half-even, then the
 * result is truncated to a Dec (so liquidity rounds DOWN at the 18th digit overall).
 */
export function liquidity0(amount: bigint, sqrtPriceA: BigDec, sqrtPriceB: BigDec): Dec {
  const [a, b] = sorted(sqrtPriceA, sqrtPriceB);
  const diff = b - a;
  if (diff === 0n) throw new RangeError(`liquidity0 diff is zero: sqrtPriceA ${bigDecToString(a)} sqrtPriceB ${bigDecToString(b)}`);
  return bigDecToDec(bigDecQuo(bigDecMul(bigDecFromInt(amount), bigDecMul(a, b)), diff));
}

/** Liquidity1: amount1 / (√pb − √pa); BigDec Quo half-even, then truncated to a Dec. */
export function liquidity1(amount: bigint, sqrtPriceA: BigDec, sqrtPriceB: BigDec): Dec {
  const [a, b] = sorted(sqrtPriceA, sqrtPriceB);
  const diff = b - a;
  if (diff === 0n) throw new RangeError(`liquidity1 diff is zero: sqrtPriceA ${bigDecToString(a)} sqrtPriceB ${bigDecToString(b)}`);
  return bigDecToDec(bigDecQuo(bigDecFromInt(amount), diff));
}

/**
 * CalcAmount0Delta: L·(√pb − √pa)/(√pb·√pa), dividing by the larger root first (less error
 * amplification). roundUp: every step rounds up and the last division rounds up to a WHOLE
 * number (QuoRoundUpNextInt) — for amounts in and deposits. Otherwise every step truncates —
 * for amounts out and withdrawals. With negative liquidity (withdrawal) truncation is toward
 * zero, i.e. the magnitude rounds down.
 */
export function calcAmount0Delta(liq: Dec, sqrtPriceA: BigDec, sqrtPriceB: BigDec, roundUp: boolean): BigDec {
  const [a, b] = sorted(sqrtPriceA, sqrtPriceB);
  const diff = b - a;
  if (roundUp) return bigDecQuoRoundUpNextInt(bigDecQuoRoundUp(bigDecMulRoundUpDec(diff, liq), b), a);
  return bigDecQuoTruncate(bigDecQuoTruncate(bigDecMulTruncateDec(diff, liq), b), a);
}

/**
 * CalcAmount1Delta: L·|√pb − √pa|. roundUp: half-even product then Ceil to a whole number;
 * otherwise truncated at the 36th digit.
 */
export function calcAmount1Delta(liq: Dec, sqrtPriceA: BigDec, sqrtPriceB: BigDec, roundUp: boolean): BigDec {
  const diff = bigDecAbs(sqrtPriceB - sqrtPriceA);
  if (roundUp) return bigDecCeil(bigDecMulDec(diff, liq));
  return bigDecMulTruncateDec(diff, liq);
}

/**
 * GetNextSqrtPriceFromAmount0InRoundingUp: √p' = L·√p / (L + Δx·√p). Token 0 in lowers the price;
 * rounding UP moves it less, so the pool never pays for more input than it received.
 */
export function getNextSqrtPriceFromAmount0InRoundingUp(sqrtPriceCurrent: BigDec, liquidity: BigDec, amountZeroRemainingIn: BigDec): BigDec {
  if (amountZeroRemainingIn === 0n) return sqrtPriceCurrent;
  const denominator = bigDecMulTruncate(amountZeroRemainingIn, sqrtPriceCurrent) + liquidity;
  return bigDecQuoRoundUp(bigDecMulRoundUp(liquidity, sqrtPriceCurrent), denominator);
}

/**
 * GetNextSqrtPriceFromAmount0OutRoundingUp: √p' = L·√p / (L − Δx·√p). Token 0 out raises the
 * price; rounding UP makes sure the price moves far enough to release the requested output.
 */
export function getNextSqrtPriceFromAmount0OutRoundingUp(sqrtPriceCurrent: BigDec, liquidity: BigDec, amountZeroRemainingOut: Dec): BigDec {
  if (amountZeroRemainingOut === 0n) return sqrtPriceCurrent;
  const denominator = liquidity - bigDecMulRoundUpDec(sqrtPriceCurrent, amountZeroRemainingOut);
  return bigDecQuoRoundUp(bigDecMulRoundUp(liquidity, sqrtPriceCurrent), denominator);
}

/** GetNextSqrtPriceFromAmount1InRoundingDown: √p' = √p + Δy/L, the quotient truncated (price moves less). */
export function getNextSqrtPriceFromAmount1InRoundingDown(sqrtPriceCurrent: BigDec, liquidity: Dec, amountOneRemainingIn: BigDec): BigDec {
  return bigDecQuoTruncateDec(amountOneRemainingIn, liquidity) + sqrtPriceCurrent;
}

/** GetNextSqrtPriceFromAmount1OutRoundingDown: √p' = √p − Δy/L, the quotient rounded up (price moves enough). */
export function getNextSqrtPriceFromAmount1OutRoundingDown(sqrtPriceCurrent: BigDec, liquidity: Dec, amountOneRemainingOut: BigDec): BigDec {
  return sqrtPriceCurrent - bigDecQuoByDecRoundUp(amountOneRemainingOut, liquidity);
}

/**
 * GetLiquidityFromAmounts: the liquidity a deposit buys in [√pa, √pb) at the current √p — only
 * token 0 below the range, only token 1 above it, the smaller of both inside it (rounded down
 * through Liquidity0/1).
 */
export function getLiquidityFromAmounts(sqrtPrice: BigDec, sqrtPriceA: BigDec, sqrtPriceB: BigDec, amount0: bigint, amount1: bigint): Dec {
  const [a, b] = sorted(sqrtPriceA, sqrtPriceB);
  if (sqrtPrice <= a) return liquidity0(amount0, a, b);
  if (sqrtPrice < b) {
    const l0 = liquidity0(amount0, sqrtPrice, b);
    const l1 = liquidity1(amount1, sqrtPrice, a);
    return l0 < l1 ? l0 : l1;
  }
  return liquidity1(amount1, b, a);
}
