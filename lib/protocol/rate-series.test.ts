import { describe, expect, it } from "vitest";
import { parseDec } from "../amount/decimal";
import { dailyRateRows } from "./rate-series";

const day = 86_400;
const s = (t: number, r: string) => ({ timeS: t, rate: parseDec(r) });

describe("dailyRateRows", () => {
  it("keeps each day's last sample within the window, and the newest", () => {
    const samples = [s(0, "1"), s(3600, "1.0001"), s(day + 10, "1.0002"), s(2 * day + 5, "1.000300000000000001")];
    const rows = dailyRateRows(samples, 1);
    expect(rows.map((r) => r.rate)).toEqual(["1.0002", "1.000300000000000001"]);
    expect(rows.map((r) => r.value)).toEqual([1_000_200_000_000_000_000n, 1_000_300_000_000_000_001n]);
    expect(dailyRateRows(samples, 30).map((r) => r.rate)).toEqual(["1.0001", "1.0002", "1.000300000000000001"]);
  });
  it("is empty for no samples", () => {
    expect(dailyRateRows([], 30)).toEqual([]);
  });
  it("labels rows in UTC to the minute", () => {
    expect(dailyRateRows([{ timeS: 0, rate: 10n ** 18n }], 30)[0].when).toBe("1970-01-01 00:00 UTC");
  });
});
