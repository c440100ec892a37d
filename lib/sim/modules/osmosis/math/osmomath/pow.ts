/**
 * osmomath/math.go Pow and PowApprox: the fractional power behind every balancer swap with
 * unequal weights. Ported step for step with LegacyDec roundings (half-even Mul, double-rounding
 * Quo) because a "more accurate" power would quote amounts the chain does not pay.
 */
import {
  DEC_ONE,
  dec,
  decApproxSqrt,
  decMulHalfEven,
  decPower,
  decQuoChain,
  decTruncateDec,
  decTruncateInt,
  type Dec,
} from "./legacy-dec";

/** powPrecision = 0.00000001: PowApprox stops once a Maclaurin term falls below it. */
export const POW_PRECISION: Dec = 10_000_000_000n;
/** powIterationLimit: the chain panics rather than loop forever. */
export const POW_ITERATION_LIMIT = 150_000;
const ONE_HALF: Dec = DEC_ONE / 2n;
const TWO: Dec = 2n * DEC_ONE;

/**
 * Pow(base, exp) for 0 < base < 2 (the chain panics outside, with these messages): the integer
 * part of exp by Power, the fractional part by PowApprox, multiplied half-even.
 */
export function pow(base: Dec, exp: Dec): Dec {
  if (base <= 0n) throw new RangeError("base must be greater than 0");
  if (base >= TWO) throw new RangeError("base must be lesser than two");
  const integer = decTruncateDec(exp);
  const fractional = exp - integer;
  const integerPow = decPower(base, decTruncateInt(integer));
  if (fractional === 0n) return integerPow;
  return decMulHalfEven(integerPow, powApprox(base, fractional, POW_PRECISION));
}

/**
 * PowApprox(base, exp, precision) for 0 ≤ exp < 1: the Maclaurin series of (1+x)^a with
 * x = base − 1, summing terms until one is below `precision`. exp = 0.5 short-cuts to
 * LegacyDec.ApproxSqrt, exactly as on chain. Each term is term·|a−(k−1)|·|x|/k with the sign
 * tracked separately, so the rounding of each term is on its magnitude.
 */
export function powApprox(originalBase: Dec, exp: Dec, precision: Dec): Dec {
  if (originalBase <= 0n) throw new RangeError("base must be greater than 0");
  if (exp === 0n) return DEC_ONE;
  if (exp === ONE_HALF) return decApproxSqrt(originalBase);

  const xneg = originalBase < DEC_ONE;
  const x = xneg ? DEC_ONE - originalBase : originalBase - DEC_ONE;
  let term = DEC_ONE;
  let sum = DEC_ONE;
  let negative = false;
  let bigK = 0n;
  for (let i = 1; term >= precision; i++) {
    const cneg = exp < bigK;
    const c = cneg ? bigK - exp : exp - bigK;
    bigK = dec(i);
    term = decQuoChain(decMulHalfEven(decMulHalfEven(term, c), x), bigK);
    if (term === 0n) break;
    if (xneg) negative = !negative;
    if (cneg) negative = !negative;
    sum = negative ? sum - term : sum + term;
    if (i === POW_ITERATION_LIMIT) {
      throw new RangeError(`failed to reach precision within ${POW_ITERATION_LIMIT} iterations`);
    }
  }
  return sum;
}
