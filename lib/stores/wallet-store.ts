/**
 * The connected wallet: which kind, its address per chain-id, and how to get a signer. A
 * vanilla zustand store (no React import). Signers are never put in query keys. The wallet
 * island (components/wallet/wallet-island.tsx) writes it from cosmos-kit's state; everything
 * else only reads it.
 */
import { createStore } from "zustand/vanilla";
import type { OfflineSigner } from "@cosmjs/proto-signing";
import type { WalletName } from "../wallet/wallet-names";

export type WalletKind = WalletName;

export interface WalletState {
  kind: WalletKind | null;
  status: "disconnected" | "connecting" | "connected" | "error";
  error: string | null;
  /** chain-id → bech32 address. */
  addresses: Record<string, string>;
  getSigner: ((chainId: string) => Promise<OfflineSigner>) | null;
  set: (patch: Partial<Omit<WalletState, "set" | "reset">>) => void;
  reset: () => void;
}

const initial = { kind: null, status: "disconnected", error: null, addresses: {}, getSigner: null } as const;

export const walletStore = createStore<WalletState>()((set) => ({
  ...initial,
  set: (patch) => set(patch),
  reset: () => set({ ...initial, addresses: {} }),
}));
