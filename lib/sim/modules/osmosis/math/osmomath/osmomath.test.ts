import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDec } from "@/lib/amount/decimal";
import {
  DEC_ONE,
  DEC_SMALLEST,
  decApproxSqrt,
  decMulHalfEven,
  decMulRoundUp,
  decMulTrunc,
  decPower,
  decQuoChain,
  decQuoRoundUp,
  decQuoTrunc,
} from "./legacy-dec";
import {
  bigDecMul,
  bigDecMulRoundUp,
  bigDecMulTruncate,
  bigDecQuo,
  bigDecQuoRoundUp,
  bigDecQuoRoundUpNextInt,
  bigDecQuoTruncate,
  bigDecToDec,
  bigDecToDecRoundUp,
  bigDecToString,
  parseBigDec,
} from "./big-dec";
import { isqrt, monotonicSqrt, monotonicSqrtBigDec } from "./monotonic-sqrt";
import { POW_PRECISION, pow, powApprox } from "./pow";

const d = parseDec;
const b = parseBigDec;
const abs = (x: bigint) => (x < 0n ? -x : x);

describe("LegacyDec roundings (cosmossdk.io/math legacy_dec.go)", () => {
  it("Mul is half-even, MulTruncate toward zero, MulRoundUp ceil", () => {
    // 0.000000000000000001 × 0.5 = 5e-19: a tie, even neighbour 0.
    expect(decMulHalfEven(1n, d("0.5"))).toBe(0n);
    expect(decMulHalfEven(3n, d("0.5"))).toBe(2n);
    expect(decMulTrunc(3n, d("0.5"))).toBe(1n);
    expect(decMulRoundUp(3n, d("0.5"))).toBe(2n);
    expect(decMulRoundUp(-3n, d("0.5"))).toBe(-1n);
  });
  it("Quo rounds twice (truncate at 36 digits, then half-even at 18)", () => {
    expect(decQuoChain(d("1"), d("3"))).toBe(333_333_333_333_333_333n);
    expect(decQuoChain(d("2"), d("3"))).toBe(666_666_666_666_666_667n);
    expect(decQuoTrunc(d("2"), d("3"))).toBe(666_666_666_666_666_666n);
    expect(decQuoRoundUp(d("1"), d("3"))).toBe(333_333_333_333_333_334n);
  });
  it("Power multiplies half-even at each step", () => {
    expect(decPower(d("1.1"), 2n)).toBe(d("1.21"));
    expect(decPower(d("3"), 0n)).toBe(DEC_ONE);
    expect(decPower(d("10"), 20n)).toBe(10n ** 38n);
  });
  it("ApproxSqrt finds the Newton root", () => {
    expect(decApproxSqrt(d("4"))).toBe(d("2"));
    expect(decApproxSqrt(d("0.25"))).toBe(d("0.5"));
  });
});

describe("BigDec (osmomath/decimal.go)", () => {
  it("Mul half-even, MulTruncate, MulRoundUp at 36 digits", () => {
    const third = bigDecQuo(b("1"), b("3"));
    expect(bigDecToString(third)).toBe("0.333333333333333333333333333333333333");
    expect(bigDecMul(third, b("3"))).toBe(b("0.999999999999999999999999999999999999"));
    expect(bigDecMulTruncate(1n, b("0.5"))).toBe(0n);
    expect(bigDecMulRoundUp(1n, b("0.5"))).toBe(1n);
  });
  it("QuoTruncate / QuoRoundUp / QuoRoundUpNextInt", () => {
    expect(bigDecQuoTruncate(b("2"), b("3"))).toBe(b("0.666666666666666666666666666666666666"));
    expect(bigDecQuoRoundUp(b("2"), b("3"))).toBe(b("0.666666666666666666666666666666666667"));
    expect(bigDecQuoRoundUpNextInt(b("7"), b("2"))).toBe(b("4"));
    expect(bigDecQuoRoundUpNextInt(b("8"), b("2"))).toBe(b("4"));
  });
  it("Dec() truncates, DecRoundUp() rounds up at 18 digits", () => {
    const x = b("1.000000000000000000000000000000000001");
    expect(bigDecToDec(x)).toBe(d("1"));
    expect(bigDecToDecRoundUp(x)).toBe(d("1.000000000000000001"));
  });
});

// osmomath/sqrt_test.go:29 TestSdkApproxSqrtVectors (7 vectors, all exact).
describe("MonotonicSqrt vectors (osmomath/sqrt_test.go:29)", () => {
  const cases: [bigint, bigint][] = [
    [DEC_ONE, DEC_ONE],
    [d("0.25"), d("0.5")],
    [d("0.04"), d("0.2")],
    [d("9"), d("3")],
    [d("2"), d("1.414213562373095049")],
    [DEC_SMALLEST, d("0.000000001")],
    [3n * DEC_SMALLEST, 1_732_050_808n],
  ];
  it.each(cases)("sqrt(%s raw) = %s raw", (input, expected) => {
    expect(monotonicSqrt(input)).toBe(expected);
  });
  it("refuses negatives with the chain's message", () => {
    expect(() => monotonicSqrt(-1n)).toThrow("cannot take square root of negative number");
  });
});

describe("MonotonicSqrt properties (osmomath/sqrt_test.go:63 monotonicity, :105 perfect squares, :132 rounding)", () => {
  const decArb = fc.bigInt({ min: 0n, max: 2n ** 200n });
  it("is monotonic and rounds up: sqrt(x)² ≥ x and (sqrt(x) − 1ulp)² ≤ x", () => {
    fc.assert(
      fc.property(decArb, (x) => {
        const r = monotonicSqrt(x);
        expect(r).toBeLessThanOrEqual(monotonicSqrt(x + 1n));
        expect(decMulHalfEven(r, r) >= x).toBe(true);
        if (r > 0n) expect(decMulHalfEven(r - 1n, r - 1n) <= x).toBe(true);
      }),
      { numRuns: 1000, seed: 14 },
    );
  });
  it("perfect squares come back exactly", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 128n }), fc.bigInt({ min: 0n, max: 999_999_999n }), (a, frac) => {
        const root = a * DEC_ONE + frac * 1_000_000_000n;
        const sq = decMulHalfEven(root, root);
        expect(monotonicSqrt(sq)).toBe(root);
      }),
      { numRuns: 1000, seed: 15 },
    );
  });
  it("BigDec variant rounds up at 36 digits", () => {
    fc.assert(
      fc.property(decArb, (x) => {
        const r = monotonicSqrtBigDec(x);
        expect(r * r >= x * 10n ** 36n).toBe(true);
        if (r > 0n) expect((r - 1n) * (r - 1n) < x * 10n ** 36n).toBe(true);
      }),
      { numRuns: 1000, seed: 16 },
    );
  });
  it("isqrt is floor sqrt", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 300n }), (n) => {
        const r = isqrt(n);
        expect(r * r <= n && (r + 1n) * (r + 1n) > n).toBe(true);
      }),
      { numRuns: 1000, seed: 17 },
    );
  });
});

// osmomath/math_test.go:24 TestPowApprox: the chain asserts |expected − actual| ≤ precision.
describe("PowApprox vectors (osmomath/math_test.go:24)", () => {
  const cases: { base: string; exp: string; precision: string; expected?: string; panics?: boolean }[] = [
    { base: "0.8", exp: "0.32", precision: "0.00000001", expected: "0.93108385" },
    { base: "0.8", exp: "0", precision: "0.00001", expected: "1" },
    { base: "0", exp: "1", precision: "0.00001", panics: true },
    { base: "1.9999", exp: "0.23", precision: "0.000000001", expected: "1.172821461" },
    { base: "1.777", exp: "20", precision: "0.000000000001", expected: "98570.862372081602" },
    { base: "1.556", exp: "20.9123", precision: "0.0000000000000001", expected: "10360.058421529811344618" },
    { base: "1.886", exp: "31.9123", precision: "0.00000000000001", expected: "621110716.84727942280335811" },
    { base: "1", exp: "123", precision: "0.00000001", expected: "1" },
    { base: "1.999999999999999999", exp: "0.000000000000000001", precision: "0.00000001", expected: "1" },
    { base: "1.999999999999999999", exp: "0.1", precision: "0.00000001", panics: true },
    { base: "1.99999", exp: "0.1", precision: "0.00000001", panics: true },
    { base: "1.9999", exp: "0.1", precision: "0.00000001", expected: "1.071768103548402149" },
  ];
  it.each(cases)("PowApprox($base, $exp) ≈ $expected", ({ base, exp, precision, expected, panics }) => {
    const run = () => powApprox(d(base), d(exp), d(precision));
    if (panics) {
      expect(run).toThrow();
      return;
    }
    // Go's literal "621110716.84727942280335811" has 17 fractional digits; parseDec pads.
    expect(abs(run() - d(expected!)) <= d(precision)).toBe(true);
  });
});

// osmomath/math_test.go:147 TestPow: |expected − actual| ≤ powPrecision, base 0 panics.
describe("Pow vectors (osmomath/math_test.go:147)", () => {
  const cases: [string, string, string][] = [
    ["0.8", "0.32", "0.93108385"],
    ["0.8", "0", "1"],
    ["1.9999", "0.23", "1.172821461"],
    ["0.0000123", "123", "0"],
    ["1.777", "20", "98570.862372081602"],
    ["1", "123", "1"],
  ];
  it.each(cases)("Pow(%s, %s) ≈ %s", (base, exp, expected) => {
    expect(abs(pow(d(base), d(exp)) - d(expected)) <= POW_PRECISION).toBe(true);
  });
  it("refuses a base outside (0, 2) with the chain's messages", () => {
    expect(() => pow(0n, DEC_ONE)).toThrow("base must be greater than 0");
    expect(() => pow(d("2"), d("0.5"))).toThrow("base must be lesser than two");
  });
  it("exp = 0.5 uses ApproxSqrt", () => {
    expect(pow(d("0.25"), d("0.5"))).toBe(d("0.5"));
  });
});
