import { describe, expect, it } from "vitest";
import { labelCells } from "./cards-on-phone";

// A few stand-in DOM objects with just what labelCells reads (vitest runs without a DOM here).
type FakeCell = { tagName: string; colSpan: number; textContent: string; srOnly?: string; attrs: Record<string, string> };
const cell = (tagName: "TH" | "TD", textContent = "", colSpan = 1, srOnly?: string): FakeCell => ({ tagName, colSpan, textContent, srOnly, attrs: {} });
const asElement = (c: FakeCell) =>
  Object.assign(c, {
    querySelectorAll: () => (c.srOnly ? [{ textContent: c.srOnly }] : []),
    getAttribute: (k: string) => c.attrs[k] ?? null,
    setAttribute: (k: string, v: string) => void (c.attrs[k] = v),
    removeAttribute: (k: string) => void delete c.attrs[k],
  });
const table = (head: FakeCell[], body: FakeCell[][]) => ({
  tHead: { rows: [{ cells: head.map(asElement) }] },
  tBodies: [{ rows: body.map((r) => ({ cells: r.map(asElement) })) }],
});

describe("labelCells", () => {
  it("copies each column header onto the body cells below it, skipping row headers", () => {
    const row = [cell("TD", "2026-10-01"), cell("TD", "Stake"), cell("TH", "milkTIA"), cell("TD", "1 TIA")];
    const t = table([cell("TH", "Time"), cell("TH", "Type"), cell("TH", "Asset"), cell("TH", "Sent")], [row]);
    labelCells({ querySelectorAll: () => [t] } as unknown as ParentNode);
    expect(row.map((c) => c.attrs["data-label"])).toEqual(["Time", "Type", undefined, "Sent"]);
  });

  it("gives an empty label under a visually hidden header and none to a spanning cell", () => {
    const row = [cell("TH", "Batch 1"), cell("TD", "Withdraw")];
    const empty = [cell("TD", "No requests yet.", 2)];
    const t = table([cell("TH", "Batch"), cell("TH", "Action", 1, "Action")], [row, empty]);
    labelCells({ querySelectorAll: () => [t] } as unknown as ParentNode);
    expect(row[1].attrs["data-label"]).toBe("");
    expect(empty[0].attrs["data-label"]).toBeUndefined();
  });
});
