import { describe, expect, it } from "vitest";
import { ACCOUNTS_KEY, CURRENT_WALLET_KEY, forgetSavedSession, LEGACY_LAST_WALLET_KEY, settleSavedSession } from "./saved-session";

function memory(init: Record<string, string> = {}) {
  const m = new Map(Object.entries(init));
  return {
    map: m,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

const SIM_IDS = ["celestia-sim-1", "osmosis-sim-1", "milkyway-sim-1"];
const accounts = (ids: string[]) => JSON.stringify(ids.map((chainId) => ({ namespace: "cosmos", chainId, address: `a-${chainId}` })));

describe("the saved wallet session", () => {
  it("turns the app's former choice into cosmos-kit's current wallet, once", () => {
    for (const [legacy, name] of [
      ["demo", "milkyway-demo"],
      ["keplr", "keplr-extension"],
      ["leap", "leap-extension"],
      ["keplr-mobile", "keplr-mobile"],
    ]) {
      const s = memory({ [LEGACY_LAST_WALLET_KEY]: legacy });
      expect(settleSavedSession(s, SIM_IDS)).toBe(name);
      expect(s.map.get(CURRENT_WALLET_KEY)).toBe(name);
      expect(s.map.has(LEGACY_LAST_WALLET_KEY)).toBe(false);
    }
  });

  it("keeps a remembered disconnect: the former 'none' restores nothing", () => {
    const s = memory({ [LEGACY_LAST_WALLET_KEY]: "none" });
    expect(settleSavedSession(s, SIM_IDS)).toBeNull();
    expect([...s.map.keys()]).toEqual([]);
  });

  it("lets a session cosmos-kit already holds win over the former choice", () => {
    const s = memory({ [LEGACY_LAST_WALLET_KEY]: "demo", [CURRENT_WALLET_KEY]: "keplr-extension" });
    expect(settleSavedSession(s, SIM_IDS)).toBe("keplr-extension");
  });

  it("clears the session of a wallet the app no longer offers, with its accounts", () => {
    const s = memory({ [CURRENT_WALLET_KEY]: "cosmostation-extension", [ACCOUNTS_KEY]: accounts(SIM_IDS) });
    expect(settleSavedSession(s, SIM_IDS)).toBeNull();
    expect([...s.map.keys()]).toEqual([]);
  });

  it("drops accounts saved for another network's chain-ids, so every chain of this one reconnects", () => {
    const other = memory({ [CURRENT_WALLET_KEY]: "keplr-extension", [ACCOUNTS_KEY]: accounts(["celestia", "osmosis-1"]) });
    expect(settleSavedSession(other, SIM_IDS)).toBe("keplr-extension");
    expect(other.map.has(ACCOUNTS_KEY)).toBe(false);

    const same = memory({ [CURRENT_WALLET_KEY]: "keplr-extension", [ACCOUNTS_KEY]: accounts(SIM_IDS) });
    settleSavedSession(same, SIM_IDS);
    expect(same.map.get(ACCOUNTS_KEY)).toBe(accounts(SIM_IDS));

    const garbage = memory({ [CURRENT_WALLET_KEY]: "keplr-extension", [ACCOUNTS_KEY]: "{not json" });
    expect(settleSavedSession(garbage, SIM_IDS)).toBe("keplr-extension");
    expect(garbage.map.has(ACCOUNTS_KEY)).toBe(false);
  });

  it("forgets everything a disconnect must forget", () => {
    const s = memory({ [CURRENT_WALLET_KEY]: "milkyway-demo", [ACCOUNTS_KEY]: accounts(SIM_IDS), other: "kept" });
    forgetSavedSession(s);
    expect([...s.map.keys()]).toEqual(["other"]);
  });
});
