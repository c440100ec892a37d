"use client";

import { useEffect } from "react";
import { useStore } from "zustand";
import { hydrateNetworkStore, networkStore, type NetworkState } from "@/lib/stores/network-store";

/** Reads the network store and makes sure its persisted value has been loaded (once per page). */
export function useNetwork<T>(selector: (state: NetworkState) => T): T {
  useEffect(() => {
    void hydrateNetworkStore();
  }, []);
  return useStore(networkStore, selector);
}
