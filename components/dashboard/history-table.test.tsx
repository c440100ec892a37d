import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { HistoryTable } from "./history-table";
import type { HistoryRow } from "@/lib/protocol/history";

const row: HistoryRow = {
  id: "c:H",
  hash: "H",
  chain: "osmosis",
  chainId: "c",
  height: 9,
  timeMs: 0,
  type: "Send",
  kind: "Transfers",
  sentCoins: [],
  receivedCoins: [],
  sent: "1 TIA",
  received: "",
  fee: "0.001 OSMO",
  ok: false,
  error: "out of gas",
  memo: '<img src=x onerror="alert(1)">',
  rewards: [],
};

describe("HistoryTable", () => {
  it("renders chain text as text, never as HTML", () => {
    const out = renderToStaticMarkup(<HistoryTable rows={[row]} chainLabel={() => "Osmosis"} explorerUrl={() => null} onCopy={() => undefined} />);
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
  it("shows the same status text the CSV writes", () => {
    const out = renderToStaticMarkup(<HistoryTable rows={[row]} chainLabel={() => "Osmosis"} explorerUrl={() => null} onCopy={() => undefined} />);
    expect(out).toContain(">Failed: out of gas</td>");
  });
});

describe("HistoryTable hash cell", () => {
  const long = { ...row, hash: "0123456789ABCDEF".repeat(4) };
  it("shows the hash short, keeps the whole one for the CSV, and offers to copy it", () => {
    const out = renderToStaticMarkup(<HistoryTable rows={[long]} chainLabel={() => "Osmosis"} explorerUrl={() => null} onCopy={() => undefined} />);
    expect(out).toContain(`data-value="${long.hash}"`);
    expect(out).toContain(">012345…CDEF<");
    expect(out).toContain('aria-label="Copy transaction hash 012345…CDEF"');
    expect(out).not.toContain("<a ");
  });
  it("links the explorer in a new tab without giving it the opener", () => {
    const out = renderToStaticMarkup(<HistoryTable rows={[long]} chainLabel={() => "Osmosis"} explorerUrl={() => "https://explorer/tx/1"} onCopy={() => undefined} />);
    expect(out).toContain('href="https://explorer/tx/1"');
    expect(out).toContain('rel="noopener noreferrer"');
  });
});
