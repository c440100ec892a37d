/**
 * The living Osmosis market and the wind-down world, through the simulator's RPC and CosmJS:
 * the arbitrageur keeps milkTIA's pool price in the band the unstake queue allows, traders make
 * volume, the daily history is served, and `sim_wind_down` leaves a stopped contract with a pool
 * that buys milkTIA at about the last redemption rate.
 */
import { describe, expect, it } from "vitest";
import { calculateFee, GasPrice, QueryClient } from "@cosmjs/stargate";
import { OSMOSIS_SIM } from "../../chains/sim-chains";
import { OSMOSIS_DENOMS } from "../../chains/osmosis-pools";
import { SIM_LSTS } from "../../chains/lsts";
import { POOLMANAGER_QUERY } from "../../cosmos/proto/gen/query-paths";
import * as PMQ from "../../cosmos/proto/gen/osmosis/poolmanager/v1beta1/query";
import * as PMT from "../../cosmos/proto/gen/osmosis/poolmanager/v1beta1/tx";
import { ARB_BUY_DISCOUNT_BPS, ARB_SELL_PREMIUM_BPS, ARBITRAGEUR, rerange } from "../actors/pool-market";
import { POOL_LPS } from "../genesis/osmosis-pools-setup";
import { loadClPool } from "../modules/osmosis/cl-keeper";
import { queryContractJson } from "../modules/wasm";
import { balanceOf } from "../modules/bank";
import { WIND_DOWN_TEAM, WIND_DOWN_TREASURY_TIA } from "../rpc/sim-wind-down";
import type { World } from "../state";
import { advanceSeconds, connect, freshWorld, fund, makeSigner, rpc } from "./harness";

const { milkTIA, TIA, OSMO } = OSMOSIS_DENOMS;
const lst = SIM_LSTS.find((l) => l.symbol === "milkTIA")!;
const FEE = calculateFee(800_000, GasPrice.fromString("0.0025uosmo"));
const DAY = 86_400;

function rateOf(world: World): number {
  const st = queryContractJson(world, world.chains[OSMOSIS_SIM], lst.contract, { state: {} }) as { total_native_token: string; total_liquid_stake_token: string };
  return Number(st.total_native_token) / Number(st.total_liquid_stake_token);
}

async function spot(world: World, poolId: bigint): Promise<number> {
  const c = await connect(world, OSMOSIS_SIM, await makeSigner(OSMOSIS_SIM, "direct"));
  const q = QueryClient.withExtensions(c.comet);
  const { value } = await q.queryAbci(POOLMANAGER_QUERY.spotPrice, PMQ.SpotPriceRequest.encode({ poolId, baseAssetDenom: milkTIA, quoteAssetDenom: TIA }).finish());
  return Number(PMQ.SpotPriceResponse.decode(value).spotPrice);
}

describe("the Osmosis pool market", () => {
  it("the arbitrageur pulls #1475's price back into the band after a trader pushes it out either way", async () => {
    const world = freshWorld();
    await advanceSeconds(world, 2 * DAY);
    const t = await connect(world, OSMOSIS_SIM, await makeSigner(OSMOSIS_SIM, "direct"));
    await fund(world, OSMOSIS_SIM, t.address, [
      { denom: OSMO, amount: "100000000" },
      { denom: milkTIA, amount: "2000000000000" },
      { denom: TIA, amount: "2000000000000" },
    ]);
    const push = async (denomIn: string, denomOut: string, until: (p: number) => boolean) => {
      for (let i = 0; i < 40 && !until(await spot(world, 1475n)); i++) {
        const res = await t.client.signAndBroadcast(
          t.address,
          [{ typeUrl: PMT.MsgSwapExactAmountIn.typeUrl, value: { sender: t.address, routes: [{ poolId: 1475n, tokenOutDenom: denomOut }], tokenIn: { denom: denomIn, amount: "25000000000" }, tokenOutMinAmount: "1" } }],
          FEE,
        );
        expect(res.code, res.rawLog).toBe(0);
      }
      expect(until(await spot(world, 1475n))).toBe(true);
    };
    // A day of trader noise is at most three swaps of 0.5% of a side: allow 0.3% around the band.
    const NOISE = 0.003;
    const floor = () => rateOf(world) * (1 - Number(ARB_BUY_DISCOUNT_BPS) / 10_000);
    const ceiling = () => rateOf(world) * (1 + Number(ARB_SELL_PREMIUM_BPS) / 10_000);

    // Dumped 3% below the rate: buying on the pool and unstaking pays, so the arbitrageur buys.
    await push(milkTIA, TIA, (p) => p < rateOf(world) * 0.97);
    await advanceSeconds(world, DAY);
    expect(await spot(world, 1475n)).toBeGreaterThan(floor() - NOISE);
    const queued = queryContractJson(world, world.chains[OSMOSIS_SIM], lst.contract, { unstake_requests: { user: ARBITRAGEUR } }) as unknown[];
    expect(queued.length).toBeGreaterThan(0);

    // Bid 3% above the rate: minting at the rate and selling pays, so the arbitrageur sells.
    await push(TIA, milkTIA, (p) => p > rateOf(world) * 1.03);
    await advanceSeconds(world, DAY);
    expect(await spot(world, 1475n)).toBeLessThan(ceiling() + NOISE);
  });

  it("the tight-range provider re-centres a range the price has left, around the new price", async () => {
    const world = freshWorld();
    const t = await connect(world, OSMOSIS_SIM, await makeSigner(OSMOSIS_SIM, "direct"));
    await fund(world, OSMOSIS_SIM, t.address, [
      { denom: OSMO, amount: "100000000" },
      { denom: TIA, amount: "400000000000" },
    ]);
    const res = await t.client.signAndBroadcast(
      t.address,
      [{ typeUrl: PMT.MsgSwapExactAmountIn.typeUrl, value: { sender: t.address, routes: [{ poolId: 1475n, tokenOutDenom: milkTIA }], tokenIn: { denom: TIA, amount: "300000000000" }, tokenOutMinAmount: "1" } }],
      FEE,
    );
    expect(res.code, res.rawLog).toBe(0);
    const positionsOfB = () => [...loadClPool(world.chains[OSMOSIS_SIM], 1475n).pool.positions.values()].filter((p) => p.owner === POOL_LPS.b);
    const [old] = positionsOfB();
    const tick = () => loadClPool(world.chains[OSMOSIS_SIM], 1475n).pool.currentTick;
    expect(tick() >= old.upperTick).toBe(true);
    rerange(world);
    const now = positionsOfB();
    expect(now.map((p) => p.id)).not.toContain(old.id);
    expect(now).toHaveLength(1);
    expect(now[0].lowerTick <= tick() && tick() < now[0].upperTick).toBe(true);
  });

  it("serves each pool's daily history from genesis: one more sample a day, volume never shrinking", async () => {
    const world = freshWorld();
    const first = (await rpc(world, OSMOSIS_SIM, "sim_pool_history", { poolId: 1475 })) as { points: { timeMs: number; spotPrice: string; volume: { amount: string }[] }[] };
    expect(first.points[0].timeMs).toBe(world.genesisTimeMs);
    expect(first.points[0].spotPrice).toBe("1.000000000000000000");
    await advanceSeconds(world, 5 * DAY);
    const later = (await rpc(world, OSMOSIS_SIM, "sim_pool_history", { poolId: 1475 })) as typeof first;
    // Five more daily samples, and the pool as it is now unless that is a sample: one point per time, the last one now.
    const times = later.points.map((p) => p.timeMs);
    expect(times[0]).toBe(world.genesisTimeMs);
    expect(times.at(-1)).toBe(world.timeMs);
    // Samples a day apart (give or take the block they land in), then "now" at most a day after the last.
    for (let i = 1; i < times.length - 1; i++) expect(Math.abs(times[i] - times[i - 1] - DAY * 1000)).toBeLessThan(120_000);
    expect(times.at(-1)! - times.at(-2)!).toBeGreaterThan(0);
    expect(times.at(-1)! - times.at(-2)!).toBeLessThanOrEqual(DAY * 1000 + 120_000);
    expect(times.length - first.points.length).toBeGreaterThanOrEqual(4);
    const volumes = later.points.map((p) => p.volume.reduce((s, v) => s + BigInt(v.amount), 0n));
    for (let i = 1; i < volumes.length; i++) expect(volumes[i] >= volumes[i - 1]).toBe(true);
    expect(volumes.at(-1)! > 0n).toBe(true);
    await expect(rpc(world, OSMOSIS_SIM, "sim_pool_history", { poolId: 9 })).rejects.toThrow("poolId must be one of 1335, 1475, 1800, 2001, 2002, 2003");
    await expect(rpc(world, "celestia-sim-1", "sim_pool_history", { poolId: 1475 })).rejects.toThrow("sim_pool_history runs on osmosis-sim-1");
  });
});

describe("sim_wind_down", () => {
  it("stops the contract and lets a milkTIA holder exit on the pool at about the last rate", async () => {
    const world = freshWorld();
    await advanceSeconds(world, 20 * DAY);
    const rate = rateOf(world);
    const res = (await rpc(world, OSMOSIS_SIM, "sim_wind_down", {})) as { stopped: boolean; poolId: number; redemptionRate: string; amount: string };
    expect(res.stopped).toBe(true);
    expect(res.poolId).toBe(1475);
    expect(Number(res.redemptionRate)).toBeCloseTo(rate, 12);
    expect(BigInt(res.amount)).toBeGreaterThan(0n);

    const holder = await connect(world, OSMOSIS_SIM, await makeSigner(OSMOSIS_SIM, "amino"));
    await fund(world, OSMOSIS_SIM, holder.address, [
      { denom: OSMO, amount: "10000000" },
      { denom: milkTIA, amount: "600000000000" },
    ]);
    // The contract refuses unstaking now.
    await expect(holder.client.execute(holder.address, lst.contract, { liquid_unstake: {} }, FEE, "", [{ denom: milkTIA, amount: "1000000" }])).rejects.toThrow(/stopped|Halted/i);

    // Selling 500,000 milkTIA — more than all the other providers' TIA in #1475 — pays close to
    // the rate: at least the rate less 1.5% (the team's 1% range, taker fee, spread, the other
    // ranges crossed on the way down). Without the team's TIA the swap would run out of ticks.
    const sell = 500_000_000_000n;
    const before = BigInt((await holder.client.getBalance(holder.address, TIA)).amount);
    const swap = await holder.client.signAndBroadcast(
      holder.address,
      [{ typeUrl: PMT.MsgSwapExactAmountIn.typeUrl, value: { sender: holder.address, routes: [{ poolId: 1475n, tokenOutDenom: TIA }], tokenIn: { denom: milkTIA, amount: sell.toString() }, tokenOutMinAmount: "1" } }],
      FEE,
    );
    expect(swap.code, swap.rawLog).toBe(0);
    const got = BigInt((await holder.client.getBalance(holder.address, TIA)).amount) - before;
    const perToken = Number(got) / Number(sell);
    expect(perToken).toBeGreaterThan(rate * 0.985);
    expect(perToken).toBeLessThanOrEqual(rate * 1.002);
  });

  it("seeds the exit from the team's funded treasury: no token minted, every supply unchanged", async () => {
    const world = freshWorld();
    const celestia = world.chains[lst.nativeChainId];
    const osmosis = world.chains[OSMOSIS_SIM];
    const [tiaSupply, voucherSupply, treasury] = [celestia.supply[lst.nativeDenom], osmosis.supply[TIA], balanceOf(osmosis, WIND_DOWN_TEAM, TIA)];
    expect(treasury).toBe(WIND_DOWN_TREASURY_TIA * 1_000_000n);
    const res = (await rpc(world, OSMOSIS_SIM, "sim_wind_down", { amount: "2500000000" })) as { amount: string };
    expect(BigInt(res.amount)).toBe(2_500_000_000n);
    expect(celestia.supply[lst.nativeDenom]).toBe(tiaSupply);
    expect(osmosis.supply[TIA]).toBe(voucherSupply);
    expect(balanceOf(osmosis, WIND_DOWN_TEAM, TIA)).toBe(treasury - 2_500_000_000n);
  });

  it("refuses more than the treasury holds before stopping anything", async () => {
    const world = freshWorld();
    await expect(rpc(world, OSMOSIS_SIM, "sim_wind_down", { amount: (WIND_DOWN_TREASURY_TIA * 1_000_000n + 1n).toString() })).rejects.toThrow(
      `the team holds ${WIND_DOWN_TREASURY_TIA * 1_000_000n} TIA base units on Osmosis; amount must not exceed that`,
    );
    const cfg = queryContractJson(world, world.chains[OSMOSIS_SIM], lst.contract, { config: {} }) as { stopped: boolean };
    expect(cfg.stopped).toBe(false);
  });

  it("refuses bad params and changes nothing", async () => {
    const world = freshWorld();
    const before = JSON.stringify(world.chains[OSMOSIS_SIM].balances, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    await expect(rpc(world, OSMOSIS_SIM, "sim_wind_down", { poolId: 2001 })).rejects.toThrow("poolId must be one of the milkTIA/TIA pools: 1335, 1475, 1800");
    await expect(rpc(world, OSMOSIS_SIM, "sim_wind_down", { amount: "-5" })).rejects.toThrow("amount must be a positive integer string");
    await expect(rpc(world, "milkyway-sim-1", "sim_wind_down", {})).rejects.toThrow("sim_wind_down runs on osmosis-sim-1");
    expect(JSON.stringify(world.chains[OSMOSIS_SIM].balances, (_k, v) => (typeof v === "bigint" ? v.toString() : v))).toBe(before);
    const cfg = queryContractJson(world, world.chains[OSMOSIS_SIM], lst.contract, { config: {} }) as { stopped: boolean };
    expect(cfg.stopped).toBe(false);
  });
});
