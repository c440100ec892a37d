"use client";

import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { envRpcEndpoints, type NetworkSnapshot } from "@/lib/chains/networks";
import { useNetwork } from "./use-network";

/** The serialisable description of where queries and transactions go right now. */
export function useNetworkSnapshot(): NetworkSnapshot & { hydrated: boolean } {
  const { mode, chainIds, rpc, explorers, hydrated } = useNetwork(
    useShallow((s) => ({ mode: s.mode, chainIds: s.chainIds, rpc: s.rpc, explorers: s.explorers, hydrated: s.hydrated })),
  );
  // Endpoints set in Settings win over the build's; an unset one falls back to the build's.
  return useMemo(() => ({ mode, chainIds, rpc: { ...envRpcEndpoints(), ...rpc }, explorers, hydrated }), [mode, chainIds, rpc, explorers, hydrated]);
}
