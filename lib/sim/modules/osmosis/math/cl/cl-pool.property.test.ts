/**
 * Property tests of the CL pool over random action sequences (fast-check, fixed seeds, ≥ 1,000
 * runs each). The rounding bounds asserted here are the chain's own: deposits round up,
 * withdrawals and outputs round down, the spread charge rounds up; see each property's comment.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEC_SCALE } from "../osmomath/legacy-dec";
import { AUTHORIZED_SPREAD_FACTORS } from "./cl-constants";
import { ClError } from "./cl-errors";
import { newClPool, type ClPool } from "./cl-pool-state";
import { calcActualAmounts, collectSpreadRewards, createPosition, withdrawPosition } from "./cl-positions";
import { claimableSpreadRewards } from "./cl-spread-rewards";
import { swapExactAmountIn, swapExactAmountOut } from "./cl-swap";

const T0 = "umilktia";
const T1 = "utia";
const SPACING = 100n;
const USERS = ["alice", "bob", "carol"] as const;

type Action =
  | { kind: "create"; user: number; lowerOff: number; width: number; a0: bigint; a1: bigint }
  | { kind: "withdraw"; pick: number; fractionBp: number }
  | { kind: "swapIn"; user: number; zeroForOne: boolean; amount: bigint }
  | { kind: "swapOut"; user: number; zeroForOne: boolean; amount: bigint }
  | { kind: "collect"; pick: number };

const amount = fc.bigInt({ min: 1n, max: 10n ** 12n });
/** Mostly trades the pool can fill, sometimes ones that run it out of ticks (refused). */
const tradeAmount = fc.oneof(fc.bigInt({ min: 1n, max: 10n ** 6n }), fc.bigInt({ min: 1n, max: 10n ** 12n }));
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant("create" as const),
    user: fc.integer({ min: 0, max: 2 }),
    lowerOff: fc.integer({ min: -60, max: 40 }),
    width: fc.integer({ min: 1, max: 80 }),
    a0: amount,
    a1: amount,
  }),
  fc.record({ kind: fc.constant("withdraw" as const), pick: fc.nat(), fractionBp: fc.integer({ min: 1, max: 10_000 }) }),
  fc.record({ kind: fc.constant("swapIn" as const), user: fc.integer({ min: 0, max: 2 }), zeroForOne: fc.boolean(), amount: tradeAmount }),
  fc.record({ kind: fc.constant("swapOut" as const), user: fc.integer({ min: 0, max: 2 }), zeroForOne: fc.boolean(), amount: tradeAmount }),
  fc.record({ kind: fc.constant("collect" as const), pick: fc.nat() }),
);

interface World {
  pool: ClPool;
  /** Every user's wallet per denom; starts large so only the pool's maths can refuse. */
  wallets: Map<string, Map<string, bigint>>;
  ops: number;
}

const START = 10n ** 30n;

function newWorld(spreadFactor: bigint, scaled: boolean): World {
  const wallets = new Map<string, Map<string, bigint>>();
  for (const u of USERS) wallets.set(u, new Map([[T0, START], [T1, START]]));
  const pool = newClPool({ id: 1n, token0: T0, token1: T1, tickSpacing: SPACING, spreadFactor, spreadRewardScalingFactor: scaled ? undefined : DEC_SCALE });
  return { pool, wallets, ops: 0 };
}

function move(w: World, user: string, denom: string, delta: bigint): void {
  const m = w.wallets.get(user)!;
  m.set(denom, (m.get(denom) ?? 0n) + delta);
}

function total(w: World, denom: string): bigint {
  let s = denom === T0 ? w.pool.reserves.amount0 : w.pool.reserves.amount1;
  s += w.pool.spreadRewardsHeld.get(denom) ?? 0n;
  for (const m of w.wallets.values()) s += m.get(denom) ?? 0n;
  return s;
}

/** Applies an action; chain refusals (ClError, RangeError from the maths' guards) leave the world unchanged. */
function apply(w: World, a: Action): void {
  const p = w.pool;
  const positions = [...p.positions.values()];
  try {
    switch (a.kind) {
      case "create": {
        const base = p.positions.size === 0 ? 0n : (p.currentTick / SPACING) * SPACING;
        const lower = base + BigInt(a.lowerOff) * SPACING;
        const upper = lower + BigInt(a.width) * SPACING;
        const user = USERS[a.user];
        const r = createPosition(p, user, { amount0: a.a0, amount1: a.a1 }, 0n, 0n, lower, upper);
        move(w, user, T0, -r.amount0);
        move(w, user, T1, -r.amount1);
        w.pool = r.pool;
        break;
      }
      case "withdraw": {
        if (positions.length === 0) return;
        const pos = positions[a.pick % positions.length];
        const liq = a.fractionBp === 10_000 ? pos.liquidity : (pos.liquidity * BigInt(a.fractionBp)) / 10_000n;
        if (liq === 0n) return;
        const r = withdrawPosition(p, pos.owner, pos.id, liq);
        move(w, pos.owner, T0, r.amount0);
        move(w, pos.owner, T1, r.amount1);
        for (const [d, v] of r.spreadRewards) move(w, pos.owner, d, v);
        w.pool = r.pool;
        break;
      }
      case "swapIn": {
        const [inD, outD] = a.zeroForOne ? [T0, T1] : [T1, T0];
        const user = USERS[a.user];
        const r = swapExactAmountIn(p, { denom: inD, amount: a.amount }, outD, 0n);
        move(w, user, inD, -r.tokenIn.amount);
        move(w, user, outD, r.tokenOut.amount);
        w.pool = r.pool;
        break;
      }
      case "swapOut": {
        const [inD, outD] = a.zeroForOne ? [T0, T1] : [T1, T0];
        const user = USERS[a.user];
        const r = swapExactAmountOut(p, inD, 2n ** 128n, { denom: outD, amount: a.amount });
        move(w, user, inD, -r.tokenIn.amount);
        move(w, user, outD, r.tokenOut.amount);
        w.pool = r.pool;
        break;
      }
      case "collect": {
        if (positions.length === 0) return;
        const pos = positions[a.pick % positions.length];
        const r = collectSpreadRewards(p, pos.owner, pos.id);
        for (const [d, v] of r.collected) move(w, pos.owner, d, v);
        w.pool = r.pool;
        break;
      }
    }
    w.ops++;
  } catch (e) {
    if (e instanceof ClError || e instanceof RangeError) return;
    throw e;
  }
}

/** What withdrawing every position in full would pay now (round-down maths), per token. */
function impliedByPositions(p: ClPool): { amount0: bigint; amount1: bigint } {
  let amount0 = 0n;
  let amount1 = 0n;
  for (const pos of p.positions.values()) {
    const a = calcActualAmounts(p, pos.lowerTick, pos.upperTick, -pos.liquidity);
    amount0 += -a.amount0 / DEC_SCALE;
    amount1 += -a.amount1 / DEC_SCALE;
  }
  return { amount0, amount1 };
}

const scenario = fc.record({
  spreadFactor: fc.constantFrom(...AUTHORIZED_SPREAD_FACTORS),
  scaled: fc.boolean(),
  actions: fc.array(action, { minLength: 1, maxLength: 14 }),
});

describe("CL pool invariants over random sequences", () => {
  it("conserves tokens, never goes negative, stays solvent for its positions and its earned rewards", () => {
    fc.assert(
      fc.property(scenario, ({ spreadFactor, scaled, actions }) => {
        const w = newWorld(spreadFactor, scaled);
        const t0 = total(w, T0);
        const t1 = total(w, T1);
        for (const a of actions) {
          apply(w, a);
          const p = w.pool;
          // Conservation: every unit is in a wallet, the pool, or the spread-rewards account.
          expect(total(w, T0)).toBe(t0);
          expect(total(w, T1)).toBe(t1);
          expect(p.reserves.amount0 >= 0n && p.reserves.amount1 >= 0n).toBe(true);
          for (const v of p.spreadRewardsHeld.values()) expect(v >= 0n).toBe(true);
          // Reserves equal what the positions' liquidity implies at the current price, up to
          // dust that is always in the pool's favour: deposits round up, withdrawals and outputs
          // round down, and each step's amount in is a whole number so ceil(in + fee) − ceil(fee)
          // hands the pool exactly the step maths' input. Stated bound: 0 ≤ reserves − implied
          // ≤ 2 units per successful operation plus one per open position.
          const implied = impliedByPositions(p);
          const slack = 2n * BigInt(w.ops) + BigInt(p.positions.size);
          expect(p.reserves.amount0 >= implied.amount0).toBe(true);
          expect(p.reserves.amount1 >= implied.amount1).toBe(true);
          expect(p.reserves.amount0 - implied.amount0 <= slack).toBe(true);
          expect(p.reserves.amount1 - implied.amount1 <= slack).toBe(true);
          // The spread-rewards account always covers what positions could claim now.
          const owed = new Map<string, bigint>();
          for (const pos of p.positions.values()) {
            for (const [d, v] of claimableSpreadRewards(p, pos)) owed.set(d, (owed.get(d) ?? 0n) + v);
          }
          for (const [d, v] of owed) expect((p.spreadRewardsHeld.get(d) ?? 0n) >= v).toBe(true);
        }
      }),
      { numRuns: 1000, seed: 20261207 },
    );
  });
});

describe("CL swaps never favour the trader under rounding", () => {
  const setup = fc.record({
    spreadFactor: fc.constantFrom(...AUTHORIZED_SPREAD_FACTORS),
    positions: fc.array(
      fc.record({ lowerOff: fc.integer({ min: -30, max: 0 }), width: fc.integer({ min: 1, max: 60 }), a0: amount, a1: amount }),
      { minLength: 1, maxLength: 4 },
    ),
    zeroForOne: fc.boolean(),
    x: fc.bigInt({ min: 1n, max: 10n ** 10n }),
  });

  function build(s: { spreadFactor: bigint; positions: { lowerOff: number; width: number; a0: bigint; a1: bigint }[] }): ClPool | undefined {
    let pool = newClPool({ id: 1n, token0: T0, token1: T1, tickSpacing: SPACING, spreadFactor: s.spreadFactor });
    for (const q of s.positions) {
      const base = pool.positions.size === 0 ? 0n : (pool.currentTick / SPACING) * SPACING;
      const lower = base + BigInt(q.lowerOff) * SPACING;
      try {
        pool = createPosition(pool, "lp", { amount0: q.a0, amount1: q.a1 }, 0n, 0n, lower, lower + BigInt(q.width) * SPACING).pool;
      } catch (e) {
        if (!(e instanceof ClError || e instanceof RangeError)) throw e;
      }
    }
    return pool.positions.size > 0 ? pool : undefined;
  }

  it("a round trip (x in, then all of it back) never returns more than x", () => {
    fc.assert(
      fc.property(setup, (s) => {
        const pool = build(s);
        if (!pool) return;
        const [a, b] = s.zeroForOne ? [T0, T1] : [T1, T0];
        try {
          const first = swapExactAmountIn(pool, { denom: a, amount: s.x }, b, 0n);
          const back = swapExactAmountIn(first.pool, { denom: b, amount: first.tokenOut.amount }, a, 0n);
          expect(back.tokenOut.amount <= first.tokenIn.amount).toBe(true);
        } catch (e) {
          if (!(e instanceof ClError || e instanceof RangeError)) throw e;
        }
      }),
      { numRuns: 1000, seed: 1475 },
    );
  });

  it("quoting exact-out for what exact-in bought is consistent: same output, input within one unit", () => {
    fc.assert(
      fc.property(setup, (s) => {
        const pool = build(s);
        if (!pool) return;
        const [a, b] = s.zeroForOne ? [T0, T1] : [T1, T0];
        try {
          const bought = swapExactAmountIn(pool, { denom: a, amount: s.x }, b, 0n);
          const costed = swapExactAmountOut(pool, a, 2n ** 128n, { denom: b, amount: bought.tokenOut.amount });
          // x bought y, so y must cost at most x (plus the final ceil's unit).
          expect(costed.tokenOut.amount).toBe(bought.tokenOut.amount);
          expect(costed.tokenIn.amount <= bought.tokenIn.amount + 1n).toBe(true);
        } catch (e) {
          if (!(e instanceof ClError || e instanceof RangeError)) throw e;
        }
      }),
      { numRuns: 1000, seed: 1335 },
    );
  });
});
