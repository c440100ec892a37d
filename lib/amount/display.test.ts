import { describe, expect, it } from "vitest";
import { displayBps, displayDay, displayPercent, displayPeriod, displayToken, displayUsd, displayWhen } from "./display";
import { DEC_SCALE } from "./decimal";

describe("displayToken", () => {
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
