import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { LineChart, type LineChartProps } from "./line-chart";

const E18 = 10n ** 18n;
// Exact rates (18-digit Decs); the table carries the caller's exact strings.
const points = [
  { x: 0, xLabel: "2026-10-01 00:00 UTC", value: 1_010_000_000_000_000_001n },
  { x: 1, xLabel: "2026-10-02 00:00 UTC", value: 1_020_000_000_000_000_000n },
];
const exactText = ["1.010000000000000001", "1.02"];
const html = (series = [{ id: "a", label: "milkTIA", tone: "milk" as const, points }], extra: Partial<LineChartProps> = {}) =>
  renderToStaticMarkup(
    <LineChart
      {...extra}
      title="milkTIA redemption rate"
      description="TIA per milkTIA."
      yUnit="TIA per milkTIA"
      yFormat={{ kind: "rate" }}
      series={series}
      table={{ caption: "Rate by day", columns: ["Time", "Rate"], rows: points.map((p, i) => [p.xLabel, exactText[i]]) }}
    />,
  );

describe("LineChart", () => {
  it("is a labelled image whose description gives the extremes by the rate rule and says they are rounded down", () => {
    const out = html();
    expect(out).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+-title [^"]+-desc"/);
    expect(out).toContain("lowest 1.010000, highest 1.020000 TIA per milkTIA. Values are rounded down; the table lists every digit.");
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
    const flat = html([{ id: "a", label: "x", tone: "milk", points: [points[0], { ...points[1], value: points[0].value }] }]);
    expect(flat).not.toContain("NaN");
  });

  it("draws a gridline per y tick, with tick labels, and dates as '12 Aug' on a time axis", () => {
    const timed = [
      { x: Date.UTC(2026, 7, 1) / 1000, xLabel: "2026-08-01 00:00 UTC", value: (101n * E18) / 100n },
      { x: Date.UTC(2026, 7, 31) / 1000, xLabel: "2026-08-31 00:00 UTC", value: (102n * E18) / 100n },
    ];
    const out = html([{ id: "a", label: "milkTIA", tone: "milk", points: timed }], { xKind: "utc-seconds" });
    const grid = out.match(/<g data-part="grid">(.*?)<\/g>/)![1];
    expect((grid.match(/<line /g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(out).toContain(">1.010<");
    expect(out).toMatch(/>\d{1,2} Aug</);
    expect(out).not.toContain(">2026-08-01 00:00 UTC</span>");
  });

  it("is focusable and, with a point selected, shows the value by the rate rule (6 decimals, floored), a crosshair and a live region", () => {
    const out = html(undefined, { defaultActiveIndex: 0 });
    expect(out).toMatch(/<div tabindex="0" role="group" aria-label="milkTIA redemption rate\. Use the left and right arrow keys/);
    expect(out).toContain('data-part="crosshair"');
    const tip = out.match(/data-part="tooltip".*?<\/div>/)![0];
    expect(tip).toContain("2026-10-01 00:00 UTC");
    expect(tip).toContain(">1.010000<");
    expect(tip).not.toContain("1.010000000000000001");
    expect(tip).toContain("TIA per milkTIA");
    expect(out).toMatch(/aria-live="polite"/);
  });

  it("prints a token series by the token rule: ticks with the symbol, the tooltip rounded down with it, no second unit line", () => {
    const osmo = [
      { x: 0, xLabel: "day 0", value: 0n },
      { x: 1, xLabel: "day 1", value: 3_999_999_999n }, // 3,999.999999 OSMO
    ];
    const out = renderToStaticMarkup(
      <LineChart
        title="Volume per day"
        description="Volume."
        yUnit="OSMO"
        yFormat={{ kind: "token", decimals: 6, symbol: "OSMO" }}
        series={[{ id: "v", label: "Volume", tone: "amber", points: osmo }]}
        defaultActiveIndex={1}
      />,
    );
    expect(out).toContain(">4,000 OSMO<"); // the top tick
    expect(out).toContain(">1,000 OSMO<");
    const tip = out.match(/data-part="tooltip".*?<\/div>/)![0];
    expect(tip).toContain(">3,999.99 OSMO<"); // floored, never 4,000
    expect(tip).not.toMatch(/<p[^>]*>OSMO<\/p>/);
    expect(out).toContain("lowest 0 OSMO, highest 3,999.99 OSMO. Values are rounded down");
  });

  it("shows no tooltip or crosshair until a point is selected", () => {
    const out = html();
    expect(out).not.toContain('data-part="tooltip"');
    expect(out).not.toContain('data-part="crosshair"');
  });
});
