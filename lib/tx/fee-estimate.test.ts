import { describe, expect, it } from "vitest";
import { networkFeeText } from "./fee-estimate";

describe("networkFeeText", () => {
  it("is the budgeted 300,000 gas at the chain's minimum gas price, in its fee token", () => {
    // 300,000 × 0.0025 umilk = 750 umilk; 300,000 × 0.002 utia = 600 utia.
    expect(networkFeeText("milkyway")).toBe("≈ 0.00075 MILK");
    expect(networkFeeText("celestia")).toBe("≈ 0.0006 TIA");
    expect(networkFeeText("osmosis")).toBe("≈ 0.00075 OSMO");
  });
});
