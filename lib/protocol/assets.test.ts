import { describe, expect, it } from "vitest";
import { displayCoins, formatCoins, type AssetInfo } from "./assets";

const reg = new Map<string, AssetInfo>([
  ["utia", { symbol: "TIA", decimals: 6, lst: false }],
  ["umilk", { symbol: "MILK", decimals: 6, lst: false }],
]);

describe("coins on screen and in the CSV", () => {
  it("keeps every digit in the exact text and rounds toward zero on screen", () => {
    const coins = [
      { denom: "utia", amount: 9_876_543n },
      { denom: "umilk", amount: 12_345_678_901n },
    ];
    expect(formatCoins(reg, coins)).toBe("9.876543 TIA; 12,345.678901 MILK");
    expect(displayCoins(reg, coins)).toEqual({ text: "9.8765 TIA; 12,345.67 MILK", exact: "9.876543 TIA; 12,345.678901 MILK" });
  });
  it("never guesses a symbol: an unknown denom stays in base units on screen too", () => {
    const coins = [{ denom: "ibc/0123456789ABCDEF", amount: 1_234_567n }];
    expect(displayCoins(reg, coins)).toEqual({ text: "1234567 ibc/012345…", exact: "1234567 ibc/012345…" });
  });
  it("shows nothing for no coins", () => {
    expect(displayCoins(reg, [])).toEqual({ text: "", exact: "" });
  });
});
