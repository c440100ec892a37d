import { describe, expect, it } from "vitest";
import { DEC_SCALE, parseDec } from "../../amount/decimal";
import {
  aprFromRates,
  coinToMicroUsd,
  creditLimit,
  formatUsd,
  harvest,
  microUsdToCoin,
  minCollateralFor,
  yieldInCollateral,
} from "./way-card-math";

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

describe("APR from the redemption rate", () => {
  it("annualises the growth linearly and floors", () => {
    // 1 → 1.01 in 30 days: 0.01 × 365 / 30 = 0.121666…
    expect(aprFromRates(parseDec("1"), 0, parseDec("1.01"), 30 * 86_400)).toBe(121_666_666_666_666_666n);
  });
  it("is 0 for a falling rate or no elapsed time", () => {
    expect(aprFromRates(parseDec("1.1"), 0, parseDec("1.0"), 86_400)).toBe(0n);
    expect(aprFromRates(parseDec("1"), 5, parseDec("2"), 5)).toBe(0n);
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

describe("yield harvest", () => {
  it("the yield is the milkTIA whose native value is the growth, floored", () => {
    const basis = 1_000n * parseDec("1"); // 1000 units at rate 1
    // At 1.01: value 1010 native; growth 10 native = 9.90099 milkTIA units → 9.
    expect(yieldInCollateral(1_000n, basis, parseDec("1.01"))).toBe(9n);
    expect(yieldInCollateral(1_000n, basis, parseDec("0.99"))).toBe(0n);
  });

  it("repays first, then tops up the share, taking the used part rounded up", () => {
    const h = harvest({ gain: 1_000_000n, price: parseDec("5"), exponent: 6, owed: 1_000_000n, autoTopUpBps: 5_000n });
    expect(h.gainUsd).toBe(5_000_000n);
    expect(h.repayUsd).toBe(1_000_000n);
    expect(h.topUpUsd).toBe(2_000_000n);
    expect(h.takenCollateral).toBe(600_000n);
  });

  it("takes all the yield when it all goes to the debt, and nothing when nothing is used", () => {
    // 3 units at $0.5 are worth 1.5 → 1 micro-USD; all of it repays, so all 3 units go.
    expect(harvest({ gain: 3n, price: parseDec("0.5"), exponent: 6, owed: 10n, autoTopUpBps: 0n }).takenCollateral).toBe(3n);
    const all = harvest({ gain: 7n, price: DEC_SCALE, exponent: 6, owed: 100n, autoTopUpBps: 0n });
    expect(all).toEqual({ gainUsd: 7n, repayUsd: 7n, topUpUsd: 0n, takenCollateral: 7n });
    expect(harvest({ gain: 7n, price: DEC_SCALE, exponent: 6, owed: 0n, autoTopUpBps: 0n }).takenCollateral).toBe(0n);
  });

  it("rounds the taken part up: 1 micro-USD of a 3-unit, 2-micro-USD yield takes 2 units", () => {
    const h = harvest({ gain: 3n, price: parseDec("0.7"), exponent: 6, owed: 1n, autoTopUpBps: 0n });
    expect(h.gainUsd).toBe(2n); // 2.1 → 2
    expect(h.takenCollateral).toBe(2n); // ceil(3 × 1 / 2)
  });
});

describe("formatUsd", () => {
  it("always shows cents and keeps sub-cent digits", () => {
    expect(formatUsd(0n)).toBe("$0.00");
    expect(formatUsd(1_234_500_000n)).toBe("$1,234.50");
    expect(formatUsd(1n)).toBe("$0.000001");
  });
});
