"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { SimHost } from "@/lib/sim-host/sim-host";

let loaded: SimHost | null = null;

/** The tab's simulator once loaded (after first paint, in its own chunk); null until then. */
export function useSimHost(enabled = true): SimHost | null {
  const [host, setHost] = useState<SimHost | null>(loaded);
  useEffect(() => {
    if (!enabled || host) return;
    let alive = true;
    void import("@/lib/sim-host/sim-host")
      .then((m) => m.getSimHost())
      .then((h) => {
        loaded = h;
        // A handle for e2e tests to move simulated time (simulator mode only: this hook is only
        // enabled there). Tests call window.__milkywaySim.advance(seconds).
        if (typeof window !== "undefined") (window as unknown as { __milkywaySim?: SimHost }).__milkywaySim = h;
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
export function useSimVersion(host: SimHost | null): number {
  return useSyncExternalStore(
    (cb) => (host ? host.subscribe(cb) : () => {}),
    () => host?.version ?? 0,
    () => 0,
  );
}
