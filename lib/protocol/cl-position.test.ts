import { describe, expect, it } from "vitest";
import { parseDec } from "../amount/decimal";
import { distributionBars, lstYieldPerYear, rangeSentence, rangeStatus, valueInToken1, valueVsHolding } from "./cl-position";

describe("rangeStatus", () => {
  it("is in range on the lower tick and out of range on the upper one (the chain's active test)", () => {
    expect(rangeStatus(-100, -100, 100)).toBe("in-range");
    expect(rangeStatus(99, -100, 100)).toBe("in-range");
    expect(rangeStatus(100, -100, 100)).toBe("above-range");
    expect(rangeStatus(-101, -100, 100)).toBe("below-range");
  });
  it("says plainly which token an out-of-range position holds", () => {
    expect(rangeSentence("below-range", "milkTIA", "TIA")).toMatch(/^Out of range .*only milkTIA/);
    expect(rangeSentence("above-range", "milkTIA", "TIA")).toMatch(/only TIA/);
    expect(rangeSentence("in-range", "milkTIA", "TIA")).toMatch(/^In range/);
  });
});

describe("values", () => {
  it("values token0 at the price, rounded down", () => {
    expect(valueInToken1(3n, 10n, parseDec("1.5"))).toBe(14n); // 4.5 → 4, + 10
  });
  it("compares the position (with its rewards) against holding the deposit", () => {
    // Deposited 1,000,000 milkTIA + 1,000,000 TIA at 1.2; the price fell to 1.1 and the position
    // swapped into more milkTIA: 1,100,000 milkTIA + 890,000 TIA, with 2,000 TIA of rewards.
    const v = valueVsHolding(
      { amount0: 1_100_000n, amount1: 890_000n },
      { amount0: 0n, amount1: 2_000n },
      { amount0: 1_000_000n, amount1: 1_000_000n },
      parseDec("1.1"),
    );
    expect(v.position).toBe(1_210_000n + 892_000n);
    expect(v.holding).toBe(1_100_000n + 1_000_000n);
    expect(v.difference).toBe(2_000n);
  });
  it("a year of the LST part's staking yield, at the rate, rounded down", () => {
    expect(lstYieldPerYear(1_000_000n, parseDec("1.2"), parseDec("0.1"))).toBe(120_000n);
    expect(lstYieldPerYear(7n, parseDec("1.2"), parseDec("0.1"))).toBe(0n); // 8 × 0.1 = 0.8 → 0
  });
});

describe("distributionBars", () => {
  it("clips ranges to the view and drops empty ones", () => {
    const bars = distributionBars(
      [
        { lowerTick: -500_000, upperTick: 0, liquidity: parseDec("10") }, // 0.95 .. 1
        { lowerTick: 0, upperTick: 100_000, liquidity: parseDec("0") },
        { lowerTick: 100_000, upperTick: 200_000, liquidity: parseDec("5") }, // 1.1 .. 1.2
      ],
      0.97,
      1.15,
    );
    expect(bars).toEqual([
      { x0: 0.97, x1: 1, y: 10 },
      { x0: 1.1, x1: 1.15, y: 5 },
    ]);
  });
});
