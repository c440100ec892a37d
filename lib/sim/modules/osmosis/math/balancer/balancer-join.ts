/**
 * Balancer joins (amm.go calcPoolSharesOutGivenSingleAssetIn, pool.go CalcJoinPoolShares,
 * cfmm_common MaximalExactRatioJoin, keeper getMaximalNoSwapLPAmount): shares minted are
 * truncated, tokens required are rounded up — the joiner never gets a share they did not pay for.
 */
import { DEC_ONE, dec, decCeilInt, decMulHalfEven, decQuoChain, decQuoIntTrunc, decTruncateInt, type Dec } from "../osmomath/legacy-dec";
import { GammError, gammErrors } from "./balancer-errors";
import { asset, sortCoins, totalWeight, type BalancerPool, type Coins, type PoolAsset } from "./balancer-pool";
import { solveConstantFunctionInvariant } from "./balancer-swap";

/** feeRatio: 1 − (1 − normalizedWeight)·spreadFactor — a single-asset join pays fee only on the part swapped. */
export function feeRatio(normalizedWeight: Dec, spreadFactor: Dec): Dec {
  return DEC_ONE - decMulHalfEven(DEC_ONE - normalizedWeight, spreadFactor);
}

/** calcPoolSharesOutGivenSingleAssetIn (Dec result, before truncation). */
export function calcPoolSharesOutGivenSingleAssetIn(tokenBalanceIn: Dec, normalizedTokenWeightIn: Dec, poolShares: Dec, tokenAmountIn: Dec, spreadFactor: Dec): Dec {
  const afterFee = decMulHalfEven(tokenAmountIn, feeRatio(normalizedTokenWeightIn, spreadFactor));
  return -solveConstantFunctionInvariant(tokenBalanceIn + afterFee, tokenBalanceIn, normalizedTokenWeightIn, poolShares, DEC_ONE);
}

/** calcSingleAssetJoin: shares for one token in, truncated. */
export function calcSingleAssetJoin(p: BalancerPool, tokenIn: { denom: string; amount: bigint }, spreadFactor: Dec, poolAsset: PoolAsset, totalShares: bigint): bigint {
  asset(p, tokenIn.denom);
  const tw = totalWeight(p);
  if (tw === 0n) throw new GammError(0, "pool misconfigured, total weight = 0");
  const normalizedWeight = decQuoChain(dec(poolAsset.weight), dec(tw));
  return decTruncateInt(calcPoolSharesOutGivenSingleAssetIn(dec(poolAsset.amount), normalizedWeight, dec(totalShares), dec(tokenIn.amount), spreadFactor));
}

/**
 * MaximalExactRatioJoin: the largest join at the pool's exact ratio. Each coin's share ratio is
 * amount/balance truncated (QuoInt); shares = minRatio·totalShares truncated; the coins used are
 * minRatio·balance rounded UP; the rest is returned as remaining.
 */
export function maximalExactRatioJoin(p: BalancerPool, tokensIn: Coins): { numShares: bigint; remaining: Coins } {
  const ratios = tokensIn.map((c) => decQuoIntTrunc(dec(c.amount), asset(p, c.denom).amount));
  if (ratios.length === 0) throw new GammError(0, "unexpected error in MaximalExactRatioJoin");
  const min = ratios.reduce((m, r) => (r < m ? r : m));
  const max = ratios.reduce((m, r) => (r > m ? r : m));
  const numShares = decTruncateInt(min * p.totalShares);
  const remaining: Coins = [];
  if (min !== max) {
    tokensIn.forEach((c, i) => {
      if (ratios[i] === min) return;
      const used = decCeilInt(min * asset(p, c.denom).amount);
      if (c.amount - used !== 0n) remaining.push({ denom: c.denom, amount: c.amount - used });
    });
  }
  return { numShares, remaining: sortCoins(remaining) };
}

/**
 * calcJoinSingleAssetTokensIn: each coin as a single-asset join, in order, against the given
 * balances; only the share supply grows between them (the balances do not), as on chain.
 */
export function calcJoinSingleAssetTokensIn(p: BalancerPool, tokensIn: Coins, totalShares: bigint, spreadFactor: Dec): { numShares: bigint; tokensJoined: Coins } {
  let newShares = 0n;
  for (const c of tokensIn) newShares += calcSingleAssetJoin(p, c, spreadFactor, asset(p, c.denom), totalShares + newShares);
  return { numShares: newShares, tokensJoined: sortCoins(tokensIn) };
}

/**
 * CalcJoinPoolNoSwapShares: all assets required; the exact-ratio part only, the rest unused.
 */
export function calcJoinPoolNoSwapShares(p: BalancerPool, tokensInRaw: Coins): { numShares: bigint; tokensJoined: Coins } {
  const tokensIn = sortCoins(tokensInRaw);
  for (const c of tokensIn) asset(p, c.denom);
  if (tokensIn.length !== p.assets.length) throw new GammError(0, "no-swap joins require LP'ing with all assets in pool");
  const { numShares, remaining } = maximalExactRatioJoin(p, tokensIn);
  const tokensJoined = tokensIn.map((c) => ({ denom: c.denom, amount: c.amount - (remaining.find((r) => r.denom === c.denom)?.amount ?? 0n) }));
  return { numShares, tokensJoined: sortCoins(tokensJoined) };
}

/**
 * CalcJoinPoolShares: one token → single-asset join; all tokens → exact-ratio join first, then
 * the leftovers as single-asset joins against the balances after the exact-ratio part and the
 * grown share supply.
 */
export function calcJoinPoolShares(p: BalancerPool, tokensInRaw: Coins, spreadFactor: Dec = p.spreadFactor): { numShares: bigint; tokensJoined: Coins } {
  const tokensIn = sortCoins(tokensInRaw);
  for (const c of tokensIn) asset(p, c.denom);
  if (tokensIn.length === 1) {
    const c = tokensIn[0];
    return { numShares: calcSingleAssetJoin(p, c, spreadFactor, asset(p, c.denom), p.totalShares), tokensJoined: tokensIn };
  }
  if (tokensIn.length !== p.assets.length) {
    throw new GammError(0, "balancer pool only supports LP'ing with one asset or all assets in pool");
  }
  const exact = calcJoinPoolNoSwapShares(p, tokensIn);
  const remaining = tokensIn
    .map((c) => ({ denom: c.denom, amount: c.amount - (exact.tokensJoined.find((j) => j.denom === c.denom)?.amount ?? 0n) }))
    .filter((c) => c.amount !== 0n);
  if (remaining.length === 0) return exact;
  const interim: BalancerPool = {
    ...p,
    assets: p.assets.map((a) => ({ ...a, amount: a.amount + (exact.tokensJoined.find((j) => j.denom === a.denom)?.amount ?? 0n) })),
  };
  const rest = calcJoinSingleAssetTokensIn(interim, remaining, p.totalShares + exact.numShares, spreadFactor);
  return { numShares: exact.numShares + rest.numShares, tokensJoined: tokensIn };
}

/** JoinPool (swap-join path of CalcJoinPoolShares): shares minted and balances increased. */
export function joinPool(p: BalancerPool, tokensIn: Coins, spreadFactor: Dec = p.spreadFactor): { pool: BalancerPool; numShares: bigint; tokensJoined: Coins } {
  const { numShares, tokensJoined } = calcJoinPoolShares(p, tokensIn, spreadFactor);
  const assets = p.assets.map((a) => ({ ...a, amount: a.amount + (tokensJoined.find((t) => t.denom === a.denom)?.amount ?? 0n) }));
  return { pool: { ...p, assets, totalShares: p.totalShares + numShares }, numShares, tokensJoined };
}

/**
 * getMaximalNoSwapLPAmount (MsgJoinPool with shareOutAmount): per asset
 * ceil(balance · shareOut/totalShares), the ratio truncated first (QuoInt).
 */
export function maximalNoSwapLpAmount(p: BalancerPool, shareOutAmount: bigint): Coins {
  const shareRatio = decQuoIntTrunc(dec(shareOutAmount), p.totalShares);
  if (shareRatio <= 0n) {
    throw gammErrors.invalidMathApprox("Too few shares out wanted. (debug: getMaximalNoSwapLPAmount share ratio is zero or negative)");
  }
  return p.assets.map((a) => {
    // Ceil().RoundInt() on chain; RoundInt of a whole number is itself.
    const needed = decCeilInt(decMulHalfEven(dec(a.amount), shareRatio));
    if (needed <= 0n) throw gammErrors.invalidMathApprox("Too few shares out wanted");
    return { denom: a.denom, amount: needed };
  });
}

