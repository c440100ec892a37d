"use client";

import { useStore } from "zustand";
import { walletStore, type WalletState } from "@/lib/stores/wallet-store";
import { DEMO_FUNDING } from "@/lib/wallet/demo-funding";
import { faucetSummary } from "@/lib/wallet/demo-funding-summary";
import { toastStore } from "@/lib/stores/toast-store";
import { runWalletCommand } from "@/lib/wallet/wallet-commands";
import { DEMO_WALLET } from "@/lib/wallet/wallet-names";

export function useWalletState<T>(selector: (s: WalletState) => T): T {
  return useStore(walletStore, selector);
}

/**
 * Connects the built-in demo wallet through cosmos-kit (the wallet island loads first if it has
 * not yet): keys in this browser, funded by the simulator faucet once.
 */
export function connectDemoWallet(): Promise<void> {
  return runWalletCommand({ kind: "connect", wallet: DEMO_WALLET });
}

/** A disconnect is remembered: cosmos-kit forgets the session, so nothing reconnects on the next visit. */
export function disconnectWallet(): Promise<void> {
  return runWalletCommand({ kind: "disconnect" });
}

/** Deletes the demo keys (the simulator keeps its balances, which become unreachable) and disconnects. */
export function resetDemoWallet(): Promise<void> {
  return runWalletCommand({ kind: "reset-demo" });
}

/** The simulator's faucet pays a new demo wallet once; the user is told what arrived. */
export async function fundNewDemoWallet(addresses: Record<string, string>): Promise<void> {
  const { getSim } = await import("@/lib/sim-host/sim-client");
  const host = await getSim();
  for (const f of DEMO_FUNDING) await host.fund(f.chainId, addresses[f.chainId], f.coins);
  toastStore.getState().show({ id: "demo-funded", tone: "success", title: "Demo wallet funded with test tokens", detail: `${faucetSummary()}.` });
}
