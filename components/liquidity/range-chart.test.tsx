import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { parseDec } from "@/lib/amount/decimal";
import { RangeChart } from "./range-chart";

const dec = parseDec;

describe("RangeChart", () => {
  it("prints its prices as the panel does (displayRate: 6 decimals, rounded down), in the picture and its label", () => {
    const out = renderToStaticMarkup(
      <RangeChart
        bars={[{ x0: 0.9, x1: 1.1, y: 5 }]}
        viewLow={dec("0.81234567891")}
        viewHigh={dec("1.2185185183")}
        current={dec("1.0154320999999")}
        range={{ low: dec("0.9999999999"), high: dec("1.05") }}
        inRange
        unit="TIA per milkTIA"
      />,
    );
    expect(out).toContain(
      'aria-label="Liquidity between 0.812345 and 1.218518 TIA per milkTIA; current price 1.015432. Your range 0.999999 to 1.050000: in range."',
    );
    expect(out).toContain(">1.015432</text>");
    expect(out).toContain(">0.812345</text>");
    expect(out).toContain(">1.218518</text>");
    // Rounded down, never up: toPrecision(6) printed 1.00000 for a range starting below 1.
    expect(out).not.toContain("1.00000");
  });
});
