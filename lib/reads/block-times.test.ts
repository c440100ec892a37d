import { describe, expect, it } from "vitest";
import { anchorsOf, estimateBlockTime, knownBlockTime, parseTimes, rememberBlockTime } from "./block-times";

describe("block times for history rows", () => {
  it("remembers a block's time per chain", () => {
    rememberBlockTime("sim:a", 10, 1_000_000);
    expect(knownBlockTime("sim:a", 10)).toBe(1_000_000);
    expect(knownBlockTime("sim:b", 10)).toBeNull();
    expect(anchorsOf("sim:a")).toEqual([[10, 1_000_000]]);
  });

  it("places a block between the nearest known ones, or beyond them on their line", () => {
    const anchors = [
      [100, 1_000_000],
      [200, 2_000_000],
      [400, 2_400_000],
    ] as const;
    expect(estimateBlockTime(150, anchors)).toBe(1_500_000);
    expect(estimateBlockTime(300, anchors)).toBe(2_200_000);
    // Older than anything known: on the line through the two oldest.
    expect(estimateBlockTime(50, anchors)).toBe(500_000);
    expect(estimateBlockTime(500, anchors)).toBe(2_600_000);
    expect(estimateBlockTime(150, [[100, 1_000_000]])).toBeNull();
  });

  it("ignores a damaged save instead of trusting it", () => {
    expect(parseTimes('[[1,2],[0,5],[3,"x"],"no",[4,5,6]]')).toEqual([[1, 2]]);
    expect(parseTimes("{not json")).toEqual([]);
    expect(parseTimes(undefined)).toEqual([]);
  });
});
