import { describe, expect, it } from "vitest";
import { parseDec } from "./decimal";
import { coinToMicroUsd, creditLimit, formatMicroUsd, microUsdToCoin, minCollateralFor } from "./way-card-math";

describe("Way Card conversions round toward the card program", () => {
  it("a top-up of 1 umilk at $0.048 is worth 0.048 micro-USD, credited as 0", () => {
    expect(coinToMicroUsd(1n, parseDec("0.048"), 6)).toBe(0n);
    expect(coinToMicroUsd(21n, parseDec("0.048"), 6)).toBe(1n); // 1.008 → 1
    expect(coinToMicroUsd(1_000_000n, parseDec("0.048"), 6)).toBe(48_000n);
  });

  it("a refund of $1 at $0.03 is 33.333333 MILK, floored", () => {
    expect(microUsdToCoin(1_000_000n, parseDec("0.03"), 6)).toBe(33_333_333n);
    // And converting it back never exceeds what was refunded from.
    expect(coinToMicroUsd(33_333_333n, parseDec("0.03"), 6)).toBeLessThanOrEqual(1_000_000n);
  });

  it("no price refunds nothing", () => {
    expect(microUsdToCoin(5n, 0n, 6)).toBe(0n);
  });
});

describe("credit limit", () => {
  const price = parseDec("5");
  const apr = parseDec("0.1");
  it("is collateral value × APR × horizon / 365, floored once", () => {
    // 1000 milkTIA × $5 × 0.1 × 30/365 = $41.095890410…
    expect(creditLimit(1_000_000_000n, price, 6, apr, 30)).toBe(41_095_890n);
    expect(creditLimit(1_000_000_000n, price, 6, apr, 365)).toBe(500_000_000n);
    expect(creditLimit(1_000_000_000n, price, 6, 0n, 30)).toBe(0n);
  });
  it("the minimum collateral for a debt is exact: one unit less no longer covers it", () => {
    const owed = 12_345_678n;
    const min = minCollateralFor(owed, price, 6, apr, 30)!;
    expect(creditLimit(min, price, 6, apr, 30)).toBeGreaterThanOrEqual(owed);
    expect(creditLimit(min - 1n, price, 6, apr, 30)).toBeLessThan(owed);
    expect(minCollateralFor(0n, price, 6, apr, 30)).toBe(0n);
    expect(minCollateralFor(1n, price, 6, 0n, 30)).toBeNull();
  });
});

describe("formatMicroUsd", () => {
  it("always shows cents and keeps sub-cent digits", () => {
    expect(formatMicroUsd(0n)).toBe("$0.00");
    expect(formatMicroUsd(1_234_500_000n)).toBe("$1,234.50");
    expect(formatMicroUsd(1n)).toBe("$0.000001");
  });
});
