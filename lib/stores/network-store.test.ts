import { describe, expect, it } from "vitest";
import { isValidExplorerTemplate, NETWORK_STORAGE_KEY, networkStore, persistedMode } from "./network-store";

const storage = (value: string | null) => ({ getItem: (k: string) => (k === NETWORK_STORAGE_KEY ? value : null) });

describe("persistedMode (read before hydration, to start the simulator early)", () => {
  it("is the mode zustand persisted", () => {
    expect(persistedMode(storage(JSON.stringify({ state: { mode: "live" }, version: 1 })))).toBe("live");
    expect(persistedMode(storage(JSON.stringify({ state: { mode: "simulator" }, version: 1 })))).toBe("simulator");
  });

  it("is the default, the simulator, when nothing usable is stored", () => {
    expect(persistedMode(storage(null))).toBe("simulator");
    expect(persistedMode(storage("{not json"))).toBe("simulator");
    expect(persistedMode(storage(JSON.stringify({ state: { mode: "mainnet" } })))).toBe("simulator");
    expect(persistedMode(storage(JSON.stringify("live")))).toBe("simulator");
    expect(persistedMode(undefined)).toBe("simulator");
    expect(persistedMode({ getItem: () => { throw new Error("SecurityError"); } })).toBe("simulator");
  });
});

describe("explorer templates in the network config", () => {
  it("takes an http(s) URL with {hash} exactly once, and refuses anything else without changing the store", () => {
    expect(isValidExplorerTemplate("https://www.mintscan.io/osmosis/tx/{hash}")).toBe(true);
    expect(isValidExplorerTemplate("http://127.0.0.1:26657/osmosis-sim-1/rest/cosmos/tx/v1beta1/txs/{hash}")).toBe(true);
    for (const bad of ["javascript:alert('{hash}')", "https://x.io/tx/", "https://x.io/{hash}/{hash}", " https://x.io/{hash}", "data:text/html,{hash}"]) {
      expect(isValidExplorerTemplate(bad), bad).toBe(false);
    }
    const before = networkStore.getState().explorers;
    expect(() => networkStore.getState().setExplorers({ osmosis: "https://ok.io/{hash}", celestia: "javascript:{hash}" })).toThrow(RangeError);
    expect(networkStore.getState().explorers).toBe(before);
    networkStore.getState().setExplorers({ osmosis: "https://ok.io/{hash}" });
    expect(networkStore.getState().explorers).toEqual({ osmosis: "https://ok.io/{hash}" });
    networkStore.getState().setExplorers({ osmosis: "" });
    expect(networkStore.getState().explorers).toEqual({});
  });
});
