/**
 * What a user needs to know about one concentrated position: is it earning (in range), what it
 * holds, what it is worth against simply having held the deposit, and how much staking yield its
 * LST part carries. Prices are token1 per token0 (native per LST for milkTIA/TIA).
 *
 * Rounding: values the user owns are rounded down.
 */
import { decToLossyNumber, mulIntByDec, type Dec } from "../amount/decimal";
import { tickToPrice } from "./cl-ticks";

export type RangeStatus = "in-range" | "below-range" | "above-range";

/**
 * A position earns spread rewards while lowerTick ≤ currentTick < upperTick (the chain's own
 * active-range test). Below the range it holds only token0, above it only token1.
 */
export function rangeStatus(currentTick: number, lowerTick: number, upperTick: number): RangeStatus {
  if (currentTick < lowerTick) return "below-range";
  if (currentTick >= upperTick) return "above-range";
  return "in-range";
}

/** The plain-words sentence shown next to a position. */
export function rangeSentence(status: RangeStatus, token0: string, token1: string): string {
  switch (status) {
    case "in-range":
      return `In range: the price is inside your range, so your position earns spread rewards and holds both ${token0} and ${token1}.`;
    case "below-range":
      return `Out of range (price below): your position holds only ${token0} and earns no spread rewards until the price comes back up.`;
    case "above-range":
      return `Out of range (price above): your position holds only ${token1} and earns no spread rewards until the price comes back down.`;
  }
}

/** amount0 at `price` plus amount1, in token1 base units, rounded down. */
export function valueInToken1(amount0: bigint, amount1: bigint, price: Dec): bigint {
  return mulIntByDec(amount0, price, "floor") + amount1;
}

export interface ValueVsHolding {
  /** What the position holds now (plus its unclaimed spread rewards), in token1 at the current price. */
  position: bigint;
  /** What the deposit would be worth now had it simply been held, in token1. */
  holding: bigint;
  /** position − holding: negative is the "impermanent loss" net of rewards. */
  difference: bigint;
}

export function valueVsHolding(
  now: { amount0: bigint; amount1: bigint },
  rewards: { amount0: bigint; amount1: bigint },
  deposited: { amount0: bigint; amount1: bigint },
  price: Dec,
): ValueVsHolding {
  const position = valueInToken1(now.amount0 + rewards.amount0, now.amount1 + rewards.amount1, price);
  const holding = valueInToken1(deposited.amount0, deposited.amount1, price);
  return { position, holding, difference: position - holding };
}

/**
 * A year of staking yield on the LST part of a position, in native base units, rounded down:
 * amount0 × R × APY. The LST keeps compounding inside a pool: this is the yield the position
 * earns besides spread rewards.
 */
export function lstYieldPerYear(lstAmount: bigint, redemptionRate: Dec, apy: Dec): bigint {
  return mulIntByDec(mulIntByDec(lstAmount, redemptionRate, "floor"), apy, "floor");
}

export interface TickLiquidity {
  lowerTick: number;
  upperTick: number;
  /** Liquidity as the chain's Dec string, already parsed to an 18-digit Dec. */
  liquidity: Dec;
}

/**
 * LOSSY, for the chart only: the liquidity distribution as bars in price, clipped to a window.
 * Each bar is one range of constant liquidity from LiquidityPerTickRange.
 */
export function distributionBars(ranges: ReadonlyArray<TickLiquidity>, viewLow: number, viewHigh: number): { x0: number; x1: number; y: number }[] {
  const bars: { x0: number; x1: number; y: number }[] = [];
  for (const r of ranges) {
    const x0 = decToLossyNumber(tickToPrice(r.lowerTick));
    const x1 = decToLossyNumber(tickToPrice(r.upperTick));
    if (x1 <= viewLow || x0 >= viewHigh || r.liquidity <= 0n) continue;
    bars.push({ x0: Math.max(x0, viewLow), x1: Math.min(x1, viewHigh), y: decToLossyNumber(r.liquidity) });
  }
  return bars;
}
