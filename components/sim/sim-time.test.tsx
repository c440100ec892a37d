import { describe, expect, it } from "vitest";
import { formatSimTime } from "./sim-time";

// The reference: the platform's own en-GB formatter with the options the dock used to construct.
const reference = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
  timeZone: "UTC",
});

describe("formatSimTime", () => {
  it("writes what the en-GB UTC formatter writes, across years, months, days and times of day", () => {
    // Deterministic spread: every month and weekday, single- and double-digit days, midnight and
    // the last second of a day, a leap day, dates before 1970 and far ahead.
    const fixed = [0, -1_000, Date.UTC(2000, 1, 29), Date.UTC(2099, 11, 31, 23, 59, 59), Date.UTC(2025, 11, 8, 9, 33, 20)];
    let x = 123_456_789;
    const spread = Array.from({ length: 500 }, () => {
      x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
      return Date.UTC(1960, 0, 1) + (x / 2 ** 31) * (Date.UTC(2150, 0, 1) - Date.UTC(1960, 0, 1));
    });
    for (const ms of [...fixed, ...spread.map(Math.floor)]) expect(formatSimTime(ms)).toBe(`${reference.format(new Date(ms))} UTC`);
  });
});
