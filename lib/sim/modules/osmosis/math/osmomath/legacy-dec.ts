/**
 * The cosmos-sdk `LegacyDec` operations that Osmosis calls `osmomath.Dec` (osmomath/sdk_math_alias.go),
 * bit for bit as cosmossdk.io/math legacy_dec.go computes them, on the 18-digit raw bigint of
 * lib/amount/decimal. Every function states which way it rounds, because the chain's choice of
 * Mul vs MulTruncate vs MulRoundUp is exactly what keeps pools solvent.
 *
 * Go's big.Int Quo truncates toward zero, as does JavaScript's bigint `/`; the "truncate"
 * functions here therefore inherit Go's sign behaviour for free.
 */
import { DEC_SCALE, decMul, decQuoLegacy, type Dec } from "@/lib/amount/decimal";
import { divRound } from "@/lib/amount/rounding";

export type { Dec } from "@/lib/amount/decimal";
export { DEC_SCALE } from "@/lib/amount/decimal";

export const DEC_ONE: Dec = DEC_SCALE;
/** LegacySmallestDec: one raw unit, 10^-18. */
export const DEC_SMALLEST: Dec = 1n;

/** NewDec(n): an integer as a Dec. Exact. */
export function dec(n: bigint | number): Dec {
  return BigInt(n) * DEC_SCALE;
}

/** LegacyDec.Mul: half-even (banker's) at the 18th digit, symmetric in sign. */
export function decMulHalfEven(a: Dec, b: Dec): Dec {
  return decMul(a, b, "half-even");
}

/** LegacyDec.MulTruncate: toward zero. */
export function decMulTrunc(a: Dec, b: Dec): Dec {
  return (a * b) / DEC_SCALE;
}

/**
 * LegacyDec.MulRoundUp: away from zero for positives; for negatives the chain truncates the
 * magnitude, which is toward +infinity too. Hence ceil in every case.
 */
export function decMulRoundUp(a: Dec, b: Dec): Dec {
  return divRound(a * b, DEC_SCALE, "ceil");
}

/**
 * LegacyDec.Quo: multiply by 10^36, truncate the division, then round half-even to 18 digits.
 * This double rounding is not the correctly rounded quotient (see decQuoLegacy) and the chain's
 * balancer maths depends on it, so it is mirrored rather than "fixed".
 */
export function decQuoChain(a: Dec, b: Dec): Dec {
  return decQuoLegacy(a, b);
}

/** LegacyDec.QuoTruncate: toward zero. */
export function decQuoTrunc(a: Dec, b: Dec): Dec {
  if (b === 0n) throw new RangeError("division by zero");
  return (a * DEC_SCALE) / b;
}

/**
 * LegacyDec.QuoRoundUp: ceil for operands of the same sign (the only use in Osmosis: spread
 * factor / (1 - spread factor)).
 */
export function decQuoRoundUp(a: Dec, b: Dec): Dec {
  if (b === 0n) throw new RangeError("division by zero");
  return divRound(a * DEC_SCALE, b, "ceil");
}

/** LegacyDec.QuoInt / QuoInt64: the raw value divided by an integer, toward zero. */
export function decQuoIntTrunc(a: Dec, n: bigint): Dec {
  if (n === 0n) throw new RangeError("division by zero");
  return a / n;
}

/** LegacyDec.MulInt: exact. */
export function decMulIntExact(a: Dec, n: bigint): Dec {
  return a * n;
}

/** LegacyDec.TruncateInt: the integer part, toward zero. */
export function decTruncateInt(a: Dec): bigint {
  return a / DEC_SCALE;
}

/** LegacyDec.TruncateDec: the integer part as a Dec, toward zero. */
export function decTruncateDec(a: Dec): Dec {
  return (a / DEC_SCALE) * DEC_SCALE;
}

/** LegacyDec.Ceil as a Dec: toward +infinity. */
export function decCeilDec(a: Dec): Dec {
  return divRound(a, DEC_SCALE, "ceil") * DEC_SCALE;
}

/** LegacyDec.Ceil().TruncateInt(): the smallest integer ≥ a. */
export function decCeilInt(a: Dec): bigint {
  return divRound(a, DEC_SCALE, "ceil");
}

/** LegacyDec.RoundInt: half-even to an integer. */
export function decRoundInt(a: Dec): bigint {
  return divRound(a, DEC_SCALE, "half-even");
}

/**
 * LegacyDec.Power(n): square-and-multiply where every product is a half-even Mul, so the
 * result carries the chain's intermediate roundings (not the correctly rounded a^n).
 */
export function decPower(a: Dec, power: bigint): Dec {
  if (power < 0n) throw new RangeError("decPower: negative power");
  if (power === 0n) return DEC_ONE;
  let d = a;
  let tmp = DEC_ONE;
  for (let i = power; i > 1n; i /= 2n) {
    if (i % 2n !== 0n) tmp = decMulHalfEven(tmp, d);
    d = decMulHalfEven(d, d);
  }
  return decMulHalfEven(d, tmp);
}

const MAX_APPROX_ROOT_ITERATIONS = 100;

/**
 * LegacyDec.ApproxRoot: Newton's method from guess 1, each step using the chain's Quo (double
 * rounding) and QuoInt64 (toward zero), stopping when |delta| ≤ 10^-18 or after 100 steps.
 * Neither direction is guaranteed; the result is what the chain returns. A negative input
 * yields -root(|d|), as on the chain.
 */
export function decApproxRoot(d: Dec, root: bigint): Dec {
  if (root <= 0n) {
    if (root === 0n) return DEC_ONE;
    throw new RangeError("decApproxRoot: negative root");
  }
  if (d < 0n) return -decApproxRoot(-d, root);
  if (root === 1n || d === 0n || d === DEC_ONE) return d;
  let guess = DEC_ONE;
  for (let iter = 0; iter < MAX_APPROX_ROOT_ITERATIONS; iter++) {
    let prev = decPower(guess, root - 1n);
    if (prev === 0n) prev = DEC_SMALLEST;
    let delta = decQuoChain(d, prev);
    delta -= guess;
    delta = decQuoIntTrunc(delta, root);
    guess += delta;
    if ((delta < 0n ? -delta : delta) <= DEC_SMALLEST) break;
  }
  return guess;
}

/** LegacyDec.ApproxSqrt: ApproxRoot(2). Used by PowApprox for the exponent one half. */
export function decApproxSqrt(d: Dec): Dec {
  return decApproxRoot(d, 2n);
}
