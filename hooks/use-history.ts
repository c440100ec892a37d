"use client";

import { useQueries } from "@tanstack/react-query";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import type { HistoryRow } from "@/lib/protocol/history";
import { chainHistoryQuery, HISTORY_PAGE, type ChainHistory } from "@/lib/queries/history";
import { CHAIN_KEYS, type ChainKey } from "@/lib/stores/network-store";

export interface ChainHistoryState {
  chain: ChainKey;
  error: unknown;
  loading: boolean;
  refetch: () => void;
  /** Older transactions exist on this chain beyond the ones loaded. */
  more: boolean;
}

/**
 * The user's transactions on every chain they have an address on, merged; per-chain status apart.
 * `limit` is how many of the newest transactions each chain loads (a page more on "Load older").
 */
export function useHistory(net: NetworkSnapshot & { hydrated: boolean }, addresses: Record<string, string>, enabled: boolean, limit: number = HISTORY_PAGE) {
  const chains = CHAIN_KEYS.filter((k) => addresses[net.chainIds[k]]);
  return useQueries({
    queries: chains.map((k) => {
      const q = chainHistoryQuery(net, k, addresses[net.chainIds[k]], limit);
      // Keep showing the loaded page while a longer one loads: same chain and address, only the limit differs.
      const samePlace = (prev: ReadonlyArray<unknown> | undefined) => !!prev && JSON.stringify({ ...(prev[4] as object), limit: 0 }) === JSON.stringify({ ...q.queryKey[4], limit: 0 }) && prev[1] === q.queryKey[1] && prev[0] === q.queryKey[0];
      return { ...q, enabled: enabled && net.hydrated, placeholderData: (prev: ChainHistory | undefined, prevQuery: { queryKey: ReadonlyArray<unknown> } | undefined) => (samePlace(prevQuery?.queryKey) ? prev : undefined) };
    }),
    combine: (results) => ({
      rows: results.flatMap((r) => r.data?.rows ?? []) as HistoryRow[],
      chains: results.map(
        (r, i): ChainHistoryState => ({ chain: chains[i], error: r.error, loading: r.isLoading, refetch: () => void r.refetch(), more: r.data !== undefined && r.data.total > r.data.rows.length }),
      ),
      loadingMore: results.some((r) => r.isPlaceholderData),
      loading: results.some((r) => r.isLoading),
    }),
  });
}
