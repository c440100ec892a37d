"use client";

import { useCallback } from "react";
import { useStore } from "zustand";
import { walletStore, LAST_WALLET_KEY, type WalletState } from "@/lib/stores/wallet-store";
import { DEMO_FUNDING } from "@/lib/wallet/demo-funding";
import { faucetSummary } from "@/lib/wallet/demo-funding-summary";
import { toastStore } from "@/lib/stores/toast-store";
import type { NetworkSnapshot } from "@/lib/chains/networks";

export function useWalletState<T>(selector: (s: WalletState) => T): T {
  return useStore(walletStore, selector);
}

/** Connects the built-in demo wallet: keys in this browser, funded by the simulator faucet once. */
export async function connectDemoWallet(): Promise<void> {
  walletStore.getState().set({ status: "connecting", error: null });
  try {
    // CosmJS's key derivation loads with the first connect, not with every page that offers it.
    const { demoAddresses, demoSigner, loadOrCreateDemoMnemonic, markDemoFunded } = await import("@/lib/wallet/demo-wallet");
    const { mnemonic, funded } = await loadOrCreateDemoMnemonic();
    const addresses = await demoAddresses(mnemonic);
    if (!funded) {
      const { getSim } = await import("@/lib/sim-host/sim-client");
      const host = await getSim();
      for (const f of DEMO_FUNDING) await host.fund(f.chainId, addresses[f.chainId], f.coins);
      markDemoFunded();
      // Say what arrived, once: a new user should know what they can try with.
      toastStore.getState().show({ id: "demo-funded", tone: "success", title: "Demo wallet funded with test tokens", detail: `${faucetSummary()}.` });
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

let stopKeystoreWatch: (() => void) | null = null;

/**
 * Connects Keplr or Leap for every chain of the network (cosmos-kit loads only now). With
 * `silent` (the automatic reconnect) a wallet that is gone leaves a clean disconnected state
 * instead of an error, and the remembered choice is forgotten.
 */
export async function connectExtensionWallet(kind: "keplr" | "leap", net: NetworkSnapshot, opts: { silent?: boolean } = {}): Promise<void> {
  // Addresses and signer of a previous session (another network's chain-ids) go at once.
  stopKeystoreWatch?.();
  stopKeystoreWatch = null;
  walletStore.getState().set({ status: "connecting", error: null, addresses: {}, getSigner: null });
  const ext = await import("@/lib/wallet/extension-wallet");
  try {
    const session = await ext.connectExtension(kind, net);
    const onKeystoreChange = () => {
      session.refresh().then(
        (addresses) => walletStore.getState().set({ addresses }),
        () => disconnectWallet(),
      );
    };
    window.addEventListener(ext.KEYSTORE_EVENT[kind], onKeystoreChange);
    stopKeystoreWatch = () => window.removeEventListener(ext.KEYSTORE_EVENT[kind], onKeystoreChange);
    walletStore.getState().set({ kind, status: "connected", addresses: session.addresses, getSigner: session.getSigner });
    localStorage.setItem(LAST_WALLET_KEY, kind);
  } catch (e) {
    if (opts.silent) {
      walletStore.getState().reset();
      if (e instanceof ext.WalletNotInstalledError) localStorage.setItem(LAST_WALLET_KEY, "none");
      return;
    }
    walletStore.getState().set({ kind: null, status: "error", error: (e as Error).message, addresses: {}, getSigner: null });
  }
}

let endWalletConnect: (() => Promise<void>) | null = null;

/**
 * Pairs Keplr Mobile over WalletConnect (live mode, project id configured); `onPairingUri` gets
 * the wc: link to show as a QR code. With `silent` only a saved session is restored.
 */
export async function connectKeplrMobileWallet(
  net: NetworkSnapshot,
  opts: { silent?: boolean; onPairingUri?: (uri: string) => void } = {},
): Promise<void> {
  stopKeystoreWatch?.();
  stopKeystoreWatch = null;
  walletStore.getState().set({ status: "connecting", error: null, addresses: {}, getSigner: null });
  const wc = await import("@/lib/wallet/keplr-mobile");
  const projectId = wc.walletConnectProjectId();
  try {
    if (!projectId) throw new wc.WalletConnectUnavailableError("No WalletConnect project id is configured for this app.");
    const session = await wc.connectKeplrMobile(net, { projectId, silent: opts.silent, onPairingUri: opts.onPairingUri });
    endWalletConnect = session.disconnect;
    walletStore.getState().set({ kind: "keplr-mobile", status: "connected", addresses: session.addresses, getSigner: session.getSigner });
    localStorage.setItem(LAST_WALLET_KEY, "keplr-mobile");
  } catch (e) {
    if (opts.silent) {
      walletStore.getState().reset();
      if (e instanceof wc.NoWalletConnectSessionError) localStorage.setItem(LAST_WALLET_KEY, "none");
      return;
    }
    walletStore.getState().set({ kind: null, status: "error", error: (e as Error).message, addresses: {}, getSigner: null });
  }
}

export function disconnectWallet(): void {
  stopKeystoreWatch?.();
  stopKeystoreWatch = null;
  // The phone is told the session ended; a relay that is unreachable must not block the disconnect.
  void endWalletConnect?.().catch(() => undefined);
  endWalletConnect = null;
  walletStore.getState().reset();
  // A disconnect is remembered: no silent reconnect on the next visit.
  localStorage.setItem(LAST_WALLET_KEY, "none");
}

/** Deletes the demo keys (the simulator keeps its balances, which become unreachable). */
export async function resetDemoWallet(): Promise<void> {
  const { forgetDemoWallet } = await import("@/lib/wallet/demo-wallet");
  forgetDemoWallet();
  disconnectWallet();
}

export function useWalletActions() {
  return {
    connectDemo: useCallback(() => connectDemoWallet(), []),
    disconnect: useCallback(() => disconnectWallet(), []),
  };
}
