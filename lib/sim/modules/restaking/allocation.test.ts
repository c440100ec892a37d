import { describe, expect, it } from "vitest";
import {
  activateService,
  borrowPoolSecurity,
  createService,
  deactivateService,
  joinService,
  registerOperator,
  setOperatorParams,
} from "./admin";
import { withdrawOperatorCommission, withdrawRewards } from "./withdraw";
import { delegateOperator, delegatePool, delegateService } from "./delegation";
import { setUserPreferences } from "./preferences";
import { pendingRewards } from "./f1";
import { setAsset, setPrice } from "./pricing";
import { basicDistribution, createRewardsPlan } from "./rewards-plans";
import { delegationKey, OPERATOR, POOL, SERVICE, type DistributionRecord } from "./state";
import { communityPoolAddress, rewardsPoolAddress } from "./store";
import { addr, makeWorld, type TestWorld } from "./test-world";
import { SdkError } from "../../errors";
import * as bank from "../bank";
import { sendCoins } from "../bank";

const E18 = 10n ** 18n;
const HOUR = 3_600_000;
const ADMIN = addr(100);
const OP_ADMIN = addr(101);
const ALICE = addr(1);
const BOB = addr(2);
const CAROL = addr(3);
const EVE = addr(5);

/**
 * Hand-computed world: AAA $2, BBB $1 (6 decimals). Alice: 1 AAA in pool 1 ($2, trusts the
 * service). Bob: 0.5 AAA + 1 BBB with operator 1 ($2, 10% commission). Carol: 4 BBB with the
 * service ($4). Plan: 8,640,000 urew per day = 360,000 per hour.
 */
function rewardsWorld(opts: { weights?: [number, number, number]; planEndMs?: number; fund?: bigint } = {}) {
  const tw = makeWorld({
    params: { allowedDenoms: [] },
    operatorRegistrationFee: [],
    serviceRegistrationFee: [],
    rewardsPlanCreationFee: [],
  });
  for (const a of [ALICE, BOB, CAROL, EVE]) {
    tw.fund(a, 100_000_000n, "uaaa");
    tw.fund(a, 100_000_000n, "ubbb");
  }
  tw.fund(ADMIN, 10_000_000n, "urew");
  const [wp, wo, wu] = opts.weights ?? [0, 0, 0];
  tw.tx((c) => {
    setAsset(c, "uaaa", "AAA", 6);
    setAsset(c, "ubbb", "BBB", 6);
    setPrice(c, "AAA", 2n * E18);
    setPrice(c, "BBB", 1n * E18);
    createService(c, { sender: ADMIN, name: "svc" });
    activateService(c, ADMIN, 1);
    registerOperator(c, { sender: OP_ADMIN, moniker: "op" });
    setOperatorParams(c, OP_ADMIN, 1, E18 / 10n);
    joinService(c, OP_ADMIN, 1, 1);
    delegatePool(c, ALICE, { denom: "uaaa", amount: 1_000_000n });
    borrowPoolSecurity(c, ADMIN, 1, 1);
    setUserPreferences(c, ALICE, [{ serviceId: 1, poolsIds: [] }]);
    delegateOperator(c, BOB, 1, [
      { denom: "uaaa", amount: 500_000n },
      { denom: "ubbb", amount: 1_000_000n },
    ]);
    delegateService(c, CAROL, 1, [{ denom: "ubbb", amount: 4_000_000n }]);
  });
  const planId = tw.tx((c) =>
    createRewardsPlan(c, {
      sender: ADMIN,
      serviceId: 1,
      description: "plan",
      amount: { denom: "urew", amount: 8_640_000n },
      startMs: tw.chain.timeMs,
      endMs: opts.planEndMs ?? tw.chain.timeMs + 30 * 24 * HOUR,
      pools: basicDistribution(POOL, wp),
      operators: basicDistribution(OPERATOR, wo),
      users: { weight: wu },
    }),
  );
  const plan = tw.st().rewardsPlans[planId];
  // Funding the plan is a plain bank send.
  tw.tx((c) => sendCoins(c, ADMIN, plan.rewardsPool, [{ denom: "urew", amount: opts.fund ?? 1_000_000n }]));
  return { tw, plan };
}

function withdrawn(tw: TestWorld, who: string, type: 1 | 2 | 3, id: number): bigint {
  const pools = tw.tx((c) => withdrawRewards(c, who, type, id));
  return Object.values(pools).reduce((a, p) => a + (p.urew ?? 0n), 0n);
}

describe("rewards allocation (§2.6)", () => {
  it("splits by value across groups, per denom within a target, with operator commission", () => {
    const { tw, plan } = rewardsWorld();
    tw.advance(HOUR);
    // R = 360,000; values $2 / $2 / $4 → pools 90,000, operators 90,000, users 180,000.
    expect(tw.balance(plan.rewardsPool, "urew")).toBe(640_000n);
    expect(tw.balance(rewardsPoolAddress("milk"), "urew")).toBe(360_000n);
    const st = tw.st();
    expect(st.outstanding["1/1"]).toEqual({ uaaa: { urew: 90_000n * E18 } });
    // Operator: $1 of AAA and $1 of BBB → 45,000 each, 10% commission stays in outstanding.
    expect(st.outstanding["2/1"]).toEqual({ uaaa: { urew: 45_000n * E18 }, ubbb: { urew: 45_000n * E18 } });
    expect(st.commission[1]).toEqual({ uaaa: { urew: 4_500n * E18 }, ubbb: { urew: 4_500n * E18 } });
    expect(st.outstanding["3/1"]).toEqual({ ubbb: { urew: 180_000n * E18 } });

    expect(withdrawn(tw, ALICE, POOL, 1)).toBe(90_000n);
    expect(withdrawn(tw, BOB, OPERATOR, 1)).toBe(81_000n);
    expect(withdrawn(tw, CAROL, SERVICE, 1)).toBe(180_000n);
    const commission = tw.tx((c) => withdrawOperatorCommission(c, OP_ADMIN, 1));
    expect(commission).toEqual({ uaaa: { urew: 4_500n }, ubbb: { urew: 4_500n } });
    expect(tw.balance(OP_ADMIN, "urew")).toBe(9_000n);
    expect(tw.balance(rewardsPoolAddress("milk"), "urew")).toBe(0n);
    // Nothing left to withdraw: the fractional remainder was zero.
    expect(tw.st().commission[1]).toEqual({});
    let err: unknown;
    try {
      tw.tx((c) => withdrawOperatorCommission(c, OP_ADMIN, 1));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SdkError);
    expect([(err as SdkError).codespace, (err as SdkError).code, (err as SdkError).message]).toEqual([
      "rewards",
      3,
      "no operator commission to withdraw",
    ]);
  });

  it("splits by group weights, counting only groups that have value", () => {
    // Weights 1/1/2, but unpriced operator tokens would leave the operators group out.
    const { tw } = rewardsWorld({ weights: [1, 1, 2] });
    tw.advance(HOUR);
    const st = tw.st();
    // 360,000 · 1/4 to pools, 1/4 to operators, 2/4 to users.
    expect(st.outstanding["1/1"]).toEqual({ uaaa: { urew: 90_000n * E18 } });
    expect(st.outstanding["3/1"]).toEqual({ ubbb: { urew: 180_000n * E18 } });

    const { tw: tw2 } = rewardsWorld({ weights: [1, 1, 2] });
    tw2.tx((c) => setPrice(c, "AAA", 0n)); // pool and half the operator become unpriced
    tw2.advance(HOUR);
    const st2 = tw2.st();
    // Pools group has no value → Σw = 1 + 2 = 3: operators 120,000, users 240,000.
    expect(st2.outstanding["1/1"]).toEqual({});
    expect(st2.outstanding["2/1"]).toEqual({ ubbb: { urew: 120_000n * E18 } });
    expect(st2.outstanding["3/1"]).toEqual({ ubbb: { urew: 240_000n * E18 } });
  });

  it("handles large steps: R = floor(amount_per_day·Δms/86,400,000)", () => {
    const { tw, plan } = rewardsWorld({ fund: 10_000_000n });
    tw.advance(HOUR + 1); // 8,640,000 · 3,600,001 / 86,400,000 = 360,000.1 → 360,000
    expect(tw.balance(plan.rewardsPool, "urew")).toBe(9_640_000n);
    tw.advance(25 * HOUR); // 9,000,000
    expect(tw.balance(plan.rewardsPool, "urew")).toBe(640_000n);
    expect(withdrawn(tw, CAROL, SERVICE, 1)).toBe(4_680_000n);
  });

  it("skips underfunded plans, inactive services and unpriced stake without moving funds", () => {
    const { tw, plan } = rewardsWorld({ fund: 300_000n });
    tw.advance(HOUR);
    expect(tw.balance(plan.rewardsPool, "urew")).toBe(300_000n);
    // The skipped hour is not paid later: the allocation clock moved on.
    tw.tx((c) => sendCoins(c, ADMIN, plan.rewardsPool, [{ denom: "urew", amount: 700_000n }]));
    tw.advance(HOUR);
    expect(tw.balance(plan.rewardsPool, "urew")).toBe(640_000n);

    tw.tx((c) => deactivateService(c, ADMIN, 1));
    tw.advance(HOUR);
    expect(tw.balance(plan.rewardsPool, "urew")).toBe(640_000n);

    const unpriced = rewardsWorld();
    unpriced.tw.tx((c) => {
      setPrice(c, "AAA", 0n);
      setPrice(c, "BBB", 0n);
    });
    unpriced.tw.advance(HOUR);
    expect(unpriced.tw.balance(unpriced.plan.rewardsPool, "urew")).toBe(1_000_000n);
  });

  it("pays a delegation nothing in the block it is created", () => {
    const { tw } = rewardsWorld();
    tw.advance(HOUR);
    tw.tx((c) => delegateService(c, EVE, 1, [{ denom: "ubbb", amount: 4_000_000n }]));
    const st = tw.st();
    expect(pendingRewards(tw.chain, st, st.delegations[delegationKey(SERVICE, 1, EVE)])).toEqual({});
    tw.advance(HOUR);
    // Hour 2: users $8 of $12 → 240,000, half of it Eve's.
    expect(withdrawn(tw, EVE, SERVICE, 1)).toBe(120_000n);
    expect(withdrawn(tw, CAROL, SERVICE, 1)).toBe(180_000n + 120_000n);
  });

  it("pays pool rewards on a trust change under the old preferences, then stops", () => {
    const { tw } = rewardsWorld();
    tw.advance(HOUR);
    // Alice stops trusting: her pool rewards are paid first (under the old preferences)...
    tw.tx((c) => setUserPreferences(c, ALICE, []));
    expect(tw.balance(ALICE, "urew")).toBe(90_000n);
    expect(tw.st().poolServiceShares["1/1"]).toBeUndefined();
    tw.advance(HOUR);
    // ...and with no trusting shares the pool is no longer eligible at all.
    expect(tw.st().outstanding["1/1"]).toEqual({});
    expect(tw.balance(ALICE, "urew")).toBe(90_000n);
  });

  it("sends a period's rewards for a denom nobody holds to the community pool (floored)", () => {
    const { tw } = rewardsWorld();
    tw.advance(HOUR);
    const st = tw.st();
    // Defensive path of IncrementDelegationTargetPeriod: rewards for a restaked denom with 0 tokens.
    const cur = st.currentRewards["3/1"];
    st.currentRewards["3/1"] = { ...cur, rewards: { "1": { ...cur.rewards["1"], uzzz: { urew: 1_500n * E18 + 7n } } } };
    st.outstanding["3/1"] = { ...st.outstanding["3/1"], uzzz: { urew: 1_500n * E18 + 7n } };
    tw.tx((c) => bank.mintCoins(c, rewardsPoolAddress("milk"), [{ denom: "urew", amount: 1_500n }]));
    expect(withdrawn(tw, CAROL, SERVICE, 1)).toBe(180_000n);
    expect(tw.balance(communityPoolAddress("milk"), "urew")).toBe(1_500n);
    expect(tw.chain.staking?.communityPool.urew).toBe(1_500n * E18);
    // The fraction stays in outstanding; the floored part left it.
    expect(tw.st().outstanding["3/1"]).toEqual({ uzzz: { urew: 7n } });
    expect(tw.balance(rewardsPoolAddress("milk"), "urew")).toBe(360_000n - 180_000n);
  });

  it("plans with weighted and egalitarian distributions use eligible targets only", () => {
    const { tw } = rewardsWorld();
    tw.tx((c) => registerOperator(c, { sender: OP_ADMIN, moniker: "op2" }));
    tw.tx((c) => joinService(c, OP_ADMIN, 2, 1));
    tw.tx((c) => delegateOperator(c, EVE, 2, [{ denom: "ubbb", amount: 6_000_000n }]));
    const weighted: DistributionRecord = { delegationType: OPERATOR, weight: 0, kind: "weighted", weights: [{ targetId: 1, weight: 1 }, { targetId: 2, weight: 3 }, { targetId: 9, weight: 5 }] };
    const egalitarian: DistributionRecord = { delegationType: POOL, weight: 0, kind: "egalitarian", weights: [] };
    const st = tw.st();
    st.rewardsPlans[1] = { ...st.rewardsPlans[1], operators: weighted, pools: egalitarian };
    tw.advance(HOUR);
    // Values: pools $2, operators $2 + $6 = $8, users $4 → total $14.
    // pools = trunc(360,000·2/14), operators = trunc(360,000·8/14).
    expect(st.outstanding["1/1"]).toEqual({ uaaa: { urew: (360_000n * E18 * 2n) / 14n } });
    const ops = (360_000n * E18 * 8n) / 14n;
    // Weighted 1:3 between operators 1 and 2 (operator 9 is not eligible and not counted).
    const op2 = (ops * 3n) / 4n;
    expect(st.outstanding["2/2"]).toEqual({ ubbb: { urew: op2 } });
  });
});
