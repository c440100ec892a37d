/**
 * Spread-reward accounting of x/concentrated-liquidity (spread_rewards.go, tick.go crossTick and
 * osmoutils/accum): a global growth-per-liquidity accumulator, "outside" growth per tick flipped
 * on every crossing, and each position settling liquidity × (growth inside now − growth inside
 * at its last settlement). Products are sdk.DecCoins.MulDec, i.e. half-even; claims pay the
 * integer part (truncated) and the fractional dust is spread over the accumulator's shares, as
 * the chain does.
 */
import { DEC_ONE, decMulHalfEven, decQuoTrunc, decTruncateInt, type Dec } from "../osmomath/legacy-dec";
import { addCoins, cloneCoins, coinOf, subCoins, type ClPool, type ClPosition, type DecCoins } from "./cl-pool-state";

/** calculateSpreadRewardGrowth: growth above an upper tick / below a lower tick. */
function growthBeyond(targetTick: bigint, outside: DecCoins, currentTick: bigint, global: DecCoins, isUpperTick: boolean): DecCoins {
  if ((isUpperTick && currentTick >= targetTick) || (!isUpperTick && currentTick < targetTick)) return subCoins(global, outside);
  return outside;
}

/** getSpreadRewardGrowthOutside: growth above the upper tick plus below the lower tick. */
export function spreadRewardGrowthOutside(p: ClPool, lowerTick: bigint, upperTick: bigint): DecCoins {
  const lower = p.ticks.get(lowerTick)?.spreadRewardGrowthOutside ?? new Map();
  const upper = p.ticks.get(upperTick)?.spreadRewardGrowthOutside ?? new Map();
  const above = growthBeyond(upperTick, upper, p.currentTick, p.spreadRewardGrowthGlobal, true);
  const below = growthBeyond(lowerTick, lower, p.currentTick, p.spreadRewardGrowthGlobal, false);
  return addCoins(above, below);
}

/** Growth inside [lower, upper): global − outside. */
export function spreadRewardGrowthInside(p: ClPool, lowerTick: bigint, upperTick: bigint): DecCoins {
  return subCoins(p.spreadRewardGrowthGlobal, spreadRewardGrowthOutside(p, lowerTick, upperTick));
}

/**
 * getInitialSpreadRewardGrowthOppositeDirectionOfLastTraversalForTick: a new tick at or below
 * the current tick starts with all growth counted as "outside" (below it), so a position opened
 * now earns nothing from the past.
 */
export function initialTickGrowthOutside(p: ClPool, tick: bigint): DecCoins {
  return p.currentTick >= tick ? cloneCoins(p.spreadRewardGrowthGlobal) : new Map();
}

/**
 * crossTick: outside := (accumulator + this swap's pending growth in the input denom) − outside.
 * The pending growth is included because the accumulator itself is only bumped after the swap.
 */
export function crossTickGrowth(p: ClPool, tick: bigint, denomIn: string, pendingGrowth: Dec): void {
  const info = p.ticks.get(tick);
  if (!info) return;
  const global = cloneCoins(p.spreadRewardGrowthGlobal);
  global.set(denomIn, coinOf(global, denomIn) + pendingGrowth);
  info.spreadRewardGrowthOutside = subCoins(global, info.spreadRewardGrowthOutside);
}

/** Settle a position at its current liquidity: unclaimed += L × (inside now − inside last). */
export function settlePosition(p: ClPool, pos: ClPosition): void {
  const inside = spreadRewardGrowthInside(p, pos.lowerTick, pos.upperTick);
  const delta = subCoins(inside, pos.spreadRewardGrowthInsideLast);
  for (const [denom, g] of delta) {
    if (g === 0n) continue;
    pos.unclaimedSpreadRewards.set(denom, coinOf(pos.unclaimedSpreadRewards, denom) + decMulHalfEven(g, pos.liquidity));
  }
  pos.spreadRewardGrowthInsideLast = inside;
}

/** accumulator total shares: the liquidity of every position of the pool, in range or not. */
function totalShares(p: ClPool): Dec {
  let s = 0n;
  for (const pos of p.positions.values()) s += pos.liquidity;
  return s;
}

/**
 * prepareClaimableSpreadRewards + collectSpreadRewards: pays floor(unclaimed) per denom out of
 * the spread-rewards account (mutates `p`), redistributing the dust per share (QuoTruncate).
 * Returns the coins paid, zero amounts omitted.
 */
export function claimSpreadRewards(p: ClPool, pos: ClPosition): Map<string, bigint> {
  settlePosition(p, pos);
  const paid = new Map<string, bigint>();
  const dust: DecCoins = new Map();
  const unscaled = p.spreadRewardScalingFactor === DEC_ONE;
  for (const [denom, amount] of pos.unclaimedSpreadRewards) {
    const whole = amount / DEC_ONE;
    // Scaled pools pay floor(whole / S) and forfeit nothing (no dust redistribution on chain).
    const pay = unscaled ? whole : decTruncateInt(decQuoTrunc(whole * DEC_ONE, p.spreadRewardScalingFactor));
    if (pay > 0n) paid.set(denom, pay);
    const frac = amount - whole * DEC_ONE;
    if (unscaled && frac !== 0n) dust.set(denom, frac);
  }
  pos.unclaimedSpreadRewards = new Map();
  for (const [denom, amount] of paid) {
    const held = p.spreadRewardsHeld.get(denom) ?? 0n;
    if (held < amount) throw new RangeError(`spread rewards account holds ${held}${denom}, owes ${amount}${denom}`);
    p.spreadRewardsHeld.set(denom, held - amount);
  }
  const shares = totalShares(p);
  if (dust.size > 0 && shares !== 0n) {
    for (const [denom, frac] of dust) {
      p.spreadRewardGrowthGlobal.set(denom, coinOf(p.spreadRewardGrowthGlobal, denom) + decQuoTrunc(frac, shares));
    }
    // The claimant's baseline stays before this bump (as on chain), so it shares in its own dust.
  }
  return paid;
}

/** Spread rewards a position could claim now (query: ClaimableSpreadRewards), without mutating. */
export function claimableSpreadRewards(p: ClPool, pos: ClPosition): Map<string, bigint> {
  const inside = spreadRewardGrowthInside(p, pos.lowerTick, pos.upperTick);
  const total = cloneCoins(pos.unclaimedSpreadRewards);
  for (const [denom, g] of subCoins(inside, pos.spreadRewardGrowthInsideLast)) {
    if (g !== 0n) total.set(denom, coinOf(total, denom) + decMulHalfEven(g, pos.liquidity));
  }
  const out = new Map<string, bigint>();
  for (const [denom, amount] of total) {
    const whole = amount / DEC_ONE;
    const pay = p.spreadRewardScalingFactor === DEC_ONE ? whole : decTruncateInt(decQuoTrunc(whole * DEC_ONE, p.spreadRewardScalingFactor));
    if (pay > 0n) out.set(denom, pay);
  }
  return out;
}
