"use client";

import { useCallback } from "react";
import { useStore } from "zustand";
import { walletStore, LAST_WALLET_KEY, type WalletState } from "@/lib/stores/wallet-store";
import { demoAddresses, demoSigner, loadOrCreateDemoMnemonic, markDemoFunded, forgetDemoWallet } from "@/lib/wallet/demo-wallet";
import { DEMO_FUNDING } from "@/lib/wallet/demo-funding";

export function useWalletState<T>(selector: (s: WalletState) => T): T {
  return useStore(walletStore, selector);
}

/** Connects the built-in demo wallet: keys in this browser, funded by the simulator faucet once. */
export async function connectDemoWallet(): Promise<void> {
  walletStore.getState().set({ status: "connecting", error: null });
  try {
    const { mnemonic, funded } = await loadOrCreateDemoMnemonic();
    const addresses = await demoAddresses(mnemonic);
    if (!funded) {
      const { getSimHost } = await import("@/lib/sim-host/sim-host");
      const host = await getSimHost();
      for (const f of DEMO_FUNDING) host.fund(f.chainId, addresses[f.chainId], f.coins);
      markDemoFunded();
    }
    walletStore.getState().set({
      kind: "demo",
      status: "connected",
      addresses,
      getSigner: (chainId) => demoSigner(mnemonic, chainId),
    });
    localStorage.setItem(LAST_WALLET_KEY, "demo");
  } catch (e) {
    walletStore.getState().set({ status: "error", error: (e as Error).message });
  }
}

export function disconnectWallet(): void {
  walletStore.getState().reset();
  // A disconnect is remembered: no silent reconnect on the next visit.
  localStorage.setItem(LAST_WALLET_KEY, "none");
}

/** Deletes the demo keys (the simulator keeps its balances, which become unreachable). */
export function resetDemoWallet(): void {
  forgetDemoWallet();
  disconnectWallet();
}

export function useWalletActions() {
  return {
    connectDemo: useCallback(() => connectDemoWallet(), []),
    disconnect: useCallback(() => disconnectWallet(), []),
  };
}
