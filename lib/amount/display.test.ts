import { describe, expect, it } from "vitest";
import {
  displayBps,
  displayDay,
  displayExactMicroUsd,
  displayExactToken,
  displayMicroUsd,
  displayPercent,
  displayPeriod,
  displayRate,
  displayRatioPercent,
  displayToken,
  displayUsd,
  displayWhen,
} from "./display";
import { DEC_SCALE } from "./decimal";

describe("displayToken", () => {
  it("rounds a cost or a minimum up, so what is shown is enough; amounts held down", () => {
    expect(displayToken(1_000_050n, 6, "TIA").text).toBe("1 TIA");
    expect(displayToken(1_000_050n, 6, "TIA", "ceil")).toEqual({ text: "1.0001 TIA", exact: "1.00005 TIA" });
    expect(displayToken(1_000_000n, 6, "TIA", "ceil").text).toBe("1 TIA");
    expect(displayToken(2_500_000_001n, 6, "TIA", "ceil").text).toBe("2,500.01 TIA");
  });
  it("rounds by size, toward zero, keeping the exact value", () => {
    expect(displayToken(1_234_567_891_234n, 6, "TIA")).toEqual({ text: "1,234,567.89 TIA", exact: "1,234,567.891234 TIA" });
    expect(displayToken(12_345_678n, 6, "TIA").text).toBe("12.3456 TIA");
    expect(displayToken(123_456n, 6, "TIA").text).toBe("0.123456 TIA");
    expect(displayToken(1_999_999_999n, 6).text).toBe("1,999.99");
  });
  it("never shows a non-zero amount as 0", () => {
    expect(displayToken(1n, 18, "milkTIA")).toEqual({ text: "< 0.000001 milkTIA", exact: "0.000000000000000001 milkTIA" });
    expect(displayToken(0n, 6, "TIA").text).toBe("0 TIA");
    expect(displayToken(-1n, 18).text).toBe("> -0.000001");
  });
});

describe("displayUsd and percentages", () => {
  it("shows cents, floored, and dust as < $0.01", () => {
    expect(displayUsd(1234_567n * 10n ** 15n).text).toBe("$1,234.56");
    expect(displayUsd(10n ** 15n)).toEqual({ text: "< $0.01", exact: "$0.001" });
    expect(displayUsd(0n).text).toBe("$0.00");
    expect(displayUsd(-(15n * 10n ** 17n)).text).toBe("-$1.50");
  });
  it("shows percentages to two decimals and converts bps", () => {
    expect(displayPercent(512n * 10n ** 14n).text).toBe("5.12%");
    expect(displayPercent(DEC_SCALE / 3n)).toEqual({ text: "33.33%", exact: "33.3333333333333333%" });
    expect(displayPercent(0n).text).toBe("0.00%");
    expect(displayBps(10).text).toBe("0.10%");
    expect(displayBps(2500).text).toBe("25.00%");
    expect(displayBps(10).text).not.toContain("bps");
  });
});

describe("dates and periods", () => {
  const now = Date.UTC(2026, 7, 12, 12, 0);
  it("is relative with the absolute UTC time as the exact value", () => {
    expect(displayWhen(now - 30_000, now).text).toBe("just now");
    expect(displayWhen(now - 5 * 60_000, now).text).toBe("5 min ago");
    expect(displayWhen(now - 3 * 3_600_000, now)).toEqual({ text: "3 h ago", exact: "2026-08-12 09:00 UTC" });
    expect(displayWhen(now + 21 * 86_400_000, now).text).toBe("in 21 d");
    expect(displayWhen(now - 90 * 86_400_000, now).text).toBe("14 May 2026");
  });
  it("has one label per period and '12 Aug' days", () => {
    expect([1, 7, 30].map(displayPeriod)).toEqual(["24 h", "7 d", "30 d"]);
    expect(displayDay(now)).toBe("12 Aug");
  });
});

describe("exact amounts for confirmations", () => {
  it("keeps every digit, grouped, and never rounds", () => {
    expect(displayExactToken(1_234_567_891_234n, 6, "TIA")).toEqual({ text: "1,234,567.891234 TIA", exact: "1,234,567.891234 TIA" });
    expect(displayExactToken(1n, 18, "milkTIA").text).toBe("0.000000000000000001 milkTIA");
    expect(displayExactToken(25_000_000n, 6, "milkTIA").text).toBe("25 milkTIA");
  });
});

describe("USD rounding direction", () => {
  it("floors by default and raises what is owed to the next cent", () => {
    const usd = 1_234_561n * 10n ** 15n; // $1,234.561
    expect(displayUsd(usd).text).toBe("$1,234.56");
    expect(displayUsd(usd, "ceil").text).toBe("$1,234.57");
    expect(displayUsd(1_234_560n * 10n ** 15n, "ceil").text).toBe("$1,234.56");
    // Magnitude semantics: a negative value shows the same digits as the positive one.
    expect(displayUsd(-usd, "ceil").text).toBe("-$1,234.57");
    expect(displayUsd(-usd).text).toBe("-$1,234.56");
    expect(displayUsd(-(10n ** 15n)).text).toBe("> -$0.01");
  });
  it("shows Way Card micro-USD to cents with the sub-cent digits as the exact value", () => {
    expect(displayMicroUsd(12_345_678n)).toEqual({ text: "$12.34", exact: "$12.345678" });
    expect(displayMicroUsd(12_345_678n, "ceil").text).toBe("$12.35");
    expect(displayMicroUsd(9_999n)).toEqual({ text: "< $0.01", exact: "$0.009999" });
    expect(displayMicroUsd(0n).text).toBe("$0.00");
    expect(displayMicroUsd(5_000_000n)).toEqual({ text: "$5.00", exact: "$5.00" });
    expect(displayExactMicroUsd(12_345_678n)).toEqual({ text: "$12.345678", exact: "$12.345678" });
    expect(displayExactMicroUsd(-1_500_000n).text).toBe("-$1.50");
  });
});

describe("percentages and rates", () => {
  it("rounds a cost up when asked, and floors otherwise", () => {
    const f = 53_001n * 10n ** 12n; // 5.3001%
    expect(displayPercent(f).text).toBe("5.30%");
    expect(displayPercent(f, 2, "ceil").text).toBe("5.31%");
    expect(displayPercent(53n * 10n ** 15n, 2, "ceil").text).toBe("5.30%");
  });
  it("turns parts of a whole into a percentage", () => {
    expect(displayRatioPercent(10_000n, 100_000n).text).toBe("10.00%");
    expect(displayRatioPercent(1n, 3n).text).toBe("33.33%");
    expect(() => displayRatioPercent(1n, 0n)).toThrow(RangeError);
  });
  it("shows a rate to 6 decimals, floored, with the full value as exact", () => {
    const r = 1_023_456_789_000_000_000n; // 1.023456789
    expect(displayRate(r)).toEqual({ text: "1.023456", exact: "1.023456789" });
    expect(displayRate(10n ** 18n).text).toBe("1.000000");
    expect(displayRate(1_234n * 10n ** 18n).text).toBe("1,234.000000");
    expect(displayRate(-r).text).toBe("-1.023456");
  });
});
