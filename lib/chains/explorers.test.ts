import { describe, expect, it } from "vitest";
import { LIVE_CHAIN_IDS, SIMULATOR_CHAIN_IDS } from "../stores/network-store";
import { explorerTxUrl, shortHash } from "./explorers";

const HASH = "a".repeat(64);

describe("explorer links", () => {
  it("link a mainnet transaction, upper-cased as explorers index it", () => {
    expect(explorerTxUrl({ mode: "live", chainIds: LIVE_CHAIN_IDS }, "osmosis", HASH)).toBe(`https://www.mintscan.io/osmosis/tx/${"A".repeat(64)}`);
  });
  it("give none for the simulator, a non-mainnet chain-id, a chain without one, or a malformed hash", () => {
    expect(explorerTxUrl({ mode: "simulator", chainIds: SIMULATOR_CHAIN_IDS }, "osmosis", HASH)).toBeNull();
    expect(explorerTxUrl({ mode: "live", chainIds: { ...LIVE_CHAIN_IDS, osmosis: "osmosis-sim-1" } }, "osmosis", HASH)).toBeNull();
    expect(explorerTxUrl({ mode: "live", chainIds: LIVE_CHAIN_IDS }, "moo", HASH)).toBeNull();
    expect(explorerTxUrl({ mode: "live", chainIds: LIVE_CHAIN_IDS }, "osmosis", "javascript:alert(1)")).toBeNull();
  });
  it("the network config's template wins, for any chain-id (a devnet's REST route), and only live", () => {
    const explorers = { osmosis: "http://127.0.0.1:26657/osmosis-sim-1/rest/cosmos/tx/v1beta1/txs/{hash}" };
    const devnet = { mode: "live" as const, chainIds: { ...LIVE_CHAIN_IDS, osmosis: "osmosis-sim-1" }, explorers };
    expect(explorerTxUrl(devnet, "osmosis", HASH)).toBe(`http://127.0.0.1:26657/osmosis-sim-1/rest/cosmos/tx/v1beta1/txs/${"A".repeat(64)}`);
    expect(explorerTxUrl(devnet, "celestia", HASH)).toBe(`https://www.mintscan.io/celestia/tx/${"A".repeat(64)}`);
    expect(explorerTxUrl({ ...devnet, mode: "simulator" }, "osmosis", HASH)).toBeNull();
    expect(explorerTxUrl(devnet, "osmosis", "not-a-hash")).toBeNull();
  });
  it("shortens a hash to its ends", () => {
    expect(shortHash("0123456789ABCDEF0123456789ABCDEF")).toBe("012345…CDEF");
    expect(shortHash("ABC")).toBe("ABC");
  });
});
