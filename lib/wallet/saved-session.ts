/**
 * The saved wallet session is cosmos-kit's own: it remembers the current wallet (and the
 * accounts it saw) in localStorage and restores it when its ChainProvider mounts; a disconnect
 * removes it. The header only peeks at it to decide whether the wallet island must load at once.
 * Sessions this app wrote before cosmos-kit managed them, and sessions of wallets no longer
 * offered, are translated or cleared here, before cosmos-kit reads them.
 */
import { isOfferedWallet, DEMO_WALLET, KEPLR_EXTENSION, KEPLR_MOBILE, LEAP_EXTENSION, type WalletName } from "./wallet-names";

/** cosmos-kit 2's storage keys (@cosmos-kit/core: bases/wallet.ts, manager.ts). */
export const CURRENT_WALLET_KEY = "cosmos-kit@2:core//current-wallet";
export const ACCOUNTS_KEY = "cosmos-kit@2:core//accounts";
/** What the app's own wallet code remembered before (demo | keplr | leap | keplr-mobile | none). */
export const LEGACY_LAST_WALLET_KEY = "milkyway:last-wallet";

const LEGACY_NAMES: Record<string, WalletName> = {
  demo: DEMO_WALLET,
  keplr: KEPLR_EXTENSION,
  leap: LEAP_EXTENSION,
  "keplr-mobile": KEPLR_MOBILE,
};

type Storage = Pick<globalThis.Storage, "getItem" | "setItem" | "removeItem">;

/**
 * Brings the saved session into the shape cosmos-kit restores, and returns the wallet it names
 * (null: nothing to restore). A legacy choice becomes cosmos-kit's current wallet unless
 * cosmos-kit already holds one; "none" (a remembered disconnect) restores nothing; a wallet the
 * app no longer offers is forgotten with its accounts.
 */
export function settleSavedSession(storage: Storage, chainIds: readonly string[]): WalletName | null {
  dropForeignAccounts(storage, chainIds);
  const legacy = storage.getItem(LEGACY_LAST_WALLET_KEY);
  if (legacy !== null) {
    storage.removeItem(LEGACY_LAST_WALLET_KEY);
    const name = LEGACY_NAMES[legacy];
    if (name && storage.getItem(CURRENT_WALLET_KEY) === null) storage.setItem(CURRENT_WALLET_KEY, name);
  }
  const current = storage.getItem(CURRENT_WALLET_KEY);
  if (current === null) return null;
  if (isOfferedWallet(current)) return current;
  forgetSavedSession(storage);
  return null;
}

/**
 * cosmos-kit restores only the chains its saved accounts name; accounts saved on the other
 * network (simulator vs live chain-ids) would restore none. Without them it reconnects every
 * chain of the network, which is what a network switch needs.
 */
function dropForeignAccounts(storage: Storage, chainIds: readonly string[]): void {
  const raw = storage.getItem(ACCOUNTS_KEY);
  if (raw === null) return;
  let saved: unknown;
  try {
    saved = JSON.parse(raw);
  } catch {
    saved = null;
  }
  const ids = new Set(Array.isArray(saved) ? saved.map((a) => (a as { chainId?: unknown })?.chainId) : []);
  if (!chainIds.every((id) => ids.has(id))) storage.removeItem(ACCOUNTS_KEY);
}

/** What a disconnect leaves: nothing to restore on the next visit. */
export function forgetSavedSession(storage: Storage): void {
  storage.removeItem(CURRENT_WALLET_KEY);
  storage.removeItem(ACCOUNTS_KEY);
}

/** localStorage, or null where it is refused (private modes, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
