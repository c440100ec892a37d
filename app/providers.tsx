"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { hashQueryKey } from "@/lib/queries/keys";
import { readRetryDelay, shouldRetryRead } from "@/lib/queries/read-errors";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import { useSimHost } from "@/hooks/use-sim-host";
import { chainHeadQuery } from "@/lib/queries/chain-head";
import { SLOW_OPERATIONS, SLOW_STALE_MS, startLiveHeads } from "@/lib/queries/live-freshness";
import { CHAIN_KEYS } from "@/lib/stores/network-store";


/**
 * In simulator mode a change of the world refreshes what is on screen, once per frame: every
 * simulator query after a write (transaction, faucet, time travel, faults), otherwise only the
 * queries of chains that produced a block. A clock tick without a block refetches nothing.
 */
function SimulatorFreshness({ client }: { client: QueryClient }) {
  const net = useNetworkSnapshot();
  const host = useSimHost(net.hydrated && net.mode === "simulator");
  useEffect(() => {
    if (!host) return;
    let frame = 0;
    let seen = { writes: host.writes, heights: host.heights };
    const unsubscribe = host.subscribe(() => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const now = { writes: host.writes, heights: host.heights };
        const all = now.writes !== seen.writes;
        const moved = new Set(Object.keys(now.heights).filter((id) => now.heights[id] !== seen.heights[id]));
        seen = now;
        if (!all && moved.size === 0) return;
        // Leave in-flight fetches (and their retries) alone, so a failing query can still reach
        // its error state while blocks keep coming.
        void client.invalidateQueries(
          {
            queryKey: ["simulator"],
            predicate: (q) => q.state.fetchStatus === "idle" && (all || moved.has(String(q.queryKey[1]))),
          },
          { cancelRefetch: false },
        );
      });
    });
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [host, client]);
  return null;
}

/** Live mode: one head read per chain in use, about once a block, and only while the tab is shown. */
function LiveFreshness({ client }: { client: QueryClient }) {
  const net = useNetworkSnapshot();
  useEffect(() => {
    if (!net.hydrated || net.mode !== "live") return;
    return startLiveHeads({
      client,
      net,
      keyOf: (chainId) => CHAIN_KEYS.find((k) => net.chainIds[k] === chainId),
      // Through the head query, so the chain-health banner sees every poll without asking again.
      height: (key) => client.fetchQuery({ ...chainHeadQuery(net, key), staleTime: 0 }),
      visible: () => document.visibilityState === "visible",
    });
  }, [client, net]);
  return null;
}

export function Providers({ children }: { children: React.ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            queryKeyHashFn: hashQueryKey,
            // Slow-moving answers (parameters, configs, validator sets) keep for minutes, not a block.
            staleTime: (q) => (SLOW_OPERATIONS.has(String(q.queryKey[3])) ? SLOW_STALE_MS : 5_000),
            // Timeouts, garbage answers and 5xx are retried with backoff; a question the node
            // refuses (bad params, NotFound, 4xx) gets the same answer again, so it is not.
            retry: shouldRetryRead,
            retryDelay: readRetryDelay,
            // Nothing polls on its own: a new block marks its chain's queries stale (live:
            // LiveFreshness, one head read per chain; simulator: SimulatorFreshness).
          },
        },
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <SimulatorFreshness client={client} />
      <LiveFreshness client={client} />
      {children}
    </QueryClientProvider>
  );
}
