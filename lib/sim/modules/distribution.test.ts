import { describe, expect, it } from "vitest";
import {
  QueryDelegationRewardsRequest,
  QueryDelegationRewardsResponse,
  QueryDelegationTotalRewardsRequest,
  QueryDelegationTotalRewardsResponse,
  QueryCommunityPoolResponse,
} from "cosmjs-types/cosmos/distribution/v1beta1/query";
import { MsgWithdrawDelegatorReward, MsgWithdrawDelegatorRewardResponse } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { DEC_SCALE } from "../../amount/decimal";
import { SdkError } from "../errors";
import { balanceOf } from "./bank";
import { distributionModule } from "./distribution";
import {
  distributionAddress,
  feeCollectorAddress,
  pendingRewards,
  setWithdrawAddress,
  withdrawCommission,
  withdrawRewards,
  YEAR_MS,
} from "./distribution-keeper";
import { operatorAccount } from "./distribution-keeper";
import { createValidator, delegate, undelegate } from "./staking-keeper";
import { stakingEnv } from "./staking-test-helpers";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** celestia-sim-1: APR 0.105, community tax 0.02. */
function setup() {
  const env = stakingEnv();
  const ctx = env.ctx();
  const val = createValidator(ctx, { moniker: "alpha", commissionRate: "0.05" });
  const alice = env.addr("alice");
  const bob = env.addr("bob");
  env.fund(alice, 3_000_000_000n);
  env.fund(bob, 1_000_000_000n);
  delegate(env.ctx(), alice, val, 3_000_000_000n);
  delegate(env.ctx(), bob, val, 1_000_000_000n);
  return { env, val, alice, bob };
}

const supply = (env: ReturnType<typeof stakingEnv>) => env.chain.supply.utia ?? 0n;

describe("reward accrual", () => {
  it("mints APR × bonded × Δt / year into the distribution module, exactly, with a mint event", () => {
    const { env } = setup();
    const before = supply(env);
    env.block(DAY);
    // 4e9 × 0.105 × 1 day / 365 days = 1,150,684.93… → 1,150,684 minted, the fraction carried.
    const expected = (4_000_000_000n * 105n * BigInt(DAY)) / (1000n * YEAR_MS);
    expect(expected).toBe(1_150_684n);
    expect(supply(env) - before).toBe(expected);
    expect(balanceOf(env.chain, distributionAddress(env.cfg.bech32Prefix), "utia")).toBe(expected);
  });

  it("mints the same total for one 30-day step as for 720 one-hour blocks, and rewards agree within flooring", () => {
    const big = setup();
    const small = setup();
    const s0 = supply(big.env);
    big.env.block(30 * DAY);
    for (let i = 0; i < 720; i++) small.env.block(HOUR);
    const mintedBig = supply(big.env) - s0;
    const mintedSmall = supply(small.env) - s0;
    expect(mintedSmall).toBe(mintedBig);
    expect(mintedBig).toBe((4_000_000_000n * 105n * BigInt(30 * DAY)) / (1000n * YEAR_MS));

    const rBig = pendingRewards(big.env.chain.staking!, big.alice, big.val).utia;
    const rSmall = pendingRewards(small.env.chain.staking!, small.alice, small.val).utia;
    // Per-block flooring can only lose, and at most a few units of 10^-18 per block.
    expect(rSmall).toBeLessThanOrEqual(rBig);
    expect(rBig - rSmall).toBeLessThan(720n * 1000n);

    const paidBig = withdrawRewards(big.env.ctx(), big.alice, big.val)[0].amount;
    const paidSmall = withdrawRewards(small.env.ctx(), small.alice, small.val)[0].amount;
    expect(paidBig - paidSmall).toBeGreaterThanOrEqual(0n);
    expect(paidBig - paidSmall).toBeLessThanOrEqual(1n);
    // Alice owns 3/4 of the stake: 3/4 × 98% × 95% of what was minted, floored.
    expect(paidBig).toBe((mintedBig * 3n * 98n * 95n) / (4n * 100n * 100n));
  });

  it("never owes more than was minted: community pool + commission + rewards ≤ module balance", () => {
    const { env, val, alice, bob } = setup();
    for (let i = 0; i < 50; i++) env.block(HOUR * (1 + (i % 7)));
    const st = env.chain.staking!;
    const owed =
      (st.communityPool.utia ?? 0n) +
      (st.validators[val].commission.utia ?? 0n) +
      (pendingRewards(st, alice, val).utia ?? 0n) +
      (pendingRewards(st, bob, val).utia ?? 0n);
    const held = balanceOf(env.chain, distributionAddress(env.cfg.bech32Prefix), "utia") * DEC_SCALE;
    expect(owed).toBeLessThanOrEqual(held);
    expect(held - owed).toBeLessThan(DEC_SCALE);
    expect(st.validators[val].outstanding.utia).toBeLessThanOrEqual(held);
  });

  it("sends the community tax to the pool and the commission to the validator", () => {
    const { env, val } = setup();
    env.block(DAY);
    const minted = 1_150_684n * DEC_SCALE;
    const st = env.chain.staking!;
    expect(st.communityPool.utia).toBe((minted * 2n) / 100n);
    const commission = (((minted * 98n) / 100n) * 5n) / 100n;
    expect(st.validators[val].commission.utia).toBe(commission);
    const paid = withdrawCommission(env.ctx(), val);
    expect(paid).toEqual([{ denom: "utia", amount: commission / DEC_SCALE }]);
    expect(balanceOf(env.chain, operatorAccount(val, env.cfg.bech32Prefix), "utia")).toBe(paid[0].amount);
    expect((env.chain.staking!.validators[val].commission.utia ?? 0n) < DEC_SCALE).toBe(true);
  });

  it("sweeps the fee collector into the same allocation", () => {
    const { env, alice, val } = setup();
    env.fund(feeCollectorAddress(env.cfg.bech32Prefix), 1_000n, "uosmo");
    env.block(1);
    expect(balanceOf(env.chain, feeCollectorAddress(env.cfg.bech32Prefix), "uosmo")).toBe(0n);
    expect(pendingRewards(env.chain.staking!, alice, val).uosmo).toBe((1_000n * DEC_SCALE * 98n * 95n * 3n) / (100n * 100n * 4n));
  });
});

describe("withdrawing", () => {
  it("auto-withdraws pending rewards before a delegation changes", () => {
    const { env, val, alice } = setup();
    env.fund(alice, 1_000n);
    env.block(DAY);
    const pending = pendingRewards(env.chain.staking!, alice, val).utia;
    const before = balanceOf(env.chain, alice, "utia");
    delegate(env.ctx(), alice, val, 1_000n);
    expect(balanceOf(env.chain, alice, "utia")).toBe(before - 1_000n + pending / DEC_SCALE);
    expect(pendingRewards(env.chain.staking!, alice, val)).toEqual({});
    env.block(DAY);
    const p2 = pendingRewards(env.chain.staking!, alice, val).utia;
    const b2 = balanceOf(env.chain, alice, "utia");
    undelegate(env.ctx(), alice, val, 500n);
    expect(balanceOf(env.chain, alice, "utia")).toBe(b2 + p2 / DEC_SCALE);
  });

  it("pays to the withdraw address and the change goes to the community pool", () => {
    const { env, val, alice } = setup();
    const cold = env.addr("cold");
    setWithdrawAddress(env.ctx(), alice, cold);
    env.block(DAY);
    const st = env.chain.staking!;
    const pending = pendingRewards(st, alice, val).utia;
    const pool = st.communityPool.utia;
    const coins = withdrawRewards(env.ctx(), alice, val);
    expect(coins).toEqual([{ denom: "utia", amount: pending / DEC_SCALE }]);
    expect(balanceOf(env.chain, cold, "utia")).toBe(pending / DEC_SCALE);
    expect(env.chain.staking!.communityPool.utia).toBe(pool + (pending % DEC_SCALE));
  });

  it("refuses withdrawals without a delegation, and module accounts as withdraw address", () => {
    const { env, val } = setup();
    let e: unknown;
    try {
      withdrawRewards(env.ctx(), env.addr("nobody"), val);
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(SdkError);
    expect([(e as SdkError).codespace, (e as SdkError).code, (e as SdkError).message]).toEqual(["distribution", 5, "no delegation distribution info"]);
    expect(() => setWithdrawAddress(env.ctx(), env.addr("x"), distributionAddress(env.cfg.bech32Prefix))).toThrow(/not allowed to receive external funds/);
  });

  it("MsgWithdrawDelegatorReward answers with the paid coins", () => {
    const { env, val, bob } = setup();
    env.block(DAY);
    const expected = pendingRewards(env.chain.staking!, bob, val).utia / DEC_SCALE;
    const route = distributionModule.msgs!["/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward"];
    const res = MsgWithdrawDelegatorRewardResponse.decode(route.handle(env.ctx(), MsgWithdrawDelegatorReward.fromPartial({ delegatorAddress: bob, validatorAddress: val })));
    expect(res.amount).toEqual([{ denom: "utia", amount: expected.toString() }]);
  });
});

describe("distribution queries", () => {
  it("return DecCoin amounts as the raw LegacyDec integer, like a chain", () => {
    const { env, val, alice } = setup();
    env.block(DAY);
    const qs = distributionModule.queries!;
    const q = { world: env.world, chain: env.chain };
    const pending = pendingRewards(env.chain.staking!, alice, val).utia;
    const one = QueryDelegationRewardsResponse.decode(
      qs["/cosmos.distribution.v1beta1.Query/DelegationRewards"](q, QueryDelegationRewardsRequest.encode({ delegatorAddress: alice, validatorAddress: val }).finish()),
    );
    expect(one.rewards).toEqual([{ denom: "utia", amount: pending.toString() }]);
    expect(one.rewards[0].amount).toMatch(/^\d+$/);
    const total = QueryDelegationTotalRewardsResponse.decode(
      qs["/cosmos.distribution.v1beta1.Query/DelegationTotalRewards"](q, QueryDelegationTotalRewardsRequest.encode({ delegatorAddress: alice }).finish()),
    );
    expect(total.rewards).toEqual([{ validatorAddress: val, reward: [{ denom: "utia", amount: pending.toString() }] }]);
    expect(total.total).toEqual([{ denom: "utia", amount: pending.toString() }]);
    const pool = QueryCommunityPoolResponse.decode(qs["/cosmos.distribution.v1beta1.Query/CommunityPool"](q, new Uint8Array()));
    expect(pool.pool[0].amount).toBe(env.chain.staking!.communityPool.utia.toString());
  });

  it("report a missing delegation with the distribution error", () => {
    const { env, val } = setup();
    const qs = distributionModule.queries!;
    expect(() =>
      qs["/cosmos.distribution.v1beta1.Query/DelegationRewards"](
        { world: env.world, chain: env.chain },
        QueryDelegationRewardsRequest.encode({ delegatorAddress: env.addr("nobody"), validatorAddress: val }).finish(),
      ),
    ).toThrow("delegation does not exist");
  });
});
