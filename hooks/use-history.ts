"use client";

import { useQueries } from "@tanstack/react-query";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import type { HistoryRow } from "@/lib/protocol/history";
import { chainHistoryQuery } from "@/lib/queries/history";
import { CHAIN_KEYS, type ChainKey } from "@/lib/stores/network-store";

export interface ChainHistoryState {
  chain: ChainKey;
  error: unknown;
  loading: boolean;
  refetch: () => void;
}

/** The user's transactions on every chain they have an address on, merged; per-chain status apart. */
export function useHistory(net: NetworkSnapshot & { hydrated: boolean }, addresses: Record<string, string>, enabled: boolean) {
  const chains = CHAIN_KEYS.filter((k) => addresses[net.chainIds[k]]);
  return useQueries({
    queries: chains.map((k) => ({ ...chainHistoryQuery(net, k, addresses[net.chainIds[k]]), enabled: enabled && net.hydrated })),
    combine: (results) => ({
      rows: results.flatMap((r) => r.data ?? []) as HistoryRow[],
      chains: results.map((r, i): ChainHistoryState => ({ chain: chains[i], error: r.error, loading: r.isLoading, refetch: () => void r.refetch() })),
      loading: results.some((r) => r.isLoading),
    }),
  });
}
