"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { SimHandle } from "@/lib/sim-host/sim-client";

let loaded: SimHandle | null = null;

/**
 * The tab's simulator once loaded (after first paint; the world itself runs in a Web Worker);
 * null until then.
 */
export function useSimHost(enabled = true): SimHandle | null {
  const [host, setHost] = useState<SimHandle | null>(loaded);
  useEffect(() => {
    if (!enabled || host) return;
    let alive = true;
    void import("@/lib/sim-host/sim-client")
      .then((m) => m.getSim())
      .then((h) => {
        loaded = h;
        // A handle for e2e tests to move simulated time (simulator mode only: this hook is only
        // enabled there). Tests call window.__milkywaySim.advance(seconds).
        if (typeof window !== "undefined") (window as unknown as { __milkywaySim?: SimHandle }).__milkywaySim = h;
        h.startClock();
        if (alive) setHost(h);
      });
    return () => {
      alive = false;
    };
  }, [enabled, host]);
  return host;
}

/** Re-renders on every change of the simulated world (new block, tx, clock tick). */
export function useSimVersion(host: SimHandle | null): number {
  return useSyncExternalStore(
    (cb) => (host ? host.subscribe(cb) : () => {}),
    () => host?.version ?? 0,
    () => 0,
  );
}
