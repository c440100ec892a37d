/**
 * Live mode is kind to public RPCs: instead of every query polling on its own, one head read per
 * chain (the chains something on screen reads from) runs about once a block, and only when a
 * chain's height moved are its queries marked stale — all but the slow-moving ones (parameters,
 * contract configuration, validator sets), which refresh on a long staleTime of their own. While
 * the tab is hidden nothing is asked.
 */
import type { QueryClient } from "@tanstack/react-query";
import type { NetworkSnapshot } from "../chains/networks";
import type { ChainKey } from "../stores/network-store";

/** About a block on the chains the product reads. */
export const HEAD_POLL_MS = 6_000;
/** Operations whose answer changes by governance or admin action, not with every block. */
export const SLOW_OPERATIONS: ReadonlySet<string> = new Set(["params", "config", "validators", "top-validator", "merchants"]);
export const SLOW_STALE_MS = 5 * 60_000;

/** The chain-ids live queries on screen read from (key: ["live", chainId, area, operation, …]). */
export function chainsInUse(client: QueryClient): Set<string> {
  const out = new Set<string>();
  for (const q of client.getQueryCache().findAll({ queryKey: ["live"], type: "active" })) out.add(String(q.queryKey[1]));
  return out;
}

/** Marks stale (and refetches, if on screen) what a new block on `chainId` can have changed. */
export function chainMoved(client: QueryClient, chainId: string): Promise<void> {
  return client.invalidateQueries(
    // The head itself was just read by the poll; slow operations keep their own staleTime.
    { queryKey: ["live", chainId], predicate: (q) => q.queryKey[3] !== "head" && !SLOW_OPERATIONS.has(String(q.queryKey[3])) && q.state.fetchStatus === "idle" },
    { cancelRefetch: false },
  );
}

/**
 * Runs the head polls until stopped. `height` reads a chain's latest height (the app's own read,
 * through CosmJS); `visible` says whether the tab is shown.
 */
export function startLiveHeads(args: {
  client: QueryClient;
  net: NetworkSnapshot;
  keyOf: (chainId: string) => ChainKey | undefined;
  height: (key: ChainKey) => Promise<number>;
  visible: () => boolean;
  everyMs?: number;
}): () => void {
  const last = new Map<string, number>();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    if (stopped) return;
    if (args.visible()) {
      await Promise.all(
        [...chainsInUse(args.client)].map(async (chainId) => {
          const key = args.keyOf(chainId);
          if (!key) return;
          const h = await args.height(key).catch(() => null);
          if (h === null) return;
          const before = last.get(chainId);
          last.set(chainId, h);
          if (before !== undefined && h !== before) await chainMoved(args.client, chainId);
        }),
      );
    }
    if (!stopped) timer = setTimeout(() => void tick(), args.everyMs ?? HEAD_POLL_MS);
  };
  timer = setTimeout(() => void tick(), args.everyMs ?? HEAD_POLL_MS);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
