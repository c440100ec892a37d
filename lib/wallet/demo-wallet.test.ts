import { describe, expect, it } from "vitest";
import { demoAddresses, demoSigner, isSimulatedChainId } from "./demo-wallet";
import { SIM_CHAINS } from "../chains/sim-chains";
import { LIVE_CHAIN_IDS, networkStore } from "../stores/network-store";

// A fixed, public test mnemonic (never funded anywhere real).
const MNEMONIC = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

describe("demo wallet chain-id guard", () => {
  it("refuses to make a signer for any live chain-id", async () => {
    for (const chainId of [...Object.values(LIVE_CHAIN_IDS), "cosmoshub-4", ""]) {
      expect(isSimulatedChainId(chainId)).toBe(false);
      await expect(demoSigner(MNEMONIC, chainId)).rejects.toThrow(`The demo wallet only signs for the simulator, not for ${chainId}.`);
    }
  });

  it("no live default chain-id is also a simulated one (so the guard cannot be fooled by a default)", () => {
    const sim = new Set(SIM_CHAINS.map((c) => c.chainId));
    expect(Object.values(LIVE_CHAIN_IDS).filter((id) => sim.has(id))).toEqual([]);
  });

  it("refuses even a simulator chain-id while the app is in live mode (the devnet serves them)", async () => {
    networkStore.setState({ mode: "live" });
    try {
      await expect(demoSigner(MNEMONIC, SIM_CHAINS[0].chainId)).rejects.toThrow("The demo wallet only signs in simulator mode.");
    } finally {
      networkStore.setState({ mode: "simulator" });
    }
  });

  it("signs for each simulated chain with that chain's prefix", async () => {
    const addrs = await demoAddresses(MNEMONIC);
    expect(Object.keys(addrs).sort()).toEqual(SIM_CHAINS.map((c) => c.chainId).sort());
    for (const c of SIM_CHAINS) {
      expect(addrs[c.chainId].startsWith(`${c.bech32Prefix}1`)).toBe(true);
      const [acc] = await (await demoSigner(MNEMONIC, c.chainId)).getAccounts();
      expect(acc.address).toBe(addrs[c.chainId]);
    }
  });
});
