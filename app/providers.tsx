"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { hashQueryKey } from "@/lib/queries/keys";
import { readRetryDelay, shouldRetryRead } from "@/lib/queries/read-errors";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import { useSimHost } from "@/hooks/use-sim-host";

const LIVE_POLL_MS = 6_000;

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

export function Providers({ children }: { children: React.ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            queryKeyHashFn: hashQueryKey,
            staleTime: 5_000,
            // Timeouts, garbage answers and 5xx are retried with backoff; a question the node
            // refuses (bad params, NotFound, 4xx) gets the same answer again, so it is not.
            retry: shouldRetryRead,
            retryDelay: readRetryDelay,
            // A live chain moves on its own: poll about once a block. The simulator pushes its
            // changes instead (SimulatorFreshness), so its queries never poll.
            refetchInterval: (q) => (q.queryKey[0] === "live" ? LIVE_POLL_MS : false),
          },
        },
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <SimulatorFreshness client={client} />
      {children}
    </QueryClientProvider>
  );
}
