/**
 * Balancer property tests (fast-check, fixed seeds, 1,000 runs each): the weighted invariant
 * Π balance_i^weight_i never falls through a swap, and joins/exits never hand out value the
 * joiner/exiter did not bring. Evaluated exactly with bigint powers (small integer weights).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GammError } from "./balancer-errors";
import { exitPool } from "./balancer-exit";
import { joinPool } from "./balancer-join";
import { newBalancerPool, type BalancerPool } from "./balancer-pool";
import { balancerSwapExactAmountIn, balancerSwapExactAmountOut } from "./balancer-swap";
import { AUTHORIZED_SPREAD_FACTORS } from "../cl/cl-constants";

const USER_WEIGHT_SCALE = 1n << 30n;

/** Π b_i^(w_i/2^30) compared exactly: both sides raised to the (small) user weights. */
function invariant(p: BalancerPool): bigint {
  return p.assets.reduce((acc, a) => acc * a.amount ** (a.weight / USER_WEIGHT_SCALE), 1n);
}

const poolArb = fc.record({
  a: fc.bigInt({ min: 1_000n, max: 10n ** 15n }),
  b: fc.bigInt({ min: 1_000n, max: 10n ** 15n }),
  wa: fc.integer({ min: 1, max: 6 }),
  wb: fc.integer({ min: 1, max: 6 }),
  spreadFactor: fc.constantFrom(...AUTHORIZED_SPREAD_FACTORS),
});

function build(x: { a: bigint; b: bigint; wa: number; wb: number; spreadFactor: bigint }): BalancerPool {
  return newBalancerPool({
    id: 1n,
    assets: [
      { denom: "umilk", amount: x.a, weight: BigInt(x.wa) },
      { denom: "uosmo", amount: x.b, weight: BigInt(x.wb) },
    ],
    spreadFactor: x.spreadFactor,
    exitFee: 0n,
  });
}

function refusedByChain(e: unknown): boolean {
  return e instanceof GammError || e instanceof RangeError;
}

/**
 * Domain: trades up to the pool's own balance of the input (exact in) and up to half the output
 * balance (exact out), i.e. Pow's base stays in [0.5, 2) where osmomath's series converges fast.
 * Outside it the chain's Dec rounding of before/after can dominate: e.g. paying 10^5× the
 * pool's balance of uosmo into a 1,000 uosmo pool leaves the invariant a fraction of a unit
 * lower (found by this test; it is the chain's arithmetic, ported as is).
 */
describe("balancer swaps never lower the weighted invariant", () => {
  it("exact in (any direction, any spread factor)", () => {
    fc.assert(
      fc.property(poolArb, fc.boolean(), fc.bigInt({ min: 1n, max: 10n ** 15n }), (x, dir, raw) => {
        const p = build(x);
        const [inD, outD] = dir ? ["umilk", "uosmo"] : ["uosmo", "umilk"];
        const amount = (raw % (dir ? x.a : x.b)) + 1n;
        try {
          const r = balancerSwapExactAmountIn(p, { denom: inD, amount }, outD, 0n);
          expect(invariant(r.pool) >= invariant(p)).toBe(true);
        } catch (e) {
          if (!refusedByChain(e)) throw e;
        }
      }),
      { numRuns: 1000, seed: 1800 },
    );
  });
  /**
   * Exact out prices the input with osmomath Pow, whose series stops at terms below 10^-8
   * (math.go powPrecision), so the input can come out short by up to ~10^-8 of the input
   * balance (found by this test: 52,200,299 umilk (w3) / 1,000 uosmo (w1), 226 uosmo out).
   * The chain has the same shortfall. Asserted: exact with equal weights (integer power, no
   * approximation); otherwise within balanceIn/10^8 + 1 units credited to the pool.
   */
  it("exact out (any direction, any spread factor)", () => {
    fc.assert(
      fc.property(poolArb, fc.boolean(), fc.bigInt({ min: 1n, max: 10n ** 15n }), (x, dir, raw) => {
        const p = build(x);
        const [inD, outD] = dir ? ["umilk", "uosmo"] : ["uosmo", "umilk"];
        const amount = (raw % ((dir ? x.b : x.a) / 2n)) + 1n;
        try {
          const r = balancerSwapExactAmountOut(p, inD, 2n ** 200n, { denom: outD, amount });
          if (x.wa === x.wb) {
            expect(invariant(r.pool) >= invariant(p)).toBe(true);
          } else {
            const balanceIn = p.assets.find((q) => q.denom === inD)!.amount;
            const tolerance = balanceIn / 10n ** 8n + 1n;
            const credited = { ...r.pool, assets: r.pool.assets.map((q) => (q.denom === inD ? { ...q, amount: q.amount + tolerance } : q)) };
            expect(invariant(credited) >= invariant(p)).toBe(true);
          }
        } catch (e) {
          if (!refusedByChain(e)) throw e;
        }
      }),
      { numRuns: 1000, seed: 1801 },
    );
  });
});

describe("balancer joins and exits conserve and never pay out more than brought", () => {
  it("join then exit of the minted shares returns no more than was joined", () => {
    fc.assert(
      fc.property(poolArb, fc.bigInt({ min: 1n, max: 10n ** 15n }), fc.bigInt({ min: 0n, max: 10n ** 15n }), (x, rawA, rawB) => {
        const p = build(x);
        // Joins up to half the pool (single-asset joins solve with base 1 + in/balance ≤ 1.5).
        const inA = (rawA % (x.a / 2n)) + 1n;
        const inB = rawB % (x.b / 2n);
        const tokensIn = [{ denom: "umilk", amount: inA }, ...(inB > 0n ? [{ denom: "uosmo", amount: inB }] : [])];
        try {
          const j = joinPool(p, tokensIn);
          // Conservation: balances grew by exactly what was joined, supply by what was minted.
          for (const a of j.pool.assets) {
            const before = p.assets.find((q) => q.denom === a.denom)!.amount;
            const joined = j.tokensJoined.find((t) => t.denom === a.denom)?.amount ?? 0n;
            expect(a.amount).toBe(before + joined);
          }
          expect(j.pool.totalShares).toBe(p.totalShares + j.numShares);
          if (j.numShares === 0n) return;
          const e = exitPool(j.pool, j.numShares, 0n);
          // A mixed join is partly an implicit swap, so per-token amounts may move; the value
          // test is the pool's invariant below.
          expect(e.pool.totalShares).toBe(p.totalShares);
          // The pool keeps at least what it had: exits round down. Single-asset joins mint via
          // Pow too, so unequal weights get the same 10^-8-of-balance allowance as exact out.
          const allowance = x.wa === x.wb ? 0n : 1n;
          const credited = { ...e.pool, assets: e.pool.assets.map((q) => ({ ...q, amount: q.amount + allowance * (q.amount / 10n ** 8n + 1n) })) };
          expect(invariant(credited) >= invariant(p)).toBe(true);
        } catch (err) {
          if (!refusedByChain(err)) throw err;
        }
      }),
      { numRuns: 1000, seed: 1801_1 },
    );
  });
});
