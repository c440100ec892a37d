import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatForInput } from "./format";
import { MAX_BASE_UNITS, parseAmount, toBaseUnits, type ParseFailure } from "./parse";

describe("parseAmount accepts", () => {
  const cases: [string, number, bigint][] = [
    ["1", 6, 1_000_000n],
    ["1.5", 6, 1_500_000n],
    ["  1.5\t", 6, 1_500_000n],
    ["\n2\n", 6, 2_000_000n],
    [".5", 6, 500_000n],
    ["5.", 6, 5_000_000n],
    ["0", 6, 0n],
    ["0.0", 6, 0n],
    ["000.100", 6, 100_000n],
    ["007", 2, 700n],
    ["1.123456", 6, 1_123_456n],
    ["0.000001", 6, 1n],
    ["123456789.987654321012345678", 18, 123456789_987654321012345678n],
    ["5", 0, 5n],
    ["5.", 0, 5n],
    ["1.2", 1, 12n],
    [MAX_BASE_UNITS.toString(), 0, MAX_BASE_UNITS],
    ["340282366920938463463.374607431768211455", 18, MAX_BASE_UNITS],
    [`${"0".repeat(100)}1`, 0, 1n],
  ];
  it.each(cases)("%j with %i decimals", (input, decimals, value) => {
    expect(parseAmount(input, decimals)).toEqual({ ok: true, value });
  });
});

describe("parseAmount refuses", () => {
  const cases: [string, number, ParseFailure][] = [
    ["", 6, "empty"],
    ["   ", 6, "empty"],
    ["\t\n", 6, "empty"],
    [".", 6, "not-a-number"],
    ["-", 6, "not-a-number"],
    ["-.", 6, "not-a-number"],
    ["abc", 6, "not-a-number"],
    ["1,000", 6, "not-a-number"],
    ["1,5", 6, "not-a-number"],
    ["1 000", 6, "not-a-number"],
    ["1_000", 6, "not-a-number"],
    ["1e6", 6, "not-a-number"],
    ["1E6", 6, "not-a-number"],
    ["1.5e-3", 6, "not-a-number"],
    ["+1", 6, "not-a-number"],
    ["1.2.3", 6, "not-a-number"],
    ["..5", 6, "not-a-number"],
    ["0x10", 6, "not-a-number"],
    ["Infinity", 6, "not-a-number"],
    ["NaN", 6, "not-a-number"],
    ["١٢", 6, "not-a-number"], // Arabic-Indic digits
    ["１", 6, "not-a-number"], // full-width digit
    ["--1", 6, "not-a-number"],
    ["- 1", 6, "not-a-number"],
    ["-1,000", 6, "not-a-number"],
    ["$5", 6, "not-a-number"],
    ["5 ATOM", 6, "not-a-number"],
    ["-1", 6, "negative"],
    ["-0.5", 6, "negative"],
    ["-.5", 6, "negative"],
    [" -3 ", 6, "negative"],
    ["-0", 6, "negative"],
    ["-1.1234567", 6, "negative"], // the sign is the more basic problem
    ["1.1234567", 6, "too-many-decimals"],
    ["0.0000001", 6, "too-many-decimals"],
    ["1.5000000", 6, "too-many-decimals"], // trailing zeros still count: we never drop typed digits
    ["1.5", 0, "too-many-decimals"],
    ["1.0", 0, "too-many-decimals"],
    ["0.0000000000000000001", 18, "too-many-decimals"],
    [(MAX_BASE_UNITS + 1n).toString(), 0, "too-large"],
    ["340282366920938463463.374607431768211456", 18, "too-large"],
    ["340282366920938463464", 18, "too-large"],
    ["9".repeat(40), 0, "too-large"],
    ["1".repeat(1_000_000), 6, "too-large"],
  ];
  it.each(cases)("%j with %i decimals as %s", (input, decimals, reason) => {
    const result = parseAmount(input, decimals);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.message).toMatch(/^[A-Z].*\.$/);
    }
  });

  it("names the decimal limit in the message", () => {
    expect(parseAmount("1.1234567", 6)).toMatchObject({ message: "At most 6 decimal places." });
    expect(parseAmount("1.12", 1)).toMatchObject({ message: "At most 1 decimal place." });
    expect(parseAmount("1.5", 0)).toMatchObject({ message: "Whole numbers only, no decimal places." });
  });

  it("gives distinct messages per reason", () => {
    const inputs = ["", "x", "-1", "1.1234567", "9".repeat(40)];
    const messages = inputs.map((input) => {
      const r = parseAmount(input, 6);
      return r.ok ? "" : r.message;
    });
    expect(new Set(messages).size).toBe(inputs.length);
  });

  it("throws for an invalid decimals argument (a programming error)", () => {
    for (const decimals of [-1, 1.5, Number.NaN, 256, Infinity]) {
      expect(() => parseAmount("1", decimals)).toThrow(RangeError);
    }
  });
});

describe("toBaseUnits", () => {
  it("returns base units", () => {
    expect(toBaseUnits("1.5", 6)).toBe(1_500_000n);
    expect(toBaseUnits("0.000000000000000001", 18)).toBe(1n);
  });

  it("throws with the reason on invalid input", () => {
    expect(() => toBaseUnits("1,000", 6)).toThrow(/not-a-number/);
    expect(() => toBaseUnits("-1", 6)).toThrow(/negative/);
    expect(() => toBaseUnits("1.1234567", 6)).toThrow(/At most 6 decimal places/);
  });
});

describe("parseAmount properties", () => {
  const base = fc.bigInt({ min: 0n, max: MAX_BASE_UNITS });
  const decimals = fc.integer({ min: 0, max: 18 });

  it("parse(formatForInput(x)) == x", () => {
    fc.assert(
      fc.property(base, decimals, (x, d) => {
        expect(parseAmount(formatForInput(x, d), d)).toEqual({ ok: true, value: x });
      }),
      { numRuns: 500 },
    );
  });

  it("agrees with integer-part·10^d + fraction built from separate digit strings", () => {
    const digits = (max: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: max });
    fc.assert(
      fc.property(decimals, digits(20), digits(18), (d, int, frac0) => {
        const frac = frac0.slice(0, d);
        fc.pre(int.length + frac.length > 0);
        const expected = BigInt(int || "0") * 10n ** BigInt(d) + (frac === "" ? 0n : BigInt(frac) * 10n ** BigInt(d - frac.length));
        expect(parseAmount(` ${int}.${frac} `, d)).toEqual({ ok: true, value: expected });
        if (frac === "") expect(parseAmount(int, d)).toEqual({ ok: true, value: expected });
      }),
    );
  });

  it("refuses any input with more fractional digits than allowed", () => {
    fc.assert(
      fc.property(decimals, fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 1, max: 5 }), (d, x, extra) => {
        const input = `${x}.${"1".padStart(d + extra, "0")}`;
        expect(parseAmount(input, d)).toMatchObject({ ok: false, reason: "too-many-decimals" });
      }),
    );
  });

  it("refuses every value above 2^128-1", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: MAX_BASE_UNITS + 1n, max: 2n ** 200n }), decimals, (x, d) => {
        expect(parseAmount(formatForInput(x, d), d)).toMatchObject({ ok: false, reason: "too-large" });
      }),
    );
  });
});
