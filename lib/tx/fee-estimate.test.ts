import { describe, expect, it } from "vitest";
import { networkFeeText } from "./fee-estimate";
import { chainConfig } from "../chains/networks";
import { feeReserve } from "../protocol/liquid-staking";
import { formatAmount } from "../amount/format";

describe("networkFeeText", () => {
  it("is the Max buttons' fee reserve in the chain's fee token", () => {
    const cfg = chainConfig("milkyway");
    expect(networkFeeText("milkyway")).toBe(`≈ ${formatAmount(feeReserve(cfg.feeTokens[0].minGasPrice), cfg.decimals)} MILK`);
    expect(networkFeeText("celestia")).toMatch(/^≈ 0\.\d+ TIA$/);
  });
});
