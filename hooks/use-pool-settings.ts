"use client";

import { useEffect } from "react";
import { useStore } from "zustand";
import { hydratePoolSettings, poolIdFor, poolSettingsStore, type PoolSettingsState } from "@/lib/stores/pool-settings";
import type { NetworkMode } from "@/lib/stores/network-store";

/** Reads the pool-id settings (loading the saved ones once per page). */
export function usePoolSettings<T>(selector: (s: PoolSettingsState) => T): T {
  useEffect(() => {
    void hydratePoolSettings();
  }, []);
  return useStore(poolSettingsStore, selector);
}

/** The pool the app quotes for an LST in this mode; undefined when it has none. */
export function usePoolId(mode: NetworkMode, lst: string): bigint | undefined {
  const overrides = usePoolSettings((s) => s.overrides);
  return poolIdFor(overrides, mode, lst);
}
