import { describe, expect, it } from "vitest";
import { isStalled, STALL_AFTER_MS, watchHead } from "./chain-head";

describe("watchHead / isStalled", () => {
  it("a moving height is never stalled; a height stuck for STALL_AFTER_MS is", () => {
    let w = watchHead(undefined, 100, 0);
    w = watchHead(w, 101, 6_000);
    expect(w).toEqual({ height: 101, sinceMs: 6_000 });
    expect(isStalled(w, 6_000 + STALL_AFTER_MS - 1)).toBe(false);
    w = watchHead(w, 101, 20_000);
    expect(w.sinceMs).toBe(6_000);
    expect(isStalled(w, 6_000 + STALL_AFTER_MS)).toBe(true);
    // It recovers as soon as a new block shows.
    w = watchHead(w, 102, 50_000);
    expect(isStalled(w, 50_000)).toBe(false);
    expect(isStalled(undefined, 1e12)).toBe(false);
  });
});
