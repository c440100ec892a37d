import { beforeEach, describe, expect, it } from "vitest";
import { loadOneClickTrack, saveOneClickTrack } from "./one-click-track";
import { SIM_LSTS } from "../chains/lsts";

const store = new Map<string, string>();
(globalThis as { localStorage?: Pick<Storage, "getItem" | "setItem" | "removeItem"> }).localStorage = {
  getItem: (k) => store.get(k) ?? null,
  setItem: (k, v) => void store.set(k, v),
  removeItem: (k) => void store.delete(k),
};

const lst = SIM_LSTS[0];
const scope = { mode: "simulator" as const, lst, address: "celestia1user" };
const track = { lst, sequence: "17", dest: { key: "celestia" as const, address: "celestia1user", denom: "ibc/ABC" }, baseline: 123_456_789_012_345_678_901n };

describe("one-click track persistence", () => {
  beforeEach(() => store.clear());

  it("round-trips the packet and the exact bigint baseline", () => {
    saveOneClickTrack(scope, track);
    expect(loadOneClickTrack(scope)).toEqual(track);
  });

  it("is scoped by network mode, asset and address", () => {
    saveOneClickTrack(scope, track);
    expect(loadOneClickTrack({ ...scope, mode: "live" })).toBeNull();
    expect(loadOneClickTrack({ ...scope, address: "celestia1other" })).toBeNull();
    expect(loadOneClickTrack({ ...scope, lst: SIM_LSTS[1] })).toBeNull();
  });

  it("is forgotten when the track is cleared, and ignores a damaged save", () => {
    saveOneClickTrack(scope, track);
    saveOneClickTrack(scope, null);
    expect(loadOneClickTrack(scope)).toBeNull();
    saveOneClickTrack(scope, track);
    const key = [...store.keys()][0];
    store.set(key, JSON.stringify({ v: 1, sequence: "1; drop", baseline: "5", dest: track.dest }));
    expect(loadOneClickTrack(scope)).toBeNull();
    store.set(key, "{not json");
    expect(loadOneClickTrack(scope)).toBeNull();
  });

  it("keeps when the transfer was sent; a save from before that was kept still loads, without it", () => {
    saveOneClickTrack(scope, { ...track, sentMs: 1_700_000_000_000 });
    expect(loadOneClickTrack(scope)?.sentMs).toBe(1_700_000_000_000);
    const key = [...store.keys()][0];
    store.set(key, JSON.stringify({ v: 1, sequence: "17", baseline: "5", dest: track.dest }));
    expect(loadOneClickTrack(scope)).toEqual({ ...track, baseline: 5n });
    // A deadline that is not a time would make "timed out" come at once, or never.
    for (const sentMs of ["1700000000000", -1, 1.5, 1e300]) {
      store.set(key, JSON.stringify({ v: 1, sequence: "17", baseline: "5", dest: track.dest, sentMs }));
      expect(loadOneClickTrack(scope), String(sentMs)).toBeNull();
    }
  });
});
