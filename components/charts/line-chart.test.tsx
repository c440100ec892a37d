import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { LineChart, type LineChartProps } from "./line-chart";

const points = [
  { x: 0, y: 1.01, xLabel: "2026-10-01 00:00 UTC", yLabel: "1.010000000000000001" },
  { x: 1, y: 1.02, xLabel: "2026-10-02 00:00 UTC", yLabel: "1.02" },
];
const html = (series = [{ id: "a", label: "milkTIA", tone: "milk" as const, points }], extra: Partial<LineChartProps> = {}) =>
  renderToStaticMarkup(
    <LineChart
      {...extra}
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

  it("draws a gridline per y tick, with tick labels, and dates as '12 Aug' on a time axis", () => {
    const timed = [
      { x: Date.UTC(2026, 7, 1) / 1000, y: 1.01, xLabel: "2026-08-01 00:00 UTC", yLabel: "1.01" },
      { x: Date.UTC(2026, 7, 31) / 1000, y: 1.02, xLabel: "2026-08-31 00:00 UTC", yLabel: "1.02" },
    ];
    const out = html([{ id: "a", label: "milkTIA", tone: "milk", points: timed }], { xKind: "utc-seconds" });
    const grid = out.match(/<g data-part="grid">(.*?)<\/g>/)![1];
    expect((grid.match(/<line /g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(out).toContain(">1.010<");
    expect(out).toMatch(/>\d{1,2} Aug</);
    expect(out).not.toContain(">2026-08-01 00:00 UTC</span>");
  });

  it("is focusable and, with a point selected, shows the caller's exact value, a crosshair and a live region", () => {
    const out = html(undefined, { defaultActiveIndex: 0 });
    expect(out).toMatch(/<div tabindex="0" role="group" aria-label="milkTIA redemption rate\. Use the left and right arrow keys/);
    expect(out).toContain('data-part="crosshair"');
    const tip = out.match(/data-part="tooltip".*?<\/div>/)![0];
    expect(tip).toContain("2026-10-01 00:00 UTC");
    expect(tip).toContain(">1.010000000000000001<");
    expect(tip).toContain("TIA per milkTIA");
    expect(out).toMatch(/aria-live="polite"/);
  });

  it("shows no tooltip or crosshair until a point is selected", () => {
    const out = html();
    expect(out).not.toContain('data-part="tooltip"');
    expect(out).not.toContain('data-part="crosshair"');
  });
});
