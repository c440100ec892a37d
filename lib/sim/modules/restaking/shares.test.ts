import { describe, expect, it } from "vitest";
import { SdkError } from "../../errors";
import { decCoinsMulDec } from "./dec-coins";
import {
  delegateOperator,
  delegatePool,
  delegateService,
  undelegateOperator,
  undelegatePool,
  UNDELEGATE_GAS_PER_DENOM,
} from "./delegation";
import { activateService, createService, deactivateOperator, registerOperator } from "./admin";
import { issueShares, removeShares, sharesFromTokens, tokensFromShares, tokensFromSharesTruncated } from "./shares";
import { delegationKey, OPERATOR, POOL } from "./state";
import { addr, makeWorld } from "./test-world";

const E18 = 10n ** 18n;
const ALICE = addr(1);
const BOB = addr(2);

function world() {
  const tw = makeWorld({ params: { allowedDenoms: [] }, operatorRegistrationFee: [], serviceRegistrationFee: [] });
  for (const a of [ALICE, BOB]) {
    tw.fund(a, 10_000_000n, "uaaa");
    tw.fund(a, 10_000_000n, "ubbb");
  }
  return tw;
}

function sdkError(fn: () => unknown): SdkError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SdkError) return e;
    throw e;
  }
  throw new Error("expected an SdkError");
}

describe("share maths (LegacyDec)", () => {
  it("issues 1:1 on an empty target, then trunc18(S·a/T)", () => {
    expect(issueShares({ tokens: {}, shares: {} }, { uaaa: 7n })).toEqual({ uaaa: 7n * E18 });
    // S = 2, T = 3: 1 token buys 0.666666666666666666 shares (truncated, not rounded).
    expect(sharesFromTokens({ tokens: { uaaa: 3n }, shares: { uaaa: 2n * E18 } }, { uaaa: 1n })).toEqual({
      uaaa: 666_666_666_666_666_666n,
    });
    // A denom the target holds no tokens of is issued 1:1 even when other denoms have shares.
    expect(issueShares({ tokens: { uaaa: 3n }, shares: { uaaa: 2n * E18 } }, { ubbb: 5n })).toEqual({ ubbb: 5n * E18 });
  });

  it("values shares with round-half-even Quo, and truncates where asked", () => {
    const t = { tokens: { uaaa: 1n }, shares: { uaaa: 2n * E18 } };
    // 1e-18 shares are worth 0.5e-18 tokens: a tie, rounded to the even 0.
    expect(tokensFromShares(t, { uaaa: 1n })).toEqual({});
    // 3e-18 → 1.5e-18 → 2e-18 (even); truncation gives 1e-18.
    expect(tokensFromShares(t, { uaaa: 3n })).toEqual({ uaaa: 2n });
    expect(tokensFromSharesTruncated(t, { uaaa: 3n })).toEqual({ uaaa: 1n });
    expect(decCoinsMulDec({ x: 5n }, E18 / 2n)).toEqual({ x: 2n });
    expect(decCoinsMulDec({ x: 3n }, E18 / 2n)).toEqual({ x: 2n });
  });

  it("gives the last holder every remaining token, trimmings included", () => {
    // uaaa dust without shares is kept while anyone holds shares, and goes to the last holder.
    const t = { tokens: { uaaa: 10n, ubbb: 5n }, shares: { ubbb: 5n * E18, uccc: E18 } };
    expect(removeShares(t, { ubbb: 5n * E18 }).issued).toEqual({ ubbb: 5n });
    const last = removeShares({ tokens: { uaaa: 10n, ubbb: 5n }, shares: { ubbb: 5n * E18 } }, { ubbb: 5n * E18 });
    expect(last.issued).toEqual({ uaaa: 10n, ubbb: 5n });
    expect(last.next).toEqual({ tokens: {}, shares: {} });
    // Not last: floor(round18(s·T/S)) leaves the fraction in the target.
    const part = removeShares({ tokens: { uaaa: 10n }, shares: { uaaa: 3n * E18 } }, { uaaa: E18 });
    expect(part.issued).toEqual({ uaaa: 3n });
    expect(part.next.tokens).toEqual({ uaaa: 7n });
  });
});

describe("delegation edge cases", () => {
  it("rejects a delegation to a pool whose tokens are gone but shares remain", () => {
    const tw = world();
    tw.tx((c) => delegatePool(c, ALICE, { denom: "uaaa", amount: 100n }));
    const st = tw.st();
    st.pools[1] = { ...st.pools[1], tokens: 0n };
    const err = sdkError(() => tw.tx((c) => delegatePool(c, BOB, { denom: "uaaa", amount: 100n })));
    expect([err.codespace, err.code]).toEqual(["restaking", 3]);
    expect(err.message).toBe("cannot delegate to pool/operator/service with invalid (zero) ex-rate");
  });

  it("undelegates everything when asking for more than held in a held denom", () => {
    const tw = world();
    tw.tx((c) => delegatePool(c, ALICE, { denom: "uaaa", amount: 100n }));
    tw.tx((c) => delegatePool(c, BOB, { denom: "uaaa", amount: 50n }));
    tw.tx((c) => undelegatePool(c, ALICE, { denom: "uaaa", amount: 150n }));
    const st = tw.st();
    expect(st.delegations[delegationKey(POOL, 1, ALICE)]).toBeUndefined();
    expect(st.pools[1].tokens).toBe(50n);
    expect(st.unbondings[delegationKey(POOL, 1, ALICE)].entries[0].balance).toEqual({ uaaa: 100n });
  });

  it("over-asking one held denom exits every denom of the delegation", () => {
    const tw = world();
    tw.tx((c) => registerOperator(c, { sender: BOB, moniker: "op" }));
    tw.tx((c) => delegateOperator(c, ALICE, 1, [{ denom: "uaaa", amount: 100n }, { denom: "ubbb", amount: 30n }]));
    const ctx = tw.ctx();
    const gasBefore = ctx.gasUsed;
    ctx.atomic(() => undelegateOperator(ctx, ALICE, 1, [{ denom: "uaaa", amount: 1_000n }]));
    expect(ctx.gasUsed - gasBefore).toBe(2 * UNDELEGATE_GAS_PER_DENOM);
    const st = tw.st();
    expect(st.delegations[delegationKey(OPERATOR, 1, ALICE)]).toBeUndefined();
    expect(st.unbondings[delegationKey(OPERATOR, 1, ALICE)].entries[0].balance).toEqual({ uaaa: 100n, ubbb: 30n });
    expect(st.operators[1].tokens).toEqual({});
  });

  it("refuses an undelegation in a denom the delegation does not hold", () => {
    const tw = world();
    tw.tx((c) => registerOperator(c, { sender: BOB, moniker: "op" }));
    tw.tx((c) => delegateOperator(c, ALICE, 1, [{ denom: "uaaa", amount: 100n }]));
    tw.tx((c) => delegateOperator(c, BOB, 1, [{ denom: "ubbb", amount: 100n }]));
    const err = sdkError(() => tw.tx((c) => undelegateOperator(c, ALICE, 1, [{ denom: "ubbb", amount: 10n }])));
    expect([err.codespace, err.code]).toEqual(["restaking", 5]);
    expect(err.message).toBe("100.000000000000000000operator/1/uaaa: not enough delegation shares");
    // Atomic: nothing moved.
    expect(tw.st().delegations[delegationKey(OPERATOR, 1, ALICE)].shares).toEqual({ uaaa: 100n * E18 });
  });

  it("uses the chain's texts for missing delegations, unrestakable denoms and inactive targets", () => {
    const tw = makeWorld({ params: { allowedDenoms: ["uaaa"] }, operatorRegistrationFee: [], serviceRegistrationFee: [] });
    tw.fund(ALICE, 1_000n, "uaaa");
    tw.fund(ALICE, 1_000n, "ubbb");
    tw.tx((c) => delegatePool(c, ALICE, { denom: "uaaa", amount: 10n }));
    let err = sdkError(() => tw.tx((c) => undelegatePool(c, BOB, { denom: "uaaa", amount: 1n })));
    expect([err.codespace, err.code, err.message]).toEqual(["restaking", 4, "delegation not found"]);
    err = sdkError(() => tw.tx((c) => delegatePool(c, ALICE, { denom: "ubbb", amount: 1n })));
    expect([err.codespace, err.code, err.message]).toEqual(["restaking", 14, "ubbb cannot be restaked: denom not restakable"]);
    tw.tx((c) => registerOperator(c, { sender: BOB, moniker: "op" }));
    tw.tx((c) => deactivateOperator(c, BOB, 1));
    err = sdkError(() => tw.tx((c) => delegateOperator(c, ALICE, 1, [{ denom: "uaaa", amount: 1n }])));
    expect([err.codespace, err.code, err.message]).toEqual(["operators", 4, "operator is not active"]);
    tw.tx((c) => createService(c, { sender: BOB, name: "svc" }));
    err = sdkError(() => tw.tx((c) => delegateService(c, ALICE, 1, [{ denom: "uaaa", amount: 1n }])));
    expect([err.codespace, err.code, err.message]).toEqual(["services", 4, "service is not active"]);
    tw.tx((c) => activateService(c, BOB, 1));
    tw.tx((c) => delegateService(c, ALICE, 1, [{ denom: "uaaa", amount: 1n }]));
    expect(tw.st().services[1].tokens).toEqual({ uaaa: 1n });
  });

  it("enforces the USD restaking cap on the total after the delegation", () => {
    const tw = makeWorld({ params: { allowedDenoms: [], restakingCap: 3n * E18 } });
    tw.fund(ALICE, 10_000_000n, "uaaa");
    tw.st().assets.uaaa = { denom: "uaaa", ticker: "AAA", exponent: 6 };
    tw.st().prices.AAA = 2n * E18;
    tw.tx((c) => delegatePool(c, ALICE, { denom: "uaaa", amount: 1_500_000n }));
    const err = sdkError(() => tw.tx((c) => delegatePool(c, ALICE, { denom: "uaaa", amount: 1n })));
    expect([err.codespace, err.code]).toEqual(["restaking", 15]);
    expect(err.message).toBe(
      "total restaked value 3.000002000000000000 is greater than the cap 3.000000000000000000: restaking cap exceeded",
    );
  });
});
