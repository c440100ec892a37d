/**
 * osmosis.concentratedliquidity.v1beta1 on osmosis-sim-1: position messages (with their
 * ValidateBasic checks as the msg server meets them) and the pool / position / liquidity queries.
 */
import * as Q from "../../../cosmos/proto/gen/osmosis/concentratedliquidity/v1beta1/query";
import * as T from "../../../cosmos/proto/gen/osmosis/concentratedliquidity/v1beta1/tx";
import * as PoolModel from "../../../cosmos/proto/gen/osmosis/concentratedliquidity/poolmodel/concentrated/v1beta1/tx";
import { createConcentratedPoolMsg, validateCreateConcentratedPool } from "./cl-create-pool";
import { Pool as ClPoolProto } from "../../../cosmos/proto/gen/osmosis/concentratedliquidity/v1beta1/pool";
import { CONCENTRATEDLIQUIDITY_QUERY } from "../../../cosmos/proto/gen/query-paths";
import { simChain } from "../../../chains/sim-chains";
import { isAddress } from "../../address";
import { QueryError } from "../../errors";
import type { MsgRoute, QueryRoute, SimModule } from "../../module";
import type { ChainState } from "../../state";
import { clAddToPosition, clCollectSpreadRewards, clCreatePosition, clWithdrawPosition, legacyDecText, loadClPool } from "./cl-keeper";
import { clErrors } from "./math/cl/cl-errors";
import type { ClPool } from "./math/cl/cl-pool-state";
import { claimableSpreadRewards } from "./math/cl/cl-spread-rewards";
import { plainError } from "./osmosis-errors";
import { osmosisStateOf } from "./pool-store";
import { clPoolProto, positionBreakdown } from "./pool-wire";
import { coinsIn, decIn, intIn } from "./wire-in";

const createPosition: MsgRoute<T.MsgCreatePosition> = {
  codec: T.MsgCreatePosition,
  signers: (m) => [m.sender],
  gas: 150_000,
  handle(ctx, m) {
    const r = clCreatePosition(ctx, m.poolId, m.sender, coinsIn(m.tokensProvided), intIn(m.tokenMinAmount0), intIn(m.tokenMinAmount1), m.lowerTick, m.upperTick);
    return T.MsgCreatePositionResponse.encode({
      positionId: r.positionId,
      amount0: r.amount0.toString(),
      amount1: r.amount1.toString(),
      liquidityCreated: r.liquidity.toString(),
      lowerTick: r.lowerTick,
      upperTick: r.upperTick,
    }).finish();
  },
};

const withdrawPosition: MsgRoute<T.MsgWithdrawPosition> = {
  codec: T.MsgWithdrawPosition,
  signers: (m) => [m.sender],
  gas: 120_000,
  handle(ctx, m) {
    const r = clWithdrawPosition(ctx, m.sender, m.positionId, decIn(m.liquidityAmount));
    return T.MsgWithdrawPositionResponse.encode({ amount0: r.amount0.toString(), amount1: r.amount1.toString() }).finish();
  },
};

const addToPosition: MsgRoute<T.MsgAddToPosition> = {
  codec: T.MsgAddToPosition,
  signers: (m) => [m.sender],
  gas: 200_000,
  handle(ctx, m) {
    const r = clAddToPosition(ctx, m.sender, m.positionId, intIn(m.amount0), intIn(m.amount1), intIn(m.tokenMinAmount0), intIn(m.tokenMinAmount1));
    return T.MsgAddToPositionResponse.encode({ positionId: r.positionId, amount0: r.amount0.toString(), amount1: r.amount1.toString() }).finish();
  },
};

const collectSpreadRewards: MsgRoute<T.MsgCollectSpreadRewards> = {
  codec: T.MsgCollectSpreadRewards,
  signers: (m) => [m.sender],
  gas: 60_000,
  handle(ctx, m) {
    const total = new Map<string, bigint>();
    for (const id of m.positionIds) {
      for (const c of clCollectSpreadRewards(ctx, m.sender, id)) total.set(c.denom, (total.get(c.denom) ?? 0n) + c.amount);
    }
    const coins = [...total].sort(([a], [b]) => (a < b ? -1 : 1)).map(([denom, amount]) => ({ denom, amount: amount.toString() }));
    ctx.emit("total_collect_spread_rewards", {
      module: "concentratedliquidity",
      sender: m.sender,
      tokens_out: coins.map((c) => `${c.amount}${c.denom}`).join(","),
    });
    return T.MsgCollectSpreadRewardsResponse.encode({ collectedSpreadRewards: coins }).finish();
  },
};

function internal<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof QueryError) throw e;
    throw new QueryError("Internal", (e as Error).message);
  }
}

function clPoolIds(chain: ChainState): bigint[] {
  return Object.keys(osmosisStateOf(chain).cl)
    .map(BigInt)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function positionOf(chain: ChainState, positionId: bigint) {
  const poolId = osmosisStateOf(chain).positionPool[String(positionId)];
  if (poolId === undefined) throw clErrors.positionNotFound(positionId);
  return loadClPool(chain, BigInt(poolId));
}

/** GetTickLiquidityForFullRange: cumulative liquidityNet between consecutive initialized ticks. */
export function liquidityPerTickRange(pool: ClPool): { liquidity: Q.LiquidityDepthWithRange[]; bucketIndex: bigint } {
  const ticks = [...pool.ticks.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (ticks.length === 0) throw clErrors.ranOutOfTicks(pool.id);
  const out: Q.LiquidityDepthWithRange[] = [];
  let total = pool.ticks.get(ticks[0])!.liquidityNet;
  let previous = ticks[0];
  let bucket = -1n;
  for (const t of ticks.slice(1)) {
    const inRange = pool.currentTick >= previous && pool.currentTick < t;
    if (bucket === -1n && inRange && pool.currentTickLiquidity === total) bucket = BigInt(out.length);
    out.push({ lowerTick: previous, upperTick: t, liquidityAmount: total.toString() });
    total += pool.ticks.get(t)!.liquidityNet;
    previous = t;
  }
  if (pool.currentTick >= previous && pool.currentTickLiquidity === 0n) bucket = BigInt(out.length);
  return { liquidity: out, bucketIndex: bucket };
}

const queries: Record<string, QueryRoute> = {
  [CONCENTRATEDLIQUIDITY_QUERY.pools]: ({ chain }) => {
    const prefix = simChain(chain.chainId).bech32Prefix;
    const pools = clPoolIds(chain).map((id) => {
      const { pool, lastLiquidityUpdateMs } = loadClPool(chain, id);
      return { typeUrl: "/osmosis.concentratedliquidity.v1beta1.Pool", value: encodeClPool(prefix, pool, lastLiquidityUpdateMs) };
    });
    return Q.PoolsResponse.encode({ pools, pagination: { nextKey: new Uint8Array(), total: BigInt(pools.length) } }).finish();
  },
  [CONCENTRATEDLIQUIDITY_QUERY.userPositions]: ({ chain }, bytes) => {
    const req = Q.UserPositionsRequest.decode(bytes);
    const prefix = simChain(chain.chainId).bech32Prefix;
    // sdk.AccAddressFromBech32's texts (the bech32 decoder's own detail is not reproduced).
    if (req.address.trim() === "") throw new QueryError("Internal", "empty address string is not allowed");
    if (!isAddress(req.address, prefix)) {
      const sep = req.address.lastIndexOf("1");
      const hrp = sep > 0 ? req.address.slice(0, sep) : "";
      throw new QueryError("Internal", hrp !== "" && hrp !== prefix ? `invalid Bech32 prefix; expected ${prefix}, got ${hrp}` : "decoding bech32 failed");
    }
    const st = osmosisStateOf(chain);
    const positions = Object.keys(st.positionPool)
      .map(BigInt)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .filter((id) => req.poolId === 0n || BigInt(st.positionPool[String(id)]) === req.poolId)
      .flatMap((id) => {
        const { pool, joinTimes } = loadClPool(chain, BigInt(st.positionPool[String(id)]));
        const pos = pool.positions.get(id);
        return pos && pos.owner === req.address ? [positionBreakdown(pool, id, joinTimes.get(id) ?? 0)] : [];
      });
    return Q.UserPositionsResponse.encode({ positions, pagination: { nextKey: new Uint8Array(), total: BigInt(positions.length) } }).finish();
  },
  [CONCENTRATEDLIQUIDITY_QUERY.positionById]: ({ chain }, bytes) => {
    const req = Q.PositionByIdRequest.decode(bytes);
    const position = internal(() => {
      const { pool, joinTimes } = positionOf(chain, req.positionId);
      return positionBreakdown(pool, req.positionId, joinTimes.get(req.positionId) ?? 0);
    });
    return Q.PositionByIdResponse.encode({ position }).finish();
  },
  [CONCENTRATEDLIQUIDITY_QUERY.claimableSpreadRewards]: ({ chain }, bytes) => {
    const req = Q.ClaimableSpreadRewardsRequest.decode(bytes);
    const coins = internal(() => {
      const { pool } = positionOf(chain, req.positionId);
      return [...claimableSpreadRewards(pool, pool.positions.get(req.positionId)!)]
        .filter(([, v]) => v > 0n)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([denom, amount]) => ({ denom, amount: amount.toString() }));
    });
    return Q.ClaimableSpreadRewardsResponse.encode({ claimableSpreadRewards: coins }).finish();
  },
  [CONCENTRATEDLIQUIDITY_QUERY.liquidityPerTickRange]: ({ chain }, bytes) => {
    const req = Q.LiquidityPerTickRangeRequest.decode(bytes);
    const r = (() => {
      try {
        return liquidityPerTickRange(loadClPool(chain, req.poolId).pool);
      } catch (e) {
        // The query returns the keeper's error as is: gRPC Unknown.
        throw new QueryError("Unknown", (e as Error).message);
      }
    })();
    return Q.LiquidityPerTickRangeResponse.encode(r).finish();
  },
  [CONCENTRATEDLIQUIDITY_QUERY.liquidityNetInDirection]: ({ chain }, bytes) => {
    const req = Q.LiquidityNetInDirectionRequest.decode(bytes);
    const r = internal(() => {
      const { pool } = loadClPool(chain, req.poolId);
      if (req.tokenIn !== pool.token0 && req.tokenIn !== pool.token1) throw clErrors.tokenInDenomNotInPool(req.tokenIn);
      const zeroForOne = req.tokenIn === pool.token0;
      const start = req.useCurTick ? pool.currentTick : req.startTick;
      const ticks = [...pool.ticks.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const inDirection = zeroForOne ? ticks.filter((t) => t <= start).reverse() : ticks.filter((t) => t > start);
      const bounded = req.useNoBound ? inDirection : inDirection.filter((t) => (zeroForOne ? t >= req.boundTick : t <= req.boundTick));
      // The initialized ticks a swap would cross, in its direction, with their liquidityNet as
      // stored. (The chain also validates the start and bound ticks against the price; not modelled.)
      return {
        liquidityDepths: bounded.map((t) => ({ tickIndex: t, liquidityNet: pool.ticks.get(t)!.liquidityNet.toString() })),
        currentTick: pool.currentTick,
        currentLiquidity: pool.currentTickLiquidity.toString(),
        currentSqrtPrice: pool.currentSqrtPrice.toString(),
      };
    });
    return Q.LiquidityNetInDirectionResponse.encode(r).finish();
  },
};

function encodeClPool(prefix: string, pool: ClPool, lastLiquidityUpdateMs: number): Uint8Array {
  return ClPoolProto.encode(clPoolProto(prefix, pool, lastLiquidityUpdateMs)).finish();
}

/** MsgCreatePosition / MsgWithdrawPosition / MsgCreateConcentratedPool ValidateBasic texts (types/msgs.go, model/msgs.go), for validate-basic. */
export function validateClMsg(typeUrl: string, value: any, validateCoins: (cs: { denom: string; amount: string }[]) => string | null): void {
  if (typeUrl === T.MsgCreatePosition.typeUrl) {
    const m = value as T.MsgCreatePosition;
    if (m.lowerTick >= m.upperTick) throw plainError(`Lower tick must be lesser than upper. Got lower: ${m.lowerTick}, upper: ${m.upperTick}`);
    const coins = coinsIn(m.tokensProvided);
    const text = coins.map((c) => `${c.amount}${c.denom}`).join(",");
    if (coins.length === 0) throw plainError(`Empty coins provided (${text})`);
    if (validateCoins(m.tokensProvided) !== null) throw plainError(`Invalid coins (${text})`);
    if (coins.length > 2) throw plainError(`coin length (${coins.length}) must be less than or equal to max length (2)`);
    for (const c of coins) if (c.amount <= 0n) throw plainError(`Required amount should be positive. Got: ${c.amount}`);
    for (const min of [intIn(m.tokenMinAmount0), intIn(m.tokenMinAmount1)]) {
      if (min < 0n) throw plainError(`Required amount should be positive. Got: ${min}`);
    }
  } else if (typeUrl === PoolModel.MsgCreateConcentratedPool.typeUrl) {
    validateCreateConcentratedPool(value as PoolModel.MsgCreateConcentratedPool);
  } else if (typeUrl === T.MsgWithdrawPosition.typeUrl) {
    const liq = decIn((value as T.MsgWithdrawPosition).liquidityAmount);
    if (liq <= 0n) throw plainError(`Required amount should be positive. Got: ${legacyDecText(liq)}`);
  }
}

export const concentratedLiquidityModule: SimModule = {
  name: "concentratedliquidity",
  msgs: {
    [T.MsgCreatePosition.typeUrl]: createPosition,
    [T.MsgWithdrawPosition.typeUrl]: withdrawPosition,
    [T.MsgAddToPosition.typeUrl]: addToPosition,
    [T.MsgCollectSpreadRewards.typeUrl]: collectSpreadRewards,
    [PoolModel.MsgCreateConcentratedPool.typeUrl]: createConcentratedPoolMsg,
  },
  queries,
};
