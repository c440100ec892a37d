import { describe, expect, it } from "vitest";
import { mapWithConcurrency } from "./concurrency";

describe("mapWithConcurrency", () => {
  it("keeps input order and never runs more than the limit at once", async () => {
    let inFlight = 0;
    let peak = 0;
    const items = Array.from({ length: 20 }, (_, i) => i);
    const out = await mapWithConcurrency(items, 6, async (x) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      // Later items finish first: order must come from the index, not completion.
      await new Promise((r) => setTimeout(r, 20 - x));
      inFlight--;
      return x * 2;
    });
    expect(out).toEqual(items.map((x) => x * 2));
    expect(peak).toBe(6);
  });
  it("handles nothing to do, and rejects when a call fails", async () => {
    expect(await mapWithConcurrency([], 6, async () => 1)).toEqual([]);
    await expect(mapWithConcurrency([1, 2, 3], 2, async (x) => (x === 2 ? Promise.reject(new Error("boom")) : x))).rejects.toThrow("boom");
  });
});
