import { describe, expect, it } from "vitest";
import { compareToBare } from "./lh-compare";

const bare = [
  { route: "bare", form: "mobile", score: 93, tbt: 300 },
  { route: "bare", form: "desktop", score: 100, tbt: 0 },
];

describe("compareToBare", () => {
  it("passes a route within 3 points and 1.5× the bare page's TBT", () => {
    const [c] = compareToBare([{ route: "/stake", form: "mobile", score: 90, tbt: 450 }], bare);
    expect(c).toEqual({ route: "/stake", form: "mobile", scoreDelta: -3, tbtRatio: 1.5, ok: true });
  });

  it("fails a route 4 points down or with more blocking time", () => {
    expect(compareToBare([{ route: "/", form: "mobile", score: 89, tbt: 100 }], bare)[0].ok).toBe(false);
    expect(compareToBare([{ route: "/", form: "mobile", score: 95, tbt: 451 }], bare)[0].ok).toBe(false);
  });

  it("compares against the same form factor; a bare TBT of 0 has no ratio", () => {
    const [c] = compareToBare([{ route: "/", form: "desktop", score: 100, tbt: 20 }], bare);
    expect(c.tbtRatio).toBeNull();
    expect(c.ok).toBe(true);
    expect(compareToBare([{ route: "/", form: "desktop", score: 100, tbt: 80 }], bare)[0].ok).toBe(false);
  });

  it("refuses a form factor the bare page was not measured in", () => {
    expect(() => compareToBare([{ route: "/", form: "tablet", score: 1, tbt: 1 }], bare)).toThrow(/tablet/);
  });
});
