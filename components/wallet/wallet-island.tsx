"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { ChainProvider, useChains } from "@cosmos-kit/react";
import type { MainWalletBase, WalletModalProps } from "@cosmos-kit/core";
import { useStore } from "zustand";
import { walletStore } from "@/lib/stores/wallet-store";
import { toastStore } from "@/lib/stores/toast-store";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { chainRecords } from "@/lib/wallet/chain-records";
import { autoSigner, type SigningClient } from "@/lib/wallet/auto-signer";
import { bridgeState, connectErrorText, type ChainWalletView, type KitStatus } from "@/lib/wallet/bridge-state";
import { DemoMainWallet } from "@/lib/wallet/demo-wallet-kit";
import { browserStorage, CURRENT_WALLET_KEY, forgetSavedSession } from "@/lib/wallet/saved-session";
import { attachWalletRunner, type WalletCommand } from "@/lib/wallet/wallet-commands";
import { DEMO_WALLET, isOfferedWallet, KEPLR_MOBILE, walletConnectProjectId, walletsFor, type WalletName } from "@/lib/wallet/wallet-names";
import { fundNewDemoWallet } from "@/hooks/use-wallet";
import { ConnectDialog } from "./connect-dialog";

/**
 * The wallet island: cosmos-kit's ChainProvider with every wallet the network offers, our own
 * picker as its walletModal, and a bridge that publishes accounts and signers into the app's
 * wallet store. The header mounts it lazily (wallet-slot.tsx), so none of cosmos-kit is in a
 * route's first-load JavaScript and the server shell never waits for it. ChainProvider reads its
 * props once, so the header remounts the island (keyed by network) when the network changes.
 */

type ProviderProps = Parameters<typeof ChainProvider>[0];
type KitChain = ProviderProps["chains"][number];
type KitAssetList = NonNullable<ProviderProps["assetLists"]>[number];

/** Fresh wallet objects per mount: cosmos-kit keeps connection state inside them. */
async function makeWallets(names: WalletName[], projectId: string | null): Promise<MainWalletBase[]> {
  const out: MainWalletBase[] = [];
  for (const name of names) {
    if (name === DEMO_WALLET) out.push(new DemoMainWallet({ fund: fundNewDemoWallet }));
    if (name === "keplr-extension") {
      const m = await import("@cosmos-kit/keplr-extension");
      out.push(new m.KeplrExtensionWallet(m.keplrExtensionInfo));
    }
    if (name === "leap-extension") {
      const m = await import("@cosmos-kit/leap-extension");
      out.push(new m.LeapExtensionWallet(m.leapExtensionInfo));
    }
    // WalletConnect's client (large) loads only where Keplr Mobile is offered: live mode with a project id.
    if (name === KEPLR_MOBILE && projectId) {
      const m = await import("@cosmos-kit/keplr-mobile");
      out.push(new m.KeplrMobileWallet(m.keplrMobileInfo));
    }
  }
  return out;
}

/**
 * cosmos-kit ends a session 30 minutes after the last account change unless told otherwise
 * (its Session calls setTimeout with `duration`). The app's sessions last as long as the wallet
 * keeps this origin enabled: the callback does nothing, and the duration is the largest delay
 * setTimeout accepts (larger values fire at once).
 */
const NO_EXPIRY = { duration: 2_147_483_647, callback: () => undefined };

export default function WalletIsland({ net }: { net: NetworkSnapshot }) {
  const projectId = walletConnectProjectId();
  const names = useMemo(() => walletsFor(net.mode, projectId), [net.mode, projectId]);
  const records = useMemo(() => chainRecords(net), [net]);
  const chainNames = useMemo(() => records.map((r) => r.name), [records]);
  const [wallets, setWallets] = useState<MainWalletBase[] | null>(null);
  // cosmos-kit takes the modal as a component; the network's mode reaches it through this closure.
  const Modal = useMemo(() => {
    const WithMode = (props: WalletModalProps) => <PickerModal {...props} mode={net.mode} />;
    return WithMode;
  }, [net.mode]);

  useEffect(() => {
    let live = true;
    void makeWallets(names, projectId).then((w) => live && setWallets(w));
    return () => {
      live = false;
    };
  }, [names, projectId]);

  if (!wallets) return null;
  return (
    <ChainProvider
      chains={records.map((r) => r.chain as unknown as KitChain)}
      assetLists={records.map((r) => r.assetList as unknown as KitAssetList)}
      wallets={wallets}
      walletModal={Modal}
      throwErrors={false}
      sessionOptions={NO_EXPIRY}
      // Endpoints are the app's business (lib/reads); cosmos-kit must not probe them on connect.
      endpointOptions={{ isLazy: true, endpoints: Object.fromEntries(records.map((r) => [r.name, { isLazy: true, rpc: r.preferredEndpoints?.rpc ?? [], rest: r.preferredEndpoints?.rest ?? [] }])) }}
      walletConnectOptions={
        projectId
          ? {
              signClient: {
                projectId,
                metadata: {
                  name: "MilkyWay dApp",
                  description: "Liquid staking and restaking on Cosmos",
                  url: location.origin,
                  icons: [],
                },
              },
            }
          : undefined
      }
      logLevel="NONE"
    >
      <Bridge chainNames={chainNames} />
    </ChainProvider>
  );
}

type ChainContexts = ReturnType<typeof useChains>;
type ChainContext = ChainContexts[string];

function viewOf(ctx: ChainContext): ChainWalletView | undefined {
  const w = ctx.chainWallet;
  if (!w) return undefined;
  return { chainId: ctx.chain.chain_id, walletName: w.walletName, status: ctx.status as KitStatus, address: ctx.address, message: ctx.message };
}

const RESTORE_WINDOW_MS = 10_000;

/** Waits until the store leaves "connecting" (a phone may take a while to approve), at most `ms`. */
function settled(ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (walletStore.getState().status !== "connecting") return resolve();
    const timer = setTimeout(done, ms);
    const stop = walletStore.subscribe((s) => {
      if (s.status !== "connecting") done();
    });
    function done() {
      clearTimeout(timer);
      stop();
      resolve();
    }
  });
}

/** Publishes cosmos-kit's state into the wallet store and runs the app's wallet commands. */
function Bridge({ chainNames }: { chainNames: string[] }) {
  const chains = useChains(chainNames);
  const latest = useRef(chains);
  useEffect(() => {
    latest.current = chains;
  });
  const primary = chains[chainNames[0]];
  const views = chainNames.map((n) => viewOf(chains[n]));

  // While cosmos-kit is about to restore a saved session (its wallet not yet asked), the header
  // keeps saying "connecting" instead of flashing "Connect wallet"; at most RESTORE_WINDOW_MS.
  const saved = browserStorage()?.getItem(CURRENT_WALLET_KEY) ?? null;
  const savedStatus = saved ? (primary.walletRepo.getWallet(saved)?.walletStatus as KitStatus | undefined) : undefined;
  const [restoreWindow, setRestoreWindow] = useState(true);
  useEffect(() => {
    const t = setTimeout(() => setRestoreWindow(false), RESTORE_WINDOW_MS);
    return () => clearTimeout(t);
  }, []);
  const bridged = bridgeState(views);
  const state =
    bridged.status === "disconnected" && restoreWindow && savedStatus === "Disconnected" && isOfferedWallet(saved)
      ? { ...bridged, status: "connecting" as const, kind: saved }
      : bridged;
  const key = JSON.stringify(state);

  // The store follows cosmos-kit. The signer is looked up at signing time, so an account switch
  // (cosmos-kit reconnects on the wallet's keystore event) signs with the new account.
  useEffect(() => {
    walletStore.getState().set({
      ...state,
      getSigner:
        state.status === "connected"
          ? (chainId) => {
              const ctx = Object.values(latest.current).find((c) => c.chain.chain_id === chainId);
              return autoSigner(ctx?.chainWallet?.client as SigningClient | undefined, chainId);
            }
          : null,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // A saved session whose wallet is gone (extension removed or locked) leaves a clean
  // disconnected state and is forgotten, instead of an error on every visit.
  useEffect(() => {
    const storage = browserStorage();
    if (savedStatus === "NotExist" && storage) forgetSavedSession(storage);
  }, [savedStatus]);

  // The demo wallet restoring itself and failing (keys unreadable, simulator down) says so once.
  const demoError = state.kind === DEMO_WALLET && state.status === "error" ? state.error : null;
  useEffect(() => {
    if (demoError) toastStore.getState().show({ id: "wallet-reconnect", tone: "error", title: "The demo wallet did not connect", detail: demoError });
  }, [demoError]);

  useEffect(() => {
    const run = async (command: WalletCommand): Promise<void> => {
      const repo = latest.current[chainNames[0]].walletRepo;
      switch (command.kind) {
        case "open":
          repo.openView();
          return;
        case "connect":
          await repo.connect(command.wallet, true);
          await settled(120_000);
          return;
        case "reset-demo": {
          const { forgetDemoWallet } = await import("@/lib/wallet/demo-wallet");
          forgetDemoWallet();
          const demo = repo.getWallet(DEMO_WALLET)?.mainWallet as DemoMainWallet | undefined;
          demo?.demoClient.forget();
          break;
        }
        case "disconnect":
          break;
      }
      // Disconnect (and reset): cosmos-kit ends every chain's session and forgets the current
      // wallet, so nothing reconnects on the next visit.
      const current = repo.current;
      if (current) await current.disconnect(true).catch(() => undefined);
      const storage = browserStorage();
      if (storage) forgetSavedSession(storage);
      walletStore.getState().reset();
    };
    const detach = attachWalletRunner(run);
    return () => {
      detach();
      // The island unmounts when the network changes: the old chain-ids' addresses and signer go with it.
      walletStore.getState().reset();
    };
  }, [chainNames]);

  return null;
}

/**
 * Our picker as cosmos-kit's walletModal: it lists the wallets of the chain's wallet repository
 * (cosmos-kit's list, in our order) and connects through it. It closes once the wallet store says
 * connected; a failure stays in the dialog, in the app's words.
 */
function PickerModal({ isOpen, setOpen, walletRepo, mode }: WalletModalProps & { mode: NetworkSnapshot["mode"] }) {
  const [chosen, setChosen] = useState<WalletName | null>(null);
  const store = useStore(walletStore);
  const wallets = (walletRepo?.wallets ?? []).map((w) => w.walletName).filter(isOfferedWallet);
  const chosenWallet = chosen ? walletRepo?.getWallet(chosen) : undefined;
  const chosenStatus = chosenWallet?.walletStatus as KitStatus | undefined;
  const connecting = chosen && (chosenStatus === "Connecting" || (store.status === "connecting" && store.kind === chosen)) ? chosen : null;
  const failed = chosen && chosenStatus && ["NotExist", "Rejected", "Error"].includes(chosenStatus);
  const error = failed ? connectErrorText(chosen!, chosenStatus!, chosenWallet?.message) : store.status === "error" && store.kind === chosen ? store.error : null;
  const qr = chosenWallet?.isModeWalletConnect ? (chosenWallet.qrUrl?.data ?? null) : null;

  // Each opening starts without a choice (state adjusted during render, not in an effect).
  const [wasOpen, setWasOpen] = useState(isOpen);
  if (wasOpen !== isOpen) {
    setWasOpen(isOpen);
    if (isOpen) setChosen(null);
  }

  useEffect(() => {
    if (isOpen && chosen && store.status === "connected" && store.kind === chosen) setOpen(false);
  }, [isOpen, chosen, store.status, store.kind, setOpen]);

  return (
    <ConnectDialog
      open={isOpen}
      mode={mode}
      wallets={wallets}
      connecting={connecting}
      error={error}
      pairingUri={qr}
      onSelect={(name) => {
        setChosen(name);
        void walletRepo?.connect(name, true);
      }}
      onClose={() => setOpen(false)}
      returnFocus={() => document.querySelector<HTMLElement>("[data-wallet-button]")}
    />
  );
}

