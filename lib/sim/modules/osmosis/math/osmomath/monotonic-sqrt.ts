/**
 * osmomath/sqrt.go MonotonicSqrt / MonotonicSqrtBigDec: the square root CL uses for every sqrt
 * price. It rounds UP (r² ≥ d) and is monotonic, so a price never maps to a sqrt price whose
 * square is below it; that property is what the tick ↔ sqrt-price round trip relies on.
 */
import { DEC_SCALE, type Dec } from "./legacy-dec";
import { BIG_DEC_SCALE, type BigDec } from "./big-dec";

/** floor(√n) for n ≥ 0 (Go's big.Int.Sqrt). Newton's method from a bit-length guess. */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError("isqrt: negative");
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function sqrtRoundUp(scaled: bigint): bigint {
  const r = isqrt(scaled);
  return r * r < scaled ? r + 1n : r;
}

/** MonotonicSqrt on a Dec: ceil(√(d·10^18)) raw, i.e. rounded up at the 18th digit. */
export function monotonicSqrt(d: Dec): Dec {
  if (d < 0n) throw new RangeError("cannot take square root of negative number");
  return sqrtRoundUp(d * DEC_SCALE);
}

/** MonotonicSqrtBigDec: ceil(√(d·10^36)) raw, i.e. rounded up at the 36th digit. */
export function monotonicSqrtBigDec(d: BigDec): BigDec {
  if (d < 0n) throw new RangeError("cannot take square root of negative number");
  return sqrtRoundUp(d * BIG_DEC_SCALE);
}
