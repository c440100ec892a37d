import { describe, expect, it } from "vitest";
import { csvField, parseCsv, toCsv } from "./csv";

describe("csvField", () => {
  it("leaves plain fields alone", () => {
    expect(csvField("Liquid stake")).toBe("Liquid stake");
    expect(csvField("1,000.5")).toBe('"1,000.5"');
    expect(csvField("")).toBe("");
  });
  it("quotes commas, quotes and newlines, doubling quotes", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("line1\nline2")).toBe('"line1\nline2"');
    expect(csvField("cr\rlf")).toBe('"cr\rlf"');
  });
  it("defuses spreadsheet formulas in text but keeps plain numbers exact", () => {
    expect(csvField("=HYPERLINK(\"x\")")).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("+1 TIA")).toBe("'+1 TIA");
    expect(csvField("-0.000001")).toBe("-0.000001");
    expect(csvField("123456789012345678901234567890")).toBe("123456789012345678901234567890");
  });
  it("treats markup as plain text", () => {
    expect(csvField("<img src=x onerror=alert(1)>")).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("toCsv", () => {
  it("writes CRLF records with a trailing CRLF", () => {
    expect(toCsv(["a", "b"], [["1", "x,y"]])).toBe('a,b\r\n1,"x,y"\r\n');
  });
  it("writes only a header for no rows", () => {
    expect(toCsv(["a"], [])).toBe("a\r\n");
  });
  it("refuses ragged rows", () => {
    expect(() => toCsv(["a", "b"], [["1"]])).toThrow(/row 0 has 1 fields/);
  });
  it("round-trips memos with quotes, commas and newlines", () => {
    const rows = [
      ["hash1", 'memo with "quotes", commas\r\nand lines', "1.000001"],
      ["hash2", "", "0"],
    ];
    expect(parseCsv(toCsv(["hash", "memo", "amount"], rows))).toEqual([["hash", "memo", "amount"], ...rows]);
  });
});
