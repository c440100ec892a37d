import { describe, expect, it } from "vitest";
import { parseTxQuery, txMatches } from "./tx-query";
import type { IndexedTxRecord } from "../state";

const tx: IndexedTxRecord = {
  hash: "AB12",
  height: 7,
  index: 0,
  tx: "",
  code: 0,
  codespace: "",
  log: "",
  data: "",
  gasWanted: 0,
  gasUsed: 0,
  timeMs: 0,
  events: [
    { type: "message", attributes: [{ key: "sender", value: "osmo1abc" }] },
    { type: "recv_packet", attributes: [{ key: "packet_sequence", value: "3" }, { key: "packet_src_channel", value: "channel-2" }] },
  ],
};

describe("CometBFT tx query language", () => {
  it("matches hash, height ranges and event attributes joined by AND", () => {
    expect(txMatches(tx, parseTxQuery("tx.hash='ab12'"))).toBe(true);
    expect(txMatches(tx, parseTxQuery("tx.height>=7 AND message.sender='osmo1abc'"))).toBe(true);
    expect(txMatches(tx, parseTxQuery("tx.height>7"))).toBe(false);
    expect(txMatches(tx, parseTxQuery("recv_packet.packet_sequence='3' AND recv_packet.packet_src_channel='channel-2'"))).toBe(true);
    expect(txMatches(tx, parseTxQuery("recv_packet.packet_sequence='4'"))).toBe(false);
    expect(txMatches(tx, parseTxQuery("message.sender CONTAINS 'osmo1'"))).toBe(true);
  });

  it("refuses what it cannot parse rather than matching everything", () => {
    expect(() => parseTxQuery("message.sender = osmo1abc")).toThrow(/failed to parse query/);
  });
});

describe("tx query parsing is bounded", () => {
  it("refuses long or pathological queries quickly", () => {
    const t0 = performance.now();
    for (const q of ["a".repeat(4000), `${"a.".repeat(1500)}=`, `x='1'${" AND x='1'".repeat(40)}`, "a".repeat(100_000), `${"a ".repeat(2000)}`]) {
      expect(() => parseTxQuery(q)).toThrow();
    }
    expect(performance.now() - t0).toBeLessThan(100);
  });

  it("parses what it accepted before", () => {
    expect(parseTxQuery("  tx.height >= 7 and message.sender='osmo1 abc'  ")).toEqual([
      { key: "tx.height", op: ">=", value: "7" },
      { key: "message.sender", op: "=", value: "osmo1 abc" },
    ]);
    expect(parseTxQuery("message.sender contains 'x'")).toEqual([{ key: "message.sender", op: "CONTAINS", value: "x" }]);
    expect(() => parseTxQuery("a='1'AND b='2'")).toThrow();
    expect(() => parseTxQuery("a='1' AND")).toThrow();
  });
});
