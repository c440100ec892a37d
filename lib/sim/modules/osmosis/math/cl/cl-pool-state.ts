/**
 * The state of one concentrated-liquidity pool, as x/concentrated-liquidity keeps it across its
 * stores (model.Pool, TickInfo per initialized tick, Position, the spread-reward accumulator),
 * gathered into one plain value so the maths can be pure: every operation clones and returns a
 * new state. Denom-keyed values live in Maps (user-supplied keys never touch object prototypes).
 *
 * `reserves` mirrors the bank balance of the pool address and `spreadRewardsHeld` that of the
 * spread-rewards address; the chain module moves the same amounts through bank, and the
 * property tests check the two never drift.
 */
import type { BigDec } from "../osmomath/big-dec";
import type { Dec } from "../osmomath/legacy-dec";

/** sdk.DecCoins as denom → 18-digit amount; absent means zero. */
export type DecCoins = Map<string, Dec>;

export interface ClTick {
  liquidityGross: Dec;
  liquidityNet: Dec;
  /** spread reward growth on the side opposite to the last crossing ("outside"), per denom. */
  spreadRewardGrowthOutside: DecCoins;
}

export interface ClPosition {
  id: bigint;
  owner: string;
  lowerTick: bigint;
  upperTick: bigint;
  liquidity: Dec;
  /** Spread reward growth inside the range when this position was last settled, per denom. */
  spreadRewardGrowthInsideLast: DecCoins;
  /** Settled but unclaimed spread rewards, per denom (fractional; claims pay the integer part). */
  unclaimedSpreadRewards: DecCoins;
}

export interface ClPool {
  id: bigint;
  token0: string;
  token1: string;
  tickSpacing: bigint;
  spreadFactor: Dec;
  /**
   * Spread-reward growth is stored multiplied by this (spread_rewards.go
   * getSpreadFactorScalingFactorForPool): 10^27 for pools created after the migration threshold
   * (all new pools), 1 for old unmigrated ones. It keeps tiny per-liquidity growth from
   * truncating to zero.
   */
  spreadRewardScalingFactor: Dec;
  currentTick: bigint;
  currentSqrtPrice: BigDec;
  currentTickLiquidity: Dec;
  ticks: Map<bigint, ClTick>;
  positions: Map<bigint, ClPosition>;
  /** The spread-reward accumulator's value per unit of liquidity, per denom. */
  spreadRewardGrowthGlobal: DecCoins;
  reserves: { amount0: bigint; amount1: bigint };
  spreadRewardsHeld: Map<string, bigint>;
  nextPositionId: bigint;
}

/** perUnitLiqScalingFactor = 10^15 · 10^12 as a Dec. */
export const PER_UNIT_LIQ_SCALING_FACTOR: Dec = 10n ** 27n * 10n ** 18n;

export function newClPool(p: {
  id: bigint;
  token0: string;
  token1: string;
  tickSpacing: bigint;
  spreadFactor: Dec;
  spreadRewardScalingFactor?: Dec;
}): ClPool {
  return {
    ...p,
    spreadRewardScalingFactor: p.spreadRewardScalingFactor ?? PER_UNIT_LIQ_SCALING_FACTOR,
    currentTick: 0n,
    currentSqrtPrice: 0n,
    currentTickLiquidity: 0n,
    ticks: new Map(),
    positions: new Map(),
    spreadRewardGrowthGlobal: new Map(),
    reserves: { amount0: 0n, amount1: 0n },
    spreadRewardsHeld: new Map(),
    nextPositionId: 1n,
  };
}

export function cloneCoins(c: DecCoins): DecCoins {
  return new Map(c);
}

/** A deep copy: operations mutate the copy and return it, never the caller's value. */
export function clonePool(p: ClPool): ClPool {
  const ticks = new Map<bigint, ClTick>();
  for (const [k, t] of p.ticks) ticks.set(k, { ...t, spreadRewardGrowthOutside: cloneCoins(t.spreadRewardGrowthOutside) });
  const positions = new Map<bigint, ClPosition>();
  for (const [k, pos] of p.positions) {
    positions.set(k, {
      ...pos,
      spreadRewardGrowthInsideLast: cloneCoins(pos.spreadRewardGrowthInsideLast),
      unclaimedSpreadRewards: cloneCoins(pos.unclaimedSpreadRewards),
    });
  }
  return {
    ...p,
    ticks,
    positions,
    spreadRewardGrowthGlobal: cloneCoins(p.spreadRewardGrowthGlobal),
    reserves: { ...p.reserves },
    spreadRewardsHeld: new Map(p.spreadRewardsHeld),
  };
}

export function coinOf(c: DecCoins, denom: string): Dec {
  return c.get(denom) ?? 0n;
}

/** a + b per denom (sdk.DecCoins.Add). */
export function addCoins(a: DecCoins, b: DecCoins): DecCoins {
  const out = cloneCoins(a);
  for (const [d, v] of b) out.set(d, coinOf(out, d) + v);
  return out;
}

/** a − b per denom; may go negative, as the chain's SafeSub result that it then uses anyway. */
export function subCoins(a: DecCoins, b: DecCoins): DecCoins {
  const out = cloneCoins(a);
  for (const [d, v] of b) out.set(d, coinOf(out, d) - v);
  return out;
}

/** model.Pool.IsCurrentTickInRange: the active range is [lower, upper). */
export function isCurrentTickInRange(p: ClPool, lowerTick: bigint, upperTick: bigint): boolean {
  return p.currentTick >= lowerTick && p.currentTick < upperTick;
}

/** Initialized ticks ascending, for the swap's next-tick search. */
export function sortedTickIndexes(p: ClPool): bigint[] {
  return [...p.ticks.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
