import { describe, expect, it } from "vitest";
import { SdkError } from "../../errors";
import { sendCoins } from "../bank";
import { activateService, borrowPoolSecurity, createService } from "./admin";
import { delegatePool, undelegatePool } from "./delegation";
import { setUserPreferences } from "./preferences";
import { withdrawRewards } from "./withdraw";
import { setAsset, setPrice } from "./pricing";
import { basicDistribution, createRewardsPlan } from "./rewards-plans";
import { OPERATOR, POOL } from "./state";
import { addr, makeWorld } from "./test-world";

const E18 = 10n ** 18n;
const HOUR = 3_600_000;
const ADMIN = addr(100);
const ALICE = addr(1);
const BOB = addr(2);

/** Two active services with funded plans; pools of uaaa (id 1) and ubbb (id 2); only service 1 borrows pool 1. */
function trustWorld() {
  const tw = makeWorld({
    params: { allowedDenoms: [] },
    serviceRegistrationFee: [],
    rewardsPlanCreationFee: [],
  });
  for (const a of [ALICE, BOB]) {
    tw.fund(a, 10_000_000n, "uaaa");
    tw.fund(a, 10_000_000n, "ubbb");
  }
  tw.fund(ADMIN, 10_000_000n, "urew");
  tw.tx((c) => {
    setAsset(c, "uaaa", "AAA", 6);
    setAsset(c, "ubbb", "BBB", 6);
    setPrice(c, "AAA", E18);
    setPrice(c, "BBB", E18);
    for (const name of ["one", "two"]) {
      const id = createService(c, { sender: ADMIN, name });
      activateService(c, ADMIN, id);
      const plan = createRewardsPlan(c, {
        sender: ADMIN,
        serviceId: id,
        description: name,
        amount: { denom: "urew", amount: 2_400_000n },
        startMs: c.timeMs,
        endMs: c.timeMs + 100 * HOUR,
        pools: basicDistribution(POOL),
        operators: basicDistribution(OPERATOR),
        users: { weight: 0 },
      });
      sendCoins(c, ADMIN, tw.st().rewardsPlans[plan].rewardsPool, [{ denom: "urew", amount: 1_000_000n }]);
    }
    delegatePool(c, ALICE, { denom: "uaaa", amount: 1_000_000n });
    delegatePool(c, BOB, { denom: "ubbb", amount: 1_000_000n });
    borrowPoolSecurity(c, ADMIN, 1, 1);
    borrowPoolSecurity(c, ADMIN, 2, 2);
  });
  return tw;
}

const paid = (pools: Readonly<Record<string, Readonly<Record<string, bigint>>>>) =>
  Object.values(pools).reduce((a, p) => a + (p.urew ?? 0n), 0n);

describe("trust", () => {
  it("pays pool delegators nothing until they trust a service (default trusts nobody)", () => {
    const tw = trustWorld();
    const plan1 = tw.st().rewardsPlans[1].rewardsPool;
    tw.advance(HOUR);
    // No trusted shares anywhere: pool 1 is not eligible, no other target → nothing moves.
    expect(tw.balance(plan1, "urew")).toBe(1_000_000n);
    expect(paid(tw.tx((c) => withdrawRewards(c, ALICE, POOL, 1)))).toBe(0n);

    tw.tx((c) => setUserPreferences(c, ALICE, [{ serviceId: 1, poolsIds: [] }]));
    expect(tw.st().poolServiceShares["1/1"]).toBe(1_000_000n * E18);
    tw.advance(HOUR);
    expect(tw.balance(plan1, "urew")).toBe(900_000n);
    expect(paid(tw.tx((c) => withdrawRewards(c, ALICE, POOL, 1)))).toBe(100_000n);
  });

  it("pays only from services that borrow the pool", () => {
    const tw = trustWorld();
    // Alice trusts service 2 with every pool, but service 2 borrows only pool 2.
    tw.tx((c) => setUserPreferences(c, ALICE, [{ serviceId: 2, poolsIds: [] }]));
    tw.advance(HOUR);
    expect(tw.balance(tw.st().rewardsPlans[2].rewardsPool, "urew")).toBe(1_000_000n);
    expect(paid(tw.tx((c) => withdrawRewards(c, ALICE, POOL, 1)))).toBe(0n);
  });

  it("restricts trust to the listed pools", () => {
    const tw = trustWorld();
    tw.tx((c) => borrowPoolSecurity(c, ADMIN, 1, 2));
    // Bob trusts service 1 only with pool 1, where he has nothing: his pool 2 shares do not count.
    tw.tx((c) => setUserPreferences(c, BOB, [{ serviceId: 1, poolsIds: [1] }]));
    expect(tw.st().poolServiceShares["2/1"]).toBeUndefined();
    tw.tx((c) => setUserPreferences(c, BOB, [{ serviceId: 1, poolsIds: [2] }]));
    expect(tw.st().poolServiceShares["2/1"]).toBe(1_000_000n * E18);
    tw.advance(HOUR);
    expect(paid(tw.tx((c) => withdrawRewards(c, BOB, POOL, 2)))).toBe(100_000n);
  });

  it("keeps the trusted totals in step with delegations and undelegations", () => {
    const tw = trustWorld();
    tw.tx((c) => setUserPreferences(c, ALICE, [{ serviceId: 1, poolsIds: [1] }]));
    tw.tx((c) => delegatePool(c, ALICE, { denom: "uaaa", amount: 500_000n }));
    expect(tw.st().poolServiceShares["1/1"]).toBe(1_500_000n * E18);
    tw.tx((c) => undelegatePool(c, ALICE, { denom: "uaaa", amount: 1_500_000n }));
    expect(tw.st().poolServiceShares["1/1"]).toBeUndefined();
  });

  it("validates preferences", () => {
    const tw = trustWorld();
    const fail = (prefs: { serviceId: number; poolsIds: number[] }[]) => {
      try {
        tw.tx((c) => setUserPreferences(c, ALICE, prefs));
      } catch (e) {
        return (e as SdkError).message;
      }
      return "ok";
    };
    expect(fail([{ serviceId: 1, poolsIds: [] }, { serviceId: 1, poolsIds: [1] }])).toBe(
      "invalid preferences: duplicated service id: 1: invalid request",
    );
    expect(fail([{ serviceId: 7, poolsIds: [] }])).toBe("service 7 not found: not found");
    expect(fail([{ serviceId: 1, poolsIds: [9] }])).toBe("pool 9 not found: not found");
    expect(fail([{ serviceId: 1, poolsIds: [1, 1] }])).toBe("invalid preferences: duplicated pool id in service 1: invalid request");
  });
});
