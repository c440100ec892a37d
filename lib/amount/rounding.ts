/**
 * Integer division with an explicit rounding mode. Every other module in lib/amount funnels its
 * rounding through here so there is exactly one place where "which way does the remainder go"
 * is decided.
 *
 * The modes are defined on the signed mathematical quotient, not on its magnitude:
 * - "floor": toward -infinity, so floor(-7/2) = -4.
 * - "ceil": toward +infinity, so ceil(-7/2) = -3.
 * - "half-even": to the nearest integer, ties to the even neighbour (banker's rounding, the
 *   Cosmos LegacyDec convention). It is symmetric, so half-even(-x) = -half-even(x).
 * Callers that want magnitude semantics (e.g. display formatting) must apply them to |x|.
 */
export type Rounding = "floor" | "ceil" | "half-even";

export function divRound(num: bigint, den: bigint, rounding: Rounding): bigint {
  if (den === 0n) throw new RangeError("divRound: division by zero");
  // BigInt division truncates toward zero; q is therefore the candidate nearer to zero.
  const q = num / den;
  const r = num % den;
  if (r === 0n) return q;
  const negative = num < 0n !== den < 0n;
  const awayFromZero = negative ? q - 1n : q + 1n;
  switch (rounding) {
    case "floor":
      return negative ? awayFromZero : q;
    case "ceil":
      return negative ? q : awayFromZero;
    case "half-even": {
      const twiceRem = abs(r) * 2n;
      const absDen = abs(den);
      if (twiceRem < absDen) return q;
      if (twiceRem > absDen) return awayFromZero;
      return q % 2n === 0n ? q : awayFromZero;
    }
    default:
      return assertNever(rounding);
  }
}

function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

function assertNever(x: never): never {
  throw new RangeError(`divRound: unknown rounding mode ${String(x)}`);
}
