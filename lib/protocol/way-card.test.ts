import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromUtf8 } from "@cosmjs/encoding";
import { parseDec } from "../amount/decimal";
import { formatForInput } from "../amount/format";
import { creditLimit, minCollateralFor } from "../amount/way-card-math";
import { maxUnlock, parseCard, projectedLimit, purchaseSplit, refundPreview, type WayCard, type WayCardParams } from "./way-card";
import { checkClose, checkHorizon, checkPurchase, checkRewardsRecipient, checkSharePercent, checkTopUpValue, checkUnlock } from "./way-card-checks";
import { milkRewardSources, rewardsTopUpMsgs, wayCardMsgs } from "./way-card-msgs";

const MILKTIA = "ibc/16065EE5282C5217685C8F084FC44864C25C706AC37356B0D62811D50B96920F";
const params: WayCardParams = {
  program: "milk1program",
  collateralDenom: MILKTIA,
  refundDenom: "umilk",
  assets: [
    { denom: "umilk", ticker: "MILK", exponent: 6, symbol: "MILK", price: parseDec("0.05") },
    { denom: MILKTIA, ticker: "MILKTIA", exponent: 6, symbol: "milkTIA", price: parseDec("5") },
  ],
  autoTopUpBps: { min: 0, max: 10_000, default: 5_000 },
  horizonDays: { min: 7, max: 90, default: 30 },
  apr: parseDec("0.1"),
  aprWindowDays: 30,
  redemptionRate: parseDec("1.01"),
  rateTimeMs: 0,
};
const card = (o: Partial<WayCard> = {}): WayCard => ({
  owner: "milk1alice",
  balance: 0n,
  owed: 0n,
  spentTotal: 0n,
  creditLimit: 41_095_890n,
  creditAvailable: 41_095_890n,
  collateralDenom: MILKTIA,
  collateral: 1_000_000_000n,
  collateralValueUsd: 5_000_000_000n,
  frozen: false,
  autoTopUpBps: 5000,
  horizonDays: 30,
  openedAtMs: 0,
  lastEpochMs: null,
  ...o,
});

const amount = fc.bigInt({ min: 0n, max: 10n ** 24n });
const price = fc.bigInt({ min: 1n, max: 10n ** 22n });

describe("the card's derived numbers use the contract's formulas", () => {
  it("the largest unlock leaves exactly enough to cover the debt", () => {
    fc.assert(
      fc.property(amount, price, fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 7, max: 90 }), fc.bigInt({ min: 0n, max: 10n ** 12n }), (c, p, apr, days, owed) => {
        const ps = { ...params, apr, assets: params.assets.map((x) => (x.denom === MILKTIA ? { ...x, price: p } : x)) };
        const max = maxUnlock(card({ collateral: c, owed, horizonDays: days }), ps);
        const min = minCollateralFor(owed, p, 6, apr, days);
        expect(max).toBe(owed === 0n ? c : min === null || min >= c ? 0n : c - min);
        if (owed > 0n && max > 0n) expect(creditLimit(c - max, p, 6, apr, days)).toBeGreaterThanOrEqual(owed);
        if (owed > 0n && max < c && min !== null) expect(creditLimit(c - max - 1n, p, 6, apr, days)).toBeLessThan(owed);
      }),
    );
  });

  it("projects no limit without a collateral price", () => {
    expect(projectedLimit(params, 1_000_000_000n, 30)).toBe(41_095_890n);
    expect(projectedLimit({ ...params, assets: params.assets.map((x) => ({ ...x, price: null })) }, 1_000_000_000n, 30)).toBe(0n);
  });
});

describe("parsing", () => {
  it("turns u128 strings into bigint and seconds into ms; no card is null", () => {
    expect(parseCard(null)).toBeNull();
    const c = parseCard({
      owner: "milk1a",
      balance: "340282366920938463463374607431768211455",
      owed: "1",
      spent_total: "2",
      credit_limit: "3",
      credit_available: "2",
      collateral: { denom: MILKTIA, amount: "5" },
      collateral_value_usd: "25",
      frozen: true,
      auto_top_up_bps: 2500,
      horizon_days: 14,
      opened_at: 1_700_000_000,
      last_epoch: null,
    })!;
    expect(c.balance).toBe(2n ** 128n - 1n);
    expect(c.openedAtMs).toBe(1_700_000_000_000);
    expect(c.lastEpochMs).toBeNull();
    expect(c.frozen).toBe(true);
  });
});

describe("messages", () => {
  it("builds snake_case JSON with u128 strings and the funds", () => {
    const m = wayCardMsgs.purchase("milk1card", "milk1alice", "nebula-coffee", 12_500_000n);
    expect(m.typeUrl).toBe("/cosmwasm.wasm.v1.MsgExecuteContract");
    expect(JSON.parse(fromUtf8(m.value.msg))).toEqual({ purchase: { merchant: "nebula-coffee", amount_usd: "12500000" } });
    const lock = wayCardMsgs.lock("milk1card", "milk1alice", MILKTIA, 7n);
    expect(lock.value.funds).toEqual([{ denom: MILKTIA, amount: "7" }]);
    expect(JSON.parse(fromUtf8(wayCardMsgs.open("c", "s", { autoTopUpBps: 2500, horizonDays: 14 }).value.msg))).toEqual({ open_card: { auto_top_up_bps: 2500, horizon_days: 14 } });
  });

  it("top up from rewards: the withdrawals first, then one top-up with the floored MILK", () => {
    const w = { typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward", value: {} };
    const msgs = rewardsTopUpMsgs({ contract: "c", sender: "s", withdraws: [w, w], milk: 123n, milkDenom: "umilk" });
    expect(msgs.map((m) => m.typeUrl)).toEqual([w.typeUrl, w.typeUrl, "/cosmwasm.wasm.v1.MsgExecuteContract"]);
    expect(msgs[2].value.funds).toEqual([{ denom: "umilk", amount: "123" }]);
  });
});

describe("refusals before the wallet", () => {
  it("purchase: merchant, amount, frozen, and balance + credit to the micro-dollar", () => {
    expect(checkPurchase(null, "x", "1")).toEqual({ ok: false, message: "Open a card first." });
    expect(checkPurchase(card(), "", "1")).toMatchObject({ ok: false, message: "Choose a merchant." });
    expect(checkPurchase(card(), "m", "0")).toMatchObject({ ok: false, message: "Enter an amount greater than $0." });
    expect(checkPurchase(card(), "m", "1.0000001").ok).toBe(false);
    expect(checkPurchase(card({ frozen: true }), "m", "1")).toMatchObject({ ok: false, message: expect.stringContaining("frozen") });
    const c = card({ balance: 1_000_000n, creditAvailable: 2_000_000n });
    expect(checkPurchase(c, "m", "3")).toEqual({ ok: true, value: 3_000_000n });
    expect(checkPurchase(c, "m", "3.000001")).toMatchObject({ ok: false, message: expect.stringContaining("$3.00 (balance $1.00 plus available credit $2.00)") });
    expect(purchaseSplit(c, 2_500_000n)).toEqual({ fromBalance: 1_000_000n, borrowed: 1_500_000n });
  });

  it("unlock: locked amount and debt cover", () => {
    expect(checkUnlock(card(), params, "1000.000001", 6, "milkTIA").ok).toBe(false);
    expect(checkUnlock(card(), params, "1000", 6, "milkTIA")).toEqual({ ok: true, value: 1_000_000_000n });
    const owing = card({ owed: 20_000_000n });
    const max = maxUnlock(owing, params);
    expect(checkUnlock(owing, params, formatForInput(max + 1n, 6), 6, "milkTIA")).toMatchObject({ ok: false, message: expect.stringContaining("can be unlocked now") });
  });

  it("top-up value, share, horizon and close", () => {
    expect(checkTopUpValue(params.assets[0], 19n)).toMatchObject({ ok: false });
    expect(checkTopUpValue(params.assets[0], 20n)).toEqual({ ok: true, value: 1n });
    expect(checkTopUpValue(undefined, 1n).ok).toBe(false);
    expect(checkSharePercent("12.5", params.autoTopUpBps)).toEqual({ ok: true, value: 1250 });
    expect(checkSharePercent("100.01", params.autoTopUpBps).ok).toBe(false);
    expect(checkHorizon("6", params.horizonDays, null, params).ok).toBe(false);
    expect(checkHorizon("7", params.horizonDays, card({ owed: 10_000_000n }), params)).toMatchObject({ ok: false, message: expect.stringContaining("below the $10.00 owed") });
    expect(checkHorizon("30", params.horizonDays, card({ owed: 10_000_000n }), params)).toEqual({ ok: true, value: 30 });
    expect(checkClose(card({ owed: 1n }), params)).toMatchObject({ ok: false, message: expect.stringContaining("$0.000001") });
    // $1.23 at $0.05 = 24.6 MILK.
    expect(checkClose(card({ balance: 1_230_000n }), params)).toEqual({ ok: true, value: 24_600_000n });
    expect(refundPreview(card({ balance: 1n }), { ...params, assets: [] })).toBeNull();
  });
});

describe("rewards routed to the card", () => {
  it("keeps only MILK-paying sources and sums their floored MILK", () => {
    const r = milkRewardSources({
      owner: "milk1alice",
      milkDenom: "umilk",
      staking: [
        { validator: "milkvaloper1a", coins: [{ denom: "umilk", amount: 1_500n }] },
        { validator: "milkvaloper1b", coins: [] },
      ],
      restaking: [
        { target: { kind: "pool", id: 1 }, coins: [{ denom: "umilk", amount: 2n }, { denom: "uother", amount: 9n }] },
        { target: { kind: "service", id: 3 }, coins: [{ denom: "uother", amount: 9n }] },
      ],
    });
    expect(r.milk).toBe(1_502n);
    expect(r.sources.map((s) => s.withdraw.typeUrl)).toEqual(["/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward", "/milkyway.rewards.v1.MsgWithdrawDelegatorReward"]);
  });
});

describe("rewards paid to another address", () => {
  const sources = [{ kind: "staking" as const }, { kind: "restaking" as const }];
  it("passes when every claimed source pays the signer", () => {
    expect(checkRewardsRecipient({ owner: "milk1a", sources, stakingWithdrawAddress: "milk1a", restakingWithdrawAddress: "milk1a" })).toEqual({ ok: true, value: null });
    // A custom address only matters for the kind actually claimed.
    expect(checkRewardsRecipient({ owner: "milk1a", sources: [{ kind: "restaking" }], stakingWithdrawAddress: "milk1x", restakingWithdrawAddress: "milk1a" }).ok).toBe(true);
  });

  it("refuses and names the address when a claimed source pays elsewhere", () => {
    expect(checkRewardsRecipient({ owner: "milk1a", sources, stakingWithdrawAddress: "milk1collector", restakingWithdrawAddress: "milk1a" })).toEqual({
      ok: false,
      message:
        "Your MILK staking rewards are paid to milk1collector, not to this wallet, so claiming them cannot top up the card. Top up from your wallet instead, or set the rewards withdraw address back to this wallet.",
    });
    const both = checkRewardsRecipient({ owner: "milk1a", sources, stakingWithdrawAddress: "milk1x", restakingWithdrawAddress: "milk1y" });
    expect(both).toMatchObject({ ok: false, message: expect.stringContaining("MILK staking rewards are paid to milk1x and your restaking rewards are paid to milk1y") });
  });
});
