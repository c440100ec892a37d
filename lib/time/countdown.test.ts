import { describe, expect, it } from "vitest";
import { formatCountdown } from "./countdown";

const day = 86_400_000;

describe("formatCountdown", () => {
  it("shows the two largest units", () => {
    expect(formatCountdown(3 * day)).toBe("3d 0h");
    expect(formatCountdown(2 * day + 4 * 3_600_000 + 59_000)).toBe("2d 4h");
    expect(formatCountdown(4 * 3_600_000 + 12 * 60_000)).toBe("4h 12m");
    expect(formatCountdown(3 * 60_000 + 5_000)).toBe("3m 05s");
    expect(formatCountdown(42_000)).toBe("42s");
  });

  it("rounds up to whole seconds, so what is still to come never reads as over", () => {
    expect(formatCountdown(1)).toBe("1s");
    expect(formatCountdown(59_999)).toBe("1m 00s");
    expect(formatCountdown(2 * day + 23 * 3_600_000 + 5)).toBe("2d 23h");
  });

  it("is null when nothing is left or the input is not a time", () => {
    expect(formatCountdown(0)).toBeNull();
    expect(formatCountdown(-5)).toBeNull();
    expect(formatCountdown(Number.NaN)).toBeNull();
    expect(formatCountdown(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
