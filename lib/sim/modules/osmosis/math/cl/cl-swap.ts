/**
 * The swap loop of x/concentrated-liquidity/swaps.go (computeOutAmtGivenIn, computeInAmtGivenOut,
 * swapCrossTickLogic, updatePoolForSwap) over a ClPool value: step bucket by bucket toward the
 * next initialized tick, cross it (flip its outside growth, apply its liquidityNet), and stop
 * when the specified amount is used up or the price limit is reached.
 *
 * Final rounding, as on chain: the user pays ceil(amount in), receives floor(amount out); the
 * spread rewards total is rounded UP and moved to the spread-rewards account, the rest of the
 * input to the pool.
 */
import { bigDecMul, type BigDec } from "../osmomath/big-dec";
import { DEC_SCALE, decCeilInt, decMulTrunc, decQuoTrunc, decTruncateInt, type Dec } from "../osmomath/legacy-dec";
import { MAX_TICK, MIN_CURRENT_TICK } from "./cl-constants";
import { ClError, clErrors } from "./cl-errors";
import { clonePool, coinOf, sortedTickIndexes, type ClPool } from "./cl-pool-state";
import { crossTickGrowth } from "./cl-spread-rewards";
import {
  oneForZeroInGivenOut,
  oneForZeroOutGivenIn,
  sqrtPriceLimitFromPriceLimit,
  sqrtTargetPrice,
  validateSqrtPriceLimit,
  zeroForOneInGivenOut,
  zeroForOneOutGivenIn,
} from "./swap-step";
import { calculateSqrtPriceToTick, tickToSqrtPrice } from "./tick";

/** swapNoProgressLimit: steps that consume nothing before the chain gives up. */
const SWAP_NO_PROGRESS_LIMIT = 100;

export interface ClSwapResult {
  pool: ClPool;
  tokenIn: { denom: string; amount: bigint };
  tokenOut: { denom: string; amount: bigint };
  /** The spread rewards moved to the spread-rewards account (rounded up). */
  spreadRewards: bigint;
}

interface SwapState {
  amountSpecifiedRemaining: Dec;
  amountCalculated: Dec;
  sqrtPrice: BigDec;
  tick: bigint;
  liquidity: Dec;
  growthPerLiquidity: Dec;
  spreadRewardsTotal: Dec;
}

/** Next initialized tick in the swap's direction: ≤ current going down, > current going up. */
function nextInitializedTick(ticks: bigint[], current: bigint, zeroForOne: boolean): bigint | undefined {
  if (zeroForOne) {
    for (let i = ticks.length - 1; i >= 0; i--) if (ticks[i] <= current) return ticks[i];
    return undefined;
  }
  for (const t of ticks) if (t > current) return t;
  return undefined;
}

function directionFor(p: ClPool, tokenInDenom: string, tokenOutDenom: string): boolean {
  if (tokenInDenom === tokenOutDenom) throw clErrors.denomDuplicated(tokenInDenom, tokenOutDenom);
  if (tokenOutDenom !== p.token0 && tokenOutDenom !== p.token1) throw clErrors.tokenOutDenomNotInPool(tokenOutDenom);
  if (tokenInDenom !== p.token0 && tokenInDenom !== p.token1) throw clErrors.tokenInDenomNotInPool(tokenInDenom);
  return tokenInDenom === p.token0;
}

function setup(p: ClPool, zeroForOne: boolean, priceLimit: BigDec): BigDec {
  if (p.positions.size === 0) throw clErrors.noSpotPriceWhenNoLiquidity(p.id);
  const sqrtPriceLimit = sqrtPriceLimitFromPriceLimit(priceLimit, zeroForOne);
  validateSqrtPriceLimit(zeroForOne, sqrtPriceLimit, p.currentSqrtPrice);
  return sqrtPriceLimit;
}

type Step = (cur: BigDec, target: BigDec, liq: Dec, remaining: Dec) => {
  sqrtPriceNext: BigDec;
  amountIn: Dec;
  amountOut: Dec;
  spreadRewardCharge: Dec;
};

/**
 * The shared loop. `outGivenIn` decides which amount the remaining counts down (input incl. fee,
 * or output) and which one accumulates. Mutates `pool` (a clone) for tick crossings.
 */
function runSwap(pool: ClPool, zeroForOne: boolean, outGivenIn: boolean, specified: bigint, sqrtPriceLimit: BigDec, denomIn: string, userCoin: string): SwapState {
  const ticks = sortedTickIndexes(pool);
  const step: Step = outGivenIn
    ? (c, t, l, r) => (zeroForOne ? zeroForOneOutGivenIn : oneForZeroOutGivenIn)(c, t, l, r, pool.spreadFactor)
    : (c, t, l, r) => (zeroForOne ? zeroForOneInGivenOut : oneForZeroInGivenOut)(c, t, l, r, pool.spreadFactor);
  const s: SwapState = {
    amountSpecifiedRemaining: specified * DEC_SCALE,
    amountCalculated: 0n,
    sqrtPrice: pool.currentSqrtPrice,
    tick: pool.currentTick,
    liquidity: pool.currentTickLiquidity,
    growthPerLiquidity: 0n,
    spreadRewardsTotal: 0n,
  };
  let noProgress = 0;
  while (s.amountSpecifiedRemaining > 1n && s.sqrtPrice !== sqrtPriceLimit) {
    const start = s.sqrtPrice;
    const next = nextInitializedTick(ticks, s.tick, zeroForOne);
    if (next === undefined) throw clErrors.ranOutOfTicks(pool.id);
    const nextSqrtPrice = tickToSqrtPrice(next);
    const target = sqrtTargetPrice(zeroForOne, nextSqrtPrice, sqrtPriceLimit);
    const r = step(s.sqrtPrice, target, s.liquidity, s.amountSpecifiedRemaining);
    if (r.sqrtPriceNext === start && !(r.amountIn === 0n && r.amountOut === 0n)) {
      throw clErrors.swapNoProgressWithConsumption(r.sqrtPriceNext, r.amountIn, r.amountOut);
    }
    // updateSpreadRewardGrowthGlobal: the charge scaled up (MulTruncate) then per liquidity (QuoTruncate).
    s.spreadRewardsTotal += r.spreadRewardCharge;
    if (s.liquidity !== 0n) {
      const scaled = pool.spreadRewardScalingFactor === DEC_SCALE ? r.spreadRewardCharge : decMulTrunc(r.spreadRewardCharge, pool.spreadRewardScalingFactor);
      s.growthPerLiquidity += decQuoTrunc(scaled, s.liquidity);
    }

    s.sqrtPrice = r.sqrtPriceNext;
    if (outGivenIn) {
      s.amountSpecifiedRemaining -= r.amountIn + r.spreadRewardCharge;
      s.amountCalculated += r.amountOut;
    } else {
      s.amountSpecifiedRemaining -= r.amountOut;
      s.amountCalculated += r.amountIn + r.spreadRewardCharge;
    }

    if (nextSqrtPrice === r.sqrtPriceNext) {
      crossTickGrowth(pool, next, denomIn, s.growthPerLiquidity);
      const net = pool.ticks.get(next)!.liquidityNet;
      s.liquidity += zeroForOne ? -net : net;
      s.tick = zeroForOne ? next - 1n : next;
    } else if (zeroForOne ? nextSqrtPrice > r.sqrtPriceNext : nextSqrtPrice < r.sqrtPriceNext) {
      throw clErrors.computedSqrtPriceInequality(zeroForOne, nextSqrtPrice, r.sqrtPriceNext);
    } else if (start !== r.sqrtPriceNext) {
      s.tick = calculateSqrtPriceToTick(r.sqrtPriceNext);
    }

    if ((outGivenIn ? r.amountIn : r.amountOut) === 0n) {
      if (noProgress >= SWAP_NO_PROGRESS_LIMIT) throw clErrors.swapNoProgress(pool.id, userCoin);
      noProgress++;
    }
  }
  return s;
}

/** ApplySwap's checks, then the new price/tick/liquidity and the accumulator bump. */
function applySwap(pool: ClPool, s: SwapState, denomIn: string): void {
  if (s.liquidity < 0n) throw new ClError("NegativeLiquidityError", `liquidity cannot be negative, got ${s.liquidity}`);
  if (s.tick < MIN_CURRENT_TICK || s.tick > MAX_TICK) {
    throw clErrors.tickIndexNotWithinBoundaries(s.tick, MIN_CURRENT_TICK, MAX_TICK);
  }
  pool.spreadRewardGrowthGlobal.set(denomIn, coinOf(pool.spreadRewardGrowthGlobal, denomIn) + s.growthPerLiquidity);
  pool.currentTickLiquidity = s.liquidity;
  pool.currentTick = s.tick;
  pool.currentSqrtPrice = s.sqrtPrice;
}

/** updatePoolForSwap's token movements: fee to the spread-rewards account, the rest to the pool. */
function moveTokens(pool: ClPool, zeroForOne: boolean, amountIn: bigint, amountOut: bigint, spreadRewardsTotal: Dec, denomIn: string): bigint {
  const fee = decCeilInt(spreadRewardsTotal);
  const toPool = amountIn - fee;
  if (zeroForOne) {
    pool.reserves.amount0 += toPool;
    pool.reserves.amount1 -= amountOut;
  } else {
    pool.reserves.amount1 += toPool;
    pool.reserves.amount0 -= amountOut;
  }
  if (pool.reserves.amount0 < 0n || pool.reserves.amount1 < 0n) {
    throw new ClError("InsufficientPoolBalanceError", "insufficient pool balance");
  }
  if (fee > 0n) pool.spreadRewardsHeld.set(denomIn, (pool.spreadRewardsHeld.get(denomIn) ?? 0n) + fee);
  return fee;
}

/**
 * SwapExactAmountIn (with the pool's spread factor; `priceLimit` 0 = unbounded). Refuses with
 * the chain's texts: "token amount calculated (X) is lesser than min amount (Y)" when the output
 * is below `tokenOutMinAmount`, "invalid amount calculated, must be >= 1" for a zero output.
 */
export function swapExactAmountIn(
  p: ClPool,
  tokenIn: { denom: string; amount: bigint },
  tokenOutDenom: string,
  tokenOutMinAmount: bigint,
  priceLimit: BigDec = 0n,
): ClSwapResult {
  const zeroForOne = directionFor(p, tokenIn.denom, tokenOutDenom);
  const sqrtPriceLimit = setup(p, zeroForOne, priceLimit);
  const pool = clonePool(p);
  const s = runSwap(pool, zeroForOne, true, tokenIn.amount, sqrtPriceLimit, tokenIn.denom, `${tokenIn.amount}${tokenIn.denom}`);
  if (s.amountSpecifiedRemaining < 0n) throw clErrors.overChargeSwapOutGivenIn(s.amountSpecifiedRemaining);
  const amountIn = decCeilInt(tokenIn.amount * DEC_SCALE - s.amountSpecifiedRemaining);
  const amountOut = decTruncateInt(s.amountCalculated);
  if (amountOut <= 0n) throw clErrors.invalidAmountCalculated(amountOut);
  applySwap(pool, s, tokenIn.denom);
  const fee = moveTokens(pool, zeroForOne, amountIn, amountOut, s.spreadRewardsTotal, tokenIn.denom);
  if (amountOut < tokenOutMinAmount) throw clErrors.amountLessThanMin(amountOut, tokenOutMinAmount);
  return { pool, tokenIn: { denom: tokenIn.denom, amount: amountIn }, tokenOut: { denom: tokenOutDenom, amount: amountOut }, spreadRewards: fee };
}

/**
 * SwapExactAmountOut. Refuses with "token amount calculated (X) is greater than max amount (Y)"
 * when the input exceeds `tokenInMaxAmount`.
 */
export function swapExactAmountOut(
  p: ClPool,
  tokenInDenom: string,
  tokenInMaxAmount: bigint,
  tokenOut: { denom: string; amount: bigint },
  priceLimit: BigDec = 0n,
): ClSwapResult {
  const zeroForOne = directionFor(p, tokenInDenom, tokenOut.denom);
  const sqrtPriceLimit = setup(p, zeroForOne, priceLimit);
  const pool = clonePool(p);
  const s = runSwap(pool, zeroForOne, false, tokenOut.amount, sqrtPriceLimit, tokenInDenom, `${tokenOut.amount}${tokenOut.denom}`);
  if (s.amountSpecifiedRemaining < 0n) {
    throw new ClError("OverChargeSwapInGivenOut", `over charged problem swap in given out by ${s.amountSpecifiedRemaining}`);
  }
  const amountIn = decCeilInt(s.amountCalculated);
  const amountOut = decTruncateInt(tokenOut.amount * DEC_SCALE - s.amountSpecifiedRemaining);
  if (amountIn <= 0n) throw clErrors.invalidAmountCalculated(amountIn);
  applySwap(pool, s, tokenInDenom);
  const fee = moveTokens(pool, zeroForOne, amountIn, amountOut, s.spreadRewardsTotal, tokenInDenom);
  if (amountIn > tokenInMaxAmount) throw clErrors.amountGreaterThanMax(amountIn, tokenInMaxAmount);
  return { pool, tokenIn: { denom: tokenInDenom, amount: amountIn }, tokenOut: { denom: tokenOut.denom, amount: amountOut }, spreadRewards: fee };
}

/** Spot price of token0 in token1 (price = sqrtPrice², BigDec half-even), the CL SpotPrice query. */
export function clSpotPrice(p: ClPool): BigDec {
  if (p.positions.size === 0) throw clErrors.noSpotPriceWhenNoLiquidity(p.id);
  return bigDecMul(p.currentSqrtPrice, p.currentSqrtPrice);
}
