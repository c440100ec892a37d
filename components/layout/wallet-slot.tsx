"use client";

import { useEffect, useRef, useState } from "react";
import { useStore } from "zustand";
import { useShallow } from "zustand/react/shallow";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import { CHAIN_NAMES } from "@/lib/chains/chain-names";
import { ConfirmDialog } from "@/components/wallet/confirm-dialog";
import { ConnectDialog } from "@/components/wallet/connect-dialog";
import { OPEN_CONNECT_DIALOG_EVENT } from "@/lib/wallet/open-connect-dialog";
import { RecoveryPhraseDialog } from "@/components/wallet/recovery-phrase-dialog";
import { WalletMenu, type WalletMenuAddress } from "@/components/wallet/wallet-menu";
import { useNetwork } from "@/hooks/use-network";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import { CHAIN_KEYS } from "@/lib/stores/network-store";
import { toastStore } from "@/lib/stores/toast-store";
import { LAST_WALLET_KEY, walletStore } from "@/lib/stores/wallet-store";
import { keplrMobileAvailable } from "@/lib/wallet/keplr-mobile";

// The wallet actions pull in CosmJS key derivation; loading them on demand keeps it out of
// every route's first-load JavaScript (architecture §6). The store itself is tiny.
const walletActions = () => import("@/hooks/use-wallet");

type ExtensionKind = "keplr" | "leap";
type OpenDialog = "connect" | "phrase" | "reset" | null;

const WALLET_NAMES = { demo: "Demo wallet", keplr: "Keplr", leap: "Leap", "keplr-mobile": "Keplr Mobile" } as const;

/**
 * The header's wallet button. Disconnected: "Connect wallet" opens the picker. Connected: the
 * short MilkyWay (else Osmosis) address opens a menu with copy, export, reset and disconnect.
 * In simulator mode a demo wallet used last time reconnects by itself on page load; an
 * explicit disconnect is remembered (use-wallet writes "none").
 */
export function WalletSlot() {
  const { mode, chainIds, hydrated } = useNetwork(
    useShallow((s) => ({ mode: s.mode, chainIds: s.chainIds, hydrated: s.hydrated })),
  );
  const wallet = useStore(
    walletStore,
    useShallow((s) => ({ kind: s.kind, status: s.status, error: s.error, addresses: s.addresses })),
  );
  const net = useNetworkSnapshot();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [connectingKind, setConnectingKind] = useState<"demo" | ExtensionKind | "keplr-mobile" | null>(null);
  const [pairingUri, setPairingUri] = useState<string | null>(null);
  const [phrase, setPhrase] = useState<string | null>(null);
  const [phraseError, setPhraseError] = useState<string | null>(null);
  const menuButton = useRef<HTMLButtonElement | null>(null);
  const reconnectTried = useRef(false);

  // Automatic reconnect and the demo wallet's exit from live mode. An extension session belongs
  // to one network's chain-ids, so a mode switch reconnects it for the other network.
  const lastMode = useRef<string | null>(null);
  useEffect(() => {
    if (!hydrated) return;
    const modeChanged = lastMode.current !== null && lastMode.current !== mode;
    lastMode.current = mode;
    const kind = walletStore.getState().kind;
    if (modeChanged && (kind === "keplr" || kind === "leap")) {
      void walletActions().then((w) => w.connectExtensionWallet(kind, net, { silent: true }));
      return;
    }
    if (modeChanged && kind === "keplr-mobile") void walletActions().then((w) => w.disconnectWallet());
    if (mode !== "simulator") {
      // Test keys never sign for a live chain-id; drop the session but keep "demo" remembered,
      // so returning to the simulator reconnects.
      reconnectTried.current = false;
      if (kind === "demo") walletStore.getState().reset();
    }
    if (reconnectTried.current || walletStore.getState().status !== "disconnected") return;
    const last = readLastWallet();
    if (last === "keplr" || last === "leap") {
      reconnectTried.current = true;
      void walletActions().then((w) => w.connectExtensionWallet(last, net, { silent: true }));
      return;
    }
    if (last === "keplr-mobile" && mode === "live") {
      reconnectTried.current = true;
      void walletActions().then((w) => w.connectKeplrMobileWallet(net, { silent: true }));
      return;
    }
    if (mode !== "simulator") return;
    reconnectTried.current = true;
    if (last !== "demo") return;
    void walletActions()
      .then((w) => w.connectDemoWallet())
      .then(() => {
        const s = walletStore.getState();
        if (s.status === "error") {
          toastStore.getState().show({ id: "wallet-reconnect", tone: "error", title: "The demo wallet did not reconnect", detail: s.error ?? undefined });
        }
      });
    // net changes with mode; the effect keys on mode alone so it does not re-run per RPC edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated, mode]);

  // Calls to action elsewhere on the page open this dialog (it returns focus to the caller).
  useEffect(() => {
    const open = () => setDialog("connect");
    window.addEventListener(OPEN_CONNECT_DIALOG_EVENT, open);
    return () => window.removeEventListener(OPEN_CONNECT_DIALOG_EVENT, open);
  }, []);

  if (!hydrated) {
    return (
      <span aria-busy="true" className="inline-flex">
        <VisuallyHidden>Loading the wallet</VisuallyHidden>
        <Skeleton className="h-8 w-24 rounded-lg" />
      </span>
    );
  }

  async function connectDemo() {
    setConnectingKind("demo");
    const w = await walletActions();
    await w.connectDemoWallet();
    setConnectingKind(null);
    if (walletStore.getState().status === "connected") setDialog(null);
  }

  async function connectExtension(kind: ExtensionKind) {
    setConnectingKind(kind);
    const w = await walletActions();
    await w.connectExtensionWallet(kind, net);
    setConnectingKind(null);
    if (walletStore.getState().status === "connected") setDialog(null);
  }

  async function connectKeplrMobile() {
    setConnectingKind("keplr-mobile");
    setPairingUri(null);
    const w = await walletActions();
    await w.connectKeplrMobileWallet(net, { onPairingUri: setPairingUri });
    setConnectingKind(null);
    setPairingUri(null);
    if (walletStore.getState().status === "connected") setDialog(null);
  }

  async function revealPhrase() {
    setPhraseError(null);
    const { exportDemoMnemonic } = await import("@/lib/wallet/demo-wallet");
    const words = exportDemoMnemonic();
    if (words) setPhrase(words);
    else setPhraseError("This browser no longer holds the demo wallet's keys (they may have been reset in another tab).");
  }

  function closePhrase() {
    setDialog(null);
    setPhrase(null);
    setPhraseError(null);
  }

  async function copy(entry: WalletMenuAddress) {
    const show = toastStore.getState().show;
    try {
      await navigator.clipboard.writeText(entry.address);
      show({ id: "wallet-copy", tone: "success", title: `Copied your ${entry.chainLabel} address`, detail: entry.address });
    } catch {
      // Some browsers refuse clipboard access; the address is in the toast to copy by hand.
      show({ id: "wallet-copy", tone: "error", title: `Could not copy your ${entry.chainLabel} address`, detail: entry.address });
    }
  }

  const connected = wallet.status === "connected" && wallet.kind !== null;
  const keplrMobileOffered = keplrMobileAvailable({ mode });
  const addresses: WalletMenuAddress[] = CHAIN_KEYS.flatMap((key) => {
    const address = wallet.addresses[chainIds[key]];
    return address ? [{ chainLabel: CHAIN_NAMES[key], address }] : [];
  });
  const primary =
    addresses.find((a) => a.chainLabel === CHAIN_NAMES.milkyway) ?? addresses.find((a) => a.chainLabel === CHAIN_NAMES.osmosis) ?? addresses[0];
  // Connecting from elsewhere (automatic reconnect, the dashboard's call to action).
  const connectingElsewhere = wallet.status === "connecting" && dialog !== "connect";

  return (
    <span className="inline-flex">
      {connected && primary && wallet.kind ? (
        <WalletMenu
          walletName={WALLET_NAMES[wallet.kind]}
          primary={primary}
          addresses={addresses}
          isDemo={wallet.kind === "demo"}
          onCopy={(entry) => void copy(entry)}
          onExportPhrase={() => setDialog("phrase")}
          onResetDemo={() => setDialog("reset")}
          onDisconnect={() => void walletActions().then((w) => w.disconnectWallet())}
          buttonRef={menuButton}
        />
      ) : (
        <Button
          size="sm"
          variant={wallet.status === "error" ? "secondary" : "primary"}
          pending={connectingElsewhere}
          pendingLabel="Connecting the wallet"
          onClick={() => setDialog("connect")}
          aria-haspopup="dialog"
          className="max-sm:px-2"
        >
          {connectingElsewhere ? "Connecting…" : "Connect wallet"}
        </Button>
      )}

      <ConnectDialog
        open={dialog === "connect"}
        mode={mode}
        connecting={wallet.status === "connecting" ? (connectingKind ?? "demo") : null}
        error={wallet.status === "error" ? wallet.error : null}
        onConnectDemo={() => void connectDemo()}
        onConnectExtension={(kind) => void connectExtension(kind)}
        keplrMobile={keplrMobileOffered}
        pairingUri={pairingUri}
        onConnectKeplrMobile={() => void connectKeplrMobile()}
        onClose={() => setDialog(null)}
        // After connecting, "Connect wallet" is gone: focus lands on the new address button.
        returnFocus={() => menuButton.current}
      />
      <RecoveryPhraseDialog
        open={dialog === "phrase"}
        phrase={phrase}
        error={phraseError}
        onReveal={() => void revealPhrase()}
        onClose={closePhrase}
      />
      <ConfirmDialog
        open={dialog === "reset"}
        title="Reset the demo wallet?"
        confirmLabel="Delete keys and disconnect"
        tone="danger"
        onCancel={() => setDialog(null)}
        onConfirm={() => {
          setDialog(null);
          void walletActions().then((w) => w.resetDemoWallet());
        }}
      >
        This deletes the demo wallet&rsquo;s keys from this browser and disconnects it. Its simulated tokens stay on the
        simulated chains, where nobody can reach them again. Export the recovery phrase first if you want to keep this
        wallet. Connecting the demo wallet afterwards creates a new one with fresh test tokens.
      </ConfirmDialog>
    </span>
  );
}

function readLastWallet(): string | null {
  try {
    return localStorage.getItem(LAST_WALLET_KEY);
  } catch {
    return null;
  }
}
