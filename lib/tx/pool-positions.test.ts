/**
 * The app's position maths and messages against the simulator's Osmosis through real CosmJS:
 * a concentrated position built from the app's range and amount helpers is accepted with its
 * 99% minimums, reads back in range with what it holds, its opening amounts come back from its
 * create_position event, and a full withdrawal returns it; a balancer join for the shares the
 * app computes costs exactly what the app said, and an exit pays exactly what it said.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parseDec } from "../amount/decimal";
import { OSMOSIS_DENOMS } from "../chains/osmosis-pools";
import { lstsFor, type NetworkSnapshot } from "../chains/networks";
import { answerSimRpcWith } from "../cosmos/transport/sim-rpc-client";
import { exitPayout, maxJoinShares } from "../protocol/balancer-shares";
import { depositAmounts, liquidityForAmounts, pairedAmount1 } from "../protocol/cl-liquidity";
import { rangeStatus } from "../protocol/cl-position";
import { rangeToTicks, tickToSqrtPrice } from "../protocol/cl-ticks";
import { createPositionMsg, exitPoolMsg, joinPoolMsg, withdrawPositionMsg } from "../protocol/osmosis-msgs";
import { clPositionDeposit, clUserPositions, osmosisPool } from "../reads/osmosis-pools";
import { connect, freshWorld, fund, makeSigner } from "../sim/integration/harness";
import { handleRpc } from "../sim/rpc/handler";
import type { World } from "../sim/state";
import { SIMULATOR_CHAIN_IDS } from "../stores/network-store";

const net: NetworkSnapshot = { mode: "simulator", chainIds: SIMULATOR_CHAIN_IDS, rpc: {} };
const [milkTia] = lstsFor(net);
const OSMO = "osmosis-sim-1";
let world: World;
let simHasPools = false;

beforeAll(async () => {
  world = freshWorld();
  answerSimRpcWith((chainId, req) => handleRpc(world, chainId, req));
  simHasPools = await osmosisPool(net, 1475n).then(
    () => true,
    (e: Error) => (/unknown|not (found|registered|supported)|no handler/i.test(e.message) ? false : Promise.reject(e)),
  );
}, 60_000);

describe("positions through real CosmJS", () => {
  it("a concentrated position from the app's helpers: created, in range, its deposit found, withdrawn", async (ctx) => {
    if (!simHasPools) ctx.skip();
    const { client, address } = await connect(world, OSMO, await makeSigner(OSMO, "direct", 5));
    await fund(world, OSMO, address, [
      { denom: "uosmo", amount: "10000000" },
      { denom: milkTia.lstDenom, amount: "100000000" },
      { denom: milkTia.ibcDenom, amount: "100000000" },
    ]);
    const pool = await osmosisPool(net, 1475n);
    if (pool.kind !== "concentrated") throw new Error("pool #1475 is not concentrated");
    const range = rangeToTicks(parseDec("0.9"), parseDec("1.2"), pool.tickSpacing);
    if (!range.ok) throw new Error(range.message);
    const [sl, su] = [tickToSqrtPrice(range.lowerTick), tickToSqrtPrice(range.upperTick)];
    const need1 = pairedAmount1(10_000_000n, sl, su, pool.currentSqrtPrice)!;
    const dep = depositAmounts(liquidityForAmounts(10_000_000n, need1, sl, su, pool.currentSqrtPrice), sl, su, pool.currentSqrtPrice);
    const msg = createPositionMsg(address, 1475n, range.lowerTick, range.upperTick, [
      { denom: pool.token0, amount: dep.amount0 },
      { denom: pool.token1, amount: dep.amount1 },
    ], (dep.amount0 * 99n) / 100n, (dep.amount1 * 99n) / 100n);
    const res = await client.signAndBroadcast(address, [msg], "auto");
    expect(res.code, res.rawLog).toBe(0);

    const [mine] = await clUserPositions(net, address, 1475n);
    expect(rangeStatus(pool.currentTick, mine.lowerTick, mine.upperTick)).toBe("in-range");
    // What it holds now is what went in, give or take the chain's rounding in its own favour.
    expect(dep.amount0 - mine.asset0.amount).toBeGreaterThanOrEqual(0n);
    expect(dep.amount0 - mine.asset0.amount).toBeLessThanOrEqual(1n);
    const deposit = await clPositionDeposit(net, mine.positionId);
    expect(deposit).not.toBeNull();
    expect(deposit!.amount0 - dep.amount0).toBeLessThanOrEqual(0n);

    const out = await client.signAndBroadcast(address, [withdrawPositionMsg(address, mine.positionId, mine.liquidityWire)], "auto");
    expect(out.code, out.rawLog).toBe(0);
    expect(await clUserPositions(net, address, 1475n)).toEqual([]);
  });

  it("a balancer join costs exactly what the app computed; an exit pays exactly that", async (ctx) => {
    if (!simHasPools) ctx.skip();
    const { client, address } = await connect(world, OSMO, await makeSigner(OSMO, "direct", 6));
    await fund(world, OSMO, address, [
      { denom: "uosmo", amount: "10000000" },
      { denom: OSMOSIS_DENOMS.milkBABY, amount: "50000000" },
      { denom: OSMOSIS_DENOMS.MILK, amount: "50000000" },
    ]);
    const pool = await osmosisPool(net, 2002n);
    if (pool.kind !== "balancer") throw new Error("pool #2002 is not balancer");
    const reserves = pool.assets.map((a) => a.token);
    const offered = reserves.map((r) => ({ denom: r.denom, amount: 10_000_000n }));
    const join = maxJoinShares(offered, pool.totalShares.amount, reserves);
    expect(join.shares).toBeGreaterThan(0n);
    const before = await Promise.all(reserves.map((r) => client.getBalance(address, r.denom)));
    const res = await client.signAndBroadcast(address, [joinPoolMsg(address, 2002n, join.shares, join.cost)], "auto");
    expect(res.code, res.rawLog).toBe(0);
    const after = await Promise.all(reserves.map((r) => client.getBalance(address, r.denom)));
    expect(reserves.map((_, i) => BigInt(before[i].amount) - BigInt(after[i].amount))).toEqual(join.cost.map((c) => c.amount));

    const pool2 = await osmosisPool(net, 2002n);
    if (pool2.kind !== "balancer") throw new Error("unreachable");
    // The shares minted are recomputed from the tokens taken (MaximalExactRatioJoin), as the app says.
    expect(BigInt((await client.getBalance(address, "gamm/pool/2002")).amount)).toBe(join.minted);
    const pay = exitPayout(join.minted, pool2.totalShares.amount, pool2.assets.map((a) => a.token), pool2.exitFee);
    const ex = await client.signAndBroadcast(address, [exitPoolMsg(address, 2002n, join.minted, pay)], "auto");
    expect(ex.code, ex.rawLog).toBe(0);
    const back = await Promise.all(reserves.map((r) => client.getBalance(address, r.denom)));
    expect(reserves.map((_, i) => BigInt(back[i].amount) - BigInt(after[i].amount))).toEqual(pay.map((c) => c.amount));
  });
});
