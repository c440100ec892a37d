import { describe, expect, it } from "vitest";
import { comparePaired, compareToBare } from "./lh-compare";

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

describe("comparePaired", () => {
  const pair = (b: number, a: number, bt = 1000, at = 1000) => ({ before: { score: b, tbt: bt }, after: { score: a, tbt: at } });

  it("judges by the pairs' differences: a slow spell that hits both runs of a pair cancels", () => {
    // Medians alone: before 80, after 75 (worse). Pairwise the after build is ahead in 2 of 3.
    const c = comparePaired("/stake", "mobile", [pair(60, 62), pair(80, 75), pair(85, 86)]);
    expect(c.before.score).toBe(80);
    expect(c.after.score).toBe(75);
    expect(c.scoreDelta).toBe(1);
    expect([c.wins, c.losses, c.ties]).toEqual([2, 1, 0]);
    expect(c.noWorse).toBe(true);
  });

  it("calls a build that loses most pairs worse, and reports the TBT difference the same way", () => {
    const c = comparePaired("/history", "mobile", [pair(87, 82, 600, 900), pair(85, 86, 700, 650), pair(88, 84, 500, 800)]);
    expect(c.scoreDelta).toBe(-4);
    expect(c.tbtDelta).toBe(300);
    expect(c.noWorse).toBe(false);
  });

  it("takes the middle two's mean for an even number of pairs, and refuses none", () => {
    expect(comparePaired("/", "mobile", [pair(70, 69), pair(70, 72)]).scoreDelta).toBe(0.5);
    expect(() => comparePaired("/", "mobile", [])).toThrow(/no runs/);
  });
});
