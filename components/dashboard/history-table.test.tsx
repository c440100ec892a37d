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

describe("HistoryTable at a glance", () => {
  const now = Date.UTC(2026, 10, 23, 12, 0, 0);
  const exactRow: HistoryRow = {
    ...row,
    ok: true,
    error: "",
    timeMs: now - 3 * 3_600_000,
    received: "9.876543 milkTIA",
    shown: { sent: "1 TIA", received: "9.8765 milkTIA", fee: "0.001 OSMO" },
  };
  const render = (r: HistoryRow, nowMs: number | null) =>
    renderToStaticMarkup(<HistoryTable rows={[r]} nowMs={nowMs} chainLabel={() => "Osmosis"} explorerUrl={() => null} onCopy={() => undefined} />);

  it("shows amounts rounded with the exact amount (the CSV's) on hover, focus and copy", () => {
    const out = render(exactRow, now);
    expect(out).toContain('data-value="9.876543 milkTIA"');
    expect(out).toMatch(/<data value="9\.876543 milkTIA" title="9\.876543 milkTIA"[^>]*>9\.8765 milkTIA<\/data>/);
    // Nothing rounded: plain text, no second tab stop.
    expect(out).toContain("<span>1 TIA</span>");
  });
  it("shows the time relative to the chain clock, with UTC on hover, and the CSV's UTC in data-value", () => {
    const out = render(exactRow, now);
    expect(out).toContain('data-value="2026-11-23 09:00:00 UTC"');
    expect(out).toMatch(/<time dateTime="2026-11-23T09:00:00.000Z" title="2026-11-23 09:00 UTC"[^>]*>3 h ago<\/time>/);
  });
  it("says an estimated time is estimated, and a pruned one unknown", () => {
    expect(render({ ...exactRow, timeEstimated: true }, now)).toMatch(/≈ <time[^>]*>3 h ago<\/time> \(estimated\)/);
    expect(render({ ...exactRow, timeMs: null }, now)).toContain(">Unknown (block pruned)</td>");
  });
  it("shows UTC until the chain clock is known", () => {
    expect(render(exactRow, null)).toMatch(/<time[^>]*>2026-11-23 09:00 UTC<\/time>/);
  });
});
