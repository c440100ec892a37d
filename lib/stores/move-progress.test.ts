import { beforeEach, describe, expect, it } from "vitest";
import { bringV1AsMove, bringV1Key, moveProgressKey, parseMoveProgress, saveMoveProgress, type MoveScope } from "./move-progress";

const store = new Map<string, string>();
(globalThis as { localStorage?: Pick<Storage, "getItem" | "setItem" | "removeItem"> }).localStorage = {
  getItem: (k) => store.get(k) ?? null,
  setItem: (k, v) => void store.set(k, v),
  removeItem: (k) => void store.delete(k),
};

const loadMoveProgress = (s: MoveScope) => parseMoveProgress(localStorage.getItem(moveProgressKey(s)));
const scope = { mode: "simulator" as const, lstSymbol: "milkTIA", address: "celestia1user" };

describe("Move-tab progress persistence", () => {
  beforeEach(() => store.clear());

  it("round-trips exact amounts, per mode and account, and is cleared", () => {
    const m = { symbol: "milkTIA", from: "celestia" as const, to: "milkyway" as const, amount: 12_345_678_901_234_567_890n, hop: 1, sent: true, baseline: 5n };
    saveMoveProgress(scope, m);
    expect(loadMoveProgress(scope)).toEqual(m);
    expect(loadMoveProgress({ ...scope, mode: "live" })).toBeNull();
    expect(loadMoveProgress({ ...scope, address: "celestia1other" })).toBeNull();
    saveMoveProgress(scope, null);
    expect(loadMoveProgress(scope)).toBeNull();
  });

  it("ignores a damaged save", () => {
    saveMoveProgress(scope, { symbol: "TIA", from: "celestia", to: "osmosis", amount: 1n, hop: 0, sent: true, baseline: 0n });
    const key = [...store.keys()][0];
    const good = { v: 2, symbol: "TIA", from: "celestia", to: "osmosis", amount: "1", hop: 0, sent: true, baseline: "0" };
    for (const bad of [{ from: "mars" }, { amount: "1.5" }, { hop: -1 }, { hop: 1.5 }, { sent: "yes" }, { v: 1 }, { baseline: "__proto__" }]) {
      store.set(key, JSON.stringify({ ...good, ...bad }));
      expect(loadMoveProgress(scope), JSON.stringify(bad)).toBeNull();
    }
    store.set(key, "{not json");
    expect(loadMoveProgress(scope)).toBeNull();
    // A save from before routes (v1) is not misread as one.
    store.set(key, JSON.stringify({ v: 1, direction: "deposit", amount: "1", baseline: "0" }));
    expect(loadMoveProgress(scope)).toBeNull();
  });

  it("keeps a hop's packet sequence, send time and follow-up, and refuses damaged ones", () => {
    const m = { symbol: "milkTIA", from: "osmosis" as const, to: "milkyway" as const, amount: 25_000_000n, hop: 0, sent: true, baseline: 0n, sequence: "7", sentMs: 1_700_000_000_000, then: "pool:1" };
    saveMoveProgress(scope, m);
    expect(loadMoveProgress(scope)).toEqual(m);
    const key = [...store.keys()][0];
    const good = JSON.parse(store.get(key)!);
    for (const bad of [{ sequence: 7 }, { sequence: "7a" }, { sentMs: "1" }, { then: "pool:x" }, { then: "<script>" }, { then: 1 }]) {
      store.set(key, JSON.stringify({ ...good, ...bad }));
      expect(loadMoveProgress(scope), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe("a bring saved by the earlier Restake flow", () => {
  const chainId = "milkyway-sim-1";
  const address = "milk1user";
  const v1 = { v: 1, chainId, address, amount: "25000000", target: "pool:1", sequence: "7", txHash: "AB", sentMs: 1_700_000_000_000 };
  it("resumes as the move that replaced it: Osmosis → MilkyWay, sent, its sequence, time and restake target", () => {
    expect(bringV1AsMove(JSON.stringify(v1), chainId, address)).toEqual({
      symbol: "milkTIA",
      from: "osmosis",
      to: "milkyway",
      amount: 25_000_000n,
      hop: 0,
      sent: true,
      baseline: 0n,
      sequence: "7",
      sentMs: 1_700_000_000_000,
      then: "pool:1",
    });
    expect(bringV1Key(chainId, address)).toBe("milkyway:bring-milktia:v1:milkyway-sim-1:milk1user");
  });
  it("is nothing when malformed, or another chain's or account's", () => {
    for (const bad of [
      "{",
      "null",
      JSON.stringify({ ...v1, v: 2 }),
      JSON.stringify({ ...v1, chainId: "milkyway-1" }),
      JSON.stringify({ ...v1, address: "milk1other" }),
      JSON.stringify({ ...v1, amount: "0" }),
      JSON.stringify({ ...v1, amount: 25 }),
      JSON.stringify({ ...v1, target: "pool:1; drop" }),
      JSON.stringify({ ...v1, sequence: undefined }),
      JSON.stringify({ ...v1, sentMs: "soon" }),
    ]) {
      expect(bringV1AsMove(bad, chainId, address)).toBeNull();
    }
    expect(bringV1AsMove(null, chainId, address)).toBeNull();
  });
});
