import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEC_SCALE,
  decCeilToInt,
  decFromInt,
  decFromRatio,
  decMul,
  decMulInt,
  decMulTruncate,
  decQuo,
  decQuoInt,
  decQuoLegacy,
  decQuoTruncate,
  decToLossyNumber,
  decToString,
  decToWire,
  decTruncateToInt,
  mulIntByDec,
  parseDec,
  parseDecWire,
  type Dec,
  type Rounding,
} from "./decimal";

const d = parseDec;
const ONE_THIRD_FLOOR = 333_333_333_333_333_333n;
const DEC_RAW_LIMIT = 2n ** 256n * DEC_SCALE - 1n;

// Oracle written independently of divRound: floor by normalising the denominator's sign and
// correcting BigInt truncation, then half-even by comparing twice the remainder.
function refFloor(num: bigint, den: bigint): bigint {
  const [n, dd] = den < 0n ? [-num, -den] : [num, den];
  const q = n / dd;
  return q * dd > n ? q - 1n : q;
}
function refRound(num: bigint, den: bigint, rounding: Rounding): bigint {
  const [n, dd] = den < 0n ? [-num, -den] : [num, den];
  const f = refFloor(n, dd);
  const rem2 = 2n * (n - f * dd);
  if (rounding === "floor") return f;
  if (rounding === "ceil") return rem2 === 0n ? f : f + 1n;
  if (rem2 < dd) return f;
  if (rem2 > dd) return f + 1n;
  return f % 2n === 0n ? f : f + 1n;
}

describe("constructors", () => {
  it("decFromInt scales by 10^18", () => {
    expect(DEC_SCALE).toBe(1_000_000_000_000_000_000n);
    expect(decFromInt(3n)).toBe(3_000_000_000_000_000_000n);
    expect(decFromInt(-2n)).toBe(-2n * DEC_SCALE);
  });

  const ratios: [bigint, bigint, Rounding, Dec][] = [
    [1n, 3n, "floor", ONE_THIRD_FLOOR],
    [1n, 3n, "ceil", ONE_THIRD_FLOOR + 1n],
    [1n, 3n, "half-even", ONE_THIRD_FLOOR],
    [2n, 3n, "half-even", 666_666_666_666_666_667n],
    [2n, 3n, "floor", 666_666_666_666_666_666n],
    [-1n, 3n, "floor", -ONE_THIRD_FLOOR - 1n],
    [-1n, 3n, "ceil", -ONE_THIRD_FLOOR],
    [1n, -3n, "half-even", -ONE_THIRD_FLOOR],
    [1n, 4n, "floor", 250_000_000_000_000_000n],
    // ties at the 18th digit
    [1n, 2n * DEC_SCALE, "half-even", 0n],
    [3n, 2n * DEC_SCALE, "half-even", 2n],
    [5n, 2n * DEC_SCALE, "half-even", 2n],
    [-3n, 2n * DEC_SCALE, "half-even", -2n],
    [-5n, 2n * DEC_SCALE, "half-even", -2n],
    [-1n, 2n * DEC_SCALE, "half-even", 0n],
    [-1n, 2n * DEC_SCALE, "floor", -1n],
    [0n, 7n, "ceil", 0n],
  ];
  it.each(ratios)("decFromRatio(%s, %s, %s)", (num, den, rounding, expected) => {
    expect(decFromRatio(num, den, rounding)).toBe(expected);
  });

  it("decFromRatio throws on a zero denominator", () => {
    expect(() => decFromRatio(1n, 0n, "floor")).toThrow(RangeError);
  });
});

describe("arithmetic", () => {
  it("decMul rounds the exact product once", () => {
    expect(decMul(d("0.334"), d("3"), "half-even")).toBe(d("1.002"));
    expect(decMul(d("1.5"), d("-2"), "floor")).toBe(d("-3"));
    // 3e-18 × 0.5 = 1.5e-18: a tie
    expect(decMul(3n, d("0.5"), "half-even")).toBe(2n);
    expect(decMul(5n, d("0.5"), "half-even")).toBe(2n);
    expect(decMul(1n, d("0.5"), "half-even")).toBe(0n);
    expect(decMul(3n, d("0.5"), "floor")).toBe(1n);
    expect(decMul(3n, d("0.5"), "ceil")).toBe(2n);
    expect(decMul(-3n, d("0.5"), "half-even")).toBe(-2n);
    expect(decMul(-3n, d("0.5"), "floor")).toBe(-2n);
    expect(decMul(-3n, d("0.5"), "ceil")).toBe(-1n);
  });

  it("decMulTruncate goes toward zero, like LegacyDec.MulTruncate", () => {
    expect(decMulTruncate(3n, d("0.5"))).toBe(1n);
    expect(decMulTruncate(-3n, d("0.5"))).toBe(-1n);
    expect(decMulTruncate(d("0.333333333333333333"), d("3"))).toBe(d("0.999999999999999999"));
  });

  it("decQuo rounds the exact quotient once", () => {
    expect(decQuo(d("1"), d("3"), "half-even")).toBe(ONE_THIRD_FLOOR);
    expect(decQuo(d("2"), d("3"), "half-even")).toBe(666_666_666_666_666_667n);
    expect(decQuo(d("2"), d("3"), "floor")).toBe(666_666_666_666_666_666n);
    expect(decQuo(d("-2"), d("3"), "floor")).toBe(-666_666_666_666_666_667n);
    expect(decQuo(d("-2"), d("3"), "ceil")).toBe(-666_666_666_666_666_666n);
    expect(decQuo(d("1.002"), d("0.334"), "floor")).toBe(d("3"));
    expect(decQuo(1n, d("2"), "half-even")).toBe(0n); // 0.5e-18 tie -> 0
    expect(decQuo(3n, d("2"), "half-even")).toBe(2n); // 1.5e-18 tie -> 2
    expect(() => decQuo(1n, 0n, "floor")).toThrow(RangeError);
  });

  it("decQuoTruncate goes toward zero", () => {
    expect(decQuoTruncate(d("2"), d("3"))).toBe(666_666_666_666_666_666n);
    expect(decQuoTruncate(d("-2"), d("3"))).toBe(-666_666_666_666_666_666n);
    expect(() => decQuoTruncate(1n, 0n)).toThrow(RangeError);
  });

  it("decQuoLegacy reproduces LegacyDec.Quo's double rounding", () => {
    // Exact quotient is 0.5e-18 plus a sliver beyond digit 36: correctly rounded it is 1e-18,
    // but the chain truncates the sliver first and then sees an exact tie, which goes to 0.
    const a = 500_000_000_000_000_001n;
    const b = 10n ** 36n + 1n;
    expect(decQuo(a, b, "half-even")).toBe(1n);
    expect(decQuoLegacy(a, b)).toBe(0n);
    expect(decQuoLegacy(-a, b)).toBe(0n);
    expect(decQuoLegacy(d("2"), d("3"))).toBe(666_666_666_666_666_667n);
    expect(() => decQuoLegacy(1n, 0n)).toThrow(RangeError);
  });

  it("integer operands", () => {
    expect(decMulInt(d("0.334"), 3n)).toBe(d("1.002"));
    expect(decQuoInt(d("1"), 3n)).toBe(ONE_THIRD_FLOOR);
    expect(decQuoInt(-7n, 2n)).toBe(-3n);
    expect(() => decQuoInt(1n, 0n)).toThrow(RangeError);
  });

  it("to integers", () => {
    expect(decTruncateToInt(d("1.9"))).toBe(1n);
    expect(decTruncateToInt(d("-1.9"))).toBe(-1n);
    expect(decTruncateToInt(d("0.999999999999999999"))).toBe(0n);
    expect(decCeilToInt(d("1.1"))).toBe(2n);
    expect(decCeilToInt(d("1.000000000000000001"))).toBe(2n);
    expect(decCeilToInt(d("2"))).toBe(2n);
    expect(decCeilToInt(d("-1.9"))).toBe(-1n);
    expect(decCeilToInt(d("-0.1"))).toBe(0n);
  });

  it("mulIntByDec computes fees in one rounding step", () => {
    const rate = d("0.1");
    expect(mulIntByDec(1_000_000n, rate, "floor")).toBe(100_000n);
    expect(mulIntByDec(999n, rate, "floor")).toBe(99n);
    expect(mulIntByDec(999n, rate, "ceil")).toBe(100n);
    expect(mulIntByDec(999n, rate, "half-even")).toBe(100n);
    expect(mulIntByDec(995n, d("0.01"), "half-even")).toBe(10n); // 9.95
    expect(mulIntByDec(25n, rate, "half-even")).toBe(2n); // 2.5 tie
    expect(mulIntByDec(35n, rate, "half-even")).toBe(4n); // 3.5 tie
    expect(mulIntByDec(-999n, rate, "floor")).toBe(-100n);
    // Large amounts stay exact: 2^128-1 at 18 decimals times a 5% fee.
    expect(mulIntByDec(2n ** 128n - 1n, d("0.05"), "floor")).toBe((2n ** 128n - 1n) / 20n);
  });
});

describe("parseDec", () => {
  const ok: [string, Dec][] = [
    ["0.334", 334_000_000_000_000_000n],
    ["0.334000000000000000", 334_000_000_000_000_000n],
    ["1", DEC_SCALE],
    ["1.0", DEC_SCALE],
    ["0", 0n],
    ["-0", 0n],
    ["-1.5", -1_500_000_000_000_000_000n],
    ["0.000000000000000001", 1n],
    ["123456789.123456789123456789", 123456789_123456789123456789n],
    ["007.5", 7_500_000_000_000_000_000n],
  ];
  it.each(ok)("accepts %j", (s, expected) => {
    expect(parseDec(s)).toBe(expected);
  });

  it("rejects more than 18 fractional digits with a clear message", () => {
    expect(() => parseDec("0.0000000000000000001")).toThrow(/19 fractional digits; at most 18/);
    expect(() => parseDec("1.3340000000000000000")).toThrow(RangeError);
  });

  const bad = ["", "-", ".5", "5.", "1e5", "abc", " 1", "1 ", "1,000", "+1", "--1", "0x1", "1.2.3", "NaN", "١"];
  it.each(bad)("rejects %j", (s) => {
    expect(() => parseDec(s)).toThrow(SyntaxError);
  });

  it("rejects values outside the LegacyDec range, like the chain", () => {
    expect(parseDec(decToString(DEC_RAW_LIMIT))).toBe(DEC_RAW_LIMIT);
    expect(parseDec(decToString(-DEC_RAW_LIMIT))).toBe(-DEC_RAW_LIMIT);
    expect(() => parseDec(decToString(DEC_RAW_LIMIT + 1n))).toThrow(/range/);
    expect(() => parseDec("9".repeat(200_000))).toThrow(/range/);
  });
});

describe("parseDecWire / decToWire", () => {
  it("reads the protobuf integer form", () => {
    expect(parseDecWire("334000000000000000")).toBe(d("0.334"));
    expect(parseDecWire("1000000000000000000")).toBe(d("1"));
    expect(parseDecWire("")).toBe(0n);
    expect(parseDecWire("0")).toBe(0n);
    expect(parseDecWire("-5")).toBe(-5n);
  });

  it.each(["0.334", "abc", " 1", "1e18", "+1", "-", "0x10"])("rejects %j", (s) => {
    expect(() => parseDecWire(s)).toThrow(SyntaxError);
  });

  it("rejects out-of-range wire values", () => {
    expect(parseDecWire(DEC_RAW_LIMIT.toString())).toBe(DEC_RAW_LIMIT);
    expect(() => parseDecWire((DEC_RAW_LIMIT + 1n).toString())).toThrow(/range/);
    expect(() => parseDecWire("1".repeat(200_000))).toThrow(/range/);
  });

  it("writes the integer form", () => {
    expect(decToWire(d("0.334"))).toBe("334000000000000000");
    expect(decToWire(0n)).toBe("0");
    expect(decToWire(d("-1"))).toBe("-1000000000000000000");
  });
});

describe("decToString", () => {
  const cases: [Dec, Parameters<typeof decToString>[1], string][] = [
    [d("0.334"), undefined, "0.334000000000000000"],
    [d("1"), undefined, "1.000000000000000000"],
    [0n, undefined, "0.000000000000000000"],
    [-1n, undefined, "-0.000000000000000001"],
    [d("-12.5"), undefined, "-12.500000000000000000"],
    [d("0.334"), { trim: true }, "0.334"],
    [d("1"), { trim: true }, "1"],
    [0n, { trim: true }, "0"],
    [d("1234567.5"), { trim: true }, "1234567.5"],
    [d("0.334"), { maxFractionDigits: 2 }, "0.33"],
    [d("0.334"), { maxFractionDigits: 2, rounding: "ceil" }, "0.34"],
    [d("0.125"), { maxFractionDigits: 2 }, "0.12"], // tie -> even
    [d("0.135"), { maxFractionDigits: 2 }, "0.14"], // tie -> even
    [d("-0.125"), { maxFractionDigits: 2 }, "-0.12"],
    [d("-0.125"), { maxFractionDigits: 2, rounding: "floor" }, "-0.13"],
    [d("-0.001"), { maxFractionDigits: 2 }, "0.00"],
    [d("0.5"), { maxFractionDigits: 0 }, "0"],
    [d("1.5"), { maxFractionDigits: 0 }, "2"],
    [d("9.999"), { maxFractionDigits: 2, rounding: "ceil" }, "10.00"],
    [d("9.999"), { maxFractionDigits: 2, rounding: "ceil", trim: true }, "10"],
    [d("0.10"), { maxFractionDigits: 4, trim: true }, "0.1"],
  ];
  it.each(cases)("%s with %j", (value, opts, expected) => {
    expect(decToString(value, opts)).toBe(expected);
  });

  it("rejects an invalid maxFractionDigits", () => {
    for (const n of [-1, 19, 1.5]) expect(() => decToString(1n, { maxFractionDigits: n })).toThrow(RangeError);
  });
});

describe("decToLossyNumber", () => {
  it("is the nearest double", () => {
    expect(decToLossyNumber(d("0.334"))).toBe(0.334);
    expect(decToLossyNumber(d("-1.5"))).toBe(-1.5);
    expect(decToLossyNumber(0n)).toBe(0);
    expect(decToLossyNumber(1n)).toBe(1e-18);
    expect(decToLossyNumber(d("0.1") + d("0.2"))).toBe(0.3); // exact sum first, then one rounding
  });
});

describe("decimal properties", () => {
  const dec = fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n });
  const nonZeroDec = dec.filter((x) => x !== 0n);
  const rounding = fc.constantFrom<Rounding>("floor", "ceil", "half-even");

  it("decFromRatio: floor <= num/den <= ceil by cross-multiplication, one unit apart unless exact", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 30n }), (num, den) => {
        const lo = decFromRatio(num, den, "floor");
        const hi = decFromRatio(num, den, "ceil");
        // lo/10^18 <= num/den <= hi/10^18, multiplied through by den·10^18 (both positive)
        expect(lo * den <= num * DEC_SCALE).toBe(true);
        expect(num * DEC_SCALE <= hi * den).toBe(true);
        expect((lo + 1n) * den > num * DEC_SCALE).toBe(true);
        expect(hi - lo).toBe((num * DEC_SCALE) % den === 0n ? 0n : 1n);
        const even = decFromRatio(num, den, "half-even");
        expect(even === lo || even === hi).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("half-even ties go to the even neighbour", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (k) => {
        // (2k+1)/2 units exactly, reached three different ways
        const viaRatio = decFromRatio(2n * k + 1n, 2n * DEC_SCALE, "half-even");
        const viaMul = decMul(2n * k + 1n, DEC_SCALE / 2n, "half-even");
        const viaQuo = decQuo(2n * k + 1n, 2n * DEC_SCALE, "half-even");
        for (const q of [viaRatio, viaMul, viaQuo]) {
          expect(q % 2n).toBe(0n);
          expect(q === k || q === k + 1n).toBe(true);
        }
      }),
    );
  });

  it("decMul and decQuo agree with the scaled-bigint reference", () => {
    fc.assert(
      fc.property(dec, nonZeroDec, rounding, (a, b, r) => {
        expect(decMul(a, b, r)).toBe(refRound(a * b, DEC_SCALE, r));
        expect(decQuo(a, b, r)).toBe(refRound(a * DEC_SCALE, b, r));
      }),
      { numRuns: 500 },
    );
  });

  it("truncating variants equal floor of the magnitude with the sign put back", () => {
    fc.assert(
      fc.property(dec, nonZeroDec, (a, b) => {
        const sign = a < 0n !== b < 0n ? -1n : 1n;
        const abs = (x: bigint) => (x < 0n ? -x : x);
        expect(decMulTruncate(a, b)).toBe(sign * refFloor(abs(a * b), DEC_SCALE));
        expect(decQuoTruncate(a, b)).toBe(sign * refFloor(abs(a) * DEC_SCALE, abs(b)));
      }),
    );
  });

  it("decQuoLegacy is within one unit of the correctly rounded quotient and equal when exact at 36 digits", () => {
    fc.assert(
      fc.property(dec, nonZeroDec, (a, b) => {
        const exact = decQuo(a, b, "half-even");
        const legacy = decQuoLegacy(a, b);
        expect(legacy - exact <= 1n && exact - legacy <= 1n).toBe(true);
        if ((a * DEC_SCALE * DEC_SCALE) % b === 0n) expect(legacy).toBe(exact);
      }),
    );
  });

  it("decTruncateToInt and decCeilToInt bracket the value", () => {
    fc.assert(
      fc.property(dec, (a) => {
        const c = decCeilToInt(a);
        expect(decFromInt(c) >= a && decFromInt(c - 1n) < a).toBe(true);
        const t = decTruncateToInt(a);
        const abs = (x: bigint) => (x < 0n ? -x : x);
        expect(abs(decFromInt(t)) <= abs(a) && abs(decFromInt(t)) > abs(a) - DEC_SCALE).toBe(true);
      }),
    );
  });

  it("parseDec(decToString(d)) == d, with and without trimming", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }), (x) => {
        expect(parseDec(decToString(x))).toBe(x);
        expect(parseDec(decToString(x, { trim: true }))).toBe(x);
        expect(parseDecWire(decToWire(x))).toBe(x);
      }),
      { numRuns: 500 },
    );
  });

  it("decToString with fewer digits matches decFromRatio rounding at that precision", () => {
    fc.assert(
      fc.property(dec, fc.integer({ min: 0, max: 18 }), rounding, (x, digits, r) => {
        const unit = 10n ** BigInt(18 - digits);
        const expected = refRound(x, unit, r) * unit;
        expect(parseDec(decToString(x, { maxFractionDigits: digits, rounding: r }))).toBe(expected);
      }),
    );
  });
});
