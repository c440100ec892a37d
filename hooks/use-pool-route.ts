"use client";

import type { LstRecord } from "@/lib/chains/lsts";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { useSwapQuote } from "./use-osmosis-pools";
import { usePoolId } from "./use-pool-settings";

/**
 * The pool quote for buying (native → LST) or selling (LST → native) `amount` of an LST whose
 * contract lives on Osmosis, on the pool chosen in Settings. `poolId` is undefined when the LST
 * has no pool on its chain (milkBABY, milkINIT): then there is no pool route to offer.
 */
export function usePoolRoute(net: NetworkSnapshot, lst: LstRecord, direction: "buy-lst" | "sell-lst", amount: bigint | undefined) {
  const configured = usePoolId(net.mode, lst.symbol);
  const poolId = lst.chainId === net.chainIds.osmosis ? configured : undefined;
  const tokenIn = amount !== undefined ? { denom: direction === "buy-lst" ? lst.ibcDenom : lst.lstDenom, amount } : undefined;
  const outDenom = direction === "buy-lst" ? lst.lstDenom : lst.ibcDenom;
  const quote = useSwapQuote(net, poolId, tokenIn, outDenom, lst.lstDenom, lst.ibcDenom);
  return { poolId, quote };
}
