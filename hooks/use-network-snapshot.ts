"use client";

import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { envRpcEndpoints, type NetworkSnapshot } from "@/lib/chains/networks";
import { useNetwork } from "./use-network";

/** The serialisable description of where queries and transactions go right now. */
export function useNetworkSnapshot(): NetworkSnapshot & { hydrated: boolean } {
  const { mode, chainIds, hydrated } = useNetwork(useShallow((s) => ({ mode: s.mode, chainIds: s.chainIds, hydrated: s.hydrated })));
  return useMemo(() => ({ mode, chainIds, rpc: envRpcEndpoints(), hydrated }), [mode, chainIds, hydrated]);
}
