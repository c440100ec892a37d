/**
 * Osmosis pools on osmosis-sim-1 through real CosmJS (the app's registry and amino converters):
 * swaps both ways through the pool manager, the slippage refusal, concentrated-liquidity
 * positions, balancer join/exit — each signed both ways (direct and amino).
 */
import { describe, expect, it } from "vitest";
import { calculateFee, GasPrice, QueryClient } from "@cosmjs/stargate";
import { OSMOSIS_SIM } from "../../chains/sim-chains";
import { OSMOSIS_DENOMS } from "../../chains/osmosis-pools";
import { CONCENTRATEDLIQUIDITY_QUERY, GAMM_QUERY, POOLMANAGER_QUERY } from "../../cosmos/proto/gen/query-paths";
import * as PMQ from "../../cosmos/proto/gen/osmosis/poolmanager/v1beta1/query";
import * as PMT from "../../cosmos/proto/gen/osmosis/poolmanager/v1beta1/tx";
import * as CLQ from "../../cosmos/proto/gen/osmosis/concentratedliquidity/v1beta1/query";
import * as CLT from "../../cosmos/proto/gen/osmosis/concentratedliquidity/v1beta1/tx";
import { Pool as ClPool } from "../../cosmos/proto/gen/osmosis/concentratedliquidity/v1beta1/pool";
import { Pool as BalancerPool } from "../../cosmos/proto/gen/osmosis/gamm/v1beta1/balancerPool";
import * as GQ from "../../cosmos/proto/gen/osmosis/gamm/v1beta1/query";
import * as GT from "../../cosmos/proto/gen/osmosis/gamm/v1beta1/tx";
import { moduleAddress } from "../address";
import { connect, freshWorld, fund, makeSigner, type SignMode } from "./harness";

const { milkTIA, TIA, MILK, OSMO } = OSMOSIS_DENOMS;
const FEE = calculateFee(800_000, GasPrice.fromString("0.0025uosmo"));
const FEE_UOSMO = BigInt(FEE.amount[0].amount);
const TAKER_FEE_COLLECTOR = moduleAddress("osmo", "taker_fee_collector");
const POOL = 1475n; // milkTIA/TIA, spread factor 0.05%

async function trader(mode: SignMode) {
  const world = freshWorld();
  const c = await connect(world, OSMOSIS_SIM, await makeSigner(OSMOSIS_SIM, mode));
  await fund(world, OSMOSIS_SIM, c.address, [
    { denom: OSMO, amount: "100000000000" },
    { denom: milkTIA, amount: "50000000000" },
    { denom: TIA, amount: "50000000000" },
    { denom: MILK, amount: "10000000000" },
  ]);
  const query = QueryClient.withExtensions(c.comet);
  const abci = async <T>(path: string, req: Uint8Array, decode: (b: Uint8Array) => T) => decode((await query.queryAbci(path, req)).value);
  const bal = async (denom: string, addr = c.address) => BigInt((await c.client.getBalance(addr, denom)).amount);
  return { world, ...c, abci, bal };
}

type Trader = Awaited<ReturnType<typeof trader>>;

const estimateIn = (t: Trader, poolId: bigint, tokenIn: string, tokenOutDenom: string) =>
  t.abci(
    POOLMANAGER_QUERY.estimateSwapExactAmountIn,
    PMQ.EstimateSwapExactAmountInRequest.encode(PMQ.EstimateSwapExactAmountInRequest.fromPartial({ tokenIn, routes: [{ poolId, tokenOutDenom }] })).finish(),
    (b) => BigInt(PMQ.EstimateSwapExactAmountInResponse.decode(b).tokenOutAmount),
  );

const spotPrice = (t: Trader, poolId: bigint, base: string, quote: string) =>
  t.abci(
    POOLMANAGER_QUERY.spotPrice,
    PMQ.SpotPriceRequest.encode({ poolId, baseAssetDenom: base, quoteAssetDenom: quote }).finish(),
    (b) => PMQ.SpotPriceResponse.decode(b).spotPrice,
  );

const clPool = async (t: Trader, poolId: bigint) =>
  ClPool.decode((await t.abci(POOLMANAGER_QUERY.pool, PMQ.PoolRequest.encode({ poolId }).finish(), (b) => PMQ.PoolResponse.decode(b))).pool!.value);

/** A decimal string as a float, for bounds only. */
const f = (s: string) => Number(s);

describe.each<SignMode>(["direct", "amino"])("Osmosis pools through CosmJS (%s signing)", (mode) => {
  it("sells milkTIA for TIA on #1475: pays in + taker fee, receives exactly the estimate, price falls", async () => {
    const t = await trader(mode);
    const amountIn = 1_000_000_000n; // 1,000 milkTIA
    const estimate = await estimateIn(t, POOL, `${amountIn}${milkTIA}`, TIA);
    const priceBefore = f(await spotPrice(t, POOL, milkTIA, TIA));
    const [milkBefore, tiaBefore, collectorBefore] = [await t.bal(milkTIA), await t.bal(TIA), await t.bal(milkTIA, TAKER_FEE_COLLECTOR)];
    const res = await t.client.signAndBroadcast(
      t.address,
      [{ typeUrl: PMT.MsgSwapExactAmountIn.typeUrl, value: { sender: t.address, routes: [{ poolId: POOL, tokenOutDenom: TIA }], tokenIn: { denom: milkTIA, amount: amountIn.toString() }, tokenOutMinAmount: estimate.toString() } }],
      FEE,
    );
    expect(res.code, res.rawLog).toBe(0);
    const out = BigInt(PMT.MsgSwapExactAmountInResponse.decode(res.msgResponses[0].value).tokenOutAmount);
    expect(out).toBe(estimate);
    expect((await t.bal(TIA)) - tiaBefore).toBe(out);
    expect(milkBefore - (await t.bal(milkTIA))).toBe(amountIn);
    // Taker fee 0.1% of the input, truncated in the trader's favour: in − floor(0.999·in).
    expect((await t.bal(milkTIA, TAKER_FEE_COLLECTOR)) - collectorBefore).toBe(amountIn - (amountIn * 999n) / 1000n);
    // The output is worth less than the input at the old price after both fees, more than at the new one.
    const priceAfter = f(await spotPrice(t, POOL, milkTIA, TIA));
    expect(priceAfter).toBeLessThan(priceBefore);
    const netIn = Number(amountIn) * 0.999 * (1 - 0.0005);
    expect(Number(out)).toBeLessThanOrEqual(netIn * priceBefore);
    expect(Number(out)).toBeGreaterThanOrEqual(netIn * priceAfter);
    const swapped = res.events.find((e) => e.type === "token_swapped");
    expect(Object.fromEntries(swapped!.attributes.map((a) => [a.key, a.value]))).toMatchObject({
      module: "poolmanager",
      sender: t.address,
      pool_id: "1475",
      tokens_in: `${(amountIn * 999n) / 1000n}${milkTIA}`,
      tokens_out: `${out}${TIA}`,
    });
  });

  it("buys exactly 500 milkTIA with TIA (exact out): spends what EstimateSwapExactAmountOut said", async () => {
    const t = await trader(mode);
    const tokenOut = { denom: milkTIA, amount: "500000000" };
    const quoted = await t.abci(
      POOLMANAGER_QUERY.estimateSwapExactAmountOut,
      PMQ.EstimateSwapExactAmountOutRequest.encode(PMQ.EstimateSwapExactAmountOutRequest.fromPartial({ tokenOut: `500000000${milkTIA}`, routes: [{ poolId: POOL, tokenInDenom: TIA }] })).finish(),
      (b) => BigInt(PMQ.EstimateSwapExactAmountOutResponse.decode(b).tokenInAmount),
    );
    const [milkBefore, tiaBefore] = [await t.bal(milkTIA), await t.bal(TIA)];
    const res = await t.client.signAndBroadcast(
      t.address,
      [{ typeUrl: PMT.MsgSwapExactAmountOut.typeUrl, value: { sender: t.address, routes: [{ poolId: POOL, tokenInDenom: TIA }], tokenInMaxAmount: quoted.toString(), tokenOut } }],
      FEE,
    );
    expect(res.code, res.rawLog).toBe(0);
    expect(BigInt(PMT.MsgSwapExactAmountOutResponse.decode(res.msgResponses[0].value).tokenInAmount)).toBe(quoted);
    expect((await t.bal(milkTIA)) - milkBefore).toBe(500_000_000n);
    expect(tiaBefore - (await t.bal(TIA))).toBe(quoted);
    // Paying TIA for milkTIA near price 1 with 0.1% + 0.05% fees: a little more than 500 TIA.
    expect(quoted).toBeGreaterThan(500_000_000n);
  });

  it("refuses a swap below token_out_min_amount with the chain's text and changes nothing but the fee", async () => {
    const t = await trader(mode);
    const estimate = await estimateIn(t, POOL, `1000000000${TIA}`, milkTIA);
    const [tiaBefore, milkBefore, osmoBefore] = [await t.bal(TIA), await t.bal(milkTIA), await t.bal(OSMO)];
    const poolBefore = await clPool(t, POOL);
    const res = await t.client.signAndBroadcast(
      t.address,
      [{ typeUrl: PMT.MsgSwapExactAmountIn.typeUrl, value: { sender: t.address, routes: [{ poolId: POOL, tokenOutDenom: milkTIA }], tokenIn: { denom: TIA, amount: "1000000000" }, tokenOutMinAmount: (estimate + 1n).toString() } }],
      FEE,
    );
    expect(res.code).not.toBe(0);
    expect(res.rawLog).toBe(`failed to execute message; message index: 0: token amount calculated (${estimate}) is lesser than min amount (${estimate + 1n})`);
    expect(await t.bal(TIA)).toBe(tiaBefore);
    expect(await t.bal(milkTIA)).toBe(milkBefore);
    expect(await t.bal(OSMO)).toBe(osmoBefore - FEE_UOSMO);
    expect(await clPool(t, POOL)).toEqual(poolBefore);
  });

  it("creates a ranged position, earns spread rewards from a swap through it, collects, and withdraws", async () => {
    const t = await trader(mode);
    const lower = -10_000n; // 0.999
    const upper = 10_000n; // 1.01
    const create = await t.client.signAndBroadcast(
      t.address,
      [{ typeUrl: CLT.MsgCreatePosition.typeUrl, value: { poolId: POOL, sender: t.address, lowerTick: lower, upperTick: upper, tokensProvided: [{ denom: milkTIA, amount: "2000000000" }, { denom: TIA, amount: "2000000000" }].sort((a, b) => (a.denom < b.denom ? -1 : 1)), tokenMinAmount0: "0", tokenMinAmount1: "0" } }],
      FEE,
    );
    expect(create.code, create.rawLog).toBe(0);
    const created = CLT.MsgCreatePositionResponse.decode(create.msgResponses[0].value);
    expect(created.lowerTick).toBe(lower);
    expect(BigInt(created.amount0) + BigInt(created.amount1)).toBeGreaterThan(0n);
    const { positions } = await t.abci(
      CONCENTRATEDLIQUIDITY_QUERY.userPositions,
      CLQ.UserPositionsRequest.encode(CLQ.UserPositionsRequest.fromPartial({ address: t.address, poolId: POOL })).finish(),
      (b) => CLQ.UserPositionsResponse.decode(b),
    );
    expect(positions.map((p) => p.position.positionId)).toEqual([created.positionId]);
    // What the position holds is what it took (round-up both ways, truncated).
    expect(positions[0].asset0.amount).toBe(created.amount0);
    expect(positions[0].asset1.amount).toBe(created.amount1);

    // Someone else trades TIA → milkTIA through the range; the position earns part of 0.05%.
    const other = await connect(t.world, OSMOSIS_SIM, await makeSigner(OSMOSIS_SIM, mode, 1));
    await fund(t.world, OSMOSIS_SIM, other.address, [{ denom: TIA, amount: "5000000000" }, { denom: OSMO, amount: "10000000" }]);
    const swap = await other.client.signAndBroadcast(
      other.address,
      [{ typeUrl: PMT.MsgSwapExactAmountIn.typeUrl, value: { sender: other.address, routes: [{ poolId: POOL, tokenOutDenom: milkTIA }], tokenIn: { denom: TIA, amount: "3000000000" }, tokenOutMinAmount: "1" } }],
      FEE,
    );
    expect(swap.code, swap.rawLog).toBe(0);
    const claimable = await t.abci(
      CONCENTRATEDLIQUIDITY_QUERY.claimableSpreadRewards,
      CLQ.ClaimableSpreadRewardsRequest.encode({ positionId: created.positionId }).finish(),
      (b) => CLQ.ClaimableSpreadRewardsResponse.decode(b).claimableSpreadRewards,
    );
    expect(claimable.map((c) => c.denom)).toEqual([TIA]);
    const earned = BigInt(claimable[0].amount);
    // At most the whole spread charge on the part after the taker fee.
    expect(earned).toBeGreaterThan(0n);
    expect(earned).toBeLessThanOrEqual((2_997_000_000n * 5n) / 10_000n + 1n);

    const tiaBefore = await t.bal(TIA);
    const collect = await t.client.signAndBroadcast(t.address, [{ typeUrl: CLT.MsgCollectSpreadRewards.typeUrl, value: { sender: t.address, positionIds: [created.positionId] } }], FEE);
    expect(collect.code, collect.rawLog).toBe(0);
    expect((await t.bal(TIA)) - tiaBefore).toBe(earned);

    const pos = await t.abci(
      CONCENTRATEDLIQUIDITY_QUERY.positionById,
      CLQ.PositionByIdRequest.encode({ positionId: created.positionId }).finish(),
      (b) => CLQ.PositionByIdResponse.decode(b).position,
    );
    const [m0, t0] = [await t.bal(milkTIA), await t.bal(TIA)];
    const withdraw = await t.client.signAndBroadcast(
      t.address,
      [{ typeUrl: CLT.MsgWithdrawPosition.typeUrl, value: { positionId: created.positionId, sender: t.address, liquidityAmount: pos.position.liquidity } }],
      FEE,
    );
    expect(withdraw.code, withdraw.rawLog).toBe(0);
    const out = CLT.MsgWithdrawPositionResponse.decode(withdraw.msgResponses[0].value);
    expect((await t.bal(milkTIA)) - m0).toBe(BigInt(out.amount0));
    expect((await t.bal(TIA)) - t0).toBe(BigInt(out.amount1));
    // The swap moved the position towards milkTIA → TIA: it now holds more TIA than it took.
    expect(BigInt(out.amount1)).toBeGreaterThan(BigInt(created.amount1));
    expect(withdraw.events.some((e) => e.type === "withdraw_position")).toBe(true);
    await expect(
      t.abci(CONCENTRATEDLIQUIDITY_QUERY.positionById, CLQ.PositionByIdRequest.encode({ positionId: created.positionId }).finish(), (b) => b),
    ).rejects.toThrow(`position not found. position id (${created.positionId})`);
  });

  it("adds to a position: the old one is replaced by a new id holding both deposits", async () => {
    const t = await trader(mode);
    const create = await t.client.signAndBroadcast(
      t.address,
      [{ typeUrl: CLT.MsgCreatePosition.typeUrl, value: { poolId: POOL, sender: t.address, lowerTick: -100_000n, upperTick: 100_000n, tokensProvided: [{ denom: milkTIA, amount: "1000000000" }, { denom: TIA, amount: "1000000000" }].sort((a, b) => (a.denom < b.denom ? -1 : 1)), tokenMinAmount0: "0", tokenMinAmount1: "0" } }],
      FEE,
    );
    const created = CLT.MsgCreatePositionResponse.decode(create.msgResponses[0].value);
    const add = await t.client.signAndBroadcast(
      t.address,
      [{ typeUrl: CLT.MsgAddToPosition.typeUrl, value: { positionId: created.positionId, sender: t.address, amount0: "500000000", amount1: "500000000", tokenMinAmount0: "0", tokenMinAmount1: "0" } }],
      FEE,
    );
    expect(add.code, add.rawLog).toBe(0);
    const added = CLT.MsgAddToPositionResponse.decode(add.msgResponses[0].value);
    expect(added.positionId).toBeGreaterThan(created.positionId);
    expect(BigInt(added.amount0)).toBeGreaterThan(BigInt(created.amount0));
  });

  it("joins and exits the MILK/OSMO balancer pool with the shares and coins the calc queries promise", async () => {
    const t = await trader(mode);
    const pool = BalancerPool.decode((await t.abci(POOLMANAGER_QUERY.pool, PMQ.PoolRequest.encode({ poolId: 2001n }).finish(), (b) => PMQ.PoolResponse.decode(b))).pool!.value);
    const totalShares = BigInt(pool.totalShares!.amount);
    const shareOut = totalShares / 1000n; // 0.1% of the pool
    // Needed per asset: ceil(balance · (shareOut/totalShares)), the ratio truncated to 18 decimals.
    const ratio = (shareOut * 10n ** 18n) / totalShares;
    const needed = pool.poolAssets.map((a) => ({ denom: a.token!.denom, amount: (BigInt(a.token!.amount) * ratio + 10n ** 18n - 1n) / 10n ** 18n }));
    const before = Object.fromEntries(await Promise.all(needed.map(async (n) => [n.denom, await t.bal(n.denom)] as const)));
    const join = await t.client.signAndBroadcast(
      t.address,
      [{ typeUrl: GT.MsgJoinPool.typeUrl, value: { sender: t.address, poolId: 2001n, shareOutAmount: shareOut.toString(), tokenInMaxs: needed.map((n) => ({ denom: n.denom, amount: n.amount.toString() })) } }],
      FEE,
    );
    expect(join.code, join.rawLog).toBe(0);
    const joined = GT.MsgJoinPoolResponse.decode(join.msgResponses[0].value);
    expect(joined.shareOutAmount).toBe(shareOut.toString());
    for (const n of needed) {
      const fee = n.denom === OSMO ? FEE_UOSMO : 0n;
      expect(before[n.denom] - (await t.bal(n.denom)) - fee).toBe(n.amount);
    }
    expect(await t.bal("gamm/pool/2001")).toBe(shareOut);

    const calcExit = await t.abci(
      GAMM_QUERY.calcExitPoolCoinsFromShares,
      GQ.QueryCalcExitPoolCoinsFromSharesRequest.encode({ poolId: 2001n, shareInAmount: shareOut.toString() }).finish(),
      (b) => GQ.QueryCalcExitPoolCoinsFromSharesResponse.decode(b).tokensOut,
    );
    const milkBefore = await t.bal(MILK);
    const exit = await t.client.signAndBroadcast(
      t.address,
      [{ typeUrl: GT.MsgExitPool.typeUrl, value: { sender: t.address, poolId: 2001n, shareInAmount: shareOut.toString(), tokenOutMins: calcExit } }],
      FEE,
    );
    expect(exit.code, exit.rawLog).toBe(0);
    expect(GT.MsgExitPoolResponse.decode(exit.msgResponses[0].value).tokenOut).toEqual(calcExit);
    expect((await t.bal(MILK)) - milkBefore).toBe(BigInt(calcExit.find((c) => c.denom === MILK)!.amount));
    expect(await t.bal("gamm/pool/2001")).toBe(0n);
    // Exit fee 0 and truncation both ways: the joiner never gets back more than they put in.
    expect(BigInt(calcExit.find((c) => c.denom === MILK)!.amount)).toBeLessThanOrEqual(needed.find((n) => n.denom === MILK)!.amount);
  });
});

describe("Osmosis pool queries and refusals", () => {
  it("serves the milkTIA/TIA pools as Osmosis does: token0 milkTIA, tick spacing 100, raw 18-decimal spread factors", async () => {
    const t = await trader("direct");
    for (const [id, raw] of [
      [1335n, "2000000000000000"],
      [1475n, "500000000000000"],
      [1800n, "1000000000000000"],
    ] as const) {
      const p = await clPool(t, id);
      expect(p.id).toBe(id);
      expect(p.token0).toBe(milkTIA);
      expect(p.token1).toBe(TIA);
      expect(p.tickSpacing).toBe(100n);
      expect(p.exponentAtPriceOne).toBe(-6n);
      expect(p.spreadFactor).toBe(raw);
      // The pool's bank balances hold its tokens.
      expect(await t.bal(milkTIA, p.address)).toBeGreaterThan(0n);
    }
    const { pools } = await t.abci(POOLMANAGER_QUERY.allPools, PMQ.AllPoolsRequest.encode({}).finish(), (b) => PMQ.AllPoolsResponse.decode(b));
    expect(pools.map((p) => p.typeUrl)).toEqual([
      "/osmosis.concentratedliquidity.v1beta1.Pool",
      "/osmosis.concentratedliquidity.v1beta1.Pool",
      "/osmosis.concentratedliquidity.v1beta1.Pool",
      "/osmosis.gamm.v1beta1.Pool",
      "/osmosis.gamm.v1beta1.Pool",
      "/osmosis.gamm.v1beta1.Pool",
    ]);
    const { numPools } = await t.abci(POOLMANAGER_QUERY.numPools, PMQ.NumPoolsRequest.encode({}).finish(), (b) => PMQ.NumPoolsResponse.decode(b));
    expect(numPools).toBe(2003n);
    const ranges = await t.abci(
      CONCENTRATEDLIQUIDITY_QUERY.liquidityPerTickRange,
      CLQ.LiquidityPerTickRangeRequest.encode({ poolId: 1475n }).finish(),
      (b) => CLQ.LiquidityPerTickRangeResponse.decode(b),
    );
    expect(ranges.liquidity[0].lowerTick).toBe(-1_000_000n);
    const current = ranges.liquidity[Number(ranges.bucketIndex)];
    const pool = await clPool(t, 1475n);
    expect(current.liquidityAmount).toBe(pool.currentTickLiquidity);
    expect(current.lowerTick <= pool.currentTick && pool.currentTick < current.upperTick).toBe(true);
  });

  it("refuses an unknown pool, an empty route and a zero min out with Osmosis's texts", async () => {
    const t = await trader("direct");
    await expect(t.abci(POOLMANAGER_QUERY.pool, PMQ.PoolRequest.encode({ poolId: 7n }).finish(), (b) => b)).rejects.toThrow("failed to find route for pool id (7)");
    await expect(estimateIn(t, 7n, `1000${TIA}`, milkTIA)).rejects.toThrow("failed to find route for pool id (7)");
    const before = await t.bal(TIA);
    await expect(
      t.client.signAndBroadcast(
        t.address,
        [{ typeUrl: PMT.MsgSwapExactAmountIn.typeUrl, value: { sender: t.address, routes: [{ poolId: POOL, tokenOutDenom: milkTIA }], tokenIn: { denom: TIA, amount: "1000" }, tokenOutMinAmount: "0" } }],
        FEE,
      ),
    ).rejects.toThrow("min out amount or max in amount should be positive, was (0)");
    const res = await t.client.signAndBroadcast(
      t.address,
      [{ typeUrl: PMT.MsgSwapExactAmountIn.typeUrl, value: { sender: t.address, routes: [{ poolId: 9n, tokenOutDenom: milkTIA }], tokenIn: { denom: TIA, amount: "1000" }, tokenOutMinAmount: "1" } }],
      FEE,
    );
    expect(res.rawLog).toBe("failed to execute message; message index: 0: failed to find route for pool id (9)");
    expect(await t.bal(TIA)).toBe(before);
  });

  it("refuses a position its tokens cannot fund with lp.go's own words (a range above the price takes only milkTIA)", async () => {
    const t = await trader("direct");
    const res = await t.client.signAndBroadcast(
      t.address,
      [{ typeUrl: CLT.MsgCreatePosition.typeUrl, value: { poolId: POOL, sender: t.address, lowerTick: 100_000n, upperTick: 200_000n, tokensProvided: [{ denom: TIA, amount: "1000" }], tokenMinAmount0: "0", tokenMinAmount1: "0" } }],
      FEE,
    );
    expect(res.rawLog).toBe(
      "failed to execute message; message index: 0: failed to translate amount1 (1000) to positive liquidity. Possible reasons could be:\n" +
        "\t\t\tNot providing enough liquidity in token 1.\n" +
        "\t\t\tThe given tick range becoming activated after being inactive. If the given range becomes activated, two tokens will be needed as opposed to one.",
    );
  });

  it("refuses malformed position and join messages before execution with Osmosis's ValidateBasic texts", async () => {
    const t = await trader("direct");
    const osmoBefore = await t.bal(OSMO);
    const send = (typeUrl: string, value: unknown) => t.client.signAndBroadcast(t.address, [{ typeUrl, value }], FEE);
    await expect(
      send(CLT.MsgCreatePosition.typeUrl, { poolId: POOL, sender: t.address, lowerTick: 100n, upperTick: 100n, tokensProvided: [{ denom: TIA, amount: "1000" }], tokenMinAmount0: "0", tokenMinAmount1: "0" }),
    ).rejects.toThrow("Lower tick must be lesser than upper. Got lower: 100, upper: 100");
    await expect(send(CLT.MsgWithdrawPosition.typeUrl, { positionId: 1n, sender: t.address, liquidityAmount: "0" })).rejects.toThrow(
      "Required amount should be positive. Got: 0.000000000000000000",
    );
    await expect(send(GT.MsgJoinPool.typeUrl, { sender: t.address, poolId: 2001n, shareOutAmount: "0", tokenInMaxs: [] })).rejects.toThrow(
      "0: required amount should be positive",
    );
    // Refused at CheckTx: not included, no fee.
    expect(await t.bal(OSMO)).toBe(osmoBefore);
  });
});
