/**
 * The built-in demo wallet for the simulator: a mnemonic generated in this browser and kept in
 * localStorage. These are TEST KEYS — they exist only so a new user can try every flow with
 * nothing installed, and they are never offered for a non-simulated chain-id.
 */
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { SIM_CHAINS } from "../chains/sim-chains";
import { networkStore } from "../stores/network-store";

export const DEMO_WALLET_KEY = "milkyway:demo-wallet";

interface SavedDemoWallet {
  version: 1;
  mnemonic: string;
  funded: boolean;
}

function read(): SavedDemoWallet | null {
  try {
    const raw = localStorage.getItem(DEMO_WALLET_KEY);
    if (!raw) return null;
    const v = JSON.parse(raw);
    return v?.version === 1 && typeof v.mnemonic === "string" ? v : null;
  } catch {
    return null;
  }
}

function write(w: SavedDemoWallet): void {
  localStorage.setItem(DEMO_WALLET_KEY, JSON.stringify(w));
}

export function isSimulatedChainId(chainId: string): boolean {
  return SIM_CHAINS.some((c) => c.chainId === chainId);
}

/** Loads the saved demo mnemonic or makes a new one. */
export async function loadOrCreateDemoMnemonic(): Promise<{ mnemonic: string; funded: boolean }> {
  const saved = read();
  if (saved) return saved;
  const wallet = await DirectSecp256k1HdWallet.generate(24);
  const w: SavedDemoWallet = { version: 1, mnemonic: wallet.mnemonic, funded: false };
  write(w);
  return w;
}

export function markDemoFunded(): void {
  const saved = read();
  if (saved) write({ ...saved, funded: true });
}

export function exportDemoMnemonic(): string | null {
  return read()?.mnemonic ?? null;
}

export function forgetDemoWallet(): void {
  localStorage.removeItem(DEMO_WALLET_KEY);
}

/**
 * A signer for one simulated chain; refuses any chain-id that is not the simulator's, and any
 * chain-id at all outside simulator mode: the devnet serves the simulator's chain-ids over HTTP
 * as a "live" network, and the test keys must not sign there either.
 */
export async function demoSigner(mnemonic: string, chainId: string): Promise<DirectSecp256k1HdWallet> {
  const cfg = SIM_CHAINS.find((c) => c.chainId === chainId);
  if (!cfg) throw new Error(`The demo wallet only signs for the simulator, not for ${chainId}.`);
  if (networkStore.getState().mode !== "simulator") throw new Error("The demo wallet only signs in simulator mode.");
  return DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: cfg.bech32Prefix });
}

/** Addresses on every simulated chain (same key, each chain's prefix). */
export async function demoAddresses(mnemonic: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const c of SIM_CHAINS) {
    const [acc] = await (await demoSigner(mnemonic, c.chainId)).getAccounts();
    out[c.chainId] = acc.address;
  }
  return out;
}
