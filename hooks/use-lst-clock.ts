"use client";

import { useEffect, useState } from "react";
import type { NetworkMode } from "@/lib/stores/network-store";
import { useSimHost, useSimVersion } from "./use-sim-host";

/**
 * "Now" for countdowns and timeouts: the simulated clock in simulator mode (it can run fast or
 * jump days ahead), the wall clock on live networks. Null until the simulator has loaded, so a
 * countdown never shows a wall-clock value against simulated deadlines.
 */
export function useLstClock(mode: NetworkMode): number | null {
  const sim = mode === "simulator";
  const host = useSimHost(sim);
  useSimVersion(sim ? host : null);
  const [wall, setWall] = useState(() => Date.now());
  useEffect(() => {
    if (sim) return;
    const timer = setInterval(() => setWall(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [sim]);
  if (sim) return host ? host.world.timeMs : null;
  return wall;
}
