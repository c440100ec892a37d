/**
 * x/poolmanager's volume accounting through real CosmJS: TotalVolumeForPool counts every swap in
 * OSMO only — OSMO as is, any other token in priced through protorev's highest-liquidity OSMO pool
 * for it (after the swap, as trackVolume runs after it), nothing at all for a token without one —
 * and GetProtoRevPool names those pools, rebuilt at each day epoch.
 */
import { describe, expect, it } from "vitest";
import { calculateFee, GasPrice, QueryClient } from "@cosmjs/stargate";
import { OSMOSIS_SIM } from "../../chains/sim-chains";
import { OSMOSIS_DENOMS } from "../../chains/osmosis-pools";
import { POOLMANAGER_QUERY, PROTOREV_QUERY } from "../../cosmos/proto/gen/query-paths";
import * as PMQ from "../../cosmos/proto/gen/osmosis/poolmanager/v1beta1/query";
import * as PMT from "../../cosmos/proto/gen/osmosis/poolmanager/v1beta1/tx";
import * as PRQ from "../../cosmos/proto/gen/osmosis/protorev/v1beta1/query";
import { Ctx } from "../ctx";
import { Journal } from "../journal";
import { createBalancerPool } from "../modules/osmosis/pool-create";
import { mintCoins } from "../modules/bank";
import { advanceSeconds, connect, freshWorld, fund, makeSigner } from "./harness";

const { milkTIA, TIA, OSMO, MILK } = OSMOSIS_DENOMS;
const FEE = calculateFee(800_000, GasPrice.fromString("0.0025uosmo"));

async function setup() {
  const world = freshWorld();
  const c = await connect(world, OSMOSIS_SIM, await makeSigner(OSMOSIS_SIM, "direct"));
  await fund(world, OSMOSIS_SIM, c.address, [
    { denom: OSMO, amount: "100000000000" },
    { denom: milkTIA, amount: "50000000000" },
    { denom: TIA, amount: "50000000000" },
    { denom: MILK, amount: "10000000000" },
  ]);
  const q = QueryClient.withExtensions(c.comet);
  const volume = async (poolId: bigint) => {
    const r = PMQ.TotalVolumeForPoolResponse.decode((await q.queryAbci(POOLMANAGER_QUERY.totalVolumeForPool, PMQ.TotalVolumeForPoolRequest.encode({ poolId }).finish())).value);
    expect(r.volume.every((v) => v.denom === OSMO)).toBe(true);
    return BigInt(r.volume.find((v) => v.denom === OSMO)?.amount ?? "0");
  };
  const reserves = async (poolId: bigint) => {
    const r = PMQ.TotalPoolLiquidityResponse.decode((await q.queryAbci(POOLMANAGER_QUERY.totalPoolLiquidity, PMQ.TotalPoolLiquidityRequest.encode({ poolId }).finish())).value);
    return Object.fromEntries(r.liquidity.map((x) => [x.denom, BigInt(x.amount)]));
  };
  const protorevPool = async (base: string, other: string) =>
    PRQ.QueryGetProtoRevPoolResponse.decode((await q.queryAbci(PROTOREV_QUERY.getProtoRevPool, PRQ.QueryGetProtoRevPoolRequest.encode({ baseDenom: base, otherDenom: other }).finish())).value).poolId;
  const spotPrice = async (poolId: bigint, base: string, quote: string) =>
    PMQ.SpotPriceResponse.decode((await q.queryAbci(POOLMANAGER_QUERY.spotPrice, PMQ.SpotPriceRequest.encode({ poolId, baseAssetDenom: base, quoteAssetDenom: quote }).finish())).value).spotPrice;
  const swapIn = async (poolId: bigint, denomIn: string, amount: bigint, denomOut: string) => {
    const res = await c.client.signAndBroadcast(
      c.address,
      [{ typeUrl: PMT.MsgSwapExactAmountIn.typeUrl, value: { sender: c.address, routes: [{ poolId, tokenOutDenom: denomOut }], tokenIn: { denom: denomIn, amount: amount.toString() }, tokenOutMinAmount: "1" } }],
      FEE,
    );
    expect(res.code, res.rawLog).toBe(0);
  };
  return { world, c, volume, reserves, protorevPool, spotPrice, swapIn };
}

describe("pool volume as Osmosis tracks it", () => {
  it("protorev names the highest-liquidity OSMO pool of each token, and says when there is none", async () => {
    const t = await setup();
    expect(await t.protorevPool(OSMO, TIA)).toBe(2003n);
    expect(await t.protorevPool(OSMO, MILK)).toBe(2001n);
    // milkTIA and milkBABY have no OSMO pool in this world: the keeper's error, as gRPC Internal.
    await expect(t.protorevPool(OSMO, milkTIA)).rejects.toThrow(`highest liquidity pool between base uosmo and match denom ${milkTIA} not found`);
    await expect(t.protorevPool(TIA, OSMO)).rejects.toThrow(`highest liquidity pool between base ${TIA} and match denom uosmo not found`);
  });

  it("counts TIA sold into #1475 in OSMO at #2003's price, and milkTIA not at all", async () => {
    const t = await setup();
    const before = await t.volume(1475n);
    const r = await t.reserves(2003n); // 50:50 at 20 OSMO per TIA exactly (8 significant figures lose nothing)
    const amount = 1_234_567_891n;
    await t.swapIn(1475n, TIA, amount, milkTIA);
    // The whole token in (taker fee included), valued at OSMO per TIA, rounded down.
    expect((await t.volume(1475n)) - before).toBe((amount * r[OSMO]) / r[TIA]);
    const mid = await t.volume(1475n);
    await t.swapIn(1475n, milkTIA, amount, TIA);
    expect(await t.volume(1475n)).toBe(mid);
  });

  it("counts OSMO as is, and MILK at the MILK/OSMO pool's price after the swap itself", async () => {
    const t = await setup();
    const v0 = await t.volume(2001n);
    await t.swapIn(2001n, OSMO, 777_000_001n, MILK);
    const v1 = await t.volume(2001n);
    expect(v1 - v0).toBe(777_000_001n);
    const amount = 5_000_000_000n;
    await t.swapIn(2001n, MILK, amount, OSMO);
    // trackVolume runs after the swap moved the price, and uses the pool's SpotPrice (a balancer
    // pool rounds it to 8 significant figures): amount × price, rounded down.
    const price = await t.spotPrice(2001n, MILK, OSMO);
    const [w, f = ""] = price.split(".");
    const raw = BigInt(w + f.padEnd(18, "0"));
    expect(raw).not.toBe(0n);
    expect((await t.volume(2001n)) - v1).toBe((amount * raw) / 10n ** 18n);
  });

  it("rebuilds the pool choice at the next day epoch, not before", async () => {
    const t = await setup();
    const ctx = new Ctx(t.world, t.world.chains[OSMOSIS_SIM], new Journal());
    const lp = t.c.address;
    mintCoins(ctx, lp, [
      { denom: TIA, amount: 1_000_000_000_000n },
      { denom: OSMO, amount: 20_000_000_000_000n },
    ]);
    // A deeper TIA/OSMO pool than #2003 (product of reserves 25× larger).
    const id = createBalancerPool(ctx, {
      creator: lp,
      assets: [
        { denom: TIA, amount: 1_000_000_000_000n, weight: 1n },
        { denom: OSMO, amount: 20_000_000_000_000n, weight: 1n },
      ],
      swapFee: 3_000_000_000_000_000n,
      exitFee: 0n,
    });
    expect(await t.protorevPool(OSMO, TIA)).toBe(2003n);
    await advanceSeconds(t.world, 86_400);
    expect(await t.protorevPool(OSMO, TIA)).toBe(id);
  });
});
