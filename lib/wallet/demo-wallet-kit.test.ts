import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Logger, WalletManager } from "@cosmos-kit/core";
import { DemoMainWallet } from "./demo-wallet-kit";
import { chainRecords } from "./chain-records";
import { autoSigner, type SigningClient } from "./auto-signer";
import { DEMO_WALLET_KEY, demoAddresses } from "./demo-wallet";
import { DEMO_WALLET } from "./wallet-names";
import { CURRENT_WALLET_KEY } from "./saved-session";
import type { NetworkSnapshot } from "../chains/networks";

// The demo wallet driven by cosmos-kit's own WalletManager (what ChainProvider builds), with
// every chain repository active as useChains makes them: the app's contract with cosmos-kit.

const SIM: NetworkSnapshot = {
  mode: "simulator",
  chainIds: { celestia: "celestia-sim-1", osmosis: "osmosis-sim-1", milkyway: "milkyway-sim-1", babylon: "babylon-sim-1", initia: "initia-sim-1", moo: "moo-sim-1" },
  rpc: {},
};

const store = new Map<string, string>();
const storage = {
  getItem: (k: string) => store.get(k) ?? null,
  setItem: (k: string, v: string) => void store.set(k, v),
  removeItem: (k: string) => void store.delete(k),
};

beforeEach(() => {
  store.clear();
  Object.assign(globalThis, { localStorage: storage, window: { localStorage: storage } });
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).window;
  delete (globalThis as Record<string, unknown>).localStorage;
});

function manager(fund: (a: Record<string, string>) => Promise<void>) {
  const records = chainRecords(SIM);
  const wallet = new DemoMainWallet({ fund });
  const m = new WalletManager(records.map((r) => r.chain) as never, [wallet], new Logger("NONE"), false, true, [], records.map((r) => r.assetList) as never, undefined, undefined, undefined, { isLazy: true });
  const ids = records.map((r) => r.name);
  for (const repo of m.walletRepos) {
    repo.activate();
    // What useChains installs: enable every chain of the network before a chain wallet connects.
    for (const w of repo.wallets) w.callbacks = { ...w.callbacks, beforeConnect: () => w.client?.enable?.(ids) ?? Promise.resolve() };
  }
  return { m, wallet, ids };
}

async function connected(m: WalletManager): Promise<Record<string, string>> {
  await m.walletRepos[0].connect(DEMO_WALLET, true);
  await expect.poll(() => m.walletRepos.every((r) => r.current?.walletStatus === "Connected")).toBe(true);
  return Object.fromEntries(m.walletRepos.map((r) => [r.chainRecord.chain!.chain_id, r.current!.address!]));
}

describe("the demo wallet as a cosmos-kit wallet", () => {
  it("connects every simulated chain in one choice, funds the new keys once, and is remembered", async () => {
    const funded: Array<Record<string, string>> = [];
    const { m } = manager(async (a) => void funded.push(a));
    const addresses = await connected(m);

    const saved = JSON.parse(store.get(DEMO_WALLET_KEY)!) as { mnemonic: string; funded: boolean };
    expect(addresses).toEqual(await demoAddresses(saved.mnemonic));
    expect(funded).toEqual([addresses]);
    expect(saved.funded).toBe(true);
    expect(store.get(CURRENT_WALLET_KEY)).toBe(DEMO_WALLET);

    // A second manager (the next page load) finds the same keys and pays nothing again.
    const again = manager(async (a) => void funded.push(a));
    expect(await connected(again.m)).toEqual(addresses);
    expect(funded).toHaveLength(1);
  });

  it("signs direct, with the key of the address it shows", async () => {
    const { m } = manager(async () => undefined);
    const addresses = await connected(m);
    const repo = m.walletRepos.find((r) => r.chainRecord.chain!.chain_id === "osmosis-sim-1")!;
    const signer = await autoSigner(repo.current!.client as SigningClient, "osmosis-sim-1");
    expect("signDirect" in signer).toBe(true);
    expect((await signer.getAccounts())[0].address).toBe(addresses["osmosis-sim-1"]);
  });

  it("is not connected when the faucet fails, keeps no funded mark, and funds on the next attempt", async () => {
    let fail = true;
    const funded: string[] = [];
    const { m } = manager(async () => {
      if (fail) throw new Error("The simulator is not running.");
      funded.push("paid");
    });
    await m.walletRepos[0].connect(DEMO_WALLET, true);
    await expect.poll(() => m.walletRepos[0].getWallet(DEMO_WALLET)!.walletStatus).toBe("Error");
    expect(m.walletRepos[0].getWallet(DEMO_WALLET)!.message).toBe("The simulator is not running.");
    expect(JSON.parse(store.get(DEMO_WALLET_KEY)!).funded).toBe(false);
    fail = false;
    await connected(m);
    expect(funded).toEqual(["paid"]);
  });

  it("refuses to be enabled for a chain-id that is not the simulator's", async () => {
    const { wallet } = manager(async () => undefined);
    await expect(wallet.demoClient.enable(["osmosis-1"])).rejects.toThrow("The demo wallet only signs for the simulator, not for osmosis-1.");
    expect(store.has(DEMO_WALLET_KEY)).toBe(false);
  });
});
