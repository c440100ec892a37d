import { describe, expect, it } from "vitest";
import {
  QueryDelegationRequest,
  QueryDelegationResponse,
  QueryPoolResponse,
  QueryUnbondingDelegationRequest,
  QueryUnbondingDelegationResponse,
  QueryValidatorsRequest,
  QueryValidatorsResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/query";
import { MsgUndelegate, MsgUndelegateResponse } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { DEC_SCALE } from "../../amount/decimal";
import { SdkError, QueryError } from "../errors";
import { balanceOf } from "./bank";
import { stakingModule } from "./staking";
import {
  beginRedelegate,
  bondedPoolAddress,
  cancelUnbonding,
  createValidator,
  delegate,
  notBondedPoolAddress,
  undelegate,
} from "./staking-keeper";
import { delegationBalance, removeDelShares, tokensFromShares } from "./staking-math";
import { stakingStateFor, type ValidatorRecord } from "./staking-state";
import { stakingEnv } from "./staking-test-helpers";

const DAY = 86_400_000;

function setup() {
  const env = stakingEnv();
  const ctx = env.ctx();
  const valA = createValidator(ctx, { moniker: "alpha", commissionRate: "0.05" });
  const valB = createValidator(ctx, { moniker: "beta", commissionRate: "0.10" });
  const alice = env.addr("alice");
  env.fund(alice, 10_000_000n);
  return { env, valA, valB, alice };
}

function caught(fn: () => unknown): SdkError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SdkError) return e;
    throw e;
  }
  throw new Error("expected an SdkError");
}

function validator(over: Partial<ValidatorRecord>): ValidatorRecord {
  return {
    operator: "v",
    moniker: "v",
    identity: "",
    website: "",
    details: "",
    consensusPubkey: "",
    status: 3,
    jailed: false,
    tokens: 0n,
    delegatorShares: 0n,
    commissionRate: 0n,
    commissionMaxRate: 0n,
    commissionMaxChangeRate: 0n,
    commissionUpdateMs: 0,
    minSelfDelegation: 1n,
    rewardRatio: {},
    outstanding: {},
    commission: {},
    ...over,
  };
}

describe("share maths (LegacyDec)", () => {
  it("issues shares 1:1 on the first delegation and pro rata afterwards (truncated)", () => {
    const { env, valA, alice } = setup();
    const shares = delegate(env.ctx(), alice, valA, 1_000n);
    expect(shares).toBe(1_000n * DEC_SCALE);
    // Make the exchange rate uneven: 1000 tokens for 1100 shares.
    const st = env.chain.staking!;
    st.validators[valA] = { ...st.validators[valA], delegatorShares: 1_100n * DEC_SCALE };
    st.delegations[alice][valA] = { ...st.delegations[alice][valA], shares: 1_100n * DEC_SCALE };
    const more = delegate(env.ctx(), alice, valA, 7n);
    expect(more).toBe((1_100n * DEC_SCALE * 7n) / 1_000n);
    expect(st.validators[valA].tokens).toBe(1_007n);
  });

  it("TokensFromShares rounds half-even like LegacyDec.Quo; the last shares take every token", () => {
    const v = validator({ tokens: 10n, delegatorShares: 3n * DEC_SCALE });
    // 1 share of 3 over 10 tokens = 3.333…; 2 shares = 6.666…67 (rounded up at digit 18).
    expect(tokensFromShares(v, DEC_SCALE)).toBe(3_333_333_333_333_333_333n);
    expect(tokensFromShares(v, 2n * DEC_SCALE)).toBe(6_666_666_666_666_666_667n);
    expect(delegationBalance(v, 2n * DEC_SCALE)).toBe(6n);
    const partial = removeDelShares(v, DEC_SCALE);
    expect(partial.tokens).toBe(3n);
    const last = removeDelShares(partial.validator, 2n * DEC_SCALE);
    expect(last.tokens).toBe(7n);
    expect(last.validator.tokens).toBe(0n);
  });

  it("moves delegated tokens into the bonded pool and unbonding tokens into the not-bonded pool", () => {
    const { env, valA, alice } = setup();
    const prefix = env.cfg.bech32Prefix;
    delegate(env.ctx(), alice, valA, 4_000n);
    expect(balanceOf(env.chain, bondedPoolAddress(prefix), "utia")).toBe(4_000n);
    undelegate(env.ctx(), alice, valA, 1_500n);
    expect(balanceOf(env.chain, bondedPoolAddress(prefix), "utia")).toBe(2_500n);
    expect(balanceOf(env.chain, notBondedPoolAddress(prefix), "utia")).toBe(1_500n);
    expect(balanceOf(env.chain, alice, "utia")).toBe(10_000_000n - 4_000n);
  });

  it("refuses a delegation larger than the balance with the bank's text", () => {
    const { env, valA } = setup();
    const poor = env.addr("poor");
    env.fund(poor, 5n);
    const e = caught(() => delegate(env.ctx(), poor, valA, 6n));
    expect([e.codespace, e.code]).toEqual(["sdk", 5]);
    expect(e.message).toBe("failed to delegate; 5utia is smaller than 6utia: insufficient funds");
  });

  it("refuses to undelegate more than delegated", () => {
    const { env, valA, alice } = setup();
    delegate(env.ctx(), alice, valA, 100n);
    const e = caught(() => undelegate(env.ctx(), alice, valA, 101n));
    expect(e.message).toBe("invalid shares amount: invalid request");
    const none = caught(() => undelegate(env.ctx(), env.addr("nobody"), valA, 1n));
    expect([none.codespace, none.code, none.message]).toEqual(["staking", 19, "no delegation for (address, validator) tuple"]);
  });
});

describe("unbonding", () => {
  it("allows at most 7 entries per (delegator, validator); the 8th fails with the SDK error", () => {
    const { env, valA, valB, alice } = setup();
    delegate(env.ctx(), alice, valA, 1_000n);
    delegate(env.ctx(), alice, valB, 1_000n);
    for (let i = 0; i < 7; i++) {
      undelegate(env.ctx(), alice, valA, 10n);
      env.block(6_000);
    }
    expect(env.chain.staking!.unbondings[alice][valA]).toHaveLength(7);
    const e = caught(() => undelegate(env.ctx(), alice, valA, 10n));
    expect([e.codespace, e.code]).toEqual(["staking", 27]);
    expect(e.message).toBe("too many unbonding delegation entries for (delegator, validator) tuple");
    // Another validator is another tuple.
    expect(() => undelegate(env.ctx(), alice, valB, 10n)).not.toThrow();
  });

  it("merges two undelegations in the same block into one entry", () => {
    const { env, valA, alice } = setup();
    delegate(env.ctx(), alice, valA, 1_000n);
    undelegate(env.ctx(), alice, valA, 10n);
    undelegate(env.ctx(), alice, valA, 15n);
    const entries = env.chain.staking!.unbondings[alice][valA];
    expect(entries).toHaveLength(1);
    expect(entries[0].balance).toBe(25n);
    expect(entries[0].initialBalance).toBe(25n);
  });

  it("pays out exactly at completion time, not a millisecond before", () => {
    const { env, valA, alice } = setup();
    delegate(env.ctx(), alice, valA, 1_000n);
    const before = balanceOf(env.chain, alice, "utia");
    const { completionMs, amount } = undelegate(env.ctx(), alice, valA, 400n);
    expect(amount).toBe(400n);
    expect(completionMs).toBe(env.chain.timeMs + 1_814_400_000);
    env.block(completionMs - env.chain.timeMs - 1);
    expect(balanceOf(env.chain, alice, "utia")).toBe(before);
    expect(env.chain.staking!.unbondings[alice][valA]).toHaveLength(1);
    env.block(1);
    expect(balanceOf(env.chain, alice, "utia")).toBe(before + 400n);
    expect(env.chain.staking!.unbondings[alice]).toBeUndefined();
    expect(balanceOf(env.chain, notBondedPoolAddress(env.cfg.bech32Prefix), "utia")).toBe(0n);
  });

  it("cancels (part of) an unbonding entry back into the delegation", () => {
    const { env, valA, alice } = setup();
    delegate(env.ctx(), alice, valA, 1_000n);
    undelegate(env.ctx(), alice, valA, 300n);
    const h = env.chain.height;
    env.block(DAY);
    cancelUnbonding(env.ctx(), alice, valA, 100n, h);
    const st = env.chain.staking!;
    expect(st.unbondings[alice][valA][0].balance).toBe(200n);
    expect(delegationBalance(st.validators[valA], st.delegations[alice][valA].shares)).toBe(800n);
    expect(balanceOf(env.chain, bondedPoolAddress(env.cfg.bech32Prefix), "utia")).toBe(800n);
    const e = caught(() => cancelUnbonding(env.ctx(), alice, valA, 100n, h + 5));
    expect(e.message).toBe(`unbonding delegation entry is not found at block height ${h + 5}: not found`);
    cancelUnbonding(env.ctx(), alice, valA, 200n, h);
    expect(st.unbondings[alice]).toBeUndefined();
  });
});

describe("redelegation", () => {
  it("moves shares at once and records an entry that expires after the unbonding time", () => {
    const { env, valA, valB, alice } = setup();
    delegate(env.ctx(), alice, valA, 1_000n);
    const done = beginRedelegate(env.ctx(), alice, valA, valB, 600n);
    const st = env.chain.staking!;
    expect(delegationBalance(st.validators[valB], st.delegations[alice][valB].shares)).toBe(600n);
    expect(delegationBalance(st.validators[valA], st.delegations[alice][valA].shares)).toBe(400n);
    expect(Object.values(st.redelegations)[0].entries).toHaveLength(1);
    // valB now holds an incoming redelegation: moving it on is transitive.
    const t = caught(() => beginRedelegate(env.ctx(), alice, valB, valA, 10n));
    expect([t.code, t.message]).toEqual([32, "redelegation to this validator already in progress; first redelegation to this validator must complete before next redelegation"]);
    expect(caught(() => beginRedelegate(env.ctx(), alice, valA, valA, 10n)).code).toBe(29);
    env.block(done - env.chain.timeMs);
    expect(Object.keys(st.redelegations)).toHaveLength(0);
    expect(() => beginRedelegate(env.ctx(), alice, valB, valA, 10n)).not.toThrow();
  });

  it("limits redelegation entries per (delegator, src, dst) to 7", () => {
    const { env, valA, valB, alice } = setup();
    delegate(env.ctx(), alice, valA, 1_000n);
    for (let i = 0; i < 7; i++) beginRedelegate(env.ctx(), alice, valA, valB, 10n);
    const e = caught(() => beginRedelegate(env.ctx(), alice, valA, valB, 10n));
    expect([e.codespace, e.code]).toEqual(["staking", 33]);
  });
});

describe("staking msgs and queries", () => {
  it("MsgUndelegate answers with the completion time and amount; state rolls back on failure", () => {
    const { env, valA, alice } = setup();
    delegate(env.ctx(), alice, valA, 1_000n);
    const route = stakingModule.msgs!["/cosmos.staking.v1beta1.MsgUndelegate"];
    const ctx = env.ctx();
    const bytes = route.handle(ctx, MsgUndelegate.fromPartial({ delegatorAddress: alice, validatorAddress: valA, amount: { denom: "utia", amount: "250" } }));
    const res = MsgUndelegateResponse.decode(bytes);
    expect(res.amount).toEqual({ denom: "utia", amount: "250" });
    expect(Number(res.completionTime.seconds) * 1000).toBe(env.chain.timeMs + 1_814_400_000);
    const unbond = ctx.events.find((e) => e.type === "unbond")!;
    expect(unbond.attributes.find((a) => a.key === "completion_time")!.value).toMatch(/^2025-01-22T00:00:00Z$/);
    const wrong = caught(() =>
      route.handle(env.ctx(), MsgUndelegate.fromPartial({ delegatorAddress: alice, validatorAddress: valA, amount: { denom: "uatom", amount: "1" } })),
    );
    expect(wrong.message).toBe("invalid coin denomination: got uatom, expected utia: invalid request");
  });

  it("answers Delegation with shares in the LegacyDec wire form and NotFound like a node", () => {
    const { env, valA, alice } = setup();
    delegate(env.ctx(), alice, valA, 1_234n);
    const route = stakingModule.queries!["/cosmos.staking.v1beta1.Query/Delegation"];
    const res = QueryDelegationResponse.decode(route({ world: env.world, chain: env.chain }, QueryDelegationRequest.encode({ delegatorAddr: alice, validatorAddr: valA }).finish()));
    expect(res.delegationResponse!.delegation.shares).toBe("1234000000000000000000");
    expect(res.delegationResponse!.balance).toEqual({ denom: "utia", amount: "1234" });
    const bob = env.addr("bob");
    let err: unknown;
    try {
      route({ world: env.world, chain: env.chain }, QueryDelegationRequest.encode({ delegatorAddr: bob, validatorAddr: valA }).finish());
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(QueryError);
    // CosmJS's StargateClient.getDelegation turns exactly this into `null`.
    expect(String(err)).toContain("rpc error: code = NotFound");
    expect(String(err)).toContain("key not found");
  });

  it("filters validators by status and reports the pool", () => {
    const { env, valA, alice } = setup();
    delegate(env.ctx(), alice, valA, 500n);
    const qs = stakingModule.queries!;
    const env2 = { world: env.world, chain: env.chain };
    const bonded = QueryValidatorsResponse.decode(qs["/cosmos.staking.v1beta1.Query/Validators"](env2, QueryValidatorsRequest.encode({ status: "BOND_STATUS_BONDED" }).finish()));
    expect(bonded.validators.map((v) => v.description.moniker).sort()).toEqual(["alpha", "beta"]);
    const unbonded = QueryValidatorsResponse.decode(qs["/cosmos.staking.v1beta1.Query/Validators"](env2, QueryValidatorsRequest.encode({ status: "BOND_STATUS_UNBONDED" }).finish()));
    expect(unbonded.validators).toHaveLength(0);
    const alpha = bonded.validators.find((v) => v.operatorAddress === valA)!;
    expect(alpha.commission.commissionRates.rate).toBe("50000000000000000");
    const pool = QueryPoolResponse.decode(qs["/cosmos.staking.v1beta1.Query/Pool"](env2, new Uint8Array()));
    expect(pool.pool).toEqual({ bondedTokens: "500", notBondedTokens: "0" });
  });

  it("lists unbonding entries with creation height and completion time", () => {
    const { env, valA, alice } = setup();
    delegate(env.ctx(), alice, valA, 500n);
    undelegate(env.ctx(), alice, valA, 100n);
    const q = stakingModule.queries!["/cosmos.staking.v1beta1.Query/UnbondingDelegation"];
    const res = QueryUnbondingDelegationResponse.decode(q({ world: env.world, chain: env.chain }, QueryUnbondingDelegationRequest.encode({ delegatorAddr: alice, validatorAddr: valA }).finish()));
    expect(res.unbond.entries).toHaveLength(1);
    expect(res.unbond.entries[0].balance).toBe("100");
    expect(res.unbond.entries[0].creationHeight).toBe(BigInt(env.chain.height));
    expect(stakingStateFor(env.ctx()).params.maxEntries).toBe(7);
  });
});
