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
    const out = renderToStaticMarkup(<HistoryTable rows={[row]} chainLabel={() => "Osmosis"} />);
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
  it("shows the same status text the CSV writes", () => {
    const out = renderToStaticMarkup(<HistoryTable rows={[row]} chainLabel={() => "Osmosis"} />);
    expect(out).toContain(">Failed: out of gas</td>");
  });
});
