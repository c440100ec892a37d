/**
 * What the app's wallet store says, computed from cosmos-kit's chain wallets (one per chain of
 * the network, from useChains). A pure function, so the rules are tested without React.
 */
import { isOfferedWallet, WALLET_LABELS, type WalletName } from "./wallet-names";

/** cosmos-kit's WalletStatus values. */
export type KitStatus = "Disconnected" | "Connecting" | "Connected" | "NotExist" | "Rejected" | "Error";

export interface ChainWalletView {
  chainId: string;
  walletName: string;
  status: KitStatus;
  address?: string;
  message?: string;
}

export interface BridgedState {
  kind: WalletName | null;
  status: "disconnected" | "connecting" | "connected" | "error";
  error: string | null;
  addresses: Record<string, string>;
}

const DISCONNECTED: BridgedState = { kind: null, status: "disconnected", error: null, addresses: {} };

/** cosmos-kit's fixed messages, in the app's words. */
export function connectErrorText(walletName: string, status: KitStatus, message: string | undefined): string {
  const label = isOfferedWallet(walletName) ? WALLET_LABELS[walletName] : walletName;
  if (status === "NotExist") return `${label} is not installed in this browser (or is locked and did not answer).`;
  if (status === "Rejected") return `You declined the connection in ${label}.`;
  const text = (message ?? "").replace(/^InitClientError: /, "").trim();
  return text || `${label} did not connect.`;
}

/**
 * Connected only when every chain of the network has an address: a half-connected wallet would
 * show balances for some chains and sign for none of the others. Any chain still asking makes it
 * "connecting"; any chain that failed makes it an error (with that chain's reason).
 */
export function bridgeState(views: ReadonlyArray<ChainWalletView | undefined>): BridgedState {
  const active = views.filter((v): v is ChainWalletView => v !== undefined && v.status !== "Disconnected" && v.status !== "NotExist");
  if (active.length === 0) return DISCONNECTED;
  const name = active[0].walletName;
  const kind = isOfferedWallet(name) ? name : null;
  const failed = active.find((v) => v.status === "Error" || v.status === "Rejected");
  if (failed) return { kind, status: "error", error: connectErrorText(failed.walletName, failed.status, failed.message), addresses: {} };
  const all = views.every((v) => v?.status === "Connected" && v.address);
  if (active.some((v) => v.status === "Connecting") || !all) return { kind, status: "connecting", error: null, addresses: {} };
  const addresses: Record<string, string> = {};
  for (const v of active) addresses[v.chainId] = v.address!;
  return { kind, status: "connected", error: null, addresses };
}
