import { describe, expect, it } from "vitest";
import { DEC_SCALE, decToString, parseDec } from "../amount/decimal";
import {
  DAY_S,
  annualiseSimple,
  compoundAnnual,
  decPowFloor,
  growth,
  parseRateHistory,
  percentString,
  sampleAt,
  valueGrowth,
  windowYield,
  type RateSample,
} from "./yield";

const d = (s: string) => parseDec(s);
const sample = (day: number, rate: string): RateSample => ({ timeS: 1_000_000 + day * DAY_S, rate: d(rate) });

describe("parseRateHistory", () => {
  it("parses the oracle's newest-first answer into oldest-first samples", () => {
    const raw = {
      redemption_rates: [
        { denom: "x", redemption_rate: "1.02", update_time: 200 },
        { denom: "x", redemption_rate: "1.01", update_time: 100 },
      ],
    };
    expect(parseRateHistory(raw)).toEqual([
      { timeS: 100, rate: d("1.01") },
      { timeS: 200, rate: d("1.02") },
    ]);
  });

  it("refuses malformed answers with the reason", () => {
    expect(() => parseRateHistory({})).toThrow(/no redemption_rates/);
    expect(() => parseRateHistory({ redemption_rates: [{ update_time: 1 }] })).toThrow(/sample 0 has no redemption_rate/);
    expect(() => parseRateHistory({ redemption_rates: [{ redemption_rate: "1", update_time: -1 }] })).toThrow(/update_time/);
    expect(() => parseRateHistory({ redemption_rates: [{ redemption_rate: "1e3", update_time: 1 }] })).toThrow(/not a decimal/);
  });

  it("accepts an empty history", () => {
    expect(parseRateHistory({ redemption_rates: [] })).toEqual([]);
  });
});

describe("sampleAt", () => {
  const s = [sample(0, "1"), sample(1, "1.1"), sample(2, "1.2")];
  it("picks the last sample at or before a time", () => {
    expect(sampleAt(s, s[1].timeS)).toBe(s[1]);
    expect(sampleAt(s, s[1].timeS + 10)).toBe(s[1]);
    expect(sampleAt(s, s[0].timeS - 1)).toBeUndefined();
  });
});

describe("growth and value growth", () => {
  it("is exact when exact", () => {
    expect(growth(d("1.25"), d("1.5"))).toBe(d("0.2"));
  });
  it("rounds down, also for a falling rate", () => {
    // 1/3 → 0.333…3 (floor); −1/3 → −0.333…4 (floor is toward −∞).
    expect(decToString(growth(d("3"), d("4")))).toBe("0.333333333333333333");
    expect(decToString(growth(d("3"), d("2")))).toBe("-0.333333333333333334");
  });
  it("is zero from a zero rate", () => {
    expect(growth(0n, d("1"))).toBe(0n);
  });
  it("values a holding's growth in native base units, floored", () => {
    // 1,000,000 base units × 0.0000015 = 1.5 → 1.
    expect(valueGrowth(1_000_000n, d("1.0000000"), d("1.0000015"))).toBe(1n);
    expect(valueGrowth(1_000_000n, d("1.0000015"), d("1.0000000"))).toBe(-2n);
    expect(valueGrowth(0n, d("1"), d("2"))).toBe(0n);
  });
});

describe("annualisation", () => {
  it("simple: growth × year / seconds", () => {
    expect(annualiseSimple(d("0.01"), 365 * DAY_S)).toBe(d("0.01"));
    expect(annualiseSimple(d("0.001"), 7 * DAY_S)).toBe(d("0.052142857142857142")); // 0.001·365/7 floored
  });
  it("compound over a whole year equals the growth", () => {
    expect(compoundAnnual(d("0.05"), 365 * DAY_S)).toBe(d("0.05"));
  });
  it("compound over a half year squares", () => {
    // 365 days / 182.5 days = exactly 2 periods: 1.1² − 1 = 0.21.
    expect(compoundAnnual(d("0.1"), (365 * DAY_S) / 2)).toBe(d("0.21"));
  });
  it("compound with a fractional rest uses simple interest for it", () => {
    // 365/100 days: 3 periods + 65/100 of one: 1.01³ · (1 + 0.01·0.65) − 1 = 1.030301 · 1.0065 − 1.
    expect(compoundAnnual(d("0.01"), 100 * DAY_S)).toBe(d("0.036997956500000000"));
  });
  it("clamps a total loss and refuses a zero window", () => {
    expect(compoundAnnual(d("-2"), DAY_S)).toBe(-DEC_SCALE);
    expect(() => compoundAnnual(d("0.1"), 0)).toThrow(/positive integer/);
    expect(() => annualiseSimple(d("0.1"), -5)).toThrow(/positive integer/);
  });
  it("decPowFloor rounds down and handles n = 0", () => {
    expect(decPowFloor(d("1.5"), 0)).toBe(DEC_SCALE);
    expect(decPowFloor(d("1.1"), 3)).toBe(d("1.331"));
    // (1/3)^2 floored at each step: 0.333…3² = 0.111…1 (floored), never above the exact 1/9.
    expect(decPowFloor(d("0.333333333333333333"), 2) <= DEC_SCALE / 9n).toBe(true);
  });
});

describe("windowYield", () => {
  const history = Array.from({ length: 31 }, (_, i) => sample(i, (1 + i / 1000).toFixed(3)));

  it("covers the asked window from the newest sample", () => {
    const w = windowYield(history, 7)!;
    expect(w.partial).toBe(false);
    expect(w.fromRate).toBe(d("1.023"));
    expect(w.toRate).toBe(d("1.030"));
    expect(w.toS - w.fromS).toBe(7 * DAY_S);
    expect(w.growth).toBe(growth(d("1.023"), d("1.030")));
    expect(w.apr).toBe(annualiseSimple(w.growth, 7 * DAY_S));
    expect(w.apy > w.apr).toBe(true);
  });

  it("marks a window longer than the history as partial", () => {
    const w = windowYield(history.slice(-3), 30)!;
    expect(w.partial).toBe(true);
    expect(w.toS - w.fromS).toBe(2 * DAY_S);
  });

  it("is null with too little history", () => {
    expect(windowYield([], 7)).toBeNull();
    expect(windowYield([history[0]], 7)).toBeNull();
    expect(windowYield([history[0], { timeS: history[0].timeS + 60, rate: d("1.1") }], 7)).toBeNull();
  });

  it("refuses a bad window", () => {
    expect(() => windowYield(history, 0)).toThrow(/positive integer/);
    expect(() => windowYield(history, 1.5)).toThrow(/positive integer/);
  });
});

describe("percentString", () => {
  it("floors to the digits asked", () => {
    expect(percentString(d("0.051299"))).toBe("5.12");
    expect(percentString(d("0.05"), 0)).toBe("5");
    expect(percentString(d("-0.000001"))).toBe("-0.01");
    expect(percentString(0n)).toBe("0.00");
  });
});
