/**
 * Keplr Mobile over WalletConnect v2, through cosmos-kit's KeplrMobileWallet class used directly
 * (as extension-wallet.ts does for the extensions): loaded only when the user picks it, only in
 * live mode, and only when a WalletConnect project id is configured. The simulated chains exist
 * only in this browser, so a phone has nothing to sign for there; the demo wallet serves that.
 */
import type { OfflineSigner } from "@cosmjs/proto-signing";
import type { NetworkSnapshot } from "../chains/networks";
import { CHAIN_KEYS } from "../stores/network-store";

/** The project id is public by design (it identifies the dApp to the relay), so NEXT_PUBLIC_ is right. */
export function walletConnectProjectId(): string | null {
  const id = process.env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID?.trim();
  return id ? id : null;
}

export function keplrMobileAvailable(net: Pick<NetworkSnapshot, "mode">, projectId = walletConnectProjectId()): boolean {
  return net.mode === "live" && projectId !== null;
}

/** The part of cosmos-kit's Keplr WalletConnect client we use. */
export interface WcClient {
  qrUrl: { state: string; data?: string; message?: string };
  sessions: unknown[];
  setActions(actions: { qrUrl?: { state?: (s: string) => void; message?: (m?: string) => void } }): void;
  init(): Promise<void>;
  connect(chainIds: string[]): Promise<void>;
  enable(chainIds: string[]): Promise<void>;
  getAccount(chainId: string): Promise<{ address: string; isNanoLedger?: boolean }>;
  getOfflineSigner(chainId: string, preferredSignType: "amino" | "direct"): Promise<OfflineSigner> | OfflineSigner;
  disconnect(): Promise<void>;
  /** Set once a session is approved (KeplrWalletConnectV2). */
  keplr?: unknown;
}

export type WcClientLoader = (projectId: string) => Promise<WcClient>;

export class NoWalletConnectSessionError extends Error {
  constructor() {
    super("There is no Keplr Mobile session to restore.");
  }
}

export class WalletConnectUnavailableError extends Error {}

function deviceEnv() {
  const ua = typeof navigator === "undefined" ? "" : navigator.userAgent;
  const os = /android/i.test(ua) ? "android" : /iphone|ipad|ipod/i.test(ua) ? "ios" : /mac/i.test(ua) ? "macos" : /win/i.test(ua) ? "windows" : "linux";
  return { device: os === "android" || os === "ios" ? "mobile" : "desktop", os, browser: "chrome" };
}

const loadKeplrMobile: WcClientLoader = async (projectId) => {
  const m = await import("@cosmos-kit/keplr-mobile");
  const wallet = new m.KeplrMobileWallet(m.keplrMobileInfo);
  wallet.setEnv(deviceEnv() as never);
  await wallet.initClient({
    signClient: {
      projectId,
      metadata: {
        name: "MilkyWay dApp",
        description: "Liquid staking and restaking on Cosmos",
        url: typeof location === "undefined" ? "" : location.origin,
        icons: [],
      },
    },
  });
  if (wallet.clientMutable.state === "Error" || !wallet.client) {
    throw new WalletConnectUnavailableError(wallet.clientMutable.message ?? "WalletConnect could not start.");
  }
  return wallet.client as unknown as WcClient;
};

export interface KeplrMobileSession {
  addresses: Record<string, string>;
  getSigner: (chainId: string) => Promise<OfflineSigner>;
  refresh: () => Promise<Record<string, string>>;
  disconnect: () => Promise<void>;
}

export interface ConnectKeplrMobileOptions {
  projectId: string;
  /** The pairing link (wc:…) to show as a QR code or open on the phone; called once it exists. */
  onPairingUri?: (uri: string) => void;
  /** Restore an existing session only; never start a new pairing (automatic reconnect). */
  silent?: boolean;
  load?: WcClientLoader;
}

/**
 * Pairs with Keplr Mobile for every chain of the live network (or restores the saved session),
 * and returns the same session shape as the extensions. The WalletConnect client reports a
 * failed proposal by state, not by a throw, so a missing `keplr` after connect is the error.
 */
export async function connectKeplrMobile(net: NetworkSnapshot, opts: ConnectKeplrMobileOptions): Promise<KeplrMobileSession> {
  if (net.mode !== "live") throw new WalletConnectUnavailableError("Keplr Mobile signs for live networks only; on the simulator use the demo wallet or the Keplr extension.");
  const client = await (opts.load ?? loadKeplrMobile)(opts.projectId);
  const chainIds = CHAIN_KEYS.map((k) => net.chainIds[k]).filter(Boolean);

  if (opts.silent) {
    await client.init();
    if (client.sessions.length === 0) throw new NoWalletConnectSessionError();
  }
  client.setActions({
    qrUrl: {
      state: (s) => {
        if (s === "Done" && client.qrUrl.data) opts.onPairingUri?.(client.qrUrl.data);
      },
    },
  });
  await client.connect(chainIds);
  if (!client.keplr) {
    throw new WalletConnectUnavailableError(client.qrUrl.message ?? "Keplr Mobile did not approve the connection.");
  }
  await client.enable(chainIds);

  const readAddresses = async () => {
    const out: Record<string, string> = {};
    for (const id of chainIds) out[id] = (await client.getAccount(id)).address;
    return out;
  };
  return {
    addresses: await readAddresses(),
    getSigner: async (chainId) => {
      const account = await client.getAccount(chainId);
      return client.getOfflineSigner(chainId, account.isNanoLedger ? "amino" : "direct");
    },
    refresh: readAddresses,
    disconnect: () => client.disconnect(),
  };
}
