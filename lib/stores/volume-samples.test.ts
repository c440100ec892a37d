import { describe, expect, it } from "vitest";
import { recordVolume, volumeWindow } from "./volume-samples";

function memory(): Storage {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) } as Storage;
}
const H = 3_600_000;

describe("pool volume windows", () => {
  it("keeps one sample an hour and measures the volume since the oldest", () => {
    const s = memory();
    recordVolume(s, "p", { timeMs: 0, value: 1_000n });
    recordVolume(s, "p", { timeMs: H / 2, value: 1_500n }); // too soon: not kept
    const list = recordVolume(s, "p", { timeMs: 2 * H, value: 4_000n });
    expect(list.map((x) => x.timeMs)).toEqual([0, 2 * H]);
    expect(volumeWindow(list, { timeMs: 3 * H, value: 5_000n })).toEqual({ volume: 4_000n, windowS: 3 * 3600 });
  });
  it("says nothing under an hour, and starts over after a reset world (time or volume going back)", () => {
    const s = memory();
    const one = recordVolume(s, "p", { timeMs: 10 * H, value: 9_000n });
    expect(volumeWindow(one, { timeMs: 10 * H + 60_000, value: 9_100n })).toBeNull();
    const reset = recordVolume(s, "p", { timeMs: 1 * H, value: 10n });
    expect(reset).toEqual([{ timeMs: H, value: "10" }]);
  });
  it("ignores a corrupt or hostile save", () => {
    const s = memory();
    s.setItem("milkyway:pool-volume:p", JSON.stringify([{ timeMs: "x", value: "1" }, { timeMs: 1, value: "1e9" }, { timeMs: 2, value: "5" }]));
    expect(recordVolume(s, "p", { timeMs: 2 + 2 * H, value: 7n }).map((x) => x.value)).toEqual(["5", "7"]);
    s.setItem("milkyway:pool-volume:q", "{not json");
    expect(recordVolume(s, "q", { timeMs: 0, value: 1n })).toHaveLength(1);
  });
});
