"use client";

import { startTransition, useEffect, useState } from "react";
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

/**
 * Re-renders on every change of the simulated world (new block, tx, clock tick), as a transition:
 * the clock ticks every second and each view the worker posts re-rendered every subscriber
 * (whole screens, through useLstClock) synchronously inside the message handler, a long task on a
 * phone each time. As a transition the render yields to input and paints; nothing here is urgent.
 */
export function useSimVersion(host: SimHandle | null): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!host) return;
    const update = () => startTransition(() => setVersion(host.version));
    update();
    return host.subscribe(update);
  }, [host]);
  return host ? version : 0;
}
