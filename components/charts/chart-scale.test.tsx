import { describe, expect, it } from "vitest";
import { dayLabel, keyStep, nearestIndex, niceStep, niceTicks, numberTicks, timeTicks } from "./chart-scale";

describe("niceTicks", () => {
  it("covers the data with round steps and widens the domain to the outer ticks", () => {
    const { lo, hi, ticks } = niceTicks(1.0103, 1.0197, 4);
    expect(lo).toBeLessThanOrEqual(1.0103);
    expect(hi).toBeGreaterThanOrEqual(1.0197);
    expect(ticks.map((t) => t.label)).toEqual(["1.0100", "1.0125", "1.0150", "1.0175", "1.0200"]);
    expect(ticks[0].value).toBe(lo);
  });

  it("puts a short unit after each value and groups thousands", () => {
    expect(niceTicks(0, 4000, 4, "TIA").ticks.map((t) => t.label)).toEqual(["0 TIA", "1,000 TIA", "2,000 TIA", "3,000 TIA", "4,000 TIA"]);
  });

  it("gives a flat series a band around its value, never NaN", () => {
    const { ticks } = niceTicks(5, 5, 4);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.some((t) => t.value <= 5)).toBe(true);
    expect(ticks.some((t) => t.value >= 5)).toBe(true);
    expect(ticks.every((t) => !t.label.includes("NaN"))).toBe(true);
    expect(niceTicks(0, 0).ticks.map((t) => t.label)).toEqual(["-1.0", "-0.5", "0.0", "0.5", "1.0"]);
  });

  it("chooses 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceStep(10, 4)).toBe(2.5);
    expect(niceStep(100, 5)).toBe(20);
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(0, 4)).toBe(1);
  });
});

describe("time and number ticks", () => {
  const aug1 = Date.UTC(2026, 7, 1) / 1000;
  it("labels days as '12 Aug' in UTC", () => {
    expect(dayLabel(Date.UTC(2026, 7, 12, 23, 59) / 1000)).toBe("12 Aug");
  });

  it("spreads about five midnight ticks over a month, inside the data range", () => {
    const ticks = timeTicks(aug1, aug1 + 30 * 86_400, 5);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(6);
    for (const t of ticks) {
      expect(t.value % 86_400).toBe(0);
      expect(t.value).toBeGreaterThanOrEqual(aug1);
      expect(t.value).toBeLessThanOrEqual(aug1 + 30 * 86_400);
      expect(t.label).toMatch(/^\d{1,2} (Aug|Sep)$/);
    }
  });

  it("uses hours for a span under two days", () => {
    const ticks = timeTicks(aug1, aug1 + 12 * 3600, 5);
    expect(ticks[0].label).toBe("00:00");
    expect(ticks.every((t) => /^\d\d:00$/.test(t.label))).toBe(true);
  });

  it("labels a day axis '10 d' and stays inside the data", () => {
    const ticks = numberTicks(0, 365, 5, "d");
    expect(ticks[0].label).toBe("0 d");
    expect(ticks.map((t) => t.label)).toContain("100 d");
    expect(ticks.every((t) => t.value >= 0 && t.value <= 365)).toBe(true);
  });
});

describe("nearestIndex", () => {
  const xs = [0, 10, 20, 40];
  it("finds the closest x, clamping outside the range", () => {
    expect(nearestIndex(xs, -5)).toBe(0);
    expect(nearestIndex(xs, 11)).toBe(1);
    expect(nearestIndex(xs, 16)).toBe(2);
    expect(nearestIndex(xs, 31)).toBe(3);
    expect(nearestIndex(xs, 99)).toBe(3);
  });
  it("breaks a tie towards the earlier point and answers -1 for no points", () => {
    expect(nearestIndex(xs, 30)).toBe(2);
    expect(nearestIndex([], 3)).toBe(-1);
  });
});

describe("keyStep", () => {
  it("moves one point per arrow, stopping at the ends", () => {
    expect(keyStep(2, "ArrowRight", 5)).toBe(3);
    expect(keyStep(4, "ArrowRight", 5)).toBe(4);
    expect(keyStep(0, "ArrowLeft", 5)).toBe(0);
    expect(keyStep(3, "ArrowLeft", 5)).toBe(2);
  });
  it("jumps with Home, End and Page keys, and starts from an end when nothing is selected", () => {
    expect(keyStep(2, "Home", 5)).toBe(0);
    expect(keyStep(2, "End", 5)).toBe(4);
    expect(keyStep(0, "PageUp", 30)).toBe(3);
    expect(keyStep(-1, "ArrowLeft", 5)).toBe(4);
    expect(keyStep(-1, "ArrowRight", 5)).toBe(0);
  });
  it("leaves other keys (Tab, letters) alone", () => {
    expect(keyStep(1, "Tab", 5)).toBeNull();
    expect(keyStep(1, "a", 5)).toBeNull();
    expect(keyStep(0, "ArrowRight", 0)).toBeNull();
  });
});
