import { describe, expect, it } from "vitest";
import { NETWORK_STORAGE_KEY, persistedMode } from "./network-store";

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
