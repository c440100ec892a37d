import { describe, expect, it } from "vitest";
import { DEC_SCALE, parseDec } from "../../amount/decimal";
import { aprFromRates, harvest, yieldInCollateral } from "./way-card-math";

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
