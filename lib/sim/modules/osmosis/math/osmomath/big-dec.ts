/**
 * osmomath.BigDec (osmomath/decimal.go): a 36-digit fixed point used by concentrated liquidity
 * for sqrt prices and intermediate amounts. The bigint holds value × 10^36. Each operation
 * mirrors decimal.go's rounding literally, including its sign quirks for negative operands,
 * because pool state is only reproducible if every intermediate rounds as the chain's does.
 */
import { divRound } from "@/lib/amount/rounding";
import { DEC_SCALE, type Dec } from "./legacy-dec";

export type BigDec = bigint;

export const BIG_DEC_PRECISION = 36;
export const BIG_DEC_SCALE = 10n ** 36n;
export const BIG_DEC_ONE: BigDec = BIG_DEC_SCALE;
/** 10^(36-18): the factor between a BigDec and a Dec. */
const DEC_TO_BIG = 10n ** 18n;

/** NewBigDec(n). Exact. */
export function bigDec(n: bigint | number): BigDec {
  return BigInt(n) * BIG_DEC_SCALE;
}

/** NewBigDecWithPrec(i, prec): i × 10^-prec. Exact. */
export function bigDecWithPrec(i: bigint, prec: number): BigDec {
  return i * 10n ** BigInt(BIG_DEC_PRECISION - prec);
}

/** BigDecFromDec: exact widening. */
export function bigDecFromDec(d: Dec): BigDec {
  return d * DEC_TO_BIG;
}

/** BigDecFromSDKInt: exact. */
export function bigDecFromInt(n: bigint): BigDec {
  return n * BIG_DEC_SCALE;
}

/** NewBigDecFromDecMulDec: the exact 36-digit product of two Decs, no rounding. */
export function bigDecFromDecMulDec(a: Dec, b: Dec): BigDec {
  return a * b;
}

/** BigDec.Dec(): toward zero at the 18th digit. */
export function bigDecToDec(d: BigDec): Dec {
  return d / DEC_TO_BIG;
}

/** BigDec.DecRoundUp(): up at the 18th digit (for the non-negative values CL feeds it). */
export function bigDecToDecRoundUp(d: BigDec): Dec {
  const q = d / DEC_TO_BIG;
  return d % DEC_TO_BIG === 0n ? q : q + 1n;
}

/** chopPrecisionAndRound: half-even, symmetric. */
function chopHalfEven(x: bigint, scale: bigint): bigint {
  return divRound(x, scale, "half-even");
}

/** chopPrecisionAndRoundUpMut: ceil for positives, toward zero for negatives (also ceil). */
function chopRoundUp(x: bigint, scale: bigint): bigint {
  return divRound(x, scale, "ceil");
}

/** BigDec.Mul: half-even at the 36th digit. */
export function bigDecMul(a: BigDec, b: BigDec): BigDec {
  return chopHalfEven(a * b, BIG_DEC_SCALE);
}

/** BigDec.MulDec: BigDec × Dec, half-even at the 36th digit. */
export function bigDecMulDec(a: BigDec, b: Dec): BigDec {
  return chopHalfEven(a * b, DEC_SCALE);
}

/** BigDec.MulTruncate: toward zero. */
export function bigDecMulTruncate(a: BigDec, b: BigDec): BigDec {
  return (a * b) / BIG_DEC_SCALE;
}

/** BigDec.MulTruncateDec: BigDec × Dec, toward zero. */
export function bigDecMulTruncateDec(a: BigDec, b: Dec): BigDec {
  return (a * b) / DEC_SCALE;
}

/** BigDec.MulRoundUp: toward +infinity. */
export function bigDecMulRoundUp(a: BigDec, b: BigDec): BigDec {
  return chopRoundUp(a * b, BIG_DEC_SCALE);
}

/** BigDec.MulRoundUpDec: BigDec × Dec, toward +infinity. */
export function bigDecMulRoundUpDec(a: BigDec, b: Dec): BigDec {
  return chopRoundUp(a * b, DEC_SCALE);
}

/** BigDec.MulInt / MulInt64: exact. */
export function bigDecMulInt(a: BigDec, n: bigint): BigDec {
  return a * n;
}

function nonZero(b: bigint): void {
  if (b === 0n) throw new RangeError("division by zero");
}

/** BigDec.Quo: ×10^72, truncate the division, then half-even to 36 digits (double rounding). */
export function bigDecQuo(a: BigDec, b: BigDec): BigDec {
  nonZero(b);
  return chopHalfEven((a * BIG_DEC_SCALE * BIG_DEC_SCALE) / b, BIG_DEC_SCALE);
}

/** BigDec.QuoTruncate: toward zero. */
export function bigDecQuoTruncate(a: BigDec, b: BigDec): BigDec {
  nonZero(b);
  return (a * BIG_DEC_SCALE) / b;
}

/** BigDec.QuoTruncateDec: BigDec / Dec, toward zero. */
export function bigDecQuoTruncateDec(a: BigDec, b: Dec): BigDec {
  nonZero(b);
  return (a * DEC_SCALE) / b;
}

/**
 * BigDec.QuoRoundUp / QuoRoundUpMut: truncate, then +1 when a remainder is left. The chain
 * adds the unit on a positive remainder (QuoRoundUp) or any remainder (Mut); for the
 * non-negative operands of CL both are ceil. Mirrored with the Mut rule.
 */
export function bigDecQuoRoundUp(a: BigDec, b: BigDec): BigDec {
  nonZero(b);
  const n = a * BIG_DEC_SCALE;
  const q = n / b;
  return n % b === 0n ? q : q + 1n;
}

/** BigDec.QuoByDecRoundUp: BigDec / Dec, +1 on a positive remainder (ceil for non-negatives). */
export function bigDecQuoByDecRoundUp(a: BigDec, b: Dec): BigDec {
  nonZero(b);
  const n = a * DEC_SCALE;
  const q = n / b;
  return n % b > 0n ? q + 1n : q;
}

/**
 * BigDec.QuoRoundUpNextIntMut: the raw values divided as integers, +1 on any remainder, scaled
 * back to a BigDec: ceil(a/b) as a whole number. CL uses it so an amount in is never a fraction.
 */
export function bigDecQuoRoundUpNextInt(a: BigDec, b: BigDec): BigDec {
  nonZero(b);
  const q = a / b;
  return (a % b === 0n ? q : q + 1n) * BIG_DEC_SCALE;
}

/** BigDec.QuoInt / QuoInt64: raw / n, toward zero. */
export function bigDecQuoInt(a: BigDec, n: bigint): BigDec {
  nonZero(n);
  return a / n;
}

/** BigDec.Abs. */
export function bigDecAbs(a: BigDec): BigDec {
  return a < 0n ? -a : a;
}

/** BigDec.Ceil: toward +infinity, as a BigDec. */
export function bigDecCeil(a: BigDec): BigDec {
  return divRound(a, BIG_DEC_SCALE, "ceil") * BIG_DEC_SCALE;
}

/** BigDec.RoundInt: half-even (banker's) to an integer, symmetric in sign. */
export function bigDecRoundInt(a: BigDec): bigint {
  return divRound(a, BIG_DEC_SCALE, "half-even");
}

/** BigDec.TruncateInt: toward zero. */
export function bigDecTruncateInt(a: BigDec): bigint {
  return a / BIG_DEC_SCALE;
}

/** BigDec.ChopPrecisionMut(p): keep p fractional digits, toward zero. */
export function bigDecChopPrecision(a: BigDec, precision: number): BigDec {
  if (precision < 0 || precision > BIG_DEC_PRECISION) throw new RangeError("bigDecChopPrecision: precision out of range");
  const f = 10n ** BigInt(BIG_DEC_PRECISION - precision);
  return (a / f) * f;
}

/** BigDec.PowerInteger: square-and-multiply with half-even Mul at every step, like the chain. */
export function bigDecPowerInteger(a: BigDec, power: bigint): BigDec {
  if (power === 0n) return BIG_DEC_ONE;
  if (power === 1n) return a;
  if (power === 2n) return bigDecMul(a, a);
  let d = a;
  let tmp = BIG_DEC_ONE;
  for (let i = power; i > 1n; i /= 2n) {
    if (i % 2n !== 0n) tmp = bigDecMul(tmp, d);
    d = bigDecMul(d, d);
  }
  return bigDecMul(d, tmp);
}

/** BigDec.String(): always 36 fractional digits, as the chain prints it in errors and queries. */
export function bigDecToString(a: BigDec): string {
  const neg = a < 0n;
  const m = neg ? -a : a;
  const s = `${m / BIG_DEC_SCALE}.${(m % BIG_DEC_SCALE).toString().padStart(BIG_DEC_PRECISION, "0")}`;
  return neg ? `-${s}` : s;
}

/** NewBigDecFromStr: "1.5", "-0.000001"; at most 36 fractional digits. */
export function parseBigDec(s: string): BigDec {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new SyntaxError(`parseBigDec: ${JSON.stringify(s)} is not a decimal`);
  const [, sign, int, frac = ""] = m;
  if (frac.length > BIG_DEC_PRECISION) throw new RangeError(`parseBigDec: too many fractional digits in ${s}`);
  const v = BigInt(int + frac.padEnd(BIG_DEC_PRECISION, "0"));
  return sign === "-" ? -v : v;
}
