/**
 * Osmosis pool reads over the one CosmJS path (protobuf RPC on the Osmosis chain): the pool
 * manager (pool, spot price, swap estimates, taker fee, volume), concentrated liquidity
 * (positions, liquidity per tick range, claimable spread rewards) and gamm (join/exit share
 * maths). Wire forms as Osmosis sends them: LegacyDec fields are raw 18-digit integers, BigDec
 * raw 36-digit integers, the spot price a decimal string. Results are plain data (bigint, Dec).
 */
import type { NetworkSnapshot } from "../chains/networks";
import { protobufRpc, queryClient } from "../cosmos/clients";
import { parseDec, parseDecWire, type Dec } from "../amount/decimal";
import * as PM from "../cosmos/proto/gen/osmosis/poolmanager/v1beta1/query";
import * as CLQ from "../cosmos/proto/gen/osmosis/concentratedliquidity/v1beta1/query";
import * as CLP from "../cosmos/proto/gen/osmosis/concentratedliquidity/v1beta1/pool";
import * as GQ from "../cosmos/proto/gen/osmosis/gamm/v1beta1/query";
import * as GP from "../cosmos/proto/gen/osmosis/gamm/v1beta1/balancerPool";
import type { BigDec } from "../protocol/cl-ticks";
import type { PoolSwapQuote } from "../protocol/pool-routes";

const POOLMANAGER = "osmosis.poolmanager.v1beta1.Query";
const CL = "osmosis.concentratedliquidity.v1beta1.Query";
const GAMM = "osmosis.gamm.v1beta1.Query";

type Codec<T> = { encode(m: T): { finish(): Uint8Array }; decode(b: Uint8Array): T; fromPartial(o: object): T };

async function ask<Req, Res>(net: NetworkSnapshot, service: string, method: string, req: Codec<Req>, res: Codec<Res>, params: object): Promise<Res> {
  const rpc = await protobufRpc(net, "osmosis");
  return res.decode(await rpc.request(service, method, req.encode(req.fromPartial(params)).finish()));
}

export interface CoinAmount {
  denom: string;
  amount: bigint;
}
const coin = (c: { denom: string; amount: string } | undefined): CoinAmount => ({ denom: c?.denom ?? "", amount: BigInt(c?.amount || "0") });
const coins = (cs: ReadonlyArray<{ denom: string; amount: string }>): CoinAmount[] => cs.map(coin);

export interface ClPoolView {
  kind: "concentrated";
  id: bigint;
  token0: string;
  token1: string;
  currentTick: number;
  /** BigDec (× 10^36). */
  currentSqrtPrice: BigDec;
  currentTickLiquidity: Dec;
  tickSpacing: number;
  spreadFactor: Dec;
}

export interface BalancerPoolView {
  kind: "balancer";
  id: bigint;
  swapFee: Dec;
  exitFee: Dec;
  totalShares: CoinAmount;
  assets: { token: CoinAmount; weight: bigint }[];
  totalWeight: bigint;
}

export type PoolView = ClPoolView | BalancerPoolView | { kind: "other"; id: bigint; typeUrl: string };

function decodePool(any: { typeUrl: string; value: Uint8Array } | undefined, id: bigint): PoolView {
  if (!any) throw new Error(`Pool ${id} was not found.`);
  if (any.typeUrl === "/osmosis.concentratedliquidity.v1beta1.Pool") {
    const p = CLP.Pool.decode(any.value);
    return {
      kind: "concentrated",
      id: p.id,
      token0: p.token0,
      token1: p.token1,
      currentTick: Number(p.currentTick),
      currentSqrtPrice: BigInt(p.currentSqrtPrice || "0"),
      currentTickLiquidity: parseDecWire(p.currentTickLiquidity),
      tickSpacing: Number(p.tickSpacing),
      spreadFactor: parseDecWire(p.spreadFactor),
    };
  }
  if (any.typeUrl === "/osmosis.gamm.v1beta1.Pool") {
    const p = GP.Pool.decode(any.value);
    return {
      kind: "balancer",
      id: p.id,
      swapFee: parseDecWire(p.poolParams?.swapFee ?? ""),
      exitFee: parseDecWire(p.poolParams?.exitFee ?? ""),
      totalShares: coin(p.totalShares),
      assets: p.poolAssets.map((a) => ({ token: coin(a.token), weight: BigInt(a.weight || "0") })),
      totalWeight: BigInt(p.totalWeight || "0"),
    };
  }
  return { kind: "other", id, typeUrl: any.typeUrl };
}

export async function osmosisPool(net: NetworkSnapshot, poolId: bigint): Promise<PoolView> {
  const r = await ask(net, POOLMANAGER, "Pool", PM.PoolRequest, PM.PoolResponse, { poolId });
  return decodePool(r.pool, poolId);
}

export async function osmosisAllPools(net: NetworkSnapshot): Promise<PoolView[]> {
  const r = await ask(net, POOLMANAGER, "AllPools", PM.AllPoolsRequest, PM.AllPoolsResponse, {});
  return r.pools.map((p) => decodePool(p, 0n));
}

/** Spot price of `base` in `quote` (quote per base), the chain's decimal string. */
export async function osmosisSpotPrice(net: NetworkSnapshot, poolId: bigint, base: string, quote: string): Promise<Dec> {
  const r = await ask(net, POOLMANAGER, "SpotPrice", PM.SpotPriceRequest, PM.SpotPriceResponse, { poolId, baseAssetDenom: base, quoteAssetDenom: quote });
  return parseDec(r.spotPrice);
}

export async function estimateSwapExactIn(net: NetworkSnapshot, poolId: bigint, tokenIn: CoinAmount, tokenOutDenom: string): Promise<bigint> {
  const r = await ask(net, POOLMANAGER, "EstimateSwapExactAmountIn", PM.EstimateSwapExactAmountInRequest, PM.EstimateSwapExactAmountInResponse, {
    tokenIn: `${tokenIn.amount}${tokenIn.denom}`,
    routes: [{ poolId, tokenOutDenom }],
  });
  return BigInt(r.tokenOutAmount || "0");
}

export async function estimateSwapExactOut(net: NetworkSnapshot, poolId: bigint, tokenInDenom: string, tokenOut: CoinAmount): Promise<bigint> {
  const r = await ask(net, POOLMANAGER, "EstimateSwapExactAmountOut", PM.EstimateSwapExactAmountOutRequest, PM.EstimateSwapExactAmountOutResponse, {
    tokenOut: `${tokenOut.amount}${tokenOut.denom}`,
    routes: [{ poolId, tokenInDenom }],
  });
  return BigInt(r.tokenInAmount || "0");
}

export async function takerFee(net: NetworkSnapshot, denom0: string, denom1: string): Promise<Dec> {
  const r = await ask(net, POOLMANAGER, "TradingPairTakerFee", PM.TradingPairTakerFeeRequest, PM.TradingPairTakerFeeResponse, { denom0, denom1 });
  return parseDecWire(r.takerFee);
}

export async function poolVolume(net: NetworkSnapshot, poolId: bigint): Promise<CoinAmount[]> {
  const r = await ask(net, POOLMANAGER, "TotalVolumeForPool", PM.TotalVolumeForPoolRequest, PM.TotalVolumeForPoolResponse, { poolId });
  return coins(r.volume);
}

export async function poolLiquidity(net: NetworkSnapshot, poolId: bigint): Promise<CoinAmount[]> {
  const r = await ask(net, POOLMANAGER, "TotalPoolLiquidity", PM.TotalPoolLiquidityRequest, PM.TotalPoolLiquidityResponse, { poolId });
  return coins(r.liquidity);
}

/**
 * Everything a route comparison needs from the pool in one read (one round trip to where reads
 * run): the exact-in estimate, the spot price of the LST in native, the spread factor and the
 * taker fee. `lstDenom`/`nativeDenom` name the pair; `tokenIn` says which way.
 */
export async function swapQuote(net: NetworkSnapshot, poolId: bigint, tokenIn: CoinAmount, tokenOutDenom: string, lstDenom: string, nativeDenom: string): Promise<PoolSwapQuote> {
  const [amountOut, spotPrice, pool, fee] = await Promise.all([
    estimateSwapExactIn(net, poolId, tokenIn, tokenOutDenom),
    osmosisSpotPrice(net, poolId, lstDenom, nativeDenom),
    osmosisPool(net, poolId),
    takerFee(net, lstDenom, nativeDenom),
  ]);
  const spreadFactor = pool.kind === "concentrated" ? pool.spreadFactor : pool.kind === "balancer" ? pool.swapFee : 0n;
  return { poolId, amountIn: tokenIn.amount, amountOut, spotPrice, spreadFactor, takerFee: fee };
}

export interface ClPositionView {
  positionId: bigint;
  poolId: bigint;
  address: string;
  lowerTick: number;
  upperTick: number;
  joinTimeMs: number;
  /** Raw LegacyDec wire string, as MsgWithdrawPosition wants it back. */
  liquidityWire: string;
  liquidity: Dec;
  asset0: CoinAmount;
  asset1: CoinAmount;
  spreadRewards: CoinAmount[];
}

function position(p: CLQ.PositionByIdResponse["position"]): ClPositionView {
  const pos = p.position!;
  return {
    positionId: pos.positionId,
    poolId: pos.poolId,
    address: pos.address,
    lowerTick: Number(pos.lowerTick),
    upperTick: Number(pos.upperTick),
    joinTimeMs: pos.joinTime ? Number(pos.joinTime.seconds) * 1000 + Math.floor(pos.joinTime.nanos / 1e6) : 0,
    liquidityWire: pos.liquidity,
    liquidity: parseDecWire(pos.liquidity),
    asset0: coin(p.asset0),
    asset1: coin(p.asset1),
    spreadRewards: coins(p.claimableSpreadRewards),
  };
}

export async function clUserPositions(net: NetworkSnapshot, address: string, poolId: bigint = 0n): Promise<ClPositionView[]> {
  const r = await ask(net, CL, "UserPositions", CLQ.UserPositionsRequest, CLQ.UserPositionsResponse, { address, poolId });
  return r.positions.map(position);
}

export async function clPositionById(net: NetworkSnapshot, positionId: bigint): Promise<ClPositionView> {
  const r = await ask(net, CL, "PositionById", CLQ.PositionByIdRequest, CLQ.PositionByIdResponse, { positionId });
  return position(r.position);
}

export async function clLiquidityPerTickRange(net: NetworkSnapshot, poolId: bigint): Promise<{ lowerTick: number; upperTick: number; liquidity: Dec }[]> {
  const r = await ask(net, CL, "LiquidityPerTickRange", CLQ.LiquidityPerTickRangeRequest, CLQ.LiquidityPerTickRangeResponse, { poolId });
  return r.liquidity.map((l) => ({ lowerTick: Number(l.lowerTick), upperTick: Number(l.upperTick), liquidity: parseDecWire(l.liquidityAmount) }));
}

export async function clClaimableSpreadRewards(net: NetworkSnapshot, positionId: bigint): Promise<CoinAmount[]> {
  const r = await ask(net, CL, "ClaimableSpreadRewards", CLQ.ClaimableSpreadRewardsRequest, CLQ.ClaimableSpreadRewardsResponse, { positionId });
  return coins(r.claimableSpreadRewards);
}

export async function gammCalcJoin(net: NetworkSnapshot, poolId: bigint, tokensIn: CoinAmount[]): Promise<{ shares: bigint; tokensUsed: CoinAmount[] }> {
  const r = await ask(net, GAMM, "CalcJoinPoolShares", GQ.QueryCalcJoinPoolSharesRequest, GQ.QueryCalcJoinPoolSharesResponse, {
    poolId,
    tokensIn: tokensIn.map((c) => ({ denom: c.denom, amount: c.amount.toString() })),
  });
  return { shares: BigInt(r.shareOutAmount || "0"), tokensUsed: coins(r.tokensOut) };
}

export async function gammCalcExit(net: NetworkSnapshot, poolId: bigint, shares: bigint): Promise<CoinAmount[]> {
  const r = await ask(net, GAMM, "CalcExitPoolCoinsFromShares", GQ.QueryCalcExitPoolCoinsFromSharesRequest, GQ.QueryCalcExitPoolCoinsFromSharesResponse, {
    poolId,
    shareInAmount: shares.toString(),
  });
  return coins(r.tokensOut);
}

/**
 * What a position was opened with, from its `create_position` event (x/concentrated-liquidity
 * lp.go: amount0, amount1 as integers): the "holding" a position is compared against. Null when
 * the node no longer has the transaction (pruned) or never indexed it.
 */
export async function clPositionDeposit(net: NetworkSnapshot, positionId: bigint): Promise<{ amount0: bigint; amount1: bigint } | null> {
  const c = await queryClient(net, "osmosis");
  const txs = await c.searchTx(`create_position.position_id='${positionId.toString()}'`);
  for (const tx of txs) {
    for (const e of tx.events) {
      if (e.type !== "create_position") continue;
      const get = (k: string) => e.attributes.find((a) => a.key === k)?.value;
      if (get("position_id") !== positionId.toString()) continue;
      const a0 = get("amount0");
      const a1 = get("amount1");
      if (a0 !== undefined && a1 !== undefined && /^\d+$/.test(a0) && /^\d+$/.test(a1)) return { amount0: BigInt(a0), amount1: BigInt(a1) };
    }
  }
  return null;
}
