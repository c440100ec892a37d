/**
 * BigDec vectors ported from osmosis-labs/osmosis osmomath/decimal_test.go (commit 9829d39c16):
 * TestArithmetic (:471, each row's line given), TestMulRoundUp_RoundingAtPrecisionEnd (:548),
 * TestBankerRoundChop (:563), TestTruncate (:589), TestSdkDecRoundUp (:315).
 */
import { describe, expect, it } from "vitest";
import { parseDec as d } from "@/lib/amount/decimal";
import {
  bigDec,
  bigDecFromDec,
  bigDecMul,
  bigDecMulRoundUp,
  bigDecMulTruncate,
  bigDecQuo,
  bigDecQuoByDecRoundUp,
  bigDecQuoRoundUp,
  bigDecQuoTruncate,
  bigDecRoundInt,
  bigDecToDec,
  bigDecToDecRoundUp,
  bigDecTruncateInt,
  bigDecWithPrec,
  parseBigDec as b,
} from "./big-dec";

const SRC = "osmomath/decimal_test.go";

describe(`BigDec arithmetic (${SRC}:471)`, () => {
  // d1, d2, Mul, MulTruncate, MulRoundUp, Quo, QuoRoundUp, QuoTruncate, Add, Sub
  const rows: [number, ...bigint[]][] = [
    [479, bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n)],
    [480, bigDec(1n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(1n), bigDec(1n)],
    [481, bigDec(0n), bigDec(1n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(1n), bigDec(-1n)],
    [482, bigDec(0n), bigDec(-1n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(-1n), bigDec(1n)],
    [483, bigDec(-1n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(0n), bigDec(-1n), bigDec(-1n)],
    [485, bigDec(1n), bigDec(1n), bigDec(1n), bigDec(1n), bigDec(1n), bigDec(1n), bigDec(1n), bigDec(1n), bigDec(2n), bigDec(0n)],
    [486, bigDec(-1n), bigDec(-1n), bigDec(1n), bigDec(1n), bigDec(1n), bigDec(1n), bigDec(1n), bigDec(1n), bigDec(-2n), bigDec(0n)],
    [487, bigDec(1n), bigDec(-1n), bigDec(-1n), bigDec(-1n), bigDec(-1n), bigDec(-1n), bigDec(-1n), bigDec(-1n), bigDec(0n), bigDec(2n)],
    [488, bigDec(-1n), bigDec(1n), bigDec(-1n), bigDec(-1n), bigDec(-1n), bigDec(-1n), bigDec(-1n), bigDec(-1n), bigDec(0n), bigDec(-2n)],
    [490, bigDec(3n), bigDec(7n), bigDec(21n), bigDec(21n), bigDec(21n), b("0.428571428571428571428571428571428571"), b("0.428571428571428571428571428571428572"), b("0.428571428571428571428571428571428571"), bigDec(10n), bigDec(-4n)],
    [495, bigDec(2n), bigDec(4n), bigDec(8n), bigDec(8n), bigDec(8n), bigDecWithPrec(5n, 1), bigDecWithPrec(5n, 1), bigDecWithPrec(5n, 1), bigDec(6n), bigDec(-2n)],
    [500, bigDec(100n), bigDec(100n), bigDec(10000n), bigDec(10000n), bigDec(10000n), bigDec(1n), bigDec(1n), bigDec(1n), bigDec(200n), bigDec(0n)],
    [502, bigDecWithPrec(15n, 1), bigDecWithPrec(15n, 1), bigDecWithPrec(225n, 2), bigDecWithPrec(225n, 2), bigDecWithPrec(225n, 2), bigDec(1n), bigDec(1n), bigDec(1n), bigDec(3n), bigDec(0n)],
    [506, bigDecWithPrec(3333n, 4), bigDecWithPrec(333n, 4), bigDecWithPrec(1109889n, 8), bigDecWithPrec(1109889n, 8), bigDecWithPrec(1109889n, 8), b("10.009009009009009009009009009009009009"), b("10.009009009009009009009009009009009010"), b("10.009009009009009009009009009009009009"), bigDecWithPrec(3666n, 4), bigDecWithPrec(3n, 1)],
  ];
  it.each(rows)("line %i", (_l, d1, d2, mul, mulTrunc, mulUp, quo, quoUp, quoTrunc, add, sub) => {
    expect(d1 + d2).toBe(add);
    expect(d1 - d2).toBe(sub);
    expect(bigDecMul(d1, d2)).toBe(mul);
    expect(bigDecMulTruncate(d1, d2)).toBe(mulTrunc);
    expect(bigDecMulRoundUp(d1, d2)).toBe(mulUp);
    if (d2 === 0n) {
      expect(() => bigDecQuo(d1, d2)).toThrow();
      return;
    }
    expect(bigDecQuo(d1, d2)).toBe(quo);
    expect(bigDecQuoRoundUp(d1, d2)).toBe(quoUp);
    expect(bigDecQuoByDecRoundUp(d1, bigDecToDec(d2))).toBe(bigDecQuoRoundUp(d1, bigDecFromDec(bigDecToDec(d2))));
    expect(bigDecQuoTruncate(d1, d2)).toBe(quoTrunc);
  });
});

describe(`rounding at the precision end (${SRC}:548)`, () => {
  it("9e-36 × 9e-36 rounds up to 1e-36 and truncates to 0", () => {
    const a = b("0.000000000000000000000000000000000009");
    expect(bigDecMulRoundUp(a, a)).toBe(1n);
    expect(bigDecMulTruncate(a, a)).toBe(0n);
  });
});

describe(`RoundInt is banker's, TruncateInt toward zero (${SRC}:563, :589)`, () => {
  it.each([
    ["0.25", 0n], ["0", 0n], ["1", 1n], ["0.75", 1n], ["0.5", 0n], ["7.5", 8n], ["1.5", 2n], ["2.5", 2n], ["0.545", 1n], ["1.545", 2n],
  ] as const)("round %s → %s", (s, exp) => {
    expect(bigDecRoundInt(b(s))).toBe(exp);
    expect(bigDecRoundInt(-b(s))).toBe(-exp);
  });
  it.each([
    ["0", 0n], ["0.25", 0n], ["0.75", 0n], ["1", 1n], ["1.5", 1n], ["7.5", 7n], ["7.6", 7n], ["7.4", 7n], ["100.1", 100n], ["1000.1", 1000n],
  ] as const)("truncate %s → %s", (s, exp) => {
    expect(bigDecTruncateInt(b(s))).toBe(exp);
    expect(bigDecTruncateInt(-b(s))).toBe(-exp);
  });
});

describe(`DecRoundUp (${SRC}:315)`, () => {
  it.each([
    [bigDec(0), "0"],
    [bigDec(1), "1"],
    [bigDec(10), "10"],
    [bigDec(12340), "12340"],
    [bigDecWithPrec(12340n, 4), "1.234"],
    [bigDecWithPrec(12340n, 5), "0.1234"],
    [bigDecWithPrec(12340n, 8), "0.0001234"],
    [bigDecWithPrec(1009009009009009009n, 17), "10.090090090090090090"],
    [bigDecWithPrec(1009009009009009009n, 19), "0.100900900900900901"],
  ])("%s → %s", (x, want) => {
    expect(bigDecToDecRoundUp(x)).toBe(d(want));
  });
});
