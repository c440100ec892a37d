/**
 * Osmosis pool state on osmosis-sim-1: the pool manager's pool-id counter and pool → module routes,
 * the taker fee, the global position-id counter of x/concentrated-liquidity, and every pool.
 *
 * Pools are stored as plain JSON-able values (the world is persisted with bigjson, which knows
 * bigints but not Maps), converted to the maths' ClPool / BalancerPool values on read. Every
 * change writes a whole new pool value through the journal, so a failed tx rolls back exactly.
 */
import { toUtf8 } from "@cosmjs/encoding";
import type { Ctx } from "../../ctx";
import { derivedAddress } from "../../address";
import { rec, type Rec } from "../../journal";
import type { ChainState } from "../../state";
import type { BalancerPool } from "./math/balancer/balancer-pool";
import type { ClPool, ClPosition, ClTick } from "./math/cl/cl-pool-state";
import type { Dec } from "./math/osmomath/legacy-dec";

export type PoolType = "balancer" | "concentrated";

/** Balancer pool plus what the chain keeps beside the maths' value. */
export interface StoredBalancer {
  pool: BalancerPool;
  futurePoolGovernor: string;
}

type Entries<V> = Array<[string, V]>;

export interface StoredClPool {
  id: bigint;
  token0: string;
  token1: string;
  tickSpacing: bigint;
  spreadFactor: Dec;
  spreadRewardScalingFactor: Dec;
  currentTick: bigint;
  currentSqrtPrice: bigint;
  currentTickLiquidity: Dec;
  ticks: Array<[bigint, { liquidityGross: Dec; liquidityNet: Dec; growthOutside: Entries<Dec> }]>;
  positions: Array<{
    id: bigint;
    owner: string;
    lowerTick: bigint;
    upperTick: bigint;
    liquidity: Dec;
    growthInsideLast: Entries<Dec>;
    unclaimed: Entries<Dec>;
    joinTimeMs: number;
  }>;
  growthGlobal: Entries<Dec>;
  reserves: { amount0: bigint; amount1: bigint };
  spreadRewardsHeld: Entries<bigint>;
  lastLiquidityUpdateMs: number;
}

export interface OsmosisState {
  /** poolmanager NextPoolId. */
  nextPoolId: number;
  /** concentrated-liquidity NextPositionId (global across pools, as on chain). */
  nextPositionId: number;
  /** poolmanager's ModuleRoute: pool id → pool type. */
  poolTypes: Rec<PoolType>;
  balancer: Rec<StoredBalancer>;
  cl: Rec<StoredClPool>;
  /** position id → pool id. */
  positionPool: Rec<number>;
  /** default_taker_fee as an 18-decimal LegacyDec. */
  defaultTakerFee: Dec;
  /** poolmanager's tracked volume per pool (KeyPoolVolume): uosmo only, as trackVolume values it. */
  volumes: Rec<Rec<bigint>>;
  /**
   * protorev's KeyPrefixDenomPairToPool: base denom → other denom → the highest-liquidity pool
   * pairing them, rebuilt by UpdatePools at genesis and every day epoch (protorev.ts). Absent in
   * worlds saved before it existed (read as empty until the next epoch).
   */
  protorevPools?: Rec<Rec<number>>;
  /** Start of the current x/epochs "day" epoch, chain time (absent: genesis time). */
  dayEpochStartMs?: number;
}

/** Osmosis mainnet's default_taker_fee (0.1%). */
export const DEFAULT_TAKER_FEE: Dec = 1_000_000_000_000_000n;

export function initOsmosisState(): OsmosisState {
  return {
    nextPoolId: 1,
    nextPositionId: 1,
    poolTypes: rec(),
    balancer: rec(),
    cl: rec(),
    positionPool: rec(),
    defaultTakerFee: DEFAULT_TAKER_FEE,
    volumes: rec(),
  };
}

/** The osmosis state of the ctx's chain, created on first use (journaled). */
export function osmosisStateFor(ctx: Ctx): OsmosisState {
  if (!ctx.chain.osmosis) ctx.set(ctx.chain as unknown as Rec<unknown>, "osmosis", initOsmosisState());
  return ctx.chain.osmosis!;
}

export function osmosisStateOf(chain: ChainState): OsmosisState {
  return chain.osmosis ?? initOsmosisState();
}

const be64 = (n: bigint) => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, n);
  return b;
};

/** osmoutils.NewModuleAddressWithPrefix(module, prefix, id): address.Module(module, prefix ‖ BigEndian(id)). */
function moduleAddressWithPrefix(bech32: string, module: string, prefix: string, id: bigint): string {
  const name = toUtf8(`${module}\0${prefix}`);
  const key = new Uint8Array(name.length + 8);
  key.set(name);
  key.set(be64(id), name.length);
  return derivedAddress(bech32, "module", key);
}

/** poolmanagertypes.NewPoolAddress: every pool type's address. */
export const poolAddress = (bech32: string, poolId: bigint) => moduleAddressWithPrefix(bech32, "poolmanager", "pool", poolId);
export const clSpreadRewardsAddress = (bech32: string, poolId: bigint) =>
  moduleAddressWithPrefix(bech32, "concentratedliquidity", "spreadRewards", poolId);
export const clIncentivesAddress = (bech32: string, poolId: bigint) =>
  moduleAddressWithPrefix(bech32, "concentratedliquidity", "incentives", poolId);

const mapOf = <V>(e: Entries<V>) => new Map(e);
const entriesOf = <V>(m: Map<string, V>): Entries<V> => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** Join times are not part of the maths; the chain keeps them per position. */
export function clFromStored(s: StoredClPool): { pool: ClPool; joinTimes: Map<bigint, number> } {
  const ticks = new Map<bigint, ClTick>();
  for (const [t, v] of s.ticks) ticks.set(t, { liquidityGross: v.liquidityGross, liquidityNet: v.liquidityNet, spreadRewardGrowthOutside: mapOf(v.growthOutside) });
  const positions = new Map<bigint, ClPosition>();
  const joinTimes = new Map<bigint, number>();
  for (const p of s.positions) {
    positions.set(p.id, {
      id: p.id,
      owner: p.owner,
      lowerTick: p.lowerTick,
      upperTick: p.upperTick,
      liquidity: p.liquidity,
      spreadRewardGrowthInsideLast: mapOf(p.growthInsideLast),
      unclaimedSpreadRewards: mapOf(p.unclaimed),
    });
    joinTimes.set(p.id, p.joinTimeMs);
  }
  const pool: ClPool = {
    id: s.id,
    token0: s.token0,
    token1: s.token1,
    tickSpacing: s.tickSpacing,
    spreadFactor: s.spreadFactor,
    spreadRewardScalingFactor: s.spreadRewardScalingFactor,
    currentTick: s.currentTick,
    currentSqrtPrice: s.currentSqrtPrice,
    currentTickLiquidity: s.currentTickLiquidity,
    ticks,
    positions,
    spreadRewardGrowthGlobal: mapOf(s.growthGlobal),
    reserves: { ...s.reserves },
    spreadRewardsHeld: mapOf(s.spreadRewardsHeld),
    nextPositionId: 0n,
  };
  return { pool, joinTimes };
}

export function clToStored(p: ClPool, joinTimes: Map<bigint, number>, lastLiquidityUpdateMs: number): StoredClPool {
  const ticks = [...p.ticks.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([t, v]): StoredClPool["ticks"][number] => [t, { liquidityGross: v.liquidityGross, liquidityNet: v.liquidityNet, growthOutside: entriesOf(v.spreadRewardGrowthOutside) }]);
  const positions = [...p.positions.values()]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((pos) => ({
      id: pos.id,
      owner: pos.owner,
      lowerTick: pos.lowerTick,
      upperTick: pos.upperTick,
      liquidity: pos.liquidity,
      growthInsideLast: entriesOf(pos.spreadRewardGrowthInsideLast),
      unclaimed: entriesOf(pos.unclaimedSpreadRewards),
      joinTimeMs: joinTimes.get(pos.id) ?? 0,
    }));
  return {
    id: p.id,
    token0: p.token0,
    token1: p.token1,
    tickSpacing: p.tickSpacing,
    spreadFactor: p.spreadFactor,
    spreadRewardScalingFactor: p.spreadRewardScalingFactor,
    currentTick: p.currentTick,
    currentSqrtPrice: p.currentSqrtPrice,
    currentTickLiquidity: p.currentTickLiquidity,
    ticks,
    positions,
    growthGlobal: entriesOf(p.spreadRewardGrowthGlobal),
    reserves: { ...p.reserves },
    spreadRewardsHeld: entriesOf(p.spreadRewardsHeld),
    lastLiquidityUpdateMs,
  };
}
