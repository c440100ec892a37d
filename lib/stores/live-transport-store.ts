/**
 * How live mode learns each chain's new blocks right now: pushed over the node's websocket, or
 * polled (the endpoint offers none, or its socket failed; a socket is tried again every few
 * minutes). Written by the head watch (lib/queries/live-freshness.ts), shown in Settings.
 */
import { createStore } from "zustand/vanilla";
import type { ChainKey } from "./network-store";

export type BlockTransport = "pushed" | "polled";

export interface LiveTransportState {
  byChain: Partial<Record<ChainKey, BlockTransport>>;
  /** null: the chain is no longer watched. */
  set: (key: ChainKey, how: BlockTransport | null) => void;
}

export const liveTransportStore = createStore<LiveTransportState>()((set) => ({
  byChain: {},
  set: (key, how) =>
    set((s) => {
      if ((s.byChain[key] ?? null) === how) return s;
      const byChain = { ...s.byChain };
      if (how) byChain[key] = how;
      else delete byChain[key];
      return { byChain };
    }),
}));
