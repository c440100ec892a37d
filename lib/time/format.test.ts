import { describe, expect, it } from "vitest";
import { formatUtc } from "./format";

describe("formatUtc", () => {
  it("prints UTC to the minute by default and to the second on request", () => {
    const ms = Date.UTC(2026, 10, 23, 22, 10, 5, 900);
    expect(formatUtc(ms)).toBe("2026-11-23 22:10 UTC");
    expect(formatUtc(ms, "second")).toBe("2026-11-23 22:10:05 UTC");
  });
});
