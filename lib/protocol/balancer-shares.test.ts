import { describe, expect, it } from "vitest";
import { parseDec } from "../amount/decimal";
import { exitPayout, joinCost, maxJoinShares } from "./balancer-shares";

// A 50:50 pool of 1,000,000 A and 4,000,000 B with 100 × 10^18 shares (Osmosis mints 10^20 at creation).
const total = 100n * 10n ** 18n;
const reserves = [
  { denom: "A", amount: 1_000_000n },
  { denom: "B", amount: 4_000_000n },
];

describe("balancer join (MsgJoinPool, no swap)", () => {
  it("1% of the shares costs 1% of each reserve", () => {
    expect(joinCost(10n ** 18n, total, reserves)).toEqual([
      { denom: "A", amount: 10_000n },
      { denom: "B", amount: 40_000n },
    ]);
  });
  it("rounds a fractional cost up: the user pays the remainder", () => {
    // 1/3 of a percent: A needs 3,333.33… → 3,334.
    const third = 10n ** 18n / 3n;
    expect(joinCost(third, total, reserves)[0].amount).toBe(3_334n);
  });
  it("the most shares a deposit buys is bounded by its scarcer side, and never costs more than offered", () => {
    const offered = [
      { denom: "A", amount: 10_000n },
      { denom: "B", amount: 100_000n },
    ];
    const { shares, cost } = maxJoinShares(offered, total, reserves);
    expect(shares).toBe(10n ** 18n); // A is the bound: 1%
    expect(maxJoinShares(offered, total, reserves).minted).toBe(10n ** 18n); // exact ratio: minted as asked
    expect(cost).toEqual([
      { denom: "A", amount: 10_000n },
      { denom: "B", amount: 40_000n },
    ]);
    const odd = maxJoinShares([{ denom: "A", amount: 3_333n }, { denom: "B", amount: 1_000_000n }], total, reserves);
    for (const c of odd.cost) expect(c.amount).toBeLessThanOrEqual(c.denom === "A" ? 3_333n : 1_000_000n);
    expect(odd.shares).toBeGreaterThan(0n);
  });
  it("buys nothing when an asset is missing", () => {
    expect(maxJoinShares([{ denom: "A", amount: 10_000n }], total, reserves).shares).toBe(0n);
  });
});

describe("shares minted", () => {
  it("are recomputed from the tokens taken, not copied from the request (lib/tx/pool-positions.test.ts sees the chain mint fewer)", async () => {
    const { sharesMinted } = await import("./balancer-shares");
    // 1/3 of a percent asked: A costs 3,334 (rounded up), B 13,334; the ratios truncate to
    // 0.003334 and 0.0033335, so the smaller one mints 0.0033335 × 10^20 shares.
    const asked = 10n ** 18n / 3n;
    const cost = joinCost(asked, total, reserves);
    expect(cost.map((c) => c.amount)).toEqual([3_334n, 13_334n]);
    expect(sharesMinted(cost, total, reserves)).toBe(333_350_000_000_000_000n);
  });
});

describe("balancer exit (MsgExitPool)", () => {
  it("pays its share of each reserve, rounded down, after the exit fee", () => {
    expect(exitPayout(10n ** 18n, total, reserves, 0n)).toEqual([
      { denom: "A", amount: 10_000n },
      { denom: "B", amount: 40_000n },
    ]);
    // A 1% exit fee keeps 1% of the refund in the pool.
    expect(exitPayout(10n ** 18n, total, reserves, parseDec("0.01"))).toEqual([
      { denom: "A", amount: 9_900n },
      { denom: "B", amount: 39_600n },
    ]);
    expect(exitPayout(10n ** 18n / 3n, total, reserves, 0n)[0].amount).toBe(3_333n);
  });
  it("refuses more shares than exist", () => {
    expect(() => exitPayout(total + 1n, total, reserves, 0n)).toThrow(RangeError);
  });
});
