"use client";

import { useQuery } from "@tanstack/react-query";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import type { CoinAmount } from "@/lib/reads/osmosis-pools";
import {
  clClaimableSpreadRewardsQuery,
  clLiquidityPerTickRangeQuery,
  clPositionByIdQuery,
  clUserPositionsQuery,
  estimateSwapExactOutQuery,
  gammCalcExitQuery,
  gammCalcJoinQuery,
  osmosisAllPoolsQuery,
  osmosisPoolQuery,
  poolLiquidityQuery,
  spotPriceQuery,
  swapQuoteQuery,
} from "@/lib/queries/osmosis-pools";

// Thin wrappers over lib/queries/osmosis-pools.ts: keys and readiness (skipToken) live there.

export const useOsmosisPool = (net: NetworkSnapshot, poolId: bigint | undefined) => useQuery(osmosisPoolQuery(net, poolId));
export const useOsmosisAllPools = (net: NetworkSnapshot) => useQuery(osmosisAllPoolsQuery(net));
export const useSpotPrice = (net: NetworkSnapshot, poolId: bigint | undefined, base: string, quote: string) => useQuery(spotPriceQuery(net, poolId, base, quote));
export const useSwapQuote = (net: NetworkSnapshot, poolId: bigint | undefined, tokenIn: CoinAmount | undefined, tokenOutDenom: string, lstDenom: string, nativeDenom: string) =>
  useQuery(swapQuoteQuery(net, poolId, tokenIn, tokenOutDenom, lstDenom, nativeDenom));
export const useEstimateSwapExactOut = (net: NetworkSnapshot, poolId: bigint | undefined, tokenInDenom: string, tokenOut: CoinAmount | undefined) =>
  useQuery(estimateSwapExactOutQuery(net, poolId, tokenInDenom, tokenOut));
export const usePoolLiquidity = (net: NetworkSnapshot, poolId: bigint | undefined) => useQuery(poolLiquidityQuery(net, poolId));
export const useClUserPositions = (net: NetworkSnapshot, address: string | undefined, poolId?: bigint) => useQuery(clUserPositionsQuery(net, address, poolId));
export const useClPosition = (net: NetworkSnapshot, positionId: bigint | undefined) => useQuery(clPositionByIdQuery(net, positionId));
export const useClLiquidity = (net: NetworkSnapshot, poolId: bigint | undefined) => useQuery(clLiquidityPerTickRangeQuery(net, poolId));
export const useClClaimableSpreadRewards = (net: NetworkSnapshot, positionId: bigint | undefined) => useQuery(clClaimableSpreadRewardsQuery(net, positionId));
export const useGammCalcJoin = (net: NetworkSnapshot, poolId: bigint | undefined, tokensIn: CoinAmount[] | undefined) => useQuery(gammCalcJoinQuery(net, poolId, tokensIn));
export const useGammCalcExit = (net: NetworkSnapshot, poolId: bigint | undefined, shares: bigint | undefined) => useQuery(gammCalcExitQuery(net, poolId, shares));
