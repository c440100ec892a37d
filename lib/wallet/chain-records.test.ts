import { describe, expect, it } from "vitest";
import { chainRegistryChainToKeplr } from "@chain-registry/keplr";
import { chainRecord, chainRecords } from "./chain-records";
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

describe("our Keplr chain suggestion (what the connectors' addChain sends; next.config.js aliases @chain-registry/keplr to it)", () => {
  it("is exactly what @chain-registry/keplr makes of every chain record of both networks", async () => {
    const { chainRegistryChainToKeplr: ours } = await import("./keplr-chain-info");
    const live: NetworkSnapshot = {
      mode: "live",
      chainIds: { celestia: "celestia", osmosis: "osmosis-1", milkyway: "milkyway", babylon: "bbn-1", initia: "interwoven-1", moo: "" },
      rpc: { osmosis: "https://rpc.osmosis.example", milkyway: "https://rpc.milkyway.example" },
    };
    const records = [...chainRecords(SIM), ...chainRecords(live)];
    expect(records).toHaveLength(11);
    for (const r of records) {
      expect(ours(r.chain as never, [r.assetList as never]), r.name).toEqual(chainRegistryChainToKeplr(r.chain as never, [r.assetList as never]));
    }
  });

  it("agrees with it on the SDK and CosmWasm feature rules for other versions too", async () => {
    const { chainRegistryChainToKeplr: ours } = await import("./keplr-chain-info");
    const base = chainRecord(SIM, "osmosis");
    for (const sdk of ["0.39.2", "v0.42.1", "0.44.0", "0.45.16", "v0.47", "0.53.0-rc.1"]) {
      for (const wasm of [undefined, "0.20.0", "v0.45.0"]) {
        const chain = { ...base.chain, codebase: { cosmos_sdk_version: sdk, cosmwasm_enabled: true, cosmwasm_version: wasm } };
        expect(ours(chain as never, [base.assetList as never]).features, `${sdk} ${wasm}`).toEqual(chainRegistryChainToKeplr(chain as never, [base.assetList as never]).features);
      }
    }
  });
});
