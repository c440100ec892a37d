/**
 * The wallets the app offers, by cosmos-kit wallet name (the name cosmos-kit stores as the
 * current wallet), with what the header and the picker say about each. Kept free of cosmos-kit
 * imports: the header reads it on every page, before the wallet island loads.
 */
import type { NetworkMode } from "../stores/network-store";

export const DEMO_WALLET = "milkyway-demo";
export const KEPLR_EXTENSION = "keplr-extension";
export const KEPLR_MOBILE = "keplr-mobile";
export const LEAP_EXTENSION = "leap-extension";

export type WalletName = typeof DEMO_WALLET | typeof KEPLR_EXTENSION | typeof KEPLR_MOBILE | typeof LEAP_EXTENSION;

/**
 * Every wallet some mode of the app offers (README, "Wallets offered"); a saved session naming
 * anything else is cleared. Not offered because they no longer sign or cannot sign here:
 * Cosmostation (discontinued; signing ended 1 September 2026), OKX (enables only a fixed list of
 * chain-ids, none of ours besides Celestia and Osmosis), cosmos-kit's own Ledger wallet (imports the
 * whole chain registry and knows no chain-id outside it); a Ledger signs through Keplr instead.
 */
export const OFFERED_WALLETS: readonly WalletName[] = [DEMO_WALLET, KEPLR_EXTENSION, LEAP_EXTENSION, KEPLR_MOBILE];

export const WALLET_LABELS: Record<WalletName, string> = {
  [DEMO_WALLET]: "Demo wallet",
  [KEPLR_EXTENSION]: "Keplr",
  [KEPLR_MOBILE]: "Keplr Mobile",
  [LEAP_EXTENSION]: "Leap",
};

export function isOfferedWallet(name: string | null | undefined): name is WalletName {
  return typeof name === "string" && (OFFERED_WALLETS as readonly string[]).includes(name);
}

/**
 * Which wallets a network offers. The demo wallet's test keys sign for the simulator only; the
 * simulated chains exist only in this browser, so a phone paired over WalletConnect has nothing
 * to sign there, and without a WalletConnect project id there is no relay to pair through.
 */
export function walletsFor(mode: NetworkMode, walletConnectProjectId: string | null): WalletName[] {
  const extensions: WalletName[] = [KEPLR_EXTENSION, LEAP_EXTENSION];
  if (mode === "simulator") return [DEMO_WALLET, ...extensions];
  return walletConnectProjectId ? [...extensions, KEPLR_MOBILE] : extensions;
}

/** The project id is public by design (it identifies the dApp to the relay), so NEXT_PUBLIC_ is right. */
export function walletConnectProjectId(): string | null {
  const id = process.env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID?.trim();
  return id ? id : null;
}
