import { describe, expect, it } from "vitest";
import { parsePoolId, presetPoolId } from "../chains/pools";
import { poolIdFor, poolSettingsStore } from "./pool-settings";

describe("pool ids", () => {
  it("presets milkTIA/TIA to Osmosis pool #1475 in live mode", () => {
    expect(presetPoolId("live", "milkTIA")).toBe(1475n);
    expect(presetPoolId("live", "milkBABY")).toBeUndefined();
  });
  it("refuses what is not a uint64 pool number", () => {
    for (const bad of ["", "0", "-1", "1.5", "01", "abc", "18446744073709551616", "1e3"]) expect(parsePoolId(bad).ok).toBe(false);
    expect(parsePoolId(" 1335 ")).toEqual({ ok: true, value: 1335n });
    expect(parsePoolId("18446744073709551615")).toEqual({ ok: true, value: 2n ** 64n - 1n });
  });
  it("an override wins over the preset per mode, clearing it restores the preset, and bad input changes nothing", () => {
    const s = poolSettingsStore.getState();
    s.setPoolId("live", "milkTIA", "1335");
    expect(poolIdFor(poolSettingsStore.getState().overrides, "live", "milkTIA")).toBe(1335n);
    expect(poolIdFor(poolSettingsStore.getState().overrides, "simulator", "milkTIA")).toBe(1475n);
    expect(() => s.setPoolId("live", "milkTIA", "x")).toThrow(RangeError);
    expect(() => s.setPoolId("live", "__proto__", "1")).toThrow(RangeError);
    expect(poolIdFor(poolSettingsStore.getState().overrides, "live", "milkTIA")).toBe(1335n);
    s.setPoolId("live", "milkTIA", "");
    expect(poolIdFor(poolSettingsStore.getState().overrides, "live", "milkTIA")).toBe(1475n);
  });
});
