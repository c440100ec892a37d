import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { UnbondingsTable } from "./unbondings-table";

describe("UnbondingsTable", () => {
  it("shows how long is left, with the absolute UTC time on hover and keyboard focus", () => {
    const ms = Date.UTC(2026, 11, 10, 8, 30);
    const out = renderToStaticMarkup(<UnbondingsTable rows={[{ key: "a", target: "Pool 1", amount: "5 milkTIA", countdown: "3d 0h", completesMs: ms }]} />);
    expect(out).toMatch(/<time dateTime="2026-12-10T08:30:00.000Z" title="2026-12-10 08:30 UTC" tabindex="0"[^>]*>3d 0h<\/time>/);
    // One column for the time: no second, absolute column to read across on a phone.
    expect(out).not.toContain("Completes at");
  });
});
