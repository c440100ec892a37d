"use client";

import { useCallback, useState } from "react";
import { useStore } from "zustand";
import type { Faults } from "@/lib/sim/state";
import type { HostStatus } from "@/lib/sim-host/sim-host";
import type { SimHandle } from "@/lib/sim-host/sim-client";
import { DEMO_FUNDING } from "@/lib/wallet/demo-funding";
import { DEMO_WALLET } from "@/lib/wallet/wallet-names";
import { walletStore } from "@/lib/stores/wallet-store";
import { useNetworkSnapshot } from "./use-network-snapshot";
import { useSimHost, useSimVersion } from "./use-sim-host";

const DAY_S = 86_400;

/** The fault switches as the simulator's `sim_fault` method takes them. */
export type FaultPatch = Partial<Omit<Faults, "chainId">>;

/** Lets the browser paint (a progress bar, a spinner) before the next synchronous chunk. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function fundDemo(host: SimHandle): Promise<boolean> {
  const { kind, status, addresses } = walletStore.getState();
  if (kind !== DEMO_WALLET || status !== "connected") return false;
  for (const f of DEMO_FUNDING) if (addresses[f.chainId]) await host.fund(f.chainId, addresses[f.chainId], f.coins);
  return true;
}

/**
 * The simulator's controls for React: the live clock, speed, time travel, faucet, faults and
 * reset. Null fields until the simulator has loaded (or when the app is in live mode).
 */
export function useSimControls() {
  const net = useNetworkSnapshot();
  const enabled = net.hydrated && net.mode === "simulator";
  const host = useSimHost(enabled);
  useSimVersion(host);
  const demoConnected = useStore(walletStore, (s) => s.kind === DEMO_WALLET && s.status === "connected");
  const [advancing, setAdvancing] = useState<{ days: number; done: number } | null>(null);
  const live = enabled ? host : null;

  /** Day by day, yielding a frame between days, so the progress bar moves and input stays alive. */
  const advanceDays = useCallback(
    async (days: number) => {
      if (!live) return;
      for (let done = 0; done < days; done++) {
        setAdvancing({ days, done });
        await nextFrame();
        await live.advance(DAY_S);
      }
      setAdvancing({ days, done: days });
      await nextFrame();
      setAdvancing(null);
    },
    [live],
  );

  const setFaults = useCallback(
    async (patch: FaultPatch | { clear: true }) => {
      if (!live) return;
      const res = await live.rpc(net.chainIds.milkyway, { jsonrpc: "2.0", id: 1, method: "sim_fault", params: patch });
      if ("error" in res && res.error) throw new Error(String(res.error.data ?? res.error.message));
    },
    [live, net.chainIds.milkyway],
  );

  /** A fresh genesis; a connected demo wallet is funded again there, as on its first visit. */
  const resetWorld = useCallback(async () => {
    if (!live) return;
    await live.reset();
    await fundDemo(live);
  }, [live]);

  return {
    /** Simulator mode and the saved mode is known; false in live mode (controls hidden). */
    enabled,
    /** The saved mode is not known yet (first render): hold the space. */
    hydrating: !net.hydrated,
    ready: live !== null,
    timeMs: live?.world.timeMs ?? null,
    speed: live?.speed ?? null,
    faults: (live?.world.faults ?? null) as Faults | null,
    status: (live?.status ?? null) as HostStatus | null,
    demoConnected,
    advancing,
    advanceDays,
    setSpeed: useCallback((n: number) => void live?.setSpeed(n), [live]),
    setFaults,
    faucet: useCallback(() => (live ? fundDemo(live) : Promise.resolve(false)), [live]),
    resetWorld,
  };
}
