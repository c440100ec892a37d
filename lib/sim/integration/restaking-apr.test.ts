import { describe, expect, it } from "vitest";
import { calculateFee, GasPrice } from "@cosmjs/stargate";
import { MILKYWAY_SIM } from "../../chains/sim-chains";
import { SIMULATOR_CHAIN_IDS } from "../../stores/network-store";
import type { NetworkSnapshot } from "../../chains/networks";
import { answerSimRpcWith } from "../../cosmos/transport/sim-rpc-client";
import { DEC_SCALE, type Dec } from "../../amount/decimal";
import { delegateMsg, type Target } from "../../protocol/restaking";
import { restakingUsd } from "../../protocol/restaking-tvl";
import { coinUsd } from "../../protocol/restaking-apr";
import { priceLookup } from "../../queries/prices";
import { reads } from "../../reads/registry";
import { handleRpc } from "../rpc/handler";
import { advanceSeconds, connect, freshWorld, fund, makeSigner } from "./harness";

// The APR the Restake and Yield pages show must be what the chain then pays: a defect report
// saw 20 milkTIA delegated to a service "at ~39 %" earn ~4,000 MILK in a day. The page divided
// a plan's whole daily amount by everything securing the service, while x/rewards first splits
// it between pools, operators and the service's own delegators by the plan's weights.

const MILKTIA = "ibc/16065EE5282C5217685C8F084FC44864C25C706AC37356B0D62811D50B96920F";
const FEE = calculateFee(600_000, GasPrice.fromString("0.0025umilk"));
const net: NetworkSnapshot = { mode: "simulator", chainIds: SIMULATOR_CHAIN_IDS, rpc: {} };
const DAY = 86_400;
const AMOUNT = 20_000_000n; // 20 milkTIA

// The reads answer from whichever world the running case made (the first answerer counts).
let world = freshWorld();
answerSimRpcWith((chainId, req) => handleRpc(world, chainId, req));

async function shownApr(nowMs: number) {
  const [pools, operators, services, plans] = await Promise.all([reads.pools(net), reads.operators(net), reads.services(net), reads.rewardsPlans(net)]);
  const denoms = [...new Set([...pools.map((p) => p.denom), ...plans.map((p) => p.perDay.denom), MILKTIA])];
  const prices = await reads.denomPrices(net, denoms);
  const priceOf = priceLookup(prices);
  return { usd: restakingUsd({ pools, operators, services, plans, nowMs, priceOf }), priceOf };
}

async function milkEarned(user: string, t: Target): Promise<bigint> {
  const r = await reads.userRewards(net, user);
  return r.perTarget.find((x) => x.target.kind === t.kind && x.target.id === t.id)?.coins.find((c) => c.denom === "umilk")?.amount ?? 0n;
}

describe("restaking APR shown = rewards the chain pays", () => {
  it.each([
    { kind: "service", id: 1 },
    { kind: "operator", id: 2 },
  ] as Target[])("20 milkTIA to $kind $id earn one day of the APR shown, within rounding", async (target) => {
    world = freshWorld();
    const { client, address } = await connect(world, MILKYWAY_SIM, await makeSigner(MILKYWAY_SIM, "direct"));
    await fund(world, MILKYWAY_SIM, address, [
      { denom: "umilk", amount: "100000000" },
      { denom: MILKTIA, amount: AMOUNT.toString() },
    ]);
    const res = await client.signAndBroadcast(address, [delegateMsg(address, target, { denom: MILKTIA, amount: AMOUNT })], FEE);
    expect(res.code, res.rawLog).toBe(0);
    // One block so the delegation is part of the next allocation.
    await advanceSeconds(world, 6);

    const { usd, priceOf } = await shownApr(world.timeMs);
    const shown = (target.kind === "service" ? usd.services : usd.operators).get(target.id)!.apr;
    if (shown.kind !== "apr") throw new Error(`no APR shown: ${shown.kind}`);
    const before = await milkEarned(address, target);
    await advanceSeconds(world, DAY);
    const earned = (await milkEarned(address, target)) - before;

    // A year of this day, in USD at the prices the page used, over the delegation's USD value.
    const realised: Dec = (coinUsd(earned * 365n, priceOf("umilk")!) * DEC_SCALE) / coinUsd(AMOUNT, priceOf(MILKTIA)!);
    // Rounding: the chain truncates each block's allocation and the payout to whole umilk.
    const tolerance = shown.apr / 1_000n + 1n;
    expect(realised, `shown ${shown.apr}, realised ${realised}`).toBeGreaterThanOrEqual(shown.apr - tolerance);
    expect(realised).toBeLessThanOrEqual(shown.apr + tolerance);
    // And it is a sane rate for a restaking service, not hundreds of percent.
    expect(shown.apr).toBeLessThan(DEC_SCALE / 2n);
  });
});
