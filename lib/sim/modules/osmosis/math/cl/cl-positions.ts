/**
 * Positions of x/concentrated-liquidity/lp.go: CreatePosition, WithdrawPosition and
 * CollectSpreadRewards over a ClPool value (each returns a new pool).
 *
 * Rounding, as on chain (model/pool.go CalcActualAmounts): a deposit's amounts are computed with
 * round-UP maths and the user pays them; a withdrawal's with round-DOWN maths (truncated toward
 * zero) and the user receives them — so the pool's reserves always cover its liquidity.
 */
import { bigDecFromDec, bigDecToDec, bigDecToDecRoundUp, type BigDec } from "../osmomath/big-dec";
import { decQuoChain, decTruncateInt, dec, type Dec } from "../osmomath/legacy-dec";
import { monotonicSqrt } from "../osmomath/monotonic-sqrt";
import { MAX_TICK, MIN_INITIALIZED_TICK } from "./cl-constants";
import { ClError, clErrors } from "./cl-errors";
import { clonePool, isCurrentTickInRange, type ClPool, type ClPosition } from "./cl-pool-state";
import { claimSpreadRewards, initialTickGrowthOutside, settlePosition, spreadRewardGrowthInside } from "./cl-spread-rewards";
import { calcAmount0Delta, calcAmount1Delta, getLiquidityFromAmounts } from "./liquidity-math";
import { sqrtPriceToTickRoundDownSpacing, ticksToSqrtPrice } from "./tick";

/**
 * lp.go's refusal when the amounts buy no liquidity, verbatim: Go raw strings, so the second and
 * third lines keep the source's indentation tabs (three in the first two branches, two in the last).
 */
function zeroLiquidityFromAmounts(amount0: bigint, amount1: bigint): ClError {
  const t3 = "\t\t\t";
  const t2 = "\t\t";
  const text =
    amount0 !== 0n && amount1 !== 0n
      ? `failed to translate amount0 (${amount0}) and amount1 (${amount1}) to positive liquidity. Possible reasons could be:\n${t3}Not providing enough liquidity in both tokens\n${t3}The desired tick range becoming inactive. If range becomes inactive before getting on chain, more of one token will be required as opposed to two tokens of the original amount`
      : amount0 === 0n
        ? `failed to translate amount1 (${amount1}) to positive liquidity. Possible reasons could be:\n${t3}Not providing enough liquidity in token 1.\n${t3}The given tick range becoming activated after being inactive. If the given range becomes activated, two tokens will be needed as opposed to one.`
        : `failed to translate amount0 (${amount0}) to positive liquidity. Possible reasons could be:\n${t2}Not providing enough liquidity in token 0.\n${t2}The given tick range becoming activated after being inactive. If the given range becomes activated, two tokens will be needed as opposed to one.`;
  return new ClError("ZeroLiquidityFromAmounts", text);
}

/** validateTickRangeIsValid: multiples of the spacing, inside the launch range, lower < upper. */
export function validateTickRange(tickSpacing: bigint, lowerTick: bigint, upperTick: bigint): void {
  if (lowerTick % tickSpacing !== 0n || upperTick % tickSpacing !== 0n) throw clErrors.tickSpacing(lowerTick, upperTick, tickSpacing);
  if (lowerTick < MIN_INITIALIZED_TICK || lowerTick >= MAX_TICK) {
    throw new ClError("InvalidTickError", `lower tick (${lowerTick}) is invalid, Must be >= ${MIN_INITIALIZED_TICK} and <= ${MAX_TICK}`);
  }
  if (upperTick > MAX_TICK || upperTick <= MIN_INITIALIZED_TICK) {
    throw new ClError("InvalidTickError", `upper tick (${upperTick}) is invalid, Must be >= ${MIN_INITIALIZED_TICK} and <= ${MAX_TICK}`);
  }
  if (lowerTick >= upperTick) throw clErrors.invalidLowerUpperTick(lowerTick, upperTick);
}

/**
 * CalcActualAmounts: the tokens a liquidity change moves. Positive delta (deposit): rounded up
 * (DecRoundUp, whole numbers already). Negative delta (withdrawal): truncated toward zero, so
 * the magnitude paid out rounds down. Returned as 18-digit Decs with the sign of the delta.
 */
export function calcActualAmounts(p: ClPool, lowerTick: bigint, upperTick: bigint, liquidityDelta: Dec): { amount0: Dec; amount1: Dec } {
  if (liquidityDelta === 0n) throw clErrors.zeroLiquidity();
  const { lower, upper } = ticksToSqrtPrice(lowerTick, upperTick);
  const roundUp = liquidityDelta > 0n;
  let a0: BigDec = 0n;
  let a1: BigDec = 0n;
  if (isCurrentTickInRange(p, lowerTick, upperTick)) {
    a0 = calcAmount0Delta(liquidityDelta, p.currentSqrtPrice, upper, roundUp);
    a1 = calcAmount1Delta(liquidityDelta, p.currentSqrtPrice, lower, roundUp);
  } else if (p.currentTick < lowerTick) {
    a0 = calcAmount0Delta(liquidityDelta, lower, upper, roundUp);
  } else {
    a1 = calcAmount1Delta(liquidityDelta, lower, upper, roundUp);
  }
  return roundUp
    ? { amount0: bigDecToDecRoundUp(a0), amount1: bigDecToDecRoundUp(a1) }
    : { amount0: bigDecToDec(a0), amount1: bigDecToDec(a1) };
}

/** initOrUpdateTick: gross += Δ; net += Δ at the lower tick, −= Δ at the upper. Drops empty ticks. */
function updateTick(p: ClPool, tick: bigint, liquidityDelta: Dec, upper: boolean): void {
  let info = p.ticks.get(tick);
  if (!info) {
    info = { liquidityGross: 0n, liquidityNet: 0n, spreadRewardGrowthOutside: initialTickGrowthOutside(p, tick) };
    p.ticks.set(tick, info);
  }
  info.liquidityGross += liquidityDelta;
  info.liquidityNet += upper ? -liquidityDelta : liquidityDelta;
  if (info.liquidityGross === 0n && info.liquidityNet === 0n) p.ticks.delete(tick);
}

/**
 * UpdatePosition: ticks, position liquidity (settling its spread rewards first), the pool's
 * active liquidity, and the token amounts (truncated to integers as the chain's TruncateInt).
 */
function updatePosition(p: ClPool, pos: ClPosition, liquidityDelta: Dec): { amount0: bigint; amount1: bigint } {
  settlePosition(p, pos);
  updateTick(p, pos.lowerTick, liquidityDelta, false);
  updateTick(p, pos.upperTick, liquidityDelta, true);
  pos.liquidity += liquidityDelta;
  const { amount0, amount1 } = calcActualAmounts(p, pos.lowerTick, pos.upperTick, liquidityDelta);
  if (isCurrentTickInRange(p, pos.lowerTick, pos.upperTick)) p.currentTickLiquidity += liquidityDelta;
  return { amount0: decTruncateInt(amount0), amount1: decTruncateInt(amount1) };
}

export interface CreatePositionResult {
  pool: ClPool;
  positionId: bigint;
  amount0: bigint;
  amount1: bigint;
  liquidity: Dec;
  lowerTick: bigint;
  upperTick: bigint;
}

/**
 * CreatePosition: the first position sets the price to amount1/amount0 (Dec Quo, MonotonicSqrt,
 * tick rounded down to the spacing). Liquidity is the most the amounts buy at the current price
 * (rounded down); the amounts actually taken are recomputed from it, rounded up, and may be less
 * than provided. amount0Min/amount1Min guard slippage with the chain's error text.
 */
export function createPosition(
  p: ClPool,
  owner: string,
  tokensProvided: { amount0: bigint; amount1: bigint },
  amount0Min: bigint,
  amount1Min: bigint,
  lowerTickIn: bigint,
  upperTickIn: bigint,
): CreatePositionResult {
  validateTickRange(p.tickSpacing, lowerTickIn, upperTickIn);
  const { amount0: amount0Desired, amount1: amount1Desired } = tokensProvided;
  if (amount0Desired === 0n && amount1Desired === 0n) throw clErrors.zeroBothAmounts();
  if (amount0Min < 0n) throw clErrors.notPositiveRequireAmount(amount0Min);
  if (amount1Min < 0n) throw clErrors.notPositiveRequireAmount(amount1Min);
  const { lower, upper } = ticksToSqrtPrice(lowerTickIn, upperTickIn);
  // roundTickToCanonicalPriceTick: ticks that share a price with a lower one are mapped to it.
  const lowerTick = sqrtPriceToTickRoundDownSpacing(lower, p.tickSpacing);
  const upperTick = sqrtPriceToTickRoundDownSpacing(upper, p.tickSpacing);
  if (lowerTick !== lowerTickIn || upperTick !== upperTickIn) validateTickRange(p.tickSpacing, lowerTick, upperTick);

  const pool = clonePool(p);
  if (pool.positions.size === 0) {
    if (amount0Desired <= 0n || amount1Desired <= 0n) throw clErrors.initialLiquidityZero(amount0Desired, amount1Desired);
    const sqrt = bigDecFromDec(monotonicSqrt(decQuoChain(dec(amount1Desired), dec(amount0Desired))));
    pool.currentSqrtPrice = sqrt;
    pool.currentTick = sqrtPriceToTickRoundDownSpacing(sqrt, pool.tickSpacing);
  }
  const liquidity = getLiquidityFromAmounts(pool.currentSqrtPrice, lower, upper, amount0Desired, amount1Desired);
  if (liquidity === 0n) throw zeroLiquidityFromAmounts(amount0Desired, amount1Desired);
  const positionId = pool.nextPositionId;
  pool.nextPositionId += 1n;
  const pos: ClPosition = {
    id: positionId,
    owner,
    lowerTick,
    upperTick,
    liquidity: 0n,
    spreadRewardGrowthInsideLast: new Map(),
    unclaimedSpreadRewards: new Map(),
  };
  // Ticks must exist before growth inside is read, so the baseline is set after the update.
  const { amount0, amount1 } = updatePosition(pool, pos, liquidity);
  pos.spreadRewardGrowthInsideLast = spreadRewardGrowthInside(pool, lowerTick, upperTick);
  pos.unclaimedSpreadRewards = new Map();
  pool.positions.set(positionId, pos);
  if (amount0 < amount0Min) throw clErrors.insufficientLiquidityCreated(amount0, amount0Min, true);
  if (amount1 < amount1Min) throw clErrors.insufficientLiquidityCreated(amount1, amount1Min, false);
  if (amount0 > amount0Desired || amount1 > amount1Desired) {
    // The chain would fail the bank send; surface it as the bank module would.
    throw new ClError("InsufficientFunds", `insufficient funds: position needs ${amount0}/${amount1}, provided ${amount0Desired}/${amount1Desired}`);
  }
  pool.reserves.amount0 += amount0;
  pool.reserves.amount1 += amount1;
  return { pool, positionId, amount0, amount1, liquidity, lowerTick, upperTick };
}

export interface WithdrawPositionResult {
  pool: ClPool;
  amount0: bigint;
  amount1: bigint;
  /** Spread rewards paid because the position was closed in full. */
  spreadRewards: Map<string, bigint>;
}

/**
 * WithdrawPosition: removes `liquidityToWithdraw` (≤ the position's), paying the round-down
 * amounts. Withdrawing everything also collects the spread rewards and deletes the position;
 * the last position out resets the pool's price (uninitializePool).
 */
export function withdrawPosition(p: ClPool, owner: string, positionId: bigint, liquidityToWithdraw: Dec): WithdrawPositionResult {
  const existing = p.positions.get(positionId);
  if (!existing) throw clErrors.positionNotFound(positionId);
  if (existing.owner !== owner) throw clErrors.notPositionOwner(owner, positionId);
  if (liquidityToWithdraw < 0n || liquidityToWithdraw > existing.liquidity) {
    throw clErrors.insufficientLiquidity(liquidityToWithdraw, existing.liquidity);
  }
  const pool = clonePool(p);
  const pos = pool.positions.get(positionId)!;
  const { amount0, amount1 } = updatePosition(pool, pos, -liquidityToWithdraw);
  const out0 = -amount0;
  const out1 = -amount1;
  pool.reserves.amount0 -= out0;
  pool.reserves.amount1 -= out1;
  if (pool.reserves.amount0 < 0n || pool.reserves.amount1 < 0n) throw new ClError("InsufficientPoolBalanceError", "insufficient pool balance");
  let spreadRewards = new Map<string, bigint>();
  if (pos.liquidity === 0n) {
    spreadRewards = claimSpreadRewards(pool, pos);
    pool.positions.delete(positionId);
    if (pool.positions.size === 0) {
      pool.currentSqrtPrice = 0n;
      pool.currentTick = 0n;
    }
  }
  return { pool, amount0: out0, amount1: out1, spreadRewards };
}

/** CollectSpreadRewards for one position: pays floor(earned) per denom. */
export function collectSpreadRewards(p: ClPool, owner: string, positionId: bigint): { pool: ClPool; collected: Map<string, bigint> } {
  const existing = p.positions.get(positionId);
  if (!existing) throw clErrors.positionNotFound(positionId);
  if (existing.owner !== owner) throw clErrors.notPositionOwner(owner, positionId);
  const pool = clonePool(p);
  const collected = claimSpreadRewards(pool, pool.positions.get(positionId)!);
  return { pool, collected };
}
