import { describe, expect, it } from "vitest";
import { parseDec } from "../amount/decimal";
import { poolApr } from "./cl-position";
import { feesFromVolume, windowStart } from "./pool-fee-apr";

const DAY = 86_400_000;
const p = { spreadFactor: parseDec("0.0005"), takerFee: parseDec("0.001"), osmoPerQuote: parseDec("20") };

describe("fees from the chain's volume count", () => {
  it("pays the spread factor on the volume less the taker fee, valued in the quote, rounded down", () => {
    // 7 days, 2,000,000 OSMO of volume: 1,998,000 reach the pool, 0.05% of it is 999 OSMO = 49.95 TIA.
    const r = feesFromVolume({ timeMs: 0, volumeOsmo: 5_000_000n }, { timeMs: 7 * DAY, volumeOsmo: 2_000_005_000_000n }, p)!;
    expect(r).toEqual({ feesInWindow: 49_950_000n, windowS: 7 * 86_400, volumeOsmo: 2_000_000_000_000n });
    // 10,000 TIA of value in the pool, half of it milkTIA at 12% a year: fees 49.95 × 365/7 / 10,000.
    const apr = poolApr({ feesInWindow: r.feesInWindow, windowS: r.windowS, tvl: 10_000_000_000n, lstValue: 5_000_000_000n, lstApy: parseDec("0.12") })!;
    expect(apr.fees).toBe(parseDec("0.260453571428571428")); // 49.95 × 365 / 7 / 10,000, floor
    expect(apr.lst).toBe(parseDec("0.06"));
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
