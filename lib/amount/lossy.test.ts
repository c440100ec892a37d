import { describe, expect, it } from "vitest";
import { toLossyNumber } from "./lossy";

describe("toLossyNumber", () => {
  it("converts base units to the nearest double", () => {
    expect(toLossyNumber(1_500_000n, 6)).toBe(1.5);
    expect(toLossyNumber(0n, 6)).toBe(0);
    expect(toLossyNumber(1n, 6)).toBe(0.000001);
    expect(toLossyNumber(-2_500_000n, 6)).toBe(-2.5);
    expect(toLossyNumber(1_234_567_890_000n, 6)).toBe(1234567.89); // no grouping commas leak in
    expect(toLossyNumber(5n, 0)).toBe(5);
  });

  it("rounds once from the exact value, not via float arithmetic", () => {
    // 0.1 + 0.2 in base units is exactly 0.3; float arithmetic would give 0.30000000000000004.
    expect(toLossyNumber(100_000n + 200_000n, 6)).toBe(0.3);
    expect(toLossyNumber(2n ** 128n - 1n, 0)).toBe(2 ** 128);
    expect(toLossyNumber(2n ** 53n + 1n, 0)).toBe(2 ** 53); // precision is lost, as the name says
  });
});
