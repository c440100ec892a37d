"use client";

import { useQueries, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { StalledChainsNotice } from "@/components/layout/stalled-chains-notice";
import { CHAIN_NAMES } from "@/lib/chains/chain-names";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import { chainHeadQuery, HEALTH_CHECK_MS, isStalled, watchHead, type HeadWatch } from "@/lib/queries/chain-head";
import { CHAIN_KEYS, type ChainKey } from "@/lib/stores/network-store";

/** Live mode only: polls each configured chain's height and names the ones that stopped. */
export function LiveChainHealth() {
  const net = useNetworkSnapshot();
  const qc = useQueryClient();
  const keys: ChainKey[] = net.hydrated && net.mode === "live" ? CHAIN_KEYS.filter((k) => net.rpc[k]) : [];
  // Keeps the height queries mounted: LiveFreshness watches their chains (pushed heads, or polls).
  useQueries({ queries: keys.map((k) => chainHeadQuery(net, k)) });
  const [watch, setWatch] = useState<{ heads: Partial<Record<ChainKey, HeadWatch>>; nowMs: number }>({ heads: {}, nowMs: 0 });
  const keyList = keys.join(",");

  useEffect(() => {
    if (keyList === "") return;
    const id = setInterval(() => {
      const nowMs = Date.now();
      setWatch((prev) => {
        const heads: Partial<Record<ChainKey, HeadWatch>> = {};
        for (const k of keyList.split(",") as ChainKey[]) {
          const state = qc.getQueryState(chainHeadQuery(net, k).queryKey);
          // A node that errors is reported by the screens' own error states, not as a halt.
          if (state?.status === "success" && state.data !== undefined) heads[k] = watchHead(prev.heads[k], state.data, nowMs);
        }
        return { heads, nowMs };
      });
    }, HEALTH_CHECK_MS);
    return () => clearInterval(id);
  }, [keyList, net, qc]);

  const stalled = keys
    .filter((k) => isStalled(watch.heads[k], watch.nowMs))
    .map((k) => ({ name: CHAIN_NAMES[k], height: watch.heads[k]!.height, sinceMs: watch.heads[k]!.sinceMs }));
  return <StalledChainsNotice chains={stalled} />;
}
