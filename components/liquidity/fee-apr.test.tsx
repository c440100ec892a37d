import type { ComponentProps } from "react";
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { parseDec } from "@/lib/amount/decimal";
import { FeeApr } from "./fee-apr";

const DAY_S = 86_400;
const apr = (windowS: number) => ({ fees: parseDec("0.123456"), tvl: 1_234_567_890n, baseValue: 0n, feesInWindow: 1n, windowS, volumeOsmo: 2_000_000_000_000n });
type Fees = ComponentProps<typeof FeeApr>["fees"];
const base: Fees = { apr: null, none: false, error: null, retry: () => undefined };
const render = (fees: Partial<Fees>, mode: "simulator" | "live" = "simulator", label?: string) =>
  renderToStaticMarkup(<FeeApr fees={{ ...base, ...fees }} mode={mode} poolId={1475n} valueSymbol="TIA" label={label} />)
    // Text only, as a reader gets it.
    .replace(/<[^>]+>/g, "|")
    .replace(/\|+/g, "|")
    .replace(/&#x27;/g, "'");

describe("FeeApr", () => {
  it("shows the value floored to 2 decimals, marked a floor, with the window and what it leaves out", () => {
    const t = render({ apr: apr(7 * DAY_S + 5 * 3600) });
    expect(t).toContain("|Fee APR|≥ |12.34%|");
    expect(t).toContain("A floor: the spread factor on 2,000,000 OSMO of volume over the last 7 d 5 h, over 1,234.56 TIA held");
    expect(t).toContain("TotalVolumeForPool");
    expect(t).toContain("swaps paid in a token without an OSMO pool are not counted.");
    expect(t).not.toContain("Only");
  });
  it("keeps the exact value a hover away", () => {
    const html = renderToStaticMarkup(<FeeApr fees={{ ...base, apr: apr(7 * DAY_S) }} mode="simulator" poolId={1n} valueSymbol="TIA" />);
    expect(html).toContain('title="12.3456%"');
  });
  it("says why a window is shorter than asked for, per mode", () => {
    expect(render({ apr: apr(6 * 3600) }, "live")).toContain("Only 6 h, not 1 d: this Osmosis node keeps no older state.");
    expect(render({ apr: apr(DAY_S - 300) }, "live")).not.toContain("Only");
    expect(render({ apr: apr(3 * DAY_S) }, "simulator")).toContain("Only 3 d, not 7 d: the pool's history starts then.");
  });
  it("loading, not measurable and error states say so, never a number", () => {
    const loading = render({});
    expect(loading).toContain("Measuring from the volume Osmosis itself counts");
    expect(loading).not.toMatch(/\d%/);
    const none = render({ none: true });
    expect(none).toContain("|Not measured yet|");
    expect(none).toContain("Needs at least an hour of");
    const err = render({ error: new Error("connection refused") });
    expect(err).toContain("Pool #1475's fee APR could not be loaded");
    expect(err).toContain("Retry");
    expect(err).not.toMatch(/\d%/);
  });
  it("takes the caller's label (the Yield card names it as a part of the sum)", () => {
    expect(render({ apr: apr(7 * DAY_S) }, "simulator", "From fees")).toContain("|From fees|≥ |12.34%|");
  });
});
