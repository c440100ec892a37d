import { queryOptions, skipToken } from "@tanstack/react-query";
import type { NetworkSnapshot } from "../chains/networks";
import { read } from "../reads/run";
import type { CoinAmount } from "../reads/osmosis-pools";
import { queryKey } from "./keys";

/** Every Osmosis pool read lives under this area, so one invalidation entry refreshes them after a pool tx. */
export const POOLS_AREA = "osmosis-pools";

const key = (net: NetworkSnapshot, op: string, params: Record<string, unknown> = {}) => queryKey(net, net.chainIds.osmosis, POOLS_AREA, op, params);

export function osmosisPoolQuery(net: NetworkSnapshot, poolId: bigint | undefined) {
  return queryOptions({ queryKey: key(net, "pool", { poolId }), queryFn: poolId !== undefined ? () => read("osmosisPool", net, poolId) : skipToken });
}

export function osmosisAllPoolsQuery(net: NetworkSnapshot) {
  return queryOptions({ queryKey: key(net, "all-pools"), queryFn: () => read("osmosisAllPools", net) });
}

export function spotPriceQuery(net: NetworkSnapshot, poolId: bigint | undefined, base: string, quote: string) {
  return queryOptions({
    queryKey: key(net, "spot-price", { poolId, base, quote }),
    queryFn: poolId !== undefined ? () => read("osmosisSpotPrice", net, poolId, base, quote) : skipToken,
  });
}

/**
 * The pool's quote for an exact-in swap with what explains it (spot price, spread factor, taker
 * fee), in one read. Idle until there is a pool and an amount above zero. Kept briefly: a quote
 * goes stale as the pool trades, and the chain's minimum-out protects the rest.
 */
export function swapQuoteQuery(net: NetworkSnapshot, poolId: bigint | undefined, tokenIn: CoinAmount | undefined, tokenOutDenom: string, lstDenom: string, nativeDenom: string) {
  return queryOptions({
    queryKey: key(net, "swap-quote", { poolId, denom: tokenIn?.denom, amount: tokenIn?.amount, tokenOutDenom }),
    queryFn:
      poolId !== undefined && tokenIn && tokenIn.amount > 0n ? () => read("swapQuote", net, poolId, tokenIn, tokenOutDenom, lstDenom, nativeDenom) : skipToken,
    staleTime: 5_000,
    retry: false,
  });
}

export function estimateSwapExactOutQuery(net: NetworkSnapshot, poolId: bigint | undefined, tokenInDenom: string, tokenOut: CoinAmount | undefined) {
  return queryOptions({
    queryKey: key(net, "estimate-out", { poolId, tokenInDenom, denom: tokenOut?.denom, amount: tokenOut?.amount }),
    queryFn: poolId !== undefined && tokenOut && tokenOut.amount > 0n ? () => read("estimateSwapExactOut", net, poolId, tokenInDenom, tokenOut) : skipToken,
    retry: false,
  });
}

export function poolLiquidityQuery(net: NetworkSnapshot, poolId: bigint | undefined) {
  return queryOptions({ queryKey: key(net, "liquidity", { poolId }), queryFn: poolId !== undefined ? () => read("poolLiquidity", net, poolId) : skipToken });
}

export function clUserPositionsQuery(net: NetworkSnapshot, address: string | undefined, poolId: bigint = 0n) {
  return queryOptions({
    queryKey: key(net, "cl-user-positions", { address, poolId }),
    queryFn: address ? () => read("clUserPositions", net, address, poolId) : skipToken,
  });
}

export function clPositionByIdQuery(net: NetworkSnapshot, positionId: bigint | undefined) {
  return queryOptions({
    queryKey: key(net, "cl-position", { positionId }),
    queryFn: positionId !== undefined ? () => read("clPositionById", net, positionId) : skipToken,
  });
}

export function clLiquidityPerTickRangeQuery(net: NetworkSnapshot, poolId: bigint | undefined) {
  return queryOptions({
    queryKey: key(net, "cl-liquidity-per-tick-range", { poolId }),
    queryFn: poolId !== undefined ? () => read("clLiquidityPerTickRange", net, poolId) : skipToken,
  });
}

export function clClaimableSpreadRewardsQuery(net: NetworkSnapshot, positionId: bigint | undefined) {
  return queryOptions({
    queryKey: key(net, "cl-claimable-spread-rewards", { positionId }),
    queryFn: positionId !== undefined ? () => read("clClaimableSpreadRewards", net, positionId) : skipToken,
  });
}

export function gammCalcJoinQuery(net: NetworkSnapshot, poolId: bigint | undefined, tokensIn: CoinAmount[] | undefined) {
  return queryOptions({
    queryKey: key(net, "gamm-calc-join", { poolId, tokensIn: tokensIn?.map((c) => [c.denom, c.amount]) }),
    queryFn: poolId !== undefined && tokensIn && tokensIn.some((c) => c.amount > 0n) ? () => read("gammCalcJoin", net, poolId, tokensIn) : skipToken,
    retry: false,
  });
}

export function gammCalcExitQuery(net: NetworkSnapshot, poolId: bigint | undefined, shares: bigint | undefined) {
  return queryOptions({
    queryKey: key(net, "gamm-calc-exit", { poolId, shares }),
    queryFn: poolId !== undefined && shares !== undefined && shares > 0n ? () => read("gammCalcExit", net, poolId, shares) : skipToken,
    retry: false,
  });
}

/** A position's opening amounts (its create_position event); a transaction never changes, so kept forever. */
export function clPositionDepositQuery(net: NetworkSnapshot, positionId: bigint | undefined) {
  return queryOptions({
    queryKey: key(net, "cl-position-deposit", { positionId }),
    queryFn: positionId !== undefined ? () => read("clPositionDeposit", net, positionId) : skipToken,
    staleTime: Infinity,
  });
}
