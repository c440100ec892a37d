"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { MILKYWAY_FROM_OSMOSIS_CHANNEL, parsePendingBring, pendingBringKey, serializePendingBring, type PendingBring } from "@/lib/protocol/bring-milktia";
import { packetReceiptQuery } from "@/lib/queries/ibc";

// Same-tab writers notify here; other tabs through the `storage` event.
const listeners = new Set<() => void>();
function subscribe(cb: () => void) {
  listeners.add(cb);
  window.addEventListener("storage", cb);
  return () => {
    listeners.delete(cb);
    window.removeEventListener("storage", cb);
  };
}

/** The bring-milkTIA step waiting for step 2, persisted per MilkyWay chain and address. */
export function usePendingBring(chainId: string, address: string | undefined): [PendingBring | null, (p: PendingBring | null) => void] {
  const k = address ? pendingBringKey(chainId, address) : null;
  const raw = useSyncExternalStore(subscribe, () => (k ? window.localStorage.getItem(k) : null), () => null);
  const pending = useMemo(() => (address ? parsePendingBring(raw, chainId, address) : null), [raw, chainId, address]);
  const set = useCallback(
    (p: PendingBring | null) => {
      if (!k) return;
      if (p) window.localStorage.setItem(k, serializePendingBring(p));
      else window.localStorage.removeItem(k);
      listeners.forEach((l) => l());
    },
    [k],
  );
  return [pending, set];
}

/** The transfer's receipt on MilkyWay: "ok", "error" (refunded), or null while in flight. */
export function useBringReceipt(net: NetworkSnapshot, pending: PendingBring | null) {
  return useQuery({
    ...packetReceiptQuery(net, "milkyway", MILKYWAY_FROM_OSMOSIS_CHANNEL, pending?.sequence),
    refetchInterval: (q) => (q.state.data || net.mode !== "live" ? false : 3_000),
  });
}
