import { sha256 } from "@cosmjs/crypto";
import { fromBech32, toUtf8 } from "@cosmjs/encoding";
import { describe, expect, it } from "vitest";
import { SdkError } from "../../errors";
import { sendCoins } from "../bank";
import { activateService, createService, registerOperator } from "./admin";
import { delegateService } from "./delegation";
import { setAsset, setPrice } from "./pricing";
import { basicDistribution, createRewardsPlan, editRewardsPlan } from "./rewards-plans";
import { MILKTIA, OPERATOR, POOL } from "./state";
import { communityPoolAddress, planRewardsPoolAddress } from "./store";
import { addr, makeWorld } from "./test-world";

const E18 = 10n ** 18n;
const HOUR = 3_600_000;
const ADMIN = addr(100);
const CAROL = addr(3);

function planWorld() {
  const tw = makeWorld({
    params: { allowedDenoms: [] },
    serviceRegistrationFee: [{ denom: "ufee", amount: 1_000n }],
    rewardsPlanCreationFee: [
      { denom: "ufee", amount: 500n },
      { denom: "ugas", amount: 10n },
    ],
  });
  tw.fund(ADMIN, 10_000_000n, "urew");
  tw.fund(ADMIN, 10_000n, "ufee");
  tw.fund(ADMIN, 10_000n, "ugas");
  tw.fund(CAROL, 10_000_000n, "ubbb");
  tw.tx((c) => {
    setAsset(c, "ubbb", "BBB", 6);
    setPrice(c, "BBB", E18);
    createService(c, { sender: ADMIN, name: "svc", feeAmount: [{ denom: "ufee", amount: 1_000n }] });
    activateService(c, ADMIN, 1);
    delegateService(c, CAROL, 1, [{ denom: "ubbb", amount: 1_000_000n }]);
  });
  return tw;
}

const input = (startMs: number, endMs: number) => ({
  description: "p",
  amount: { denom: "urew", amount: 8_640_000n },
  startMs,
  endMs,
  pools: basicDistribution(POOL),
  operators: basicDistribution(OPERATOR),
  users: { weight: 1 },
});

describe("rewards plans", () => {
  it("derives the plan pool as sha256(sha256(\"module\") ‖ \"rewards\\0rewards-plan-{i}\")", () => {
    const inner = sha256(toUtf8("module"));
    const key = toUtf8("rewards\0rewards-plan-3");
    const buf = new Uint8Array(inner.length + key.length);
    buf.set(inner);
    buf.set(key, inner.length);
    const { data, prefix } = fromBech32(planRewardsPoolAddress("milk", 3));
    expect(prefix).toBe("milk");
    expect(data).toEqual(sha256(buf));
    expect(data).toHaveLength(32);
  });

  it("charges OR-set fees into the community pool and only lets the service admin create plans", () => {
    const tw = planWorld();
    const community = communityPoolAddress("milk");
    expect(tw.balance(community, "ufee")).toBe(1_000n);
    // Any one coin of the fee set pays; the whole fee_amount goes to the community pool.
    tw.tx((c) => createRewardsPlan(c, { ...input(c.timeMs, c.timeMs + HOUR), sender: ADMIN, serviceId: 1, feeAmount: [{ denom: "ugas", amount: 12n }] }));
    expect(tw.balance(community, "ugas")).toBe(12n);
    let err = (() => {
      try {
        tw.tx((c) => createRewardsPlan(c, { ...input(c.timeMs, c.timeMs + HOUR), sender: ADMIN, serviceId: 1, feeAmount: [{ denom: "ufee", amount: 499n }] }));
      } catch (e) {
        return e as SdkError;
      }
    })();
    expect([err?.codespace, err?.code]).toEqual(["sdk", 5]);
    err = (() => {
      try {
        tw.tx((c) => createRewardsPlan(c, { ...input(c.timeMs, c.timeMs + HOUR), sender: CAROL, serviceId: 1 }));
      } catch (e) {
        return e as SdkError;
      }
    })();
    expect([err?.codespace, err?.code]).toEqual(["sdk", 4]);
    // Fee is rejected before any plan id is used up.
    expect(tw.st().nextPlanId).toBe(2);
    // Operators pay the genesis fee set: 1,000,000 of any TIA-family denom.
    tw.fund(ADMIN, 1_000_000n, MILKTIA);
    tw.tx((c) => registerOperator(c, { sender: ADMIN, moniker: "op", feeAmount: [{ denom: MILKTIA, amount: 1_000_000n }] }));
    expect(tw.balance(community, MILKTIA)).toBe(1_000_000n);
  });

  it("refunds an ended plan's remainder to the service address before allocating", () => {
    const tw = planWorld();
    const start = tw.chain.timeMs;
    const id = tw.tx((c) =>
      createRewardsPlan(c, { ...input(start, start + 2 * HOUR), sender: ADMIN, serviceId: 1, feeAmount: [{ denom: "ufee", amount: 500n }] }),
    );
    const plan = tw.st().rewardsPlans[id];
    tw.tx((c) => sendCoins(c, ADMIN, plan.rewardsPool, [{ denom: "urew", amount: 1_000_000n }]));
    tw.advance(HOUR); // 360,000 allocated
    expect(tw.balance(plan.rewardsPool, "urew")).toBe(640_000n);
    tw.tx((c) => editRewardsPlan(c, { ...input(start, start + 2 * HOUR), sender: ADMIN, id, description: "edited" }));
    expect(tw.st().rewardsPlans[id].description).toBe("edited");
    tw.advance(HOUR); // block time = end: terminated first, so the second hour is never paid
    expect(tw.st().rewardsPlans[id]).toBeUndefined();
    expect(tw.balance(plan.rewardsPool, "urew")).toBe(0n);
    expect(tw.balance(tw.st().services[1].address, "urew")).toBe(640_000n);
  });
});
