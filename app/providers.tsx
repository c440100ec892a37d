"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { hashQueryKey } from "@/lib/queries/keys";
import { persistedMode } from "@/lib/stores/network-store";
import { readRetryDelay, shouldRetryRead } from "@/lib/queries/read-errors";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import { useSimHost } from "@/hooks/use-sim-host";
import { chainHeadQuery } from "@/lib/queries/chain-head";
import { SLOW_OPERATIONS, SLOW_STALE_MS } from "@/lib/queries/slow-reads";
import { simulatorInvalidator } from "@/lib/queries/sim-freshness";
import { CHAIN_KEYS } from "@/lib/stores/network-store";
import { liveTransportStore } from "@/lib/stores/live-transport-store";


// The simulator's worker (its chunks, the genesis and the world's restore) starts as this module
// is evaluated, before React hydrates: on a cold load the worker's start-up then runs on the
// other core while the page hydrates, instead of after it. Where there is no Worker (tests, very
// old browsers) the simulator still starts on first use, as before.
if (typeof window !== "undefined" && typeof Worker !== "undefined" && persistedMode() === "simulator") {
  void import("@/lib/sim-host/sim-client").then((m) => m.getSim()).catch(() => undefined);
}

/**
 * Every simulator query answers from the cache until SimulatorFreshness invalidates it; live
 * reads stay fresh for about a block, and slow-moving ones (parameters, configs, validator
 * sets) for minutes.
 */
function staleTimeFor(queryKey: ReadonlyArray<unknown>): number {
  if (queryKey[0] === "simulator") return Number.POSITIVE_INFINITY;
  return SLOW_OPERATIONS.has(String(queryKey[3])) ? SLOW_STALE_MS : 5_000;
}

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
    const invalidator = simulatorInvalidator(client);
    const unsubscribe = host.subscribe(() => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const now = { writes: host.writes, heights: host.heights };
        const all = now.writes !== seen.writes;
        const moved = new Set(Object.keys(now.heights).filter((id) => now.heights[id] !== seen.heights[id]));
        seen = now;
        invalidator.worldChanged(all, moved);
      });
    });
    return () => {
      unsubscribe();
      invalidator.dispose();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [host, client]);
  useEffect(() => {
    if (!host || host.status.kind === "corrupt") return;
    return whenSettled(client, () => {
      // Lazily: the warm-up's query factories stay out of every route's first-load JavaScript.
      void import("./_components/warm-routes").then((m) => m.warmRoutes(client, net));
    });
    // Once per page load: the network snapshot changes identity on every store update.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host, client]);
  return null;
}

/**
 * Live mode: per chain in use, new blocks pushed over the node's websocket (one head read about
 * once a block where it offers none or the socket fails), and only what they can have changed
 * refetched; nothing while the tab is hidden (lib/queries/live-freshness.ts). Settings shows
 * which chains are pushed and which polled (liveTransportStore).
 */
function LiveFreshness({ client }: { client: QueryClient }) {
  const net = useNetworkSnapshot();
  useEffect(() => {
    if (!net.hydrated || net.mode !== "live") return;
    let sockets: Promise<typeof import("@/lib/cosmos/new-blocks")> | undefined;
    let stop: (() => void) | undefined;
    let cancelled = false;
    // Live mode's machinery (and the invalidation table it follows) loads only in live mode.
    void import("@/lib/queries/live-freshness").then(({ startLiveHeads }) => {
      if (cancelled) return;
      stop = startLiveHeads({
        client,
        net,
        keyOf: (chainId) => CHAIN_KEYS.find((k) => net.chainIds[k] === chainId),
        // Through the head query, so the chain-health banner sees every poll without asking again.
        height: (key) => client.fetchQuery({ ...chainHeadQuery(net, key), staleTime: 0 }),
        subscribe: (key, h) => {
          let close: (() => void) | undefined;
          let closed = false;
          const url = net.rpc[key];
          if (!url) return (h.onError(new Error("no endpoint")), () => undefined);
          // The subscriber (and CosmJS's event decoders) load only in live mode, once something is on screen.
          sockets ??= import("@/lib/cosmos/new-blocks");
          sockets.then((m) => (closed ? undefined : (close = m.subscribeBlocks(url, h))), h.onError);
          return () => {
            closed = true;
            close?.();
          };
        },
        onHeight: (key, height) => client.setQueryData(chainHeadQuery(net, key).queryKey, height),
        onTransport: (key, how) => liveTransportStore.getState().set(key, how),
        visible: () => document.visibilityState === "visible",
        onShown: (f) => {
          const listener = () => document.visibilityState === "visible" && f();
          document.addEventListener("visibilitychange", listener);
          return () => document.removeEventListener("visibilitychange", listener);
        },
      });
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [client, net]);
  return null;
}

const SETTLE_POLL_MS = 250;
const SETTLE_MAX_MS = 8_000;

/**
 * Calls `then` once the page has its first simulator data and no read is running (or after
 * SETTLE_MAX_MS on a page without any), in an idle period: the warm-up must never delay the
 * reads of the route on screen. Returns a cancel function.
 */
function whenSettled(client: QueryClient, then: () => void): () => void {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const check = () => {
    const hasData = client.getQueryCache().findAll({ queryKey: ["simulator"] }).some((q) => q.state.data !== undefined);
    if ((hasData && client.isFetching() === 0) || Date.now() - started > SETTLE_MAX_MS) {
      if (typeof requestIdleCallback === "function") idle = requestIdleCallback(then, { timeout: 2_000 });
      else timer = setTimeout(then, 0);
      return;
    }
    timer = setTimeout(check, SETTLE_POLL_MS);
  };
  timer = setTimeout(check, SETTLE_POLL_MS);
  return () => {
    if (timer) clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

export function Providers({ children }: { children: React.ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            queryKeyHashFn: hashQueryKey,
            // Simulator reads change only with a block or a write, and SimulatorFreshness
            // invalidates them then: a route visited again shows its data at once, with no
            // refetch wave on mount or focus. Live reads stay fresh for about a block.
            staleTime: (q) => staleTimeFor(q.queryKey),
            // Timeouts, garbage answers and 5xx are retried with backoff; a question the node
            // refuses (bad params, NotFound, 4xx) gets the same answer again, so it is not.
            retry: shouldRetryRead,
            retryDelay: readRetryDelay,
            // Not on focus either: LiveFreshness catches up what moved while the tab was hidden,
            // and simulator reads are never stale.
            refetchOnWindowFocus: false,
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
