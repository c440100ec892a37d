import { describe, expect, it } from "vitest";
import { DEC_SCALE, parseDec } from "../amount/decimal";
import {
  aprEstimate,
  checkDelegateAmount,
  checkUndelegateAmount,
  decCoinFloor,
  delegateMsg,
  rewardCoins,
  sumCoins,
  setTrustMsg,
  sharesToTokens,
  unbondingEntryState,
  undelegateMsg,
  withdrawRewardMsg,
} from "./restaking";

const W = (s: string) => (parseDec(s)).toString(); // a DecCoin wire amount (value × 10^18)

describe("reward display", () => {
  it("floors DecCoin wire amounts to whole base units", () => {
    expect(decCoinFloor({ denom: "umilk", amount: W("12.999999999999999999") })).toEqual({ denom: "umilk", amount: 12n });
    expect(decCoinFloor({ denom: "umilk", amount: "" })).toEqual({ denom: "umilk", amount: 0n });
  });

  it("floors each pool before summing, as the chain pays a withdrawal, and drops zeros", () => {
    const pools = [
      { decCoins: [{ denom: "umilk", amount: W("0.6") }, { denom: "uosmo", amount: W("0.2") }] },
      { decCoins: [{ denom: "umilk", amount: W("0.6") }] },
    ];
    // 0.6 + 0.6 floored per pool is 0 + 0: the chain pays nothing, not 1.
    expect(rewardCoins(pools)).toEqual([]);
    const more = [{ decCoins: [{ denom: "umilk", amount: W("2.9") }] }, { decCoins: [{ denom: "umilk", amount: W("3.9") }] }];
    expect(rewardCoins(more)).toEqual([{ denom: "umilk", amount: 5n }]);
  });

  it("sumCoins adds per denom", () => {
    expect(
      sumCoins([
        [{ denom: "a", amount: 1n }],
        [
          { denom: "b", amount: 2n },
          { denom: "a", amount: 3n },
        ],
        [{ denom: "c", amount: 0n }],
      ]),
    ).toEqual([
      { denom: "a", amount: 4n },
      { denom: "b", amount: 2n },
    ]);
  });
});

describe("amount validation", () => {
  it("refuses more than the balance, zero, and too many decimals", () => {
    expect(checkDelegateAmount("201", 6, 200_000_000n, "milkTIA")).toEqual({ ok: false, message: "That is more than your balance of 200 milkTIA." });
    expect(checkDelegateAmount("0", 6, 1n, "milkTIA")).toEqual({ ok: false, message: "Enter an amount greater than 0." });
    expect(checkDelegateAmount("1.1234567", 6, 10n ** 9n, "milkTIA").ok).toBe(false);
    expect(checkDelegateAmount("200", 6, 200_000_000n, "milkTIA")).toEqual({ ok: true, value: 200_000_000n });
  });

  it("refuses undelegating more than delegated", () => {
    expect(checkUndelegateAmount("10.000001", 6, 10_000_000n, "milkTIA")).toEqual({ ok: false, message: "You have only 10 milkTIA delegated here." });
    expect(checkUndelegateAmount("10", 6, 10_000_000n, "milkTIA")).toEqual({ ok: true, value: 10_000_000n });
  });
});

describe("shares and APR", () => {
  it("converts shares to tokens, floored", () => {
    expect(sharesToTokens(10n * DEC_SCALE, 30n * DEC_SCALE, 100n)).toBe(33n);
    expect(sharesToTokens(1n, 0n, 100n)).toBe(0n);
  });

  it("estimates APR as perDay·365·price / TVL value", () => {
    // 1,000 MILK/day at $0.05 against 1,000,000 milkTIA at $5 → 18,250 / 5,000,000 = 0.00365
    const apr = aprEstimate({ perDay: 1_000_000_000n, rewardDecimals: 6, rewardPrice: parseDec("0.05"), tvl: 1_000_000_000_000n, tvlDecimals: 6, tvlPrice: parseDec("5") });
    expect(apr).toBe(parseDec("0.00365"));
    expect(aprEstimate({ perDay: 1n, rewardDecimals: 6, rewardPrice: DEC_SCALE, tvl: 0n, tvlDecimals: 6, tvlPrice: DEC_SCALE })).toBeNull();
  });
});

describe("unbonding entries and countdown", () => {
  it("warns at the last free entry and refuses when full", () => {
    expect(unbondingEntryState(5, 7)).toBe("ok");
    expect(unbondingEntryState(6, 7)).toBe("last");
    expect(unbondingEntryState(7, 7)).toBe("full");
  });
});

describe("messages", () => {
  it("builds delegate/undelegate messages per target kind", () => {
    const coin = { denom: "ibc/X", amount: 5n };
    expect(delegateMsg("milk1a", { kind: "pool", id: 1 }, coin)).toEqual({ typeUrl: "/milkyway.restaking.v1.MsgDelegatePool", value: { delegator: "milk1a", amount: { denom: "ibc/X", amount: "5" } } });
    expect(undelegateMsg("milk1a", { kind: "operator", id: 2 }, coin).value).toEqual({ delegator: "milk1a", operatorId: 2, amount: [{ denom: "ibc/X", amount: "5" }] });
    expect(delegateMsg("milk1a", { kind: "service", id: 3 }, coin).typeUrl).toBe("/milkyway.restaking.v1.MsgDelegateService");
  });

  it("replaces the whole trusted set and withdraws per target", () => {
    expect(setTrustMsg("milk1a", [3, 1]).value).toEqual({ user: "milk1a", preferences: { trustedServices: [{ serviceId: 1, poolsIds: [] }, { serviceId: 3, poolsIds: [] }] } });
    expect(withdrawRewardMsg("milk1a", { kind: "pool", id: 1 }).value).toEqual({ delegatorAddress: "milk1a", delegationType: 1, delegationTargetId: 1 });
  });
});

describe("MILK staking maths", () => {
  it("keeps a fee reserve for Max and computes voting share", async () => {
    const { maxAfterFee, votingShare } = await import("./restaking");
    expect(maxAfterFee(1_000_000n, 300_000n, parseDec("0.0025"))).toBe(999_250n);
    expect(maxAfterFee(100n, 300_000n, parseDec("0.0025"))).toBe(0n);
    expect(votingShare(1n, 4n)).toBe(parseDec("0.25"));
    expect(votingShare(1n, 0n)).toBe(0n);
  });
});

describe("chain refusals in plain words", () => {
  it("maps the unbonding-entries limit and over-undelegation", async () => {
    const { toUserError } = await import("../tx/errors");
    const max = toUserError(new Error("failed to execute message; message index: 0: too many unbonding delegation entries for (delegator, delegation target) tuple"));
    expect(max.detail).toMatch(/7 unbondings in progress/);
    expect(toUserError(new Error("not enough delegation shares")).detail).toBe("That is more than you have delegated to this target.");
  });
});
