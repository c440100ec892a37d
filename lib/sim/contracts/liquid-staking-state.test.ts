import { describe, expect, it } from "vitest";
import {
  U128_MAX,
  computeClaim,
  computeFee,
  computeMint,
  computeUnbond,
  decimalFromRatioString,
  multiplyRatio,
  rates,
  unstakeAmountToShow,
  unstakeEtaSeconds,
} from "./liquid-staking-state";

describe("decimalFromRatioString (cosmwasm Decimal::from_ratio display)", () => {
  it.each([
    [1n, 1n, "1"],
    [21n, 20n, "1.05"],
    [10n, 4n, "2.5"],
    [1n, 3n, "0.333333333333333333"],
    [2n, 3n, "0.666666666666666666"], // truncated, not rounded
    [1n, 10n ** 18n, "0.000000000000000001"],
    [1n, 10n ** 19n, "0"],
    [0n, 5n, "0"],
  ])("%s/%s → %s", (n, d, s) => {
    expect(decimalFromRatioString(n, d)).toBe(s);
  });
});

describe("rates", () => {
  it("are 1 when either total is zero, else N/L and L/N", () => {
    expect(rates({ total_native_token: 0n, total_liquid_stake_token: 5n })).toEqual({ redemption: "1", purchase: "1" });
    expect(rates({ total_native_token: 5n, total_liquid_stake_token: 0n })).toEqual({ redemption: "1", purchase: "1" });
    expect(rates({ total_native_token: 2090n, total_liquid_stake_token: 1917n })).toEqual({
      redemption: "1.090245174752217005",
      purchase: "0.917224880382775119",
    });
  });
});

describe("formulas of §1.3", () => {
  it("mint, unbond, claim and fee floor with a full-width intermediate", () => {
    expect(computeMint(0n, 0n, 1234n)).toBe(1234n);
    expect(computeMint(1090n, 1000n, 1000n)).toBe(917n);
    expect(computeUnbond(1590n, 1458n, 601n)).toBe(655n);
    expect(computeUnbond(1590n, 1458n, 0n)).toBe(0n);
    expect(computeClaim(655n, 500n, 601n)).toBe(544n);
    expect(computeFee(10_000n, 9n)).toBe(0n);
    expect(computeFee(10_000n, 1005n)).toBe(100n);
    // L·a overflows u128, the result does not.
    expect(computeMint(U128_MAX, U128_MAX, U128_MAX)).toBe(U128_MAX);
    expect(() => multiplyRatio(U128_MAX, 2n, 1n)).toThrow(/overflow/);
  });
});

describe("amounts to show per request (§1.4)", () => {
  const batch = (status: "pending" | "submitted" | "received") => ({
    status,
    batch_total_liquid_stake: 601n,
    expected_native_unstaked: 655n,
    received_native_unstaked: 650n,
  });
  it("estimates at N/L while pending, then uses the batch's expected and received amounts", () => {
    expect(unstakeAmountToShow(batch("pending"), 500n, 1590n, 1458n)).toBe(545n); // 500·1590/1458
    expect(unstakeAmountToShow(batch("pending"), 500n, 0n, 0n)).toBe(0n);
    expect(unstakeAmountToShow(batch("submitted"), 500n, 1n, 1n)).toBe(544n);
    expect(unstakeAmountToShow(batch("received"), 500n, 1n, 1n)).toBe(540n); // 650·500/601
  });

  it("ETA = time left in the pending batch + unbonding + latency", () => {
    expect(unstakeEtaSeconds(1000, 400, 1_814_400, 60)).toBe(600 + 1_814_400 + 60);
    expect(unstakeEtaSeconds(1000, 5000, 1_814_400)).toBe(1_814_400);
  });
});
