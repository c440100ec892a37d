import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { When } from "./when";

const T = Date.UTC(2026, 10, 23, 22, 10, 0);

describe("When", () => {
  it("shows the time relative to the clock, with the absolute UTC time as title and dateTime", () => {
    const html = renderToStaticMarkup(<When ms={T} nowMs={T + 3 * 86_400_000 + 5_000} />);
    expect(html).toMatch(/^<time [^>]*>3 d ago<\/time>$/);
    expect(html).toContain('title="2026-11-23 22:10 UTC"');
    expect(html).toContain('dateTime="2026-11-23T22:10:00.000Z"');
    expect(html).toContain('tabindex="0"');
  });

  it("says when a future time comes", () => {
    expect(renderToStaticMarkup(<When ms={T + 2 * 3_600_000} nowMs={T} />)).toMatch(/>in 2 h<\/time>$/);
  });

  it("shows the absolute time while the clock is unknown", () => {
    expect(renderToStaticMarkup(<When ms={T} nowMs={null} />)).toBe('<time dateTime="2026-11-23T22:10:00.000Z">2026-11-23 22:10 UTC</time>');
  });

  it("takes a finer countdown as the relative text, keeping the absolute time on hover", () => {
    const html = renderToStaticMarkup(<When ms={T + 2 * 86_400_000 + 4 * 3_600_000} nowMs={T} relative="in 2d 4h" />);
    expect(html).toMatch(/title="2026-11-26 02:10 UTC"[^>]*>in 2d 4h<\/time>$/);
  });
  it("shows a countdown the caller measured even before this component knows the clock", () => {
    const html = renderToStaticMarkup(<When ms={T} nowMs={null} relative="in 3d 0h" />);
    expect(html).toMatch(/title="2026-11-23 22:10 UTC" tabindex="0"[^>]*>in 3d 0h<\/time>$/);
  });
});
