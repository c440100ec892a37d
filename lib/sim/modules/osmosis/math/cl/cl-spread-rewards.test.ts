/**
 * Spread-reward accounting end to end, on the swaps_test.go setup: the accumulator value after a
 * 1% swap is the chain's (swaps_test.go:736, asserted in cl-swap.test.ts), and collecting pays
 * what that growth implies for the position — floor(L × growth / 10^27) — out of an account
 * that received ceil(total charge) (updatePoolForSwap), never more.
 */
import { describe, expect, it } from "vitest";
import { parseDec as d } from "@/lib/amount/decimal";
import { decMulHalfEven } from "../osmomath/legacy-dec";
import { newClPool } from "./cl-pool-state";
import { collectSpreadRewards, createPosition, withdrawPosition } from "./cl-positions";
import { claimableSpreadRewards } from "./cl-spread-rewards";
import { swapExactAmountIn } from "./cl-swap";

function setup() {
  const pool = newClPool({ id: 1n, token0: "eth", token1: "usdc", tickSpacing: 100n, spreadFactor: d("0.01") });
  const created = createPosition(pool, "acc0", { amount0: 1000000n, amount1: 5000000000n }, 0n, 0n, 30545000n, 31500000n);
  const swapped = swapExactAmountIn(created.pool, { denom: "usdc", amount: 42000000n }, "eth", 0n, 5004n * 10n ** 36n);
  return { created, swapped };
}

describe("collecting spread rewards", () => {
  it("pays floor(L × growth / 10^27) of the input denom, from the spread-rewards account", () => {
    const { created, swapped } = setup();
    expect(swapped.spreadRewards).toBe(420000n); // ceil(1% of 42,000,000)
    expect(swapped.pool.spreadRewardsHeld.get("usdc")).toBe(420000n);
    const growth = swapped.pool.spreadRewardGrowthGlobal.get("usdc")!;
    expect(growth).toBe(d("276701288297452775148000.000036006261209414"));
    const expected = decMulHalfEven(growth, created.liquidity) / 10n ** 18n / 10n ** 27n;
    expect(claimableSpreadRewards(swapped.pool, swapped.pool.positions.get(created.positionId)!).get("usdc")).toBe(expected);
    const c = collectSpreadRewards(swapped.pool, "acc0", created.positionId);
    expect(c.collected.get("usdc")).toBe(expected);
    expect(expected <= 420000n && expected >= 419999n).toBe(true);
    expect(c.pool.spreadRewardsHeld.get("usdc")).toBe(420000n - expected);
    // Nothing more to collect until the next swap.
    expect(collectSpreadRewards(c.pool, "acc0", created.positionId).collected.size).toBe(0);
  });

  it("closing the position collects the rewards with it; only the owner may collect", () => {
    const { created, swapped } = setup();
    expect(() => collectSpreadRewards(swapped.pool, "mallory", created.positionId)).toThrow(
      `address (mallory) is not the owner of position ID (${created.positionId})`,
    );
    const w = withdrawPosition(swapped.pool, "acc0", created.positionId, created.liquidity);
    expect(w.spreadRewards.get("usdc")! >= 419999n).toBe(true);
    expect(w.pool.positions.size).toBe(0);
  });

  it("a position opened after the swap earns nothing from it", () => {
    const { swapped } = setup();
    const late = createPosition(swapped.pool, "acc1", { amount0: 1000000n, amount1: 5000000000n }, 0n, 0n, 30545000n, 31500000n);
    expect(claimableSpreadRewards(late.pool, late.pool.positions.get(late.positionId)!).size).toBe(0);
  });
});
