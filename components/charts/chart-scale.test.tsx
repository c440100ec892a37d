import { describe, expect, it } from "vitest";
import { dayLabel, keyStep, nearestIndex, niceTicks, numberTicks, pointValue, timeTicks, type ChartFormat } from "./chart-scale";

const TIA: ChartFormat = { kind: "token", decimals: 6, symbol: "TIA" };
const RATE: ChartFormat = { kind: "rate" };
const PERCENT: ChartFormat = { kind: "percent" };
const USD: ChartFormat = { kind: "usd" };
const labels = (min: number, max: number, f?: ChartFormat) => niceTicks(min, max, 4, f).ticks.map((t) => t.label);

describe("niceTicks", () => {
  it("covers the data with round steps and widens the domain to the outer ticks", () => {
    const { lo, hi, ticks } = niceTicks(1.0103, 1.0197, 4);
    expect(lo).toBeLessThanOrEqual(1.0103);
    expect(hi).toBeGreaterThanOrEqual(1.0197);
    expect(ticks.map((t) => t.label)).toEqual(["1.0100", "1.0125", "1.0150", "1.0175", "1.0200"]);
    expect(ticks[0].value).toBe(lo);
  });

  it("prints a rate to the step's decimals, as displayRate does", () => {
    expect(labels(1.0103, 1.0197, RATE)).toEqual(["1.0100", "1.0125", "1.0150", "1.0175", "1.0200"]);
    expect(labels(0.4, 2.6, RATE)).toEqual(["0", "1", "2", "3"]);
    expect(labels(0.4, 1.6, RATE)).toEqual(["0.0", "0.5", "1.0", "1.5", "2.0"]);
  });

  it("prints a token amount grouped, with its symbol when the symbol is short", () => {
    expect(labels(0, 4000, TIA)).toEqual(["0 TIA", "1,000 TIA", "2,000 TIA", "3,000 TIA", "4,000 TIA"]);
    expect(labels(0, 4000, { kind: "token", decimals: 6, symbol: "milkTIA" })).toEqual(["0", "1,000", "2,000", "3,000", "4,000"]);
  });

  it("keeps neighbouring token ticks apart where the token rule's 2 decimals would merge them", () => {
    // displayToken would print 1,000.002 and 1,000.004 both as "1,000 TIA".
    expect(labels(1000.001, 1000.0075, TIA)).toEqual(["1,000 TIA", "1,000.002 TIA", "1,000.004 TIA", "1,000.006 TIA", "1,000.008 TIA"]);
  });

  it("never steps below one base unit of a token, nor below a cent", () => {
    expect(labels(1, 1.000001, TIA)).toEqual(["1 TIA", "1.000001 TIA"]);
    expect(labels(0.001, 0.004, USD)).toEqual(["$0.00", "$0.01"]);
  });

  it("prints a fraction as a percentage with as many decimals as the step needs", () => {
    expect(labels(0, 0.2, PERCENT)).toEqual(["0%", "5%", "10%", "15%", "20%"]);
    expect(labels(0.0512, 0.0587, PERCENT)).toEqual(["5.0%", "5.2%", "5.4%", "5.6%", "5.8%", "6.0%"]);
  });

  it("prints dollars whole when the step is whole, to the cent otherwise", () => {
    expect(labels(0, 2500, USD)).toEqual(["$0", "$1,000", "$2,000", "$3,000"]);
    expect(labels(0.1, 0.3, USD)).toEqual(["$0.10", "$0.15", "$0.20", "$0.25", "$0.30"]);
  });

  it("never prints two ticks alike, and each label is the tick's own value, over many ranges", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let i = 0; i < 400; i++) {
      const lo = rnd() * 10 ** Math.floor(rnd() * 12 - 4);
      const hi = lo + rnd() * 10 ** Math.floor(rnd() * 12 - 6);
      for (const f of [TIA, RATE, PERCENT, USD]) {
        const { ticks } = niceTicks(lo, hi, 4, f);
        const texts = ticks.map((t) => t.label);
        expect(new Set(texts).size, `${lo}..${hi} ${f.kind}: ${texts.join(" | ")}`).toBe(texts.length);
        // The label read back as a number is the tick's value (to the float's precision).
        for (const t of ticks) {
          const read = Number(t.label.replace(/[$,%]|\s*TIA$/g, "")) / (f.kind === "percent" ? 100 : 1);
          expect(Math.abs(read - t.value)).toBeLessThanOrEqual(Math.abs(t.value) * 1e-12 + 1e-15);
        }
      }
    }
  });

  it("gives a flat series a band around its value, never NaN", () => {
    const { ticks } = niceTicks(5, 5, 4);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.some((t) => t.value <= 5)).toBe(true);
    expect(ticks.some((t) => t.value >= 5)).toBe(true);
    expect(ticks.every((t) => !t.label.includes("NaN"))).toBe(true);
    expect(niceTicks(0, 0).ticks.map((t) => t.label)).toEqual(["-1.0", "-0.5", "0.0", "0.5", "1.0"]);
  });

  it("steps by 1, 2, 2.5 or 5 times a power of ten, about `count` parts of the span", () => {
    const labels = (min: number, max: number, count: number) => niceTicks(min, max, count).ticks.map((t) => t.label);
    expect(labels(0, 10, 4)).toEqual(["0.0", "2.5", "5.0", "7.5", "10.0"]);
    expect(labels(0, 100, 5)).toEqual(["0", "20", "40", "60", "80", "100"]);
    expect(labels(0, 7, 4)).toEqual(["0", "2", "4", "6", "8"]);
    expect(labels(0, 4, 4)).toEqual(["0", "1", "2", "3", "4"]);
    // 0.0075 a part rounds up to the next power of ten.
    expect(labels(0, 0.03, 4)).toEqual(["0.00", "0.01", "0.02", "0.03"]);
    expect(labels(0, 45, 4)).toEqual(["0", "20", "40", "60"]);
    // A day axis: whole days at the same steps.
    expect(numberTicks(0, 10, 4, "d").map((t) => t.label)).toEqual(["0.0 d", "2.5 d", "5.0 d", "7.5 d", "10.0 d"]);
    expect(numberTicks(3, 17, 4).map((t) => t.value)).toEqual([5, 10, 15]);
  });
});

describe("pointValue (tooltip, live region, description)", () => {
  it("uses the display rule of the unit, rounded down, with every digit in exact", () => {
    expect(pointValue(1_234_567_891n, { kind: "token", decimals: 6, symbol: "OSMO" })).toEqual({ text: "1,234.56 OSMO", exact: "1,234.567891 OSMO" });
    expect(pointValue(1_012_345_678_900_000_000n, RATE)).toEqual({ text: "1.012345", exact: "1.0123456789" });
    expect(pointValue(51_299_000_000_000_000n, PERCENT).text).toBe("5.12%");
    expect(pointValue(12_349_000_000_000_000_000n, USD).text).toBe("$12.34");
    // A non-zero amount never reads 0.
    expect(pointValue(1n, { kind: "token", decimals: 18, symbol: "X" }).text).toBe("< 0.000001 X");
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
