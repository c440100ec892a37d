import { describe, expect, it } from "vitest";
import { chainRegistryChainToKeplr } from "@chain-registry/keplr";
import { chainRecord } from "./chain-records";
import type { NetworkSnapshot } from "../chains/networks";

const SIM: NetworkSnapshot = {
  mode: "simulator",
  chainIds: {
    celestia: "celestia-sim-1",
    osmosis: "osmosis-sim-1",
    milkyway: "milkyway-sim-1",
    babylon: "babylon-sim-1",
    initia: "initia-sim-1",
    moo: "moo-sim-1",
  },
  rpc: {},
};

describe("chainRecord", () => {
  it("is what cosmos-kit turns into the Keplr chain suggestion for a simulated chain", () => {
    // The same conversion KeplrClient.addChain / LeapClient.addChain apply before suggesting.
    const r = chainRecord(SIM, "osmosis");
    const info = chainRegistryChainToKeplr(r.chain as never, [r.assetList as never]);
    expect(info).toMatchObject({
      chainId: "osmosis-sim-1",
      rpc: "http://127.0.0.1:26657/osmosis-sim-1",
      bip44: { coinType: 118 },
      bech32Config: { bech32PrefixAccAddr: "osmo", bech32PrefixValAddr: "osmovaloper" },
      stakeCurrency: { coinMinimalDenom: "uosmo", coinDenom: "OSMO", coinDecimals: 6 },
      feeCurrencies: [{ coinMinimalDenom: "uosmo", gasPriceStep: { low: 0.0025 } }],
    });
    expect(info.features).toContain("cosmwasm");
    expect(r.preferredEndpoints?.rpc).toEqual(["http://127.0.0.1:26657/osmosis-sim-1"]);
    // The devnet's REST, where the extension reads balances, staking and rewards.
    expect(info.rest).toBe("http://127.0.0.1:26657/osmosis-sim-1/rest");
    expect(r.preferredEndpoints?.rest).toEqual(["http://127.0.0.1:26657/osmosis-sim-1/rest"]);
  });

  it("gives a devnet endpoint in live mode its REST base too", () => {
    const live: NetworkSnapshot = { ...SIM, mode: "live", rpc: { celestia: "http://localhost:4567/celestia-sim-1/" } };
    const info = chainRegistryChainToKeplr(chainRecord(live, "celestia").chain as never, [chainRecord(live, "celestia").assetList as never]);
    expect(info.rest).toBe("http://localhost:4567/celestia-sim-1/rest");
  });

  it("uses the live chain-id and the configured endpoint in live mode", () => {
    const live: NetworkSnapshot = { ...SIM, mode: "live", chainIds: { ...SIM.chainIds, milkyway: "milkyway" }, rpc: { milkyway: "https://rpc.example" } };
    const info = chainRegistryChainToKeplr(chainRecord(live, "milkyway").chain as never, [chainRecord(live, "milkyway").assetList as never]);
    expect(info).toMatchObject({ chainId: "milkyway", rpc: "https://rpc.example", bech32Config: { bech32PrefixAccAddr: "milk" } });
  });
});
