import type { Query, QueryClient } from "@tanstack/react-query";

/**
 * What a change of the simulated world refetches. `all`: a write (transaction, faucet, time
 * travel, faults) may have changed anything; otherwise only the queries of `movedChains`, the
 * chains that produced a block.
 *
 * A query already fetching is left alone (no cancel: a failing one must still reach its error
 * state while blocks keep coming), but its answer may be from before the change: it is refetched
 * once it settles. Otherwise, with the clock paused, a receipt read in flight during a jump of
 * the clock stayed as it was before the jump until the next block, which never came.
 */
export function simulatorInvalidator(client: QueryClient): { worldChanged(all: boolean, movedChains: ReadonlySet<string>): void; dispose(): void } {
  const afterFetch = new Set<string>();
  const cache = client.getQueryCache();
  const refetch = (q: Query) => void client.invalidateQueries({ queryKey: q.queryKey, exact: true }, { cancelRefetch: false });
  const simulator = { queryKey: ["simulator"] };
  const unsubscribe = cache.subscribe((e) => {
    if (e.type !== "updated" || e.query.state.fetchStatus !== "idle" || !afterFetch.delete(e.query.queryHash)) return;
    // Not from inside the cache's own notification.
    const q = e.query;
    queueMicrotask(() => refetch(q));
  });
  return {
    worldChanged(all, movedChains) {
      if (!all && movedChains.size === 0) return;
      const changed = (q: Query) => all || movedChains.has(String(q.queryKey[1]));
      for (const q of cache.findAll({ ...simulator, predicate: (q) => q.state.fetchStatus !== "idle" && changed(q) })) afterFetch.add(q.queryHash);
      // A pass or two over the cache, not one per query: this runs on every block of a running world.
      void client.invalidateQueries({ ...simulator, predicate: (q) => q.state.fetchStatus === "idle" && changed(q) }, { cancelRefetch: false });
    },
    dispose() {
      unsubscribe();
      afterFetch.clear();
    },
  };
}
