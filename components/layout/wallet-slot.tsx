"use client";

import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { useStore } from "zustand";
import { useShallow } from "zustand/react/shallow";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import { CHAIN_NAMES } from "@/lib/chains/chain-names";
import { ConfirmDialog } from "@/components/wallet/confirm-dialog";
import { WalletMenu, type WalletMenuAddress } from "@/components/wallet/wallet-menu";
import { useNetwork } from "@/hooks/use-network";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import { CHAIN_KEYS } from "@/lib/stores/network-store";
import { toastStore } from "@/lib/stores/toast-store";
import { walletStore } from "@/lib/stores/wallet-store";
import { browserStorage, settleSavedSession } from "@/lib/wallet/saved-session";
import { runWalletCommand, walletIslandStore } from "@/lib/wallet/wallet-commands";
import { DEMO_WALLET, WALLET_LABELS, walletConnectProjectId, walletsFor } from "@/lib/wallet/wallet-names";

// cosmos-kit's ChainProvider, the wallets and the picker load in their own chunk, after first
// paint: at once when a saved session is there to restore, otherwise when the user reaches for
// "Connect wallet" (or a page's call to action asks). Nothing of it is in first-load JS.
const WalletIsland = lazy(() => import("@/components/wallet/wallet-island"));
// Opened only from the demo wallet's menu.
const RecoveryPhraseDialog = lazy(() => import("@/components/wallet/recovery-phrase-dialog").then((m) => ({ default: m.RecoveryPhraseDialog })));

type OpenDialog = "phrase" | "reset" | null;

/**
 * The header's wallet button. Disconnected: "Connect wallet" opens the picker (cosmos-kit's
 * walletModal, in the island). Connected: the short MilkyWay (else Osmosis) address opens a menu
 * with copy, export, reset and disconnect. A saved session (cosmos-kit's) is restored on page
 * load; an explicit disconnect forgets it.
 */
export function WalletSlot() {
  const { mode, chainIds, hydrated } = useNetwork(
    useShallow((s) => ({ mode: s.mode, chainIds: s.chainIds, hydrated: s.hydrated })),
  );
  const wallet = useStore(
    walletStore,
    useShallow((s) => ({ kind: s.kind, status: s.status, error: s.error, addresses: s.addresses })),
  );
  const islandWanted = useStore(walletIslandStore, (s) => s.wanted);
  const net = useNetworkSnapshot();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [phrase, setPhrase] = useState<string | null>(null);
  const [phraseError, setPhraseError] = useState<string | null>(null);
  const menuButton = useRef<HTMLButtonElement | null>(null);

  // One island per network: cosmos-kit reads its chains once, so a network change remounts it
  // (and it restores the saved session for the new chain-ids).
  const networkKey = `${mode}|${CHAIN_KEYS.map((k) => chainIds[k]).join(",")}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const islandNet = useMemo(() => net, [networkKey]);

  useEffect(() => {
    if (!hydrated) return;
    const storage = browserStorage();
    const saved = storage ? settleSavedSession(storage, CHAIN_KEYS.map((k) => chainIds[k]).filter(Boolean)) : null;
    if (saved && walletsFor(mode, walletConnectProjectId()).includes(saved)) {
      if (walletStore.getState().status === "disconnected") walletStore.getState().set({ status: "connecting", kind: saved });
      walletIslandStore.setState({ wanted: true });
    }
    // Keyed on the network, not on every RPC edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated, networkKey]);

  const island =
    hydrated && islandWanted ? (
      <Suspense fallback={null}>
        <WalletIsland key={networkKey} net={islandNet} />
      </Suspense>
    ) : null;

  if (!hydrated) {
    return (
      <span aria-busy="true" className="inline-flex">
        <VisuallyHidden>Loading the wallet</VisuallyHidden>
        <Skeleton className="h-8 w-24 rounded-lg" />
      </span>
    );
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
  const addresses: WalletMenuAddress[] = CHAIN_KEYS.flatMap((key) => {
    const address = wallet.addresses[chainIds[key]];
    return address ? [{ chainLabel: CHAIN_NAMES[key], address }] : [];
  });
  const primary =
    addresses.find((a) => a.chainLabel === CHAIN_NAMES.milkyway) ?? addresses.find((a) => a.chainLabel === CHAIN_NAMES.osmosis) ?? addresses[0];
  // Restoring a saved session, or connecting from a page's call to action.
  const connectingElsewhere = wallet.status === "connecting";

  return (
    <span className="inline-flex">
      {connected && primary && wallet.kind ? (
        <WalletMenu
          walletName={WALLET_LABELS[wallet.kind]}
          primary={primary}
          addresses={addresses}
          isDemo={wallet.kind === DEMO_WALLET}
          onCopy={(entry) => void copy(entry)}
          onExportPhrase={() => setDialog("phrase")}
          onResetDemo={() => setDialog("reset")}
          onDisconnect={() => void runWalletCommand({ kind: "disconnect" })}
          buttonRef={menuButton}
        />
      ) : (
        <Button
          size="sm"
          variant={wallet.status === "error" ? "secondary" : "primary"}
          pending={connectingElsewhere}
          pendingLabel="Connecting the wallet"
          // Opens the picker once the island is there (usually loaded by hover or focus already).
          onClick={() => void runWalletCommand({ kind: "open" })}
          // Reaching for the button starts loading the island, so the list opens without a wait.
          onPointerEnter={() => walletIslandStore.setState({ wanted: true })}
          onFocus={() => walletIslandStore.setState({ wanted: true })}
          aria-haspopup="dialog"
          className="max-sm:px-2"
        >
          {connectingElsewhere ? "Connecting…" : "Connect wallet"}
        </Button>
      )}

      {island}
      {dialog === "phrase" ? (
        <Suspense fallback={null}>
          <RecoveryPhraseDialog open phrase={phrase} error={phraseError} onReveal={() => void revealPhrase()} onClose={closePhrase} />
        </Suspense>
      ) : null}
      <ConfirmDialog
        open={dialog === "reset"}
        title="Reset the demo wallet?"
        confirmLabel="Delete keys and disconnect"
        tone="danger"
        onCancel={() => setDialog(null)}
        onConfirm={() => {
          setDialog(null);
          void runWalletCommand({ kind: "reset-demo" });
        }}
      >
        This deletes the demo wallet&rsquo;s keys from this browser and disconnects it. Its simulated tokens stay on the
        simulated chains, where nobody can reach them again. Export the recovery phrase first if you want to keep this
        wallet. Connecting the demo wallet afterwards creates a new one with fresh test tokens.
      </ConfirmDialog>
    </span>
  );
}
