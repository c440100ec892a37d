/**
 * x/concentrated-liquidity's keeper on osmosis-sim-1 (lp.go, spread_rewards.go, swaps.go,
 * msg_server.go): positions and swaps over the ./math/cl values, with the bank moves between the
 * user, the pool address and the pool's spread-rewards address, position ids global across
 * pools, and the module's events.
 */
import type { Ctx } from "../../ctx";
import type { SimCoin } from "../../coins";
import { coinsString, sortCoins } from "../../coins";
import { sendCoins } from "../bank";
import { createPosition, collectSpreadRewards, withdrawPosition } from "./math/cl/cl-positions";
import { ClError, clErrors } from "./math/cl/cl-errors";
import type { ClPool } from "./math/cl/cl-pool-state";
import { swapExactAmountIn, swapExactAmountOut } from "./math/cl/cl-swap";
import type { Dec } from "./math/osmomath/legacy-dec";
import { emitSwap, osmosisError } from "./osmosis-errors";
import { clFromStored, clSpreadRewardsAddress, clToStored, osmosisStateFor, osmosisStateOf, poolAddress } from "./pool-store";
import type { ChainState } from "../../state";

/** LegacyDec.String(): 18 decimals, sign kept. */
export function legacyDecText(d: Dec): string {
  const neg = d < 0n;
  const s = (neg ? -d : d).toString().padStart(19, "0");
  return `${neg ? "-" : ""}${s.slice(0, -18)}.${s.slice(-18)}`;
}

/** Go time.Time.String() of a UTC instant: "2026-08-01 00:00:00 +0000 UTC" (fraction trimmed). */
export function goTimeString(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2026-08-01T00:00:00.000Z
  const frac = iso.slice(20, 23).replace(/0+$/, "");
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${frac ? `.${frac}` : ""} +0000 UTC`;
}

export function loadClPool(chain: ChainState, poolId: bigint) {
  const stored = osmosisStateOf(chain).cl[String(poolId)];
  if (!stored) throw new ClError("PoolNotFoundError", `pool not found. pool id (${poolId})`);
  return { ...clFromStored(stored), lastLiquidityUpdateMs: stored.lastLiquidityUpdateMs };
}

function saveClPool(ctx: Ctx, pool: ClPool, joinTimes: Map<bigint, number>, lastLiquidityUpdateMs: number): void {
  ctx.set(osmosisStateFor(ctx).cl, String(pool.id), clToStored(pool, joinTimes, lastLiquidityUpdateMs));
}

function positionPoolId(chain: ChainState, positionId: bigint): bigint {
  const poolId = osmosisStateOf(chain).positionPool[String(positionId)];
  if (poolId === undefined) throw clErrors.positionNotFound(positionId);
  return BigInt(poolId);
}

const coinsOf = (m: Map<string, bigint>): SimCoin[] => sortCoins([...m].filter(([, v]) => v > 0n).map(([denom, amount]) => ({ denom, amount })));

export interface CreatedPosition {
  positionId: bigint;
  amount0: bigint;
  amount1: bigint;
  liquidity: Dec;
  lowerTick: bigint;
  upperTick: bigint;
}

/** Keeper.CreatePosition. */
export function clCreatePosition(
  ctx: Ctx,
  poolId: bigint,
  owner: string,
  tokensProvided: ReadonlyArray<SimCoin>,
  amount0Min: bigint,
  amount1Min: bigint,
  lowerTick: bigint,
  upperTick: bigint,
): CreatedPosition {
  return osmosisError(() => {
    const { pool, joinTimes } = loadClPool(ctx.chain, poolId);
    for (const t of tokensProvided) if (t.denom !== pool.token0 && t.denom !== pool.token1) throw clErrors.tokenNotInPool();
    const amountOf = (d: string) => tokensProvided.filter((t) => t.denom === d).reduce((s, t) => s + t.amount, 0n);
    const st = osmosisStateFor(ctx);
    pool.nextPositionId = BigInt(st.nextPositionId);
    const r = createPosition(pool, owner, { amount0: amountOf(pool.token0), amount1: amountOf(pool.token1) }, amount0Min, amount1Min, lowerTick, upperTick);
    ctx.set(st as unknown as Record<string, number>, "nextPositionId", st.nextPositionId + 1);
    ctx.set(st.positionPool, String(r.positionId), Number(poolId));
    const paid = sortCoins(
      [
        { denom: pool.token0, amount: r.amount0 },
        { denom: pool.token1, amount: r.amount1 },
      ].filter((c) => c.amount > 0n),
    );
    if (paid.length) sendCoins(ctx, owner, poolAddress(ctx.cfg.bech32Prefix, poolId), paid);
    joinTimes.set(r.positionId, ctx.timeMs);
    saveClPool(ctx, r.pool, joinTimes, ctx.timeMs);
    ctx.emit("create_position", {
      module: "concentratedliquidity",
      position_id: r.positionId,
      sender: owner,
      pool_id: poolId,
      lower_tick: r.lowerTick,
      upper_tick: r.upperTick,
      join_time: goTimeString(ctx.timeMs),
      liquidity: legacyDecText(r.liquidity),
      amount0: r.amount0,
      amount1: r.amount1,
    });
    return { positionId: r.positionId, amount0: r.amount0, amount1: r.amount1, liquidity: r.liquidity, lowerTick: r.lowerTick, upperTick: r.upperTick };
  });
}

function emitCollected(ctx: Ctx, poolId: bigint, positionId: bigint, coins: SimCoin[]): void {
  ctx.emit("collect_spread_rewards", { module: "concentratedliquidity", pool_id: poolId, position_id: positionId, tokens_out: coinsString(coins) });
}

/** Keeper.WithdrawPosition: tokens out (and, when closed in full, the spread rewards). */
export function clWithdrawPosition(ctx: Ctx, owner: string, positionId: bigint, liquidity: Dec): { amount0: bigint; amount1: bigint } {
  return osmosisError(() => {
    const poolId = positionPoolId(ctx.chain, positionId);
    const { pool, joinTimes } = loadClPool(ctx.chain, poolId);
    const pos = pool.positions.get(positionId)!;
    const r = withdrawPosition(pool, owner, positionId, liquidity);
    const prefix = ctx.cfg.bech32Prefix;
    const out = sortCoins(
      [
        { denom: pool.token0, amount: r.amount0 },
        { denom: pool.token1, amount: r.amount1 },
      ].filter((c) => c.amount > 0n),
    );
    if (out.length) sendCoins(ctx, poolAddress(prefix, poolId), owner, out);
    if (!r.pool.positions.has(positionId)) {
      const rewards = coinsOf(r.spreadRewards);
      if (rewards.length) sendCoins(ctx, clSpreadRewardsAddress(prefix, poolId), owner, rewards);
      emitCollected(ctx, poolId, positionId, rewards);
      ctx.del(osmosisStateFor(ctx).positionPool, String(positionId));
    }
    const joinTimeMs = joinTimes.get(positionId) ?? ctx.timeMs;
    if (!r.pool.positions.has(positionId)) joinTimes.delete(positionId);
    saveClPool(ctx, r.pool, joinTimes, ctx.timeMs);
    ctx.emit("withdraw_position", {
      module: "concentratedliquidity",
      position_id: positionId,
      sender: owner,
      pool_id: poolId,
      lower_tick: pos.lowerTick,
      upper_tick: pos.upperTick,
      join_time: goTimeString(joinTimeMs),
      liquidity: legacyDecText(-liquidity),
      amount0: -r.amount0,
      amount1: -r.amount1,
    });
    return { amount0: r.amount0, amount1: r.amount1 };
  });
}

/** Keeper.collectSpreadRewards for one position. */
export function clCollectSpreadRewards(ctx: Ctx, owner: string, positionId: bigint): SimCoin[] {
  return osmosisError(() => {
    const poolId = positionPoolId(ctx.chain, positionId);
    const { pool, joinTimes, lastLiquidityUpdateMs } = loadClPool(ctx.chain, poolId);
    const r = collectSpreadRewards(pool, owner, positionId);
    const coins = coinsOf(r.collected);
    if (coins.length) sendCoins(ctx, clSpreadRewardsAddress(ctx.cfg.bech32Prefix, poolId), owner, coins);
    saveClPool(ctx, r.pool, joinTimes, lastLiquidityUpdateMs);
    emitCollected(ctx, poolId, positionId, coins);
    return coins;
  });
}

/** Keeper.addToPosition: withdraw in full, then a new position with the old amounts plus the new. */
export function clAddToPosition(
  ctx: Ctx,
  owner: string,
  positionId: bigint,
  amount0Added: bigint,
  amount1Added: bigint,
  amount0Min: bigint,
  amount1Min: bigint,
): CreatedPosition {
  return osmosisError(() => {
    const poolId = positionPoolId(ctx.chain, positionId);
    const { pool } = loadClPool(ctx.chain, poolId);
    const pos = pool.positions.get(positionId)!;
    if (pos.owner !== owner) throw clErrors.notPositionOwner(owner, positionId);
    if (amount0Added < 0n || amount1Added < 0n) {
      throw new ClError(
        "NegativeAmountAddedError",
        `Cannot add negative amounts of assets to a position. Position ID (${positionId}), asset0 amount (${amount0Added}), asset1 amount(${amount1Added}).`,
      );
    }
    if (amount0Added === 0n && amount1Added === 0n) throw clErrors.zeroLiquidity();
    const w = clWithdrawPosition(ctx, owner, positionId, pos.liquidity);
    if (Object.keys(osmosisStateFor(ctx).positionPool).every((k) => osmosisStateFor(ctx).positionPool[k] !== Number(poolId))) {
      throw new ClError("AddToLastPositionInPoolError", `Cannot add to a position if it is the last position in the pool. Pool id (${poolId}), position ID (${positionId}).`);
    }
    const min0 = amount0Min !== 0n ? w.amount0 + amount0Min : w.amount0;
    const min1 = amount1Min !== 0n ? w.amount1 + amount1Min : w.amount1;
    const created = clCreatePosition(
      ctx,
      poolId,
      owner,
      [
        { denom: pool.token0, amount: w.amount0 + amount0Added },
        { denom: pool.token1, amount: w.amount1 + amount1Added },
      ].filter((c) => c.amount > 0n),
      min0,
      min1,
      pos.lowerTick,
      pos.upperTick,
    );
    ctx.emit("add_to_position", {
      module: "concentratedliquidity",
      sender: owner,
      pool_id: poolId,
      position_id: positionId,
      new_position_id: created.positionId,
      amount0: created.amount0,
      amount1: created.amount1,
    });
    return created;
  });
}

function moveSwapTokens(ctx: Ctx, sender: string, poolId: bigint, tokenIn: SimCoin, tokenOut: SimCoin, spreadRewards: bigint): void {
  const prefix = ctx.cfg.bech32Prefix;
  const addr = poolAddress(prefix, poolId);
  sendCoins(ctx, sender, addr, [tokenIn]);
  sendCoins(ctx, addr, sender, [tokenOut]);
  // The spread factor's share of the input is kept apart for the LPs.
  if (spreadRewards > 0n) sendCoins(ctx, addr, clSpreadRewardsAddress(prefix, poolId), [{ denom: tokenIn.denom, amount: spreadRewards }]);
  emitSwap(ctx, sender, poolId, tokenIn, tokenOut);
}

/** Keeper.SwapExactAmountIn as the pool manager calls it. */
export function clSwapIn(ctx: Ctx, sender: string, poolId: bigint, tokenIn: SimCoin, tokenOutDenom: string, tokenOutMinAmount: bigint): bigint {
  return osmosisError(() => {
    const { pool, joinTimes, lastLiquidityUpdateMs } = loadClPool(ctx.chain, poolId);
    const r = swapExactAmountIn(pool, tokenIn, tokenOutDenom, tokenOutMinAmount);
    moveSwapTokens(ctx, sender, poolId, r.tokenIn, r.tokenOut, r.spreadRewards);
    saveClPool(ctx, r.pool, joinTimes, lastLiquidityUpdateMs);
    return r.tokenOut.amount;
  });
}

/** Keeper.SwapExactAmountOut as the pool manager calls it. */
export function clSwapOut(ctx: Ctx, sender: string, poolId: bigint, tokenInDenom: string, tokenInMaxAmount: bigint, tokenOut: SimCoin): bigint {
  return osmosisError(() => {
    const { pool, joinTimes, lastLiquidityUpdateMs } = loadClPool(ctx.chain, poolId);
    const r = swapExactAmountOut(pool, tokenInDenom, tokenInMaxAmount, tokenOut);
    moveSwapTokens(ctx, sender, poolId, r.tokenIn, r.tokenOut, r.spreadRewards);
    saveClPool(ctx, r.pool, joinTimes, lastLiquidityUpdateMs);
    return r.tokenIn.amount;
  });
}
