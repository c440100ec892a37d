/**
 * The living market on Osmosis's pools, once per simulated day:
 *
 * - an arbitrageur holds the milkTIA/TIA pools' price inside the band the unstake queue allows:
 *   when milkTIA trades below the redemption rate by more than waiting the queue costs (about a
 *   batch period and the 21-day unbonding at the staking yield, plus fees), it buys milkTIA on the
 *   pool and liquid-unstakes it (claiming the TIA when its batch is received); when milkTIA trades
 *   above the rate by more than the fees, it mints at the rate through the contract and sells on
 *   the pool. A stopped contract does neither, so the price is left to the market;
 * - traders swap small random amounts both ways on every pool (volume and spread rewards);
 * - liquidity providers collect their spread rewards weekly, and the tight-range provider moves
 *   a range the price has left back around the price.
 *
 * Every action is a transaction of the actor through the chain's own handlers (indexed, with
 * events), so the history and the pools' state are the chain's, not a bookkeeping of their own.
 * Its own random stream (seeded from the world's seed) keeps the shared stream unshifted.
 */
import { simActorAddress } from "../../chains/derive";
import { SIM_LSTS } from "../../chains/lsts";
import { SIM_OSMOSIS_POOLS } from "../../chains/osmosis-pools";
import { OSMOSIS_SIM } from "../../chains/sim-chains";
import * as CLT from "../../cosmos/proto/gen/osmosis/concentratedliquidity/v1beta1/tx";
import * as PMT from "../../cosmos/proto/gen/osmosis/poolmanager/v1beta1/tx";
import { systemTx } from "../block";
import { balanceOf } from "../modules/bank";
import { loadClPool } from "../modules/osmosis/cl-keeper";
import { swapExactAmountIn } from "../modules/osmosis/math/cl/cl-swap";
import { ClError } from "../modules/osmosis/math/cl/cl-errors";
import { bigDecMul } from "../modules/osmosis/math/osmomath/big-dec";
import { calculatePriceToTick, roundDownTickToSpacing } from "../modules/osmosis/math/cl/tick";
import { osmosisStateOf, poolAddress } from "../modules/osmosis/pool-store";
import { POOL_LPS } from "../genesis/osmosis-pools-setup";
import { calcTakerFeeExactIn, takerFeeFor } from "../modules/osmosis/router";
import { executeContract, queryContractJson } from "../modules/wasm";
import type { World } from "../state";
import { execRecord } from "./coordinator";
import { runMsg } from "./run-msg";
import { recordPoolHistory } from "./pool-history";

const DAY_MS = 86_400_000;
const MAX_CATCH_UP = 1_000;
const K_LAST = "pool-market/lastDayMs";
const K_RNG = "pool-market/rng";
const K_DAY = "pool-market/day";

export const ARBITRAGEUR = simActorAddress("osmo", "pools/arbitrageur");
export const POOL_TRADERS = [0, 1, 2, 3].map((i) => simActorAddress("osmo", `pools/trader-${i}`));

/**
 * Discount below the redemption rate at which buying on the pool and unstaking pays: waiting
 * ~1.5 days for the batch plus 21 days of unbonding at ~10% a year is ~0.6%, plus the 0.1%
 * taker fee and the spread factor: 1% in all.
 */
export const ARB_BUY_DISCOUNT_BPS = 100n;
/** Premium above the rate at which minting and selling pays: taker fee, spread, a margin. */
export const ARB_SELL_PREMIUM_BPS = 20n;

const milkTia = SIM_LSTS.find((l) => l.symbol === "milkTIA")!;
const Q = 10n ** 18n;

function nextUnit(world: World): number {
  let x = ((world.actors[K_RNG] as number | undefined) ?? ((world.seed ^ 0x0a11_ce55) >>> 0 || 0x1b873593)) | 0;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  const next = x >>> 0;
  world.actors[K_RNG] = next;
  return next / 0x1_0000_0000;
}

function poolTx<T>(world: World, codec: { typeUrl: string; encode(m: T): { finish(): Uint8Array } }, value: T): boolean {
  const chain = world.chains[OSMOSIS_SIM];
  return systemTx(world, chain, { typeUrl: codec.typeUrl, value: codec.encode(value).finish() }, (ctx) => void runMsg(ctx, codec.typeUrl, value)).ok;
}

function contractTx(world: World, sender: string, msg: unknown, funds: { denom: string; amount: bigint }[]): boolean {
  const chain = world.chains[OSMOSIS_SIM];
  return systemTx(world, chain, execRecord(sender, milkTia.contract, msg), (ctx) => void executeContract(ctx, sender, milkTia.contract, msg, funds)).ok;
}

const swapIn = (world: World, sender: string, poolId: number, tokenIn: { denom: string; amount: bigint }, tokenOutDenom: string) =>
  poolTx(world, PMT.MsgSwapExactAmountIn, {
    sender,
    routes: [{ poolId: BigInt(poolId), tokenOutDenom }],
    tokenIn: { denom: tokenIn.denom, amount: tokenIn.amount.toString() },
    tokenOutMinAmount: "1",
  });

/** The contract's N/L as an 18-decimal fixed point, or null when it cannot mint or unstake. */
function redemptionRate(world: World): bigint | null {
  const chain = world.chains[OSMOSIS_SIM];
  if (!chain.wasm.contracts[milkTia.contract]) return null;
  const cfg = queryContractJson(world, chain, milkTia.contract, { config: {} }) as { stopped: boolean };
  if (cfg.stopped) return null;
  const st = queryContractJson(world, chain, milkTia.contract, { state: {} }) as { total_native_token: string; total_liquid_stake_token: string };
  const n = BigInt(st.total_native_token);
  const l = BigInt(st.total_liquid_stake_token);
  return n === 0n || l === 0n ? Q : (n * Q) / l;
}

/** TIA per milkTIA on a CL pool (18 decimals), or null without liquidity. */
function clPrice(world: World, poolId: number): bigint | null {
  const { pool } = loadClPool(world.chains[OSMOSIS_SIM], BigInt(poolId));
  if (pool.positions.size === 0) return null;
  return bigDecMul(pool.currentSqrtPrice, pool.currentSqrtPrice) / 10n ** 18n;
}

/**
 * The input (taker fee included) that moves the pool's price to `target` (18 decimals), found by
 * bisection on the pool's own swap maths; capped at `cap`. 0 when nothing needs to move.
 */
function amountToReach(world: World, poolId: number, denomIn: string, denomOut: string, target: bigint, cap: bigint): bigint {
  const chain = world.chains[OSMOSIS_SIM];
  const { pool } = loadClPool(chain, BigInt(poolId));
  const fee = takerFeeFor(chain);
  const buyingToken0 = denomIn === pool.token1; // paying TIA raises the price
  /** Whether spending `gross` gets the price to the target; running out of ticks overshoots it. */
  const reaches = (gross: bigint): boolean => {
    const net = calcTakerFeeExactIn(gross, fee).after;
    if (net <= 0n) return false;
    try {
      const r = swapExactAmountIn(pool, { denom: denomIn, amount: net }, denomOut, 0n);
      const p = bigDecMul(r.pool.currentSqrtPrice, r.pool.currentSqrtPrice) / 10n ** 18n;
      return buyingToken0 ? p >= target : p <= target;
    } catch (e) {
      if (e instanceof ClError && e.kind === "RanOutOfTicksForPoolError") return true;
      return false;
    }
  };
  if (cap <= 0n) return 0n;
  if (!reaches(cap)) return cap;
  let lo = 0n;
  let hi = cap;
  for (let i = 0; i < 80 && hi - lo > 1n; i++) {
    const mid = (lo + hi) / 2n;
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

function arbitrage(world: World): void {
  const rate = redemptionRate(world);
  if (rate === null) return;
  const chain = world.chains[OSMOSIS_SIM];
  for (const def of SIM_OSMOSIS_POOLS.filter((p) => p.type === "concentrated")) {
    const price = clPrice(world, def.id);
    if (price === null) continue;
    const floor = (rate * (10_000n - ARB_BUY_DISCOUNT_BPS)) / 10_000n;
    const ceiling = (rate * (10_000n + ARB_SELL_PREMIUM_BPS)) / 10_000n;
    if (price < floor) {
      // Cheap milkTIA: buy it back up to the floor with TIA, then queue it for unstaking.
      const cap = balanceOf(chain, ARBITRAGEUR, milkTia.ibcDenom);
      const amount = amountToReach(world, def.id, milkTia.ibcDenom, milkTia.lstDenom, floor, cap);
      if (amount <= 0n) continue;
      const before = balanceOf(chain, ARBITRAGEUR, milkTia.lstDenom);
      if (!swapIn(world, ARBITRAGEUR, def.id, { denom: milkTia.ibcDenom, amount }, milkTia.lstDenom)) continue;
      const bought = balanceOf(chain, ARBITRAGEUR, milkTia.lstDenom) - before;
      if (bought > 0n) contractTx(world, ARBITRAGEUR, { liquid_unstake: {} }, [{ denom: milkTia.lstDenom, amount: bought }]);
    } else if (price > ceiling) {
      // Dear milkTIA: mint at the rate and sell it down to the ceiling.
      const cap = (balanceOf(chain, ARBITRAGEUR, milkTia.ibcDenom) * Q) / rate;
      const amount = amountToReach(world, def.id, milkTia.lstDenom, milkTia.ibcDenom, ceiling, cap);
      if (amount <= 0n) continue;
      const stake = (amount * rate) / Q + 1n;
      const before = balanceOf(chain, ARBITRAGEUR, milkTia.lstDenom);
      if (!contractTx(world, ARBITRAGEUR, { liquid_stake: {} }, [{ denom: milkTia.ibcDenom, amount: stake }])) continue;
      const minted = balanceOf(chain, ARBITRAGEUR, milkTia.lstDenom) - before;
      if (minted > 0n) swapIn(world, ARBITRAGEUR, def.id, { denom: milkTia.lstDenom, amount: minted }, milkTia.ibcDenom);
    }
  }
  // Claim what the unstake queue has paid out.
  const reqs = queryContractJson(world, chain, milkTia.contract, { unstake_requests: { user: ARBITRAGEUR } }) as { batch_id: number }[];
  for (const r of reqs) {
    const b = queryContractJson(world, chain, milkTia.contract, { batch: { id: r.batch_id } }) as { status: string };
    if (b.status === "received") contractTx(world, ARBITRAGEUR, { withdraw: { batch_id: r.batch_id } }, []);
  }
}

/** A few small swaps a day on every pool, random direction, 0.01%–0.5% of the pool's side. */
function trade(world: World): void {
  const chain = world.chains[OSMOSIS_SIM];
  const st = osmosisStateOf(chain);
  for (const def of SIM_OSMOSIS_POOLS) {
    if (!st.poolTypes[String(def.id)]) continue;
    const swaps = 1 + Math.floor(nextUnit(world) * 3);
    for (let i = 0; i < swaps; i++) {
      const trader = POOL_TRADERS[Math.floor(nextUnit(world) * POOL_TRADERS.length)];
      const zeroFirst = nextUnit(world) < 0.5;
      const [denomIn, denomOut] = zeroFirst ? def.denoms : [def.denoms[1], def.denoms[0]];
      const depth = def.type === "concentrated" ? balanceOf(chain, poolAddress("osmo", BigInt(def.id)), denomIn) : reserveOf(world, def.id, denomIn);
      const bps = BigInt(1 + Math.floor(nextUnit(world) * 50));
      const amount = (depth * bps) / 10_000n;
      if (amount <= 0n || balanceOf(chain, trader, denomIn) < amount) continue;
      swapIn(world, trader, def.id, { denom: denomIn, amount }, denomOut);
    }
  }
}

function reserveOf(world: World, poolId: number, denom: string): bigint {
  const p = osmosisStateOf(world.chains[OSMOSIS_SIM]).balancer[String(poolId)]?.pool;
  return p?.assets.find((a) => a.denom === denom)?.amount ?? 0n;
}

/** Weekly: the genesis liquidity providers collect their positions' spread rewards. */
function collectRewards(world: World): void {
  const chain = world.chains[OSMOSIS_SIM];
  const st = osmosisStateOf(chain);
  const lps = new Set<string>(Object.values(POOL_LPS));
  const byOwner = new Map<string, bigint[]>();
  for (const id of Object.keys(st.positionPool)) {
    const owner = loadClPool(chain, BigInt(st.positionPool[id])).pool.positions.get(BigInt(id))?.owner;
    if (owner && lps.has(owner)) byOwner.set(owner, [...(byOwner.get(owner) ?? []), BigInt(id)]);
  }
  for (const [owner, ids] of byOwner) poolTx(world, CLT.MsgCollectSpreadRewards, { positionIds: ids, sender: owner });
}

/** The tight-range provider's half-width around the price when it re-ranges, in basis points. */
export const RERANGE_HALF_WIDTH_BPS = 50n;

/**
 * Weekly: the tight-range provider (genesis LP "b") moves each of its positions that the price
 * has left back around the current price: withdraw, swap part of the one-sided holding into the
 * other token on the same pool, and open ±0.5% around the price with what it holds (what the
 * range cannot take stays in its wallet).
 */
export function rerange(world: World): void {
  const chain = world.chains[OSMOSIS_SIM];
  const st = osmosisStateOf(chain);
  const owner = POOL_LPS.b;
  for (const id of Object.keys(st.positionPool).map(BigInt)) {
    const poolId = Number(st.positionPool[String(id)]);
    const { pool } = loadClPool(chain, BigInt(poolId));
    const pos = pool.positions.get(id);
    if (!pos || pos.owner !== owner) continue;
    if (pool.currentTick >= pos.lowerTick && pool.currentTick < pos.upperTick) continue;
    const [t0, t1] = [pool.token0, pool.token1];
    const before0 = balanceOf(chain, owner, t0);
    const before1 = balanceOf(chain, owner, t1);
    if (!poolTx(world, CLT.MsgWithdrawPosition, { positionId: id, sender: owner, liquidityAmount: pos.liquidity.toString() })) continue;
    const got0 = balanceOf(chain, owner, t0) - before0;
    const got1 = balanceOf(chain, owner, t1) - before1;
    // Above the range the position turned into token1, below it into token0: swap up to half of
    // it back, at most a tenth of what the pool holds of the other side (prices here are ≈ 1).
    const after = loadClPool(chain, BigInt(poolId)).pool.reserves;
    const cap = (held: bigint, other: bigint) => (held / 2n < other / 10n ? held / 2n : other / 10n);
    if (got1 > got0) swapIn(world, owner, poolId, { denom: t1, amount: cap(got1, after.amount0) }, t0);
    else if (got0 > 0n) swapIn(world, owner, poolId, { denom: t0, amount: cap(got0, after.amount1) }, t1);
    const now = loadClPool(chain, BigInt(poolId)).pool;
    if (now.positions.size === 0) continue;
    const price = bigDecMul(now.currentSqrtPrice, now.currentSqrtPrice); // BigDec
    const lower = roundDownTickToSpacing(calculatePriceToTick((price * (10_000n - RERANGE_HALF_WIDTH_BPS)) / 10_000n), now.tickSpacing);
    const upper = roundDownTickToSpacing(calculatePriceToTick((price * (10_000n + RERANGE_HALF_WIDTH_BPS)) / 10_000n), now.tickSpacing) + now.tickSpacing;
    // What came out of the old position (its rewards included) after the rebalancing swap.
    const provided = [
      { denom: t0, amount: balanceOf(chain, owner, t0) - before0 },
      { denom: t1, amount: balanceOf(chain, owner, t1) - before1 },
    ];
    const coins = provided.filter((c) => c.amount > 0n).sort((a, b) => (a.denom < b.denom ? -1 : 1)).map((c) => ({ denom: c.denom, amount: c.amount.toString() }));
    if (coins.length === 0) continue;
    poolTx(world, CLT.MsgCreatePosition, { poolId: BigInt(poolId), sender: owner, lowerTick: lower, upperTick: upper, tokensProvided: coins, tokenMinAmount0: "0", tokenMinAmount1: "0" });
  }
}

export function runPoolMarket(world: World): void {
  const chain = world.chains[OSMOSIS_SIM];
  if (!chain?.osmosis) return;
  let last = (world.actors[K_LAST] as number | undefined) ?? world.genesisTimeMs;
  if (world.timeMs - last < DAY_MS) return;
  for (let i = 0; i < MAX_CATCH_UP && world.timeMs - last >= DAY_MS; i++) {
    const day = ((world.actors[K_DAY] as number | undefined) ?? 0) + 1;
    world.actors[K_DAY] = day;
    trade(world);
    arbitrage(world);
    if (day % 7 === 0) {
      collectRewards(world);
      rerange(world);
    }
    last += DAY_MS;
  }
  world.actors[K_LAST] = last;
  recordPoolHistory(world);
}
