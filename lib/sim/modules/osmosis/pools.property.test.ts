/**
 * The Osmosis modules as a chain runs them (bank moves, taker fee, shares, journal), over 1,000
 * random sequences of swaps (single and multi-hop, exact in and out), positions, spread-reward
 * claims, joins and exits. The maths' own invariants are tested in ./math; these are the ones
 * the chain adds:
 * - tokens are conserved: nothing is minted or burnt but pool shares (and those equal the pool's
 *   total shares), taker fees sit in the collector, spread rewards in the pool's rewards account;
 * - the bank agrees with the pools: a CL pool's account holds exactly its reserves and its
 *   rewards account exactly the rewards held; a balancer pool's account holds its assets;
 * - a CL pool's reserves equal what its positions' liquidity implies at the current price, up
 *   to the dust each operation leaves in the pool's favour;
 * - no swap lowers a balancer pool's weighted invariant (50:50 pools: b0·b1);
 * - no balance is ever negative; a refused message changes nothing and is an SDK error with a
 *   message (never a crash); an estimate is what the swap then pays.
 */
import fc from "fast-check";
import { simActorAddress } from "../../../chains/derive";
import { describe, expect, it } from "vitest";
import { Ctx } from "../../ctx";
import { SdkError } from "../../errors";
import { Journal } from "../../journal";
import { stringifyBig } from "../../bigjson";
import { emptyWorld } from "../../world";
import type { World } from "../../state";
import { balanceOf, mintCoins } from "../bank";
import { checkNoNegativeBalance, checkSupply } from "../../integration/world-invariants";
import { clAddToPosition, clCollectSpreadRewards, clCreatePosition, clWithdrawPosition, loadClPool } from "./cl-keeper";
import { exitBalancerPool, joinPoolNoSwap, poolShareDenom } from "./gamm-keeper";
import { calcActualAmounts } from "./math/cl/cl-positions";
import { DEC_SCALE } from "./math/osmomath/legacy-dec";
import { createBalancerPool, createConcentratedPool } from "./pool-create";
import { clSpreadRewardsAddress, osmosisStateOf, poolAddress } from "./pool-store";
import { estimateOutGivenIn, routeExactAmountIn, routeExactAmountOut, takerFeeCollector } from "./router";

const CHAIN = "osmosis-sim-1";
const LST = "factory/osmo1lst/umilkTIA";
const TIA = "ibc/TIA";
const OSMO = "uosmo";
const DENOMS = [LST, TIA, OSMO];
const USERS = [0, 1, 2].map((i) => simActorAddress("osmo", `pools-test/user-${i}`));
const CL = 1n;
const BAL = 2n;
const START = 10n ** 15n;

function newWorld(spreadFactorIdx: number): World {
  const world = emptyWorld(7, Date.UTC(2026, 7, 1));
  const ctx = new Ctx(world, world.chains[CHAIN], new Journal());
  for (const u of USERS) mintCoins(ctx, u, DENOMS.map((denom) => ({ denom, amount: START })));
  const spread = [0n, 500_000_000_000_000n, 2_000_000_000_000_000n][spreadFactorIdx];
  createConcentratedPool(ctx, { denom0: LST, denom1: TIA, tickSpacing: 100n, spreadFactor: spread });
  clCreatePosition(ctx, CL, USERS[0], [{ denom: TIA, amount: 10n ** 12n }, { denom: LST, amount: 10n ** 12n }], 0n, 0n, -100_000n, 100_000n);
  createBalancerPool(ctx, {
    creator: USERS[0],
    assets: [
      { denom: TIA, amount: 10n ** 12n, weight: 1n },
      { denom: OSMO, amount: 5n * 10n ** 12n, weight: 1n },
    ],
    swapFee: 3_000_000_000_000_000n,
    exitFee: 0n,
  });
  return world;
}

type Op =
  | { kind: "swapIn"; user: number; route: number; amount: bigint; tight: boolean }
  | { kind: "swapOut"; user: number; route: number; amount: bigint }
  | { kind: "create"; user: number; lower: number; width: number; a0: bigint; a1: bigint }
  | { kind: "withdraw"; pick: number; bp: number }
  | { kind: "add"; pick: number; a0: bigint; a1: bigint }
  | { kind: "collect"; pick: number }
  | { kind: "join"; user: number; bp: number }
  | { kind: "exit"; user: number; bp: number };

/** Routes by index: CL both ways, balancer both ways, and the two-hop milkTIA → TIA → OSMO and back. */
const IN_ROUTES = [
  { denomIn: LST, hops: [{ poolId: CL, tokenOutDenom: TIA }] },
  { denomIn: TIA, hops: [{ poolId: CL, tokenOutDenom: LST }] },
  { denomIn: TIA, hops: [{ poolId: BAL, tokenOutDenom: OSMO }] },
  { denomIn: OSMO, hops: [{ poolId: BAL, tokenOutDenom: TIA }] },
  { denomIn: LST, hops: [{ poolId: CL, tokenOutDenom: TIA }, { poolId: BAL, tokenOutDenom: OSMO }] },
  { denomIn: OSMO, hops: [{ poolId: BAL, tokenOutDenom: TIA }, { poolId: CL, tokenOutDenom: LST }] },
];
const OUT_ROUTES = [
  { denomOut: TIA, hops: [{ poolId: CL, tokenInDenom: LST }] },
  { denomOut: LST, hops: [{ poolId: CL, tokenInDenom: TIA }] },
  { denomOut: OSMO, hops: [{ poolId: BAL, tokenInDenom: TIA }] },
  { denomOut: TIA, hops: [{ poolId: BAL, tokenInDenom: OSMO }] },
  { denomOut: OSMO, hops: [{ poolId: CL, tokenInDenom: LST }, { poolId: BAL, tokenInDenom: TIA }] },
];

const amount = fc.oneof(fc.bigInt({ min: 1n, max: 10n ** 6n }), fc.bigInt({ min: 1n, max: 10n ** 11n }), fc.bigInt({ min: 1n, max: 10n ** 13n }));
const user = fc.integer({ min: 0, max: 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("swapIn" as const), user, route: fc.integer({ min: 0, max: IN_ROUTES.length - 1 }), amount, tight: fc.boolean() }),
  fc.record({ kind: fc.constant("swapOut" as const), user, route: fc.integer({ min: 0, max: OUT_ROUTES.length - 1 }), amount }),
  fc.record({ kind: fc.constant("create" as const), user, lower: fc.integer({ min: -40, max: 20 }), width: fc.integer({ min: 1, max: 60 }), a0: amount, a1: amount }),
  fc.record({ kind: fc.constant("withdraw" as const), pick: fc.nat(), bp: fc.integer({ min: 0, max: 10_000 }) }),
  fc.record({ kind: fc.constant("add" as const), pick: fc.nat(), a0: amount, a1: amount }),
  fc.record({ kind: fc.constant("collect" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("join" as const), user, bp: fc.integer({ min: 1, max: 5_000 }) }),
  fc.record({ kind: fc.constant("exit" as const), user, bp: fc.integer({ min: 0, max: 10_000 }) }),
);

/** The state a refusal must leave untouched: the pools and every balance of the chain. */
const fingerprint = (w: World) => stringifyBig({ osmosis: w.chains[CHAIN].osmosis, balances: w.chains[CHAIN].balances, supply: w.chains[CHAIN].supply });

interface Stats {
  swaps: number;
  ok: number;
}

/** Runs one op as a tx message would: atomically, refusals rolled back. */
function run(w: World, o: Op, stats: Stats): void {
  const ctx = new Ctx(w, w.chains[CHAIN], new Journal());
  const st = osmosisStateOf(w.chains[CHAIN]);
  const positions = Object.keys(st.positionPool).map(BigInt);
  const before = fingerprint(w);
  const balBefore = balancerInvariant(w);
  try {
    ctx.atomic(() => {
      switch (o.kind) {
        case "swapIn": {
          const r = IN_ROUTES[o.route];
          const tokenIn = { denom: r.denomIn, amount: o.amount };
          let min = 1n;
          if (o.tight) {
            // The estimate is what the swap pays: asking for exactly it succeeds.
            min = estimateOutGivenIn(w.chains[CHAIN], r.hops, tokenIn);
          }
          const collector = takerFeeCollector("osmo");
          const feesBefore = balanceOf(ctx.chain, collector, r.denomIn);
          const out = routeExactAmountIn(ctx, USERS[o.user], r.hops, tokenIn, min);
          if (o.tight) expect(out).toBe(min);
          // The first hop's taker fee (0.1%) is taken off the input, truncated in the trader's favour.
          expect(balanceOf(ctx.chain, collector, r.denomIn) - feesBefore).toBe(o.amount - (o.amount * 999n) / 1000n);
          stats.swaps += r.hops.length;
          break;
        }
        case "swapOut": {
          const r = OUT_ROUTES[o.route];
          routeExactAmountOut(ctx, USERS[o.user], r.hops, 2n ** 100n, { denom: r.denomOut, amount: o.amount });
          stats.swaps += r.hops.length;
          break;
        }
        case "create": {
          const { pool } = loadClPool(w.chains[CHAIN], CL);
          const base = (pool.currentTick / 100n) * 100n;
          const lower = base + BigInt(o.lower) * 100n;
          clCreatePosition(ctx, CL, USERS[o.user], [{ denom: LST, amount: o.a0 }, { denom: TIA, amount: o.a1 }], 0n, 0n, lower, lower + BigInt(o.width) * 100n);
          break;
        }
        case "withdraw": {
          if (positions.length === 0) return;
          const id = positions[o.pick % positions.length];
          const pos = loadClPool(w.chains[CHAIN], CL).pool.positions.get(id)!;
          clWithdrawPosition(ctx, pos.owner, id, (pos.liquidity * BigInt(o.bp)) / 10_000n);
          break;
        }
        case "add": {
          if (positions.length === 0) return;
          const id = positions[o.pick % positions.length];
          const pos = loadClPool(w.chains[CHAIN], CL).pool.positions.get(id)!;
          clAddToPosition(ctx, pos.owner, id, o.a0, o.a1, 0n, 0n);
          break;
        }
        case "collect": {
          if (positions.length === 0) return;
          const id = positions[o.pick % positions.length];
          clCollectSpreadRewards(ctx, loadClPool(w.chains[CHAIN], CL).pool.positions.get(id)!.owner, id);
          break;
        }
        case "join": {
          const total = st.balancer[String(BAL)].pool.totalShares;
          joinPoolNoSwap(ctx, USERS[o.user], BAL, (total * BigInt(o.bp)) / 10_000n, []);
          break;
        }
        case "exit": {
          const held = balanceOf(w.chains[CHAIN], USERS[o.user], poolShareDenom(BAL));
          exitBalancerPool(ctx, USERS[o.user], BAL, (held * BigInt(o.bp)) / 10_000n, []);
          break;
        }
      }
    });
    stats.ok++;
  } catch (e) {
    // A refusal is the chain's error with its text (or a panic of the maths where Go panics
    // unrecovered, which the tx pipeline reports as the SDK's panic error), and leaves no trace.
    expect(e instanceof SdkError || e instanceof RangeError, String(e)).toBe(true);
    expect((e as Error).message.length).toBeGreaterThan(0);
    expect(fingerprint(w)).toBe(before);
    return;
  }
  if (o.kind === "swapIn" || o.kind === "swapOut") {
    const after = balancerInvariant(w);
    expect(after >= balBefore).toBe(true);
  }
}

/** 50:50 balancer pool: the weighted invariant is b0·b1. */
function balancerInvariant(w: World): bigint {
  return osmosisStateOf(w.chains[CHAIN]).balancer[String(BAL)].pool.assets.reduce((acc, a) => acc * a.amount, 1n);
}

function checkPools(w: World, stats: Stats): void {
  const chain = w.chains[CHAIN];
  const st = osmosisStateOf(chain);
  // CL: bank == stored reserves and rewards; reserves ≈ what the positions imply.
  const { pool } = loadClPool(chain, CL);
  const addr = poolAddress("osmo", CL);
  expect(balanceOf(chain, addr, LST)).toBe(pool.reserves.amount0);
  expect(balanceOf(chain, addr, TIA)).toBe(pool.reserves.amount1);
  for (const d of [LST, TIA]) expect(balanceOf(chain, clSpreadRewardsAddress("osmo", CL), d)).toBe(pool.spreadRewardsHeld.get(d) ?? 0n);
  let implied0 = 0n;
  let implied1 = 0n;
  for (const pos of pool.positions.values()) {
    const a = calcActualAmounts(pool, pos.lowerTick, pos.upperTick, -pos.liquidity);
    implied0 += -a.amount0 / DEC_SCALE;
    implied1 += -a.amount1 / DEC_SCALE;
  }
  // The math tests' bound: deposits round up, payouts down, ≤ 2 units per operation + 1 per position.
  const slack = 2n * BigInt(stats.ok + stats.swaps) + BigInt(pool.positions.size);
  expect(pool.reserves.amount0 >= implied0 && pool.reserves.amount0 - implied0 <= slack).toBe(true);
  expect(pool.reserves.amount1 >= implied1 && pool.reserves.amount1 - implied1 <= slack).toBe(true);
  // Balancer: the account holds the assets; shares in wallets are the pool's total shares.
  const bal = st.balancer[String(BAL)].pool;
  for (const a of bal.assets) expect(balanceOf(chain, poolAddress("osmo", BAL), a.denom) >= a.amount).toBe(true);
  expect(chain.supply[poolShareDenom(BAL)]).toBe(bal.totalShares);
}

describe("Osmosis pools on the chain: random sequences of swaps, positions, joins and exits", () => {
  it("conserve tokens, keep the bank and the pools in agreement, and refuse cleanly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.array(op, { minLength: 1, maxLength: 12 }), (spreadIdx, ops) => {
        const w = newWorld(spreadIdx);
        const supply0 = Object.fromEntries(DENOMS.map((d) => [d, w.chains[CHAIN].supply[d]]));
        const stats: Stats = { swaps: 0, ok: 0 };
        for (const o of ops) {
          run(w, o, stats);
          checkNoNegativeBalance(w);
          checkSupply(w);
          // Nothing but pool shares is minted or burnt: every unit is in a wallet, a pool, a
          // pool's rewards account or the taker-fee collector.
          for (const d of DENOMS) expect(w.chains[CHAIN].supply[d]).toBe(supply0[d]);
          checkPools(w, stats);
        }
      }),
      { numRuns: 1000, seed: 20261207 },
    );
  }, 300_000);
});
