import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAmount, formatForInput, type FormatAmountOptions } from "./format";
import { toBaseUnits } from "./parse";

describe("formatAmount", () => {
  const cases: [bigint, number, FormatAmountOptions | undefined, string][] = [
    [0n, 6, undefined, "0"],
    [1n, 6, undefined, "0.000001"],
    [1_500_000n, 6, undefined, "1.5"],
    [1_000_000n, 6, undefined, "1"],
    [1_234_567_890_000n, 6, undefined, "1,234,567.89"],
    [1_234_567_890_000n, 6, { group: false }, "1234567.89"],
    [999n, 0, undefined, "999"],
    [1000n, 0, undefined, "1,000"],
    [123456789012345678901234567890n, 0, undefined, "123,456,789,012,345,678,901,234,567,890"],
    [2n ** 128n - 1n, 18, undefined, "340,282,366,920,938,463,463.374607431768211455"],
    // cutting digits
    [1_239_999n, 6, { maxFractionDigits: 2 }, "1.23"],
    [1_239_999n, 6, { maxFractionDigits: 2, rounding: "ceil" }, "1.24"],
    [1_230_000n, 6, { maxFractionDigits: 2, rounding: "ceil" }, "1.23"],
    [1_000_001n, 6, { maxFractionDigits: 0, rounding: "ceil" }, "2"],
    [1_999_999n, 6, { maxFractionDigits: 0 }, "1"],
    [999_999_999_999n, 6, { maxFractionDigits: 2, rounding: "ceil" }, "1,000,000"],
    [1n, 6, { maxFractionDigits: 2 }, "0"],
    [1n, 6, { maxFractionDigits: 2, rounding: "ceil" }, "0.01"],
    [1_500_000n, 6, { maxFractionDigits: 8 }, "1.5"],
    // padding
    [1_000_000n, 6, { minFractionDigits: 2 }, "1.00"],
    [1_500_000n, 6, { minFractionDigits: 2 }, "1.50"],
    [1_234_567n, 6, { minFractionDigits: 2 }, "1.234567"],
    [5n, 0, { minFractionDigits: 2 }, "5.00"],
    [1_239_999n, 6, { minFractionDigits: 4, maxFractionDigits: 4 }, "1.2399"],
    [1_200_000n, 6, { minFractionDigits: 4, maxFractionDigits: 4 }, "1.2000"],
    // negatives: rounding applies to the magnitude
    [-1_500_000n, 6, undefined, "-1.5"],
    [-1_234_500_000n, 6, undefined, "-1,234.5"],
    [-1_239_999n, 6, { maxFractionDigits: 2 }, "-1.23"],
    [-1_239_999n, 6, { maxFractionDigits: 2, rounding: "ceil" }, "-1.24"],
    [-1n, 6, { maxFractionDigits: 2 }, "0"],
    [-1n, 6, { maxFractionDigits: 2, rounding: "ceil" }, "-0.01"],
    [-1n, 6, { maxFractionDigits: 2, minFractionDigits: 2 }, "0.00"],
  ];
  it.each(cases)("%s with %i decimals and %j", (base, decimals, opts, expected) => {
    expect(formatAmount(base, decimals, opts)).toBe(expected);
  });

  it("rejects invalid options", () => {
    expect(() => formatAmount(1n, -1)).toThrow(RangeError);
    expect(() => formatAmount(1n, 6, { maxFractionDigits: -1 })).toThrow(RangeError);
    expect(() => formatAmount(1n, 6, { maxFractionDigits: 1.5 })).toThrow(RangeError);
    expect(() => formatAmount(1n, 6, { minFractionDigits: -1 })).toThrow(RangeError);
    expect(() => formatAmount(1n, 6, { minFractionDigits: 3, maxFractionDigits: 2 })).toThrow(/exceeds/);
  });
});

describe("formatForInput", () => {
  it("prints every digit without grouping", () => {
    expect(formatForInput(1_234_567_890_123n, 6)).toBe("1234567.890123");
    expect(formatForInput(1_234_567_000_000n, 6)).toBe("1234567");
    expect(formatForInput(0n, 18)).toBe("0");
    expect(formatForInput(1n, 18)).toBe("0.000000000000000001");
  });
});

describe("formatAmount properties", () => {
  const decimals = fc.integer({ min: 0, max: 18 });
  const base = fc.bigInt({ min: 0n, max: 2n ** 128n - 1n });

  it("floor <= x <= ceil, both on the display grid, one display unit apart unless exact", () => {
    fc.assert(
      // Below 2^127 so rounding up cannot push past parseAmount's 2^128-1 cap.
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 127n }), decimals, fc.integer({ min: 0, max: 18 }), (x, d, max) => {
        const floorText = formatAmount(x, d, { maxFractionDigits: max, group: false });
        const ceilText = formatAmount(x, d, { maxFractionDigits: max, group: false, rounding: "ceil" });
        const floor = toBaseUnits(floorText, d);
        const ceil = toBaseUnits(ceilText, d);
        const step = max >= d ? 1n : 10n ** BigInt(d - max);
        expect(floor <= x && x <= ceil).toBe(true);
        expect(floor % step).toBe(0n);
        expect(ceil % step).toBe(0n);
        expect(ceil - floor).toBe(x % step === 0n ? 0n : step);
      }),
      { numRuns: 300 },
    );
  });

  it("a negative amount prints as '-' plus the positive amount", () => {
    fc.assert(
      fc.property(base.filter((x) => x > 0n), decimals, fc.constantFrom<"floor" | "ceil">("floor", "ceil"), (x, d, rounding) => {
        const positive = formatAmount(x, d, { maxFractionDigits: 4, rounding });
        const negative = formatAmount(-x, d, { maxFractionDigits: 4, rounding });
        expect(negative).toBe(/^[0.]+$/.test(positive) ? positive : `-${positive}`);
      }),
    );
  });

  it("grouping only inserts commas every three integer digits", () => {
    fc.assert(
      fc.property(base, decimals, (x, d) => {
        const grouped = formatAmount(x, d);
        expect(grouped.replace(/,/g, "")).toBe(formatAmount(x, d, { group: false }));
        expect(grouped).toMatch(/^\d{1,3}(,\d{3})*(\.\d*[1-9])?$/);
      }),
    );
  });
});
