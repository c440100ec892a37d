import { describe, expect, it } from "vitest";
import { parseDec } from "../amount/decimal";
import { feesFromVolume, MIN_FEE_WINDOW_S, poolFeeApr, windowShortened, windowStart, windowText } from "./pool-fee-apr";

const DAY = 86_400_000;
const p = { spreadFactor: parseDec("0.0005"), takerFee: parseDec("0.001"), osmoPerQuote: parseDec("20") };

describe("fees from the chain's volume count", () => {
  it("pays the spread factor on the volume less the taker fee, valued in the quote, rounded down", () => {
    // 7 days, 2,000,000 OSMO of volume: 1,998,000 reach the pool, 0.05% of it is 999 OSMO = 49.95 TIA.
    const r = feesFromVolume({ timeMs: 0, volumeOsmo: 5_000_000n }, { timeMs: 7 * DAY, volumeOsmo: 2_000_005_000_000n }, p)!;
    expect(r).toEqual({ feesInWindow: 49_950_000n, windowS: 7 * 86_400, volumeOsmo: 2_000_000_000_000n });
  });

  it("rounds each step down", () => {
    const r = feesFromVolume({ timeMs: 0, volumeOsmo: 0n }, { timeMs: DAY, volumeOsmo: 2_002_003n }, { ...p, osmoPerQuote: parseDec("3") })!;
    // 2,002,003 × 0.999 = 1,999,999.  × 0.0005 = 999 uosmo.  / 3 = 333 utia.
    expect(r.feesInWindow).toBe(333n);
  });

  it("gives nothing to annualise for an empty or backwards window, a shrinking total, or no price", () => {
    const a = { timeMs: DAY, volumeOsmo: 10n };
    expect(feesFromVolume(a, a, p)).toBeNull();
    expect(feesFromVolume(a, { timeMs: 0, volumeOsmo: 20n }, p)).toBeNull();
    expect(feesFromVolume(a, { timeMs: 2 * DAY, volumeOsmo: 5n }, p)).toBeNull();
    expect(feesFromVolume({ timeMs: 0, volumeOsmo: 0n }, a, { ...p, osmoPerQuote: 0n })).toBeNull();
  });

  it("annualises nothing shorter than an hour: one swap in a minute is not a rate", () => {
    const start = { timeMs: 0, volumeOsmo: 0n };
    expect(feesFromVolume(start, { timeMs: 60_000, volumeOsmo: 1_000_000n }, p)).toBeNull();
    expect(feesFromVolume(start, { timeMs: MIN_FEE_WINDOW_S * 1000 - 1, volumeOsmo: 1_000_000n }, p)).toBeNull();
    expect(feesFromVolume(start, { timeMs: MIN_FEE_WINDOW_S * 1000, volumeOsmo: 1_000_000n }, p)?.windowS).toBe(3600);
  });

  it("measures from a week back in a daily series, or from its start when it is shorter", () => {
    const days = (n: number) => Array.from({ length: n }, (_, i) => ({ timeMs: i * DAY }));
    expect(windowStart(days(30), 7 * DAY)).toEqual({ timeMs: 22 * DAY });
    expect(windowStart(days(3), 7 * DAY)).toEqual({ timeMs: 0 });
    expect(windowStart([{ timeMs: 0 }, { timeMs: 60_000 }], 7 * DAY)).toEqual({ timeMs: 0 });
    // Samples a little late each day: the newest one a full week back, not six days.
    const drift = Array.from({ length: 11 }, (_, i) => ({ timeMs: i * (DAY + 20_000) }));
    expect(windowStart(drift, 7 * DAY)).toEqual({ timeMs: 3 * (DAY + 20_000) });
    expect(windowStart(days(1), 7 * DAY)).toBeNull();
  });
});

describe("a pool's fee APR", () => {
  it("values the holdings in the quote at the spot price and annualises the window's fees over them", () => {
    const r = poolFeeApr({
      base: "milk",
      quote: "tia",
      liquidity: [
        { denom: "milk", amount: 4_000_000_000n },
        { denom: "tia", amount: 5_400_000_000n },
      ],
      spotPrice: parseDec("1.15"), // 4,000 milkTIA = 4,600 TIA: 10,000 TIA in all
      start: { timeMs: 0, volumeOsmo: 0n },
      end: { timeMs: 7 * DAY, volumeOsmo: 2_000_000_000_000n },
      ...p,
    })!;
    expect(r.baseValue).toBe(4_600_000_000n);
    expect(r.tvl).toBe(10_000_000_000n);
    expect(r.feesInWindow).toBe(49_950_000n);
    expect(r.fees).toBe(parseDec("0.260453571428571428")); // 49.95 × 365 / 7 / 10,000, rounded down
  });

  it("has no APR for an empty pool", () => {
    expect(poolFeeApr({ base: "a", quote: "b", liquidity: [], spotPrice: parseDec("1"), start: { timeMs: 0, volumeOsmo: 0n }, end: { timeMs: DAY, volumeOsmo: 1n }, ...p })).toBeNull();
  });
});

describe("windowText", () => {
  it("says whole days and hours, rounded down", () => {
    expect(windowText(7 * 86_400 + 5 * 3600 + 3599)).toBe("7 d 5 h");
    expect(windowText(7 * 86_400 + 120)).toBe("7 d");
    expect(windowText(3 * 3600 + 59)).toBe("3 h");
  });
});

describe("windowShortened", () => {
  it("flags a window well short of the week (simulator) or the day (live) asked for, not one near it", () => {
    expect(windowShortened(7 * 86_400, "simulator")).toBe(false);
    expect(windowShortened(3 * 86_400, "simulator")).toBe(true);
    // Live estimates a day back from block times: a little under a day is the day asked for.
    expect(windowShortened(86_400 - 600, "live")).toBe(false);
    expect(windowShortened(6 * 3600, "live")).toBe(true);
  });
});
