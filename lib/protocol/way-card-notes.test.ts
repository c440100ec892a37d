import { describe, expect, it } from "vitest";
import { readableNote } from "./way-card-notes";

describe("Way Card statement notes", () => {
  it("never shows basis points: the contract's 'bps' reads as a percentage, days as the period label", () => {
    const text = readableNote("auto top-up 5000 bps, horizon 90 days");
    expect(text).toBe("auto top-up 50.00%, horizon 90 d");
    expect(text).not.toMatch(/bps/);
  });
  it("keeps coins and the feed price exact: the record of what the contract used", () => {
    expect(readableNote("12500000umilk at 48000000000000000")).toBe("12.5 MILK at $0.048");
    expect(readableNote("returned 1234567891umilk")).toBe("returned 1,234.567891 MILK");
  });
  it("leaves an address alone: digits inside a word are not an amount", () => {
    const addr = "milk1qg5ega6dykkxc307y25uecuufrjkxkaggkkxh7nad0vhyhtuhw3ssgcye4";
    expect(readableNote(`paid to ${addr}`)).toBe(`paid to ${addr}`);
  });
});
