import { beforeEach, describe, expect, it } from "vitest";
import { loadMoveProgress, saveMoveProgress } from "./move-progress";

const store = new Map<string, string>();
(globalThis as { localStorage?: Pick<Storage, "getItem" | "setItem" | "removeItem"> }).localStorage = {
  getItem: (k) => store.get(k) ?? null,
  setItem: (k, v) => void store.set(k, v),
  removeItem: (k) => void store.delete(k),
};

const scope = { mode: "simulator" as const, lstSymbol: "milkTIA", address: "celestia1user" };

describe("Move-tab progress persistence", () => {
  beforeEach(() => store.clear());

  it("round-trips exact amounts, per mode and account, and is cleared", () => {
    const m = { direction: "withdraw" as const, amount: 12_345_678_901_234_567_890n, baseline: 5n };
    saveMoveProgress(scope, m);
    expect(loadMoveProgress(scope)).toEqual(m);
    expect(loadMoveProgress({ ...scope, mode: "live" })).toBeNull();
    expect(loadMoveProgress({ ...scope, address: "celestia1other" })).toBeNull();
    saveMoveProgress(scope, null);
    expect(loadMoveProgress(scope)).toBeNull();
  });

  it("ignores a damaged save", () => {
    saveMoveProgress(scope, { direction: "deposit", amount: 1n, baseline: 0n });
    const key = [...store.keys()][0];
    store.set(key, JSON.stringify({ v: 1, direction: "sideways", amount: "1", baseline: "0" }));
    expect(loadMoveProgress(scope)).toBeNull();
    store.set(key, JSON.stringify({ v: 1, direction: "deposit", amount: "1.5", baseline: "0" }));
    expect(loadMoveProgress(scope)).toBeNull();
  });
});
