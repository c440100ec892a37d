/**
 * Pools and positions as Osmosis answers them over gRPC: pools packed in Any (balancer
 * /osmosis.gamm.v1beta1.Pool, concentrated /osmosis.concentratedliquidity.v1beta1.Pool), LegacyDec
 * fields as raw 18-decimal integer strings and BigDec (current_sqrt_price) as the raw 36-decimal
 * integer — exactly what a live node sends, so the app parses one format in both modes.
 */
import type { Any } from "cosmjs-types/google/protobuf/any";
import { Pool as ClPoolProto } from "../../../cosmos/proto/gen/osmosis/concentratedliquidity/v1beta1/pool";
import type { FullPositionBreakdown } from "../../../cosmos/proto/gen/osmosis/concentratedliquidity/v1beta1/position";
import { Pool as BalancerPoolProto } from "../../../cosmos/proto/gen/osmosis/gamm/v1beta1/balancerPool";
import { simChain } from "../../../chains/sim-chains";
import type { ChainState } from "../../state";
import { msToTimestamp } from "../proto-time";
import { poolShareDenom } from "./gamm-keeper";
import { totalWeight, type BalancerPool } from "./math/balancer/balancer-pool";
import { EXPONENT_AT_PRICE_ONE } from "./math/cl/cl-constants";
import { calcActualAmounts } from "./math/cl/cl-positions";
import type { ClPool } from "./math/cl/cl-pool-state";
import { claimableSpreadRewards } from "./math/cl/cl-spread-rewards";
import { decTruncateInt } from "./math/osmomath/legacy-dec";
import { clIncentivesAddress, clSpreadRewardsAddress, osmosisStateOf, poolAddress, type StoredBalancer } from "./pool-store";
import { loadClPool } from "./cl-keeper";
import { poolTypeOf } from "./router";

export function balancerPoolProto(prefix: string, stored: StoredBalancer): BalancerPoolProto {
  const p: BalancerPool = stored.pool;
  return BalancerPoolProto.fromPartial({
    address: poolAddress(prefix, p.id),
    id: p.id,
    poolParams: { swapFee: p.spreadFactor.toString(), exitFee: p.exitFee.toString() },
    futurePoolGovernor: stored.futurePoolGovernor,
    totalShares: { denom: poolShareDenom(p.id), amount: p.totalShares.toString() },
    poolAssets: p.assets.map((a) => ({ token: { denom: a.denom, amount: a.amount.toString() }, weight: a.weight.toString() })),
    totalWeight: totalWeight(p).toString(),
  });
}

export function clPoolProto(prefix: string, p: ClPool, lastLiquidityUpdateMs: number): ClPoolProto {
  return ClPoolProto.fromPartial({
    address: poolAddress(prefix, p.id),
    incentivesAddress: clIncentivesAddress(prefix, p.id),
    spreadRewardsAddress: clSpreadRewardsAddress(prefix, p.id),
    id: p.id,
    currentTickLiquidity: p.currentTickLiquidity.toString(),
    token0: p.token0,
    token1: p.token1,
    currentSqrtPrice: p.currentSqrtPrice.toString(),
    currentTick: p.currentTick,
    tickSpacing: p.tickSpacing,
    exponentAtPriceOne: EXPONENT_AT_PRICE_ONE,
    spreadFactor: p.spreadFactor.toString(),
    lastLiquidityUpdate: msToTimestamp(lastLiquidityUpdateMs),
  });
}

/** The pool as the pool manager's Pool / AllPools queries pack it. */
export function poolAny(chain: ChainState, poolId: bigint): Any {
  const st = osmosisStateOf(chain);
  const prefix = simChain(chain.chainId).bech32Prefix;
  if (poolTypeOf(st, poolId) === "balancer") {
    const proto = balancerPoolProto(prefix, st.balancer[String(poolId)]);
    return { typeUrl: BalancerPoolProto.typeUrl, value: BalancerPoolProto.encode(proto).finish() };
  }
  const { pool, lastLiquidityUpdateMs } = loadClPool(chain, poolId);
  return { typeUrl: ClPoolProto.typeUrl, value: ClPoolProto.encode(clPoolProto(prefix, pool, lastLiquidityUpdateMs)).finish() };
}

/** Every pool id the pool manager routes, ascending. */
export function allPoolIds(chain: ChainState): bigint[] {
  return Object.keys(osmosisStateOf(chain).poolTypes)
    .map(BigInt)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * PositionById / UserPositions (CalculateUnderlyingAssetsFromPosition): the position, its
 * underlying amounts now (CalcActualAmounts with the position's liquidity — round-up maths —
 * then TruncateInt) and its claimable spread rewards. This world has no incentives, so those
 * lists are empty.
 */
export function positionBreakdown(pool: ClPool, positionId: bigint, joinTimeMs: number): FullPositionBreakdown {
  const pos = pool.positions.get(positionId)!;
  const { amount0, amount1 } = pos.liquidity === 0n ? { amount0: 0n, amount1: 0n } : calcActualAmounts(pool, pos.lowerTick, pos.upperTick, pos.liquidity);
  const rewards = [...claimableSpreadRewards(pool, pos)].filter(([, v]) => v > 0n).sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    position: {
      positionId,
      address: pos.owner,
      poolId: pool.id,
      lowerTick: pos.lowerTick,
      upperTick: pos.upperTick,
      joinTime: msToTimestamp(joinTimeMs),
      liquidity: pos.liquidity.toString(),
    },
    asset0: { denom: pool.token0, amount: decTruncateInt(amount0).toString() },
    asset1: { denom: pool.token1, amount: decTruncateInt(amount1).toString() },
    claimableSpreadRewards: rewards.map(([denom, amount]) => ({ denom, amount: amount.toString() })),
    claimableIncentives: [],
    forfeitedIncentives: [],
  };
}
