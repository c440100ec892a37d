/**
 * Amounts ↔ liquidity of a concentrated position, as the app previews and values positions.
 * Formulas from osmosis x/concentrated-liquidity/math/math.go (Liquidity0/1, CalcAmount0/1Delta,
 * GetLiquidityFromAmounts), written here independently of the simulator.
 *
 * sqrt prices and liquidity are BigDec (× 10^36). Rounding, as the chain does it for the same
 * job: what a position would pay out (withdraw, value) is rounded DOWN; what a deposit needs is
 * rounded UP; liquidity from amounts is rounded down (Liquidity0/1 truncate to an 18-digit Dec).
 */
import { BIGDEC_SCALE, type BigDec } from "./cl-ticks";
import { divRound } from "../amount/rounding";

const DEC_FROM_BIG = 10n ** 18n;

function ordered(a: BigDec, b: BigDec): [BigDec, BigDec] {
  return a > b ? [b, a] : [a, b];
}

/** Liquidity0 = amount0 · (√a·√b) / (√b − √a), truncated to 18 digits (returned as a BigDec). */
export function liquidity0(amount0: bigint, sqrtA: BigDec, sqrtB: BigDec): BigDec {
  const [a, b] = ordered(sqrtA, sqrtB);
  if (a === b) throw new RangeError("liquidity0: empty range");
  const product = (a * b) / BIGDEC_SCALE; // BigDec multiply, truncated
  const l = (amount0 * product * BIGDEC_SCALE) / (b - a); // amount · product / diff, BigDec
  return (l / DEC_FROM_BIG) * DEC_FROM_BIG;
}

/** Liquidity1 = amount1 / (√b − √a), truncated to 18 digits (returned as a BigDec). */
export function liquidity1(amount1: bigint, sqrtA: BigDec, sqrtB: BigDec): BigDec {
  const [a, b] = ordered(sqrtA, sqrtB);
  if (a === b) throw new RangeError("liquidity1: empty range");
  const l = (amount1 * BIGDEC_SCALE * BIGDEC_SCALE) / (b - a);
  return (l / DEC_FROM_BIG) * DEC_FROM_BIG;
}

/**
 * amount0 = L·(√b − √a) / √b / √a as a BigDec. Down: two truncating divisions (the chain's
 * order, which keeps low prices from amplifying error). Up: each division rounds up.
 */
export function amount0Delta(liquidity: BigDec, sqrtA: BigDec, sqrtB: BigDec, roundUp: boolean): BigDec {
  const [a, b] = ordered(sqrtA, sqrtB);
  const r = roundUp ? "ceil" : "floor";
  // L.Mul(diff), then Quo(√b), then Quo(√a): each BigDec step rounded the same way.
  const num = divRound(liquidity * (b - a), BIGDEC_SCALE, r);
  const q1 = divRound(num * BIGDEC_SCALE, b, r);
  return divRound(q1 * BIGDEC_SCALE, a, r);
}

/** amount1 = L·(√b − √a) as a BigDec, rounded per `roundUp` at the 36th digit. */
export function amount1Delta(liquidity: BigDec, sqrtA: BigDec, sqrtB: BigDec, roundUp: boolean): BigDec {
  const [a, b] = ordered(sqrtA, sqrtB);
  return divRound(liquidity * (b - a), BIGDEC_SCALE, roundUp ? "ceil" : "floor");
}

/** A BigDec amount to whole base units. */
export function bigToInt(x: BigDec, rounding: "floor" | "ceil"): bigint {
  return divRound(x, BIGDEC_SCALE, rounding);
}

export interface PositionAmounts {
  amount0: bigint;
  amount1: bigint;
}

/**
 * What a position of `liquidity` in [√lower, √upper) holds at the current √price, in base units
 * rounded down (what withdrawing it now would pay, before spread rewards). Below the range it
 * is all token0; at or above the upper bound all token1 (the chain's convention).
 */
export function positionAmounts(liquidity: BigDec, sqrtLower: BigDec, sqrtUpper: BigDec, sqrtPrice: BigDec): PositionAmounts {
  if (liquidity <= 0n) return { amount0: 0n, amount1: 0n };
  if (sqrtPrice < sqrtLower) return { amount0: bigToInt(amount0Delta(liquidity, sqrtLower, sqrtUpper, false), "floor"), amount1: 0n };
  if (sqrtPrice >= sqrtUpper) return { amount0: 0n, amount1: bigToInt(amount1Delta(liquidity, sqrtLower, sqrtUpper, false), "floor") };
  return {
    amount0: bigToInt(amount0Delta(liquidity, sqrtPrice, sqrtUpper, false), "floor"),
    amount1: bigToInt(amount1Delta(liquidity, sqrtLower, sqrtPrice, false), "floor"),
  };
}

/**
 * The liquidity a deposit of up to (amount0, amount1) buys, as GetLiquidityFromAmounts: inside
 * the range the smaller of the two sides' liquidities, outside it only one side counts.
 */
export function liquidityForAmounts(amount0: bigint, amount1: bigint, sqrtLower: BigDec, sqrtUpper: BigDec, sqrtPrice: BigDec): BigDec {
  if (sqrtPrice <= sqrtLower) return liquidity0(amount0, sqrtLower, sqrtUpper);
  if (sqrtPrice < sqrtUpper) {
    const l0 = liquidity0(amount0, sqrtPrice, sqrtUpper);
    const l1 = liquidity1(amount1, sqrtPrice, sqrtLower);
    return l0 < l1 ? l0 : l1;
  }
  return liquidity1(amount1, sqrtUpper, sqrtLower);
}

/**
 * What a deposit actually takes for that liquidity: rounded UP, as the chain charges a new
 * position (CalcAmount0/1Delta with roundUp = true).
 */
export function depositAmounts(liquidity: BigDec, sqrtLower: BigDec, sqrtUpper: BigDec, sqrtPrice: BigDec): PositionAmounts {
  if (liquidity <= 0n) return { amount0: 0n, amount1: 0n };
  if (sqrtPrice < sqrtLower) return { amount0: bigToInt(amount0Delta(liquidity, sqrtLower, sqrtUpper, true), "ceil"), amount1: 0n };
  if (sqrtPrice >= sqrtUpper) return { amount0: 0n, amount1: bigToInt(amount1Delta(liquidity, sqrtLower, sqrtUpper, true), "ceil") };
  return {
    amount0: bigToInt(amount0Delta(liquidity, sqrtPrice, sqrtUpper, true), "ceil"),
    amount1: bigToInt(amount1Delta(liquidity, sqrtLower, sqrtPrice, true), "ceil"),
  };
}

/**
 * The token1 a deposit of `amount0` needs in this range at this price (the other field of an
 * "add liquidity" form), rounded up; 0 when the range lies wholly above the price (token0 only),
 * null when it lies wholly below (token1 only: amount0 cannot be deposited).
 */
export function pairedAmount1(amount0: bigint, sqrtLower: BigDec, sqrtUpper: BigDec, sqrtPrice: BigDec): bigint | null {
  if (sqrtPrice >= sqrtUpper) return null;
  if (sqrtPrice <= sqrtLower) return 0n;
  const l = liquidity0(amount0, sqrtPrice, sqrtUpper);
  return bigToInt(amount1Delta(l, sqrtLower, sqrtPrice, true), "ceil");
}

/** The token0 a deposit of `amount1` needs; null when the range lies wholly above the price. */
export function pairedAmount0(amount1: bigint, sqrtLower: BigDec, sqrtUpper: BigDec, sqrtPrice: BigDec): bigint | null {
  if (sqrtPrice <= sqrtLower) return null;
  if (sqrtPrice >= sqrtUpper) return 0n;
  const l = liquidity1(amount1, sqrtPrice, sqrtLower);
  return bigToInt(amount0Delta(l, sqrtPrice, sqrtUpper, true), "ceil");
}
