/**
 * Pool creation (poolmanager create_pool.go: the id counter, the module route, the pool's
 * account; gamm's balancer InitializePool: the creator's liquidity and 100·10^18 shares;
 * concentrated-liquidity's InitializePool: an empty pool priced by its first position).
 * Used by genesis and tests; no screen creates pools.
 */
import type { Ctx } from "../../ctx";
import { sendCoins, mintCoins } from "../bank";
import { poolShareDenom } from "./gamm-keeper";
import { newBalancerPool } from "./math/balancer/balancer-pool";
import { AUTHORIZED_SPREAD_FACTORS, AUTHORIZED_TICK_SPACING } from "./math/cl/cl-constants";
import { newClPool } from "./math/cl/cl-pool-state";
import type { Dec } from "./math/osmomath/legacy-dec";
import { osmosisError, plainError } from "./osmosis-errors";
import { legacyDecText } from "./cl-keeper";
import { clToStored, osmosisStateFor, poolAddress, type PoolType } from "./pool-store";

/** Takes the next pool id; `at` lets genesis place a pool at a chosen id (the counter only moves up). */
function nextPoolId(ctx: Ctx, type: PoolType, at?: number): bigint {
  const st = osmosisStateFor(ctx);
  const id = at ?? st.nextPoolId;
  if (id < st.nextPoolId) throw plainError(`pool id ${id} is already taken (next pool id ${st.nextPoolId})`);
  ctx.set(st as unknown as Record<string, number>, "nextPoolId", id + 1);
  ctx.set(st.poolTypes, String(id), type);
  ctx.emit("pool_created", { module: "poolmanager", pool_id: id });
  return BigInt(id);
}

export function createConcentratedPool(
  ctx: Ctx,
  p: { denom0: string; denom1: string; tickSpacing: bigint; spreadFactor: Dec; id?: number },
): bigint {
  return osmosisError(() => {
    // model/msgs.go and pool creation's checks (types/errors.go texts; Go prints the lists as [a b c]).
    if (p.denom0 === p.denom1) throw plainError(`received matching denoms (${p.denom0}), must be different`);
    if (!AUTHORIZED_TICK_SPACING.includes(p.tickSpacing)) {
      throw plainError(`attempted to create pool with unauthorized tick spacing (${p.tickSpacing}), must be one of the following: ([${AUTHORIZED_TICK_SPACING.join(" ")}])`);
    }
    if (!AUTHORIZED_SPREAD_FACTORS.includes(p.spreadFactor)) {
      throw plainError(`attempted to create pool with unauthorized spread factor (${legacyDecText(p.spreadFactor)}), must be one of the following: ([${AUTHORIZED_SPREAD_FACTORS.map(legacyDecText).join(" ")}])`);
    }
    const id = nextPoolId(ctx, "concentrated", p.id);
    const pool = newClPool({ id, token0: p.denom0, token1: p.denom1, tickSpacing: p.tickSpacing, spreadFactor: p.spreadFactor });
    ctx.set(osmosisStateFor(ctx).cl, String(id), clToStored(pool, new Map(), ctx.timeMs));
    return id;
  });
}

export function createBalancerPool(
  ctx: Ctx,
  p: { creator: string; assets: { denom: string; amount: bigint; weight: bigint }[]; swapFee: Dec; exitFee: Dec; id?: number },
): bigint {
  return osmosisError(() => {
    if (p.assets.length < 2) throw plainError("pool should have at least 2 assets, as they must be swapping between at least two assets");
    const st = osmosisStateFor(ctx);
    const id = nextPoolId(ctx, "balancer", p.id);
    const pool = newBalancerPool({ id, assets: p.assets, spreadFactor: p.swapFee, exitFee: p.exitFee });
    sendCoins(
      ctx,
      p.creator,
      poolAddress(ctx.cfg.bech32Prefix, id),
      pool.assets.map((a) => ({ denom: a.denom, amount: a.amount })),
    );
    mintCoins(ctx, p.creator, [{ denom: poolShareDenom(id), amount: pool.totalShares }]);
    ctx.set(st.balancer, String(id), { pool, futurePoolGovernor: "" });
    return id;
  });
}
