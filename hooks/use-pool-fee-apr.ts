"use client";

import { useQuery } from "@tanstack/react-query";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { poolFeeApr } from "@/lib/protocol/pool-fee-apr";
import { osmosisPoolQuery, poolLiquidityQuery, spotPriceQuery } from "@/lib/queries/osmosis-pools";
import type { PoolView } from "@/lib/reads/osmosis-pools";
import { osmoPriceQuery, poolHistoryQuery, poolVolumeWindowQuery, takerFeeQuery } from "@/lib/queries/osmosis-pool-history";

/** The pool's two tokens in the order the APR values them: [base, quote]. */
function pairOf(pool: PoolView): readonly [string, string] | null {
  if (pool.kind === "concentrated") return [pool.token0, pool.token1] as const;
  if (pool.kind === "balancer" && pool.assets.length === 2) return [pool.assets[0].token.denom, pool.assets[1].token.denom] as const;
  return null;
}

/**
 * A pool's fee APR from the chain's volume count (lib/protocol/pool-fee-apr.ts), with every read
 * it needs: the pool (spread factor), taker fee, volume window, the quote's OSMO price, holdings
 * and spot price. `apr` is null until all have answered (or when there is nothing to annualise).
 */
export function usePoolFeeApr(net: NetworkSnapshot, poolId: bigint | undefined) {
  const pool = useQuery(osmosisPoolQuery(net, poolId));
  const tokens = pool.data ? pairOf(pool.data) : null;
  // Value in the second token where the chain prices it in OSMO (TIA for milkTIA/TIA), else in the first.
  const second = useQuery(osmoPriceQuery(net, tokens?.[1]));
  const first = useQuery({ ...osmoPriceQuery(net, tokens?.[0]), enabled: second.isError });
  const pair = !tokens ? null : second.data ? tokens : first.data ? ([tokens[1], tokens[0]] as const) : null;
  const osmo = second.data ? second : first;
  const spreadFactor = pool.data?.kind === "concentrated" ? pool.data.spreadFactor : pool.data?.kind === "balancer" ? pool.data.swapFee : undefined;
  const window = useQuery(poolVolumeWindowQuery(net, poolId));
  const fee = useQuery(takerFeeQuery(net, tokens?.[0], tokens?.[1]));
  const liquidity = useQuery(poolLiquidityQuery(net, poolId));
  const spot = useQuery(spotPriceQuery(net, pair ? poolId : undefined, pair?.[0] ?? "", pair?.[1] ?? ""));
  const parts = [pool, window, fee, liquidity, spot, ...(second.isError ? [first] : [])];
  const error = parts.find((q) => q.error)?.error ?? null;
  const apr =
    pair && spreadFactor !== undefined && window.data && fee.data !== undefined && osmo.data && liquidity.data && spot.data !== undefined
      ? poolFeeApr({
          base: pair[0],
          quote: pair[1],
          liquidity: liquidity.data,
          spotPrice: spot.data,
          start: window.data.start,
          end: window.data.end,
          spreadFactor,
          takerFee: fee.data,
          osmoPerQuote: osmo.data.osmoPerToken,
        })
      : null;
  const settled = parts.every((q) => q.data !== undefined || q.error) || window.data === null;
  return {
    apr,
    pair,
    /** The readings answered but there is nothing to annualise (no window yet, or an empty pool). */
    none: settled && !error && apr === null,
    error,
    retry: () => void Promise.all(parts.map((q) => q.refetch())),
  };
}

export const usePoolHistory = (net: NetworkSnapshot, poolId: bigint | undefined) => useQuery(poolHistoryQuery(net, poolId));
