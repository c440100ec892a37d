import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { divRound, type Rounding } from "./rounding";

describe("divRound table", () => {
  // [num, den, floor, ceil, half-even]
  const cases: [bigint, bigint, bigint, bigint, bigint][] = [
    [7n, 2n, 3n, 4n, 4n], // 3.5 tie -> even 4
    [5n, 2n, 2n, 3n, 2n], // 2.5 tie -> even 2
    [3n, 2n, 1n, 2n, 2n], // 1.5 tie -> even 2
    [1n, 2n, 0n, 1n, 0n], // 0.5 tie -> even 0
    [-7n, 2n, -4n, -3n, -4n],
    [-5n, 2n, -3n, -2n, -2n],
    [-3n, 2n, -2n, -1n, -2n],
    [-1n, 2n, -1n, 0n, 0n],
    [7n, -2n, -4n, -3n, -4n],
    [-7n, -2n, 3n, 4n, 4n],
    [5n, -2n, -3n, -2n, -2n],
    [1n, 3n, 0n, 1n, 0n],
    [2n, 3n, 0n, 1n, 1n],
    [-1n, 3n, -1n, 0n, 0n],
    [-2n, 3n, -1n, 0n, -1n],
    [2n, -3n, -1n, 0n, -1n],
    [-2n, -3n, 0n, 1n, 1n],
    [6n, 3n, 2n, 2n, 2n],
    [-6n, 3n, -2n, -2n, -2n],
    [0n, 5n, 0n, 0n, 0n],
    [0n, -5n, 0n, 0n, 0n],
    [11n, 4n, 2n, 3n, 3n], // 2.75
    [9n, 4n, 2n, 3n, 2n], // 2.25
    [-11n, 4n, -3n, -2n, -3n],
    [-9n, 4n, -3n, -2n, -2n],
    [10n ** 40n + 1n, 10n ** 40n, 1n, 2n, 1n],
  ];
  it.each(cases)("%s / %s", (num, den, floor, ceil, halfEven) => {
    expect(divRound(num, den, "floor")).toBe(floor);
    expect(divRound(num, den, "ceil")).toBe(ceil);
    expect(divRound(num, den, "half-even")).toBe(halfEven);
  });

  it("throws on a zero denominator for every mode", () => {
    for (const mode of ["floor", "ceil", "half-even"] as Rounding[]) {
      expect(() => divRound(1n, 0n, mode)).toThrow(RangeError);
      expect(() => divRound(0n, 0n, mode)).toThrow(RangeError);
    }
  });

  it("throws on an unknown mode instead of silently truncating", () => {
    expect(() => divRound(1n, 2n, "up" as Rounding)).toThrow(/unknown rounding/);
  });
});

describe("divRound properties", () => {
  const num = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
  const den = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).filter((d) => d !== 0n);

  // Cross-multiplication with a positive denominator: no division in the oracle.
  const positive = (n: bigint, d: bigint): [bigint, bigint] => (d < 0n ? [-n, -d] : [n, d]);

  it("floor q satisfies q*den <= num < (q+1)*den", () => {
    fc.assert(
      fc.property(num, den, (n0, d0) => {
        const q = divRound(n0, d0, "floor");
        const [n, d] = positive(n0, d0);
        expect(q * d <= n && n < (q + 1n) * d).toBe(true);
      }),
    );
  });

  it("ceil q satisfies (q-1)*den < num <= q*den", () => {
    fc.assert(
      fc.property(num, den, (n0, d0) => {
        const q = divRound(n0, d0, "ceil");
        const [n, d] = positive(n0, d0);
        expect((q - 1n) * d < n && n <= q * d).toBe(true);
      }),
    );
  });

  it("half-even is within half a unit and picks the even side of a tie", () => {
    fc.assert(
      fc.property(num, den, (n0, d0) => {
        const q = divRound(n0, d0, "half-even");
        const [n, d] = positive(n0, d0);
        const twiceErr = 2n * (n - q * d);
        const absTwiceErr = twiceErr < 0n ? -twiceErr : twiceErr;
        expect(absTwiceErr <= d).toBe(true);
        if (absTwiceErr === d) expect(q % 2n).toBe(0n);
      }),
    );
  });

  it("exact ties (2k+1)/2 always land on an even neighbour", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (k) => {
        const q = divRound(2n * k + 1n, 2n, "half-even");
        expect(q % 2n).toBe(0n);
        expect(q === k || q === k + 1n).toBe(true);
      }),
    );
  });

  it("half-even is symmetric under negation; floor and ceil mirror each other", () => {
    fc.assert(
      fc.property(num, den, (n, d) => {
        expect(divRound(-n, d, "half-even")).toBe(-divRound(n, d, "half-even"));
        expect(divRound(-n, d, "floor")).toBe(-divRound(n, d, "ceil"));
      }),
    );
  });
});
