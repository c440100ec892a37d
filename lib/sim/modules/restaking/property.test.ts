import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SdkError } from "../../errors";
import { sendCoins } from "../bank";
import {
  activateService,
  borrowPoolSecurity,
  createService,
  joinService,
  registerOperator,
  setOperatorParams,
  setServiceParams,
} from "./admin";
import { withdrawOperatorCommission, withdrawRewards } from "./withdraw";
import { decPoolsSum, sortedKeys } from "./dec-coins";
import { delegateOperator, delegatePool, delegateService, undelegateOperator, undelegatePool, undelegateService } from "./delegation";
import { setUserPreferences } from "./preferences";
import { isServiceTrustedWithPool, preferencesOf, totalOutstanding } from "./f1";
import { setAsset, setPrice } from "./pricing";
import { basicDistribution, createRewardsPlan } from "./rewards-plans";
import { sharesBalance } from "./shares";
import { OPERATOR, POOL, SERVICE, type DelegationType } from "./state";
import { communityPoolAddress, rewardsPoolAddress } from "./store";
import { findTarget, poolAmounts } from "./targets";
import { addr, makeWorld, type TestWorld } from "./test-world";

const E18 = 10n ** 18n;
const DENOMS = ["uaaa", "ubbb", "uccc"] as const; // uccc has no price
const USERS = [addr(1), addr(2), addr(3), addr(4)];
const ADMIN = addr(100);
const OP_ADMIN = addr(101);
const FUNDING = 5_000_000n;

function setup(): TestWorld {
  const tw = makeWorld({
    params: { allowedDenoms: [] },
    operatorRegistrationFee: [],
    serviceRegistrationFee: [],
    rewardsPlanCreationFee: [],
  });
  // Users never run out of tokens, so an "insufficient funds" can only be a module paying too much.
  for (const u of USERS) for (const d of DENOMS) tw.fund(u, 10n ** 15n, d);
  tw.fund(ADMIN, 2n * FUNDING, "urew");
  for (const d of DENOMS) tw.fund(ADMIN, 1n, d);
  tw.tx((c) => {
    setAsset(c, "uaaa", "AAA", 6);
    setAsset(c, "ubbb", "BBB", 6);
    setPrice(c, "AAA", 3n * E18 + 1n);
    setPrice(c, "BBB", E18 / 7n);
    for (const name of ["one", "two"]) activateService(c, ADMIN, createService(c, { sender: ADMIN, name }));
    setServiceParams(c, ADMIN, 2, ["uaaa", "ubbb"]);
    registerOperator(c, { sender: OP_ADMIN, moniker: "a" });
    registerOperator(c, { sender: OP_ADMIN, moniker: "b" });
    setOperatorParams(c, OP_ADMIN, 1, E18 / 20n);
    setOperatorParams(c, OP_ADMIN, 2, E18 / 3n);
    joinService(c, OP_ADMIN, 1, 1);
    joinService(c, OP_ADMIN, 2, 1);
    joinService(c, OP_ADMIN, 2, 2);
    // Pools exist from the start so services can borrow them.
    for (const d of DENOMS) delegatePool(c, ADMIN, { denom: d, amount: 1n });
    borrowPoolSecurity(c, ADMIN, 1, 1);
    borrowPoolSecurity(c, ADMIN, 1, 2);
    borrowPoolSecurity(c, ADMIN, 2, 1);
    borrowPoolSecurity(c, ADMIN, 2, 3);
    for (const [sid, w] of [[1, 1], [2, 0]] as const) {
      const id = createRewardsPlan(c, {
        sender: ADMIN,
        serviceId: sid,
        description: "p",
        amount: { denom: "urew", amount: 1_234_567n },
        startMs: c.timeMs,
        endMs: c.timeMs + 365 * 86_400_000,
        pools: basicDistribution(POOL, w),
        operators: basicDistribution(OPERATOR, w),
        users: { weight: w * 2 },
      });
      sendCoins(c, ADMIN, tw.st().rewardsPlans[id].rewardsPool, [{ denom: "urew", amount: FUNDING }]);
    }
  });
  return tw;
}

type Action =
  | { k: "dPool"; u: number; d: number; a: bigint }
  | { k: "uPool"; u: number; d: number; a: bigint }
  | { k: "dOp"; u: number; id: number; coins: [number, bigint][] }
  | { k: "uOp"; u: number; id: number; coins: [number, bigint][] }
  | { k: "dSvc"; u: number; id: number; coins: [number, bigint][] }
  | { k: "uSvc"; u: number; id: number; coins: [number, bigint][] }
  | { k: "trust"; u: number; entries: [number, number[]][] }
  | { k: "withdraw"; u: number; t: DelegationType; id: number }
  | { k: "commission"; id: number }
  | { k: "advance"; ms: number };

const user = fc.integer({ min: 0, max: USERS.length - 1 });
const denom = fc.integer({ min: 0, max: DENOMS.length - 1 });
const amount = fc.bigInt({ min: 1n, max: 3_000_000n });
const coins = fc.array(fc.tuple(denom, amount), { minLength: 1, maxLength: 3 });
const id12 = fc.integer({ min: 1, max: 2 });

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ k: fc.constant("dPool" as const), u: user, d: denom, a: amount }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant("uPool" as const), u: user, d: denom, a: amount }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("dOp" as const), u: user, id: id12, coins }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("uOp" as const), u: user, id: id12, coins }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("dSvc" as const), u: user, id: id12, coins }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("uSvc" as const), u: user, id: id12, coins }) },
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant("trust" as const),
      u: user,
      entries: fc.uniqueArray(fc.tuple(id12, fc.uniqueArray(fc.integer({ min: 1, max: 3 }), { maxLength: 2 })), {
        maxLength: 2,
        selector: (e) => e[0],
      }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ k: fc.constant("withdraw" as const), u: user, t: fc.constantFrom<DelegationType>(POOL, OPERATOR, SERVICE), id: fc.integer({ min: 1, max: 3 }) }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("commission" as const), id: id12 }) },
  {
    weight: 4,
    arbitrary: fc.record({
      k: fc.constant("advance" as const),
      ms: fc.oneof(fc.integer({ min: 1, max: 60_000 }), fc.integer({ min: 60_000, max: 2 * 86_400_000 })),
    }),
  },
);

const list = (cs: [number, bigint][]) => {
  const m = new Map<string, bigint>();
  for (const [d, a] of cs) m.set(DENOMS[d], (m.get(DENOMS[d]) ?? 0n) + a);
  return [...m].map(([d, a]) => ({ denom: d, amount: a }));
};

function apply(tw: TestWorld, x: Action): void {
  if (x.k === "advance") return tw.advance(x.ms);
  try {
    tw.tx((c) => {
      const u = USERS[(x as { u?: number }).u ?? 0];
      switch (x.k) {
        case "dPool": return void delegatePool(c, u, { denom: DENOMS[x.d], amount: x.a });
        case "uPool": return void undelegatePool(c, u, { denom: DENOMS[x.d], amount: x.a });
        case "dOp": return void delegateOperator(c, u, x.id, list(x.coins));
        case "uOp": return void undelegateOperator(c, u, x.id, list(x.coins));
        case "dSvc": return void delegateService(c, u, x.id, list(x.coins));
        case "uSvc": return void undelegateService(c, u, x.id, list(x.coins));
        case "trust": return setUserPreferences(c, u, x.entries.map(([serviceId, poolsIds]) => ({ serviceId, poolsIds })));
        case "withdraw": return void withdrawRewards(c, u, x.t, x.id);
        case "commission": return void withdrawOperatorCommission(c, OP_ADMIN, x.id);
      }
    });
  } catch (e) {
    // Refusals are fine (the chain refuses too); anything else is a bug.
    if (!(e instanceof SdkError) || (e.codespace === "sdk" && e.code === 5)) throw e;
  }
}

function checkInvariants(tw: TestWorld): void {
  const st = tw.st();
  const chain = tw.chain;
  for (const [a, denoms] of Object.entries(chain.balances)) {
    for (const [d, v] of Object.entries(denoms)) if (v < 0n) throw new Error(`negative balance ${a} ${d}`);
  }
  const targets: [DelegationType, number][] = [
    ...Object.keys(st.pools).map((id) => [POOL, Number(id)] as [DelegationType, number]),
    ...Object.keys(st.operators).map((id) => [OPERATOR, Number(id)] as [DelegationType, number]),
    ...Object.keys(st.services).map((id) => [SERVICE, Number(id)] as [DelegationType, number]),
  ];
  for (const [type, id] of targets) {
    const t = findTarget(st, type, id)!;
    const dels = Object.values(st.delegations).filter((d) => d.type === type && d.targetId === id);
    const shareSum: Record<string, bigint> = {};
    const valueSum: Record<string, bigint> = {};
    for (const d of dels) {
      for (const [k, v] of Object.entries(d.shares)) shareSum[k] = (shareSum[k] ?? 0n) + v;
      for (const [k, v] of Object.entries(sharesBalance(t, d.shares))) valueSum[k] = (valueSum[k] ?? 0n) + v;
    }
    expect(shareSum).toEqual({ ...t.shares });
    for (const [k, v] of Object.entries(valueSum)) expect(v <= (t.tokens[k] ?? 0n)).toBe(true);
    const pending: Record<string, bigint> = {};
    for (const u of Object.values(st.unbondings).filter((x) => x.type === type && x.targetId === id)) {
      for (const e of u.entries) for (const [k, v] of Object.entries(e.balance)) pending[k] = (pending[k] ?? 0n) + v;
    }
    for (const d of DENOMS) {
      expect(tw.balance(t.address, d)).toBe((t.tokens[d] ?? 0n) + (pending[d] ?? 0n));
    }
  }
  for (const pool of Object.values(st.pools)) {
    for (const sid of [1, 2]) {
      let trusted = 0n;
      for (const d of Object.values(st.delegations)) {
        if (d.type === POOL && d.targetId === pool.id && isServiceTrustedWithPool(preferencesOf(st, d.user), sid, pool.id)) {
          trusted += d.shares[pool.denom] ?? 0n;
        }
      }
      expect(st.poolServiceShares[`${pool.id}/${sid}`] ?? 0n).toBe(trusted);
      expect(trusted <= poolAmounts(pool).shares[pool.denom]! || trusted === 0n).toBe(true);
    }
  }
  // F1 reference counts: each kept period is the last closed one or some delegation's start.
  const refs: Record<string, number> = {};
  for (const [k, cur] of Object.entries(st.currentRewards)) refs[`${k}/${cur.period - 1}`] = 1;
  for (const [k, info] of Object.entries(st.startingInfos)) {
    const [type, id] = k.split("/");
    const hk = `${type}/${id}/${info.previousPeriod}`;
    refs[hk] = (refs[hk] ?? 0) + 1;
  }
  expect(Object.fromEntries(Object.entries(st.historicalRewards).map(([k, h]) => [k, h.refCount]))).toEqual(refs);
  expect(Object.keys(st.startingInfos).sort()).toEqual(Object.keys(st.delegations).sort());
  // Rewards: what plans moved out is exactly what was paid, sent to the community pool, or is
  // still held by the global rewards pool, which always covers the outstanding rewards.
  const moved = Object.values(st.rewardsPlans).reduce((a, p) => a + FUNDING - tw.balance(p.rewardsPool, "urew"), 0n);
  const paid = [...USERS, OP_ADMIN].reduce((a, u) => a + tw.balance(u, "urew"), 0n);
  const community = tw.balance(communityPoolAddress("milk"), "urew");
  const held = tw.balance(rewardsPoolAddress("milk"), "urew");
  expect(paid + community + held).toBe(moved);
  expect(paid <= moved).toBe(true);
  const outstanding = decPoolsSum(totalOutstanding(st));
  for (const d of sortedKeys(outstanding)) expect(outstanding[d] <= tw.balance(rewardsPoolAddress("milk"), d) * E18).toBe(true);
}

describe("restaking invariants (property)", () => {
  it("hold over random delegate/undelegate/advance/trust/withdraw sequences", () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 40, size: "medium" }), (actions) => {
        const tw = setup();
        for (const x of actions) {
          apply(tw, x);
          checkInvariants(tw);
        }
        // Let every unbonding mature and pay out: the targets keep exactly their tokens.
        tw.advance(259_200_000);
        tw.advance(1);
        checkInvariants(tw);
        // Everyone withdraws: payouts stay within what the plans moved out.
        for (const d of Object.values(tw.st().delegations)) tw.tx((c) => withdrawRewards(c, d.user, d.type, d.targetId));
        checkInvariants(tw);
        expect(Object.keys(tw.st().unbondings)).toEqual([]);
      }),
      { numRuns: 1_000 },
    );
  }, 300_000);
});
