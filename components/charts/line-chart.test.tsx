import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { LineChart } from "./line-chart";

const points = [
  { x: 0, y: 1.01, xLabel: "2026-10-01 00:00 UTC", yLabel: "1.010000000000000001" },
  { x: 1, y: 1.02, xLabel: "2026-10-02 00:00 UTC", yLabel: "1.02" },
];
const html = (series = [{ id: "a", label: "milkTIA", tone: "milk" as const, points }]) =>
  renderToStaticMarkup(
    <LineChart
      title="milkTIA redemption rate"
      description="TIA per milkTIA."
      yUnit="TIA per milkTIA"
      series={series}
      table={{ caption: "Rate by day", columns: ["Time", "Rate"], rows: points.map((p) => [p.xLabel, p.yLabel]) }}
    />,
  );

describe("LineChart", () => {
  it("is a labelled image whose description carries the exact extremes", () => {
    const out = html();
    expect(out).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+-title [^"]+-desc"/);
    expect(out).toContain("lowest 1.010000000000000001, highest 1.02 TIA per milkTIA");
    expect(out).toContain("From 2026-10-01 00:00 UTC to 2026-10-02 00:00 UTC");
  });

  it("has a table alternative with the exact strings, behind a disclosure", () => {
    const out = html();
    expect(out).toContain("<details");
    expect(out).toContain("<summary");
    expect(out).toContain('<caption class="sr-only">Rate by day</caption>');
    expect(out).toContain('<th scope="row" class="px-3 py-1.5 font-normal whitespace-nowrap">2026-10-01 00:00 UTC</th>');
    expect(out).toContain(">1.010000000000000001</td>");
  });

  it("says so when there is nothing to draw, and copes with a flat line", () => {
    expect(html([])).toContain("Nothing to chart yet.");
    const flat = html([{ id: "a", label: "x", tone: "milk", points: [points[0], { ...points[1], y: 1.01 }] }]);
    expect(flat).not.toContain("NaN");
  });
});
