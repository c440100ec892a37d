/**
 * osmosis.gamm.v1beta1 on osmosis-sim-1: MsgJoinPool / MsgExitPool for balancer pools and the
 * share-calculation queries (CalcJoinPoolShares, CalcJoinPoolNoSwapShares,
 * CalcExitPoolCoinsFromShares), PoolParams and TotalShares.
 */
import * as Q from "../../../cosmos/proto/gen/osmosis/gamm/v1beta1/query";
import * as T from "../../../cosmos/proto/gen/osmosis/gamm/v1beta1/tx";
import { PoolParams } from "../../../cosmos/proto/gen/osmosis/gamm/v1beta1/balancerPool";
import { GAMM_QUERY } from "../../../cosmos/proto/gen/query-paths";
import { QueryError, SdkError, sdk } from "../../errors";
import type { MsgRoute, QueryRoute, SimModule } from "../../module";
import type { ChainState } from "../../state";
import { exitBalancerPool, joinPoolNoSwap, poolShareDenom } from "./gamm-keeper";
import { calcExitPool } from "./math/balancer/balancer-exit";
import { calcJoinPoolNoSwapShares, calcJoinPoolShares } from "./math/balancer/balancer-join";
import { sortCoins, type BalancerPool } from "./math/balancer/balancer-pool";
import { toSdkError } from "./osmosis-errors";
import { osmosisStateOf } from "./pool-store";
import { coinsIn, intIn } from "./wire-in";
import { poolAny } from "./pool-wire";
import { poolTypeOf } from "./router";

const toProto = (cs: { denom: string; amount: bigint }[]) => sortCoins(cs).map((c) => ({ denom: c.denom, amount: c.amount.toString() }));

const joinPool: MsgRoute<T.MsgJoinPool> = {
  codec: T.MsgJoinPool,
  signers: (m) => [m.sender],
  gas: 100_000,
  handle(ctx, m) {
    const r = joinPoolNoSwap(ctx, m.sender, m.poolId, intIn(m.shareOutAmount), coinsIn(m.tokenInMaxs));
    return T.MsgJoinPoolResponse.encode({ shareOutAmount: r.sharesOut.toString(), tokenIn: toProto(r.tokenIn) }).finish();
  },
};

const exitPool: MsgRoute<T.MsgExitPool> = {
  codec: T.MsgExitPool,
  signers: (m) => [m.sender],
  gas: 100_000,
  handle(ctx, m) {
    const out = exitBalancerPool(ctx, m.sender, m.poolId, intIn(m.shareInAmount), coinsIn(m.tokenOutMins));
    return T.MsgExitPoolResponse.encode({ tokenOut: toProto(out) }).finish();
  },
};

/** x/gamm's query server answers keeper errors as gRPC Internal. */
function balancerFor(chain: ChainState, poolId: bigint): BalancerPool {
  const stored = osmosisStateOf(chain).balancer[String(poolId)];
  if (!stored) throw new QueryError("Internal", `pool with ID ${poolId} does not exist`);
  return stored.pool;
}

function internal<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof QueryError) throw e;
    throw new QueryError("Internal", (toSdkError(e) as Error).message);
  }
}

const queries: Record<string, QueryRoute> = {
  [GAMM_QUERY.calcJoinPoolShares]: ({ chain }, bytes) => {
    const req = Q.QueryCalcJoinPoolSharesRequest.decode(bytes);
    const pool = balancerFor(chain, req.poolId);
    const r = internal(() => calcJoinPoolShares(pool, coinsIn(req.tokensIn)));
    return Q.QueryCalcJoinPoolSharesResponse.encode({ shareOutAmount: r.numShares.toString(), tokensOut: toProto(r.tokensJoined) }).finish();
  },
  [GAMM_QUERY.calcJoinPoolNoSwapShares]: ({ chain }, bytes) => {
    const req = Q.QueryCalcJoinPoolNoSwapSharesRequest.decode(bytes);
    const pool = balancerFor(chain, req.poolId);
    const r = internal(() => calcJoinPoolNoSwapShares(pool, coinsIn(req.tokensIn)));
    return Q.QueryCalcJoinPoolNoSwapSharesResponse.encode({ tokensOut: toProto(r.tokensJoined), sharesOut: r.numShares.toString() }).finish();
  },
  [GAMM_QUERY.calcExitPoolCoinsFromShares]: ({ chain }, bytes) => {
    const req = Q.QueryCalcExitPoolCoinsFromSharesRequest.decode(bytes);
    const pool = balancerFor(chain, req.poolId);
    const out = internal(() => calcExitPool(pool, intIn(req.shareInAmount), pool.exitFee));
    return Q.QueryCalcExitPoolCoinsFromSharesResponse.encode({ tokensOut: toProto(out) }).finish();
  },
  [GAMM_QUERY.poolParams]: ({ chain }, bytes) => {
    const req = Q.QueryPoolParamsRequest.decode(bytes);
    const pool = balancerFor(chain, req.poolId);
    const params = PoolParams.encode({ swapFee: pool.spreadFactor.toString(), exitFee: pool.exitFee.toString() }).finish();
    return Q.QueryPoolParamsResponse.encode({ params: { typeUrl: PoolParams.typeUrl, value: params } }).finish();
  },
  [GAMM_QUERY.totalShares]: ({ chain }, bytes) => {
    const req = Q.QueryTotalSharesRequest.decode(bytes);
    const pool = balancerFor(chain, req.poolId);
    return Q.QueryTotalSharesResponse.encode({ totalShares: { denom: poolShareDenom(req.poolId), amount: pool.totalShares.toString() } }).finish();
  },
  // Deprecated on chain; v31's Querier.Pool asks the pool manager's GetPool, so any pool type answers.
  [GAMM_QUERY.pool]: ({ chain }, bytes) => {
    const req = Q.QueryPoolRequest.decode(bytes);
    const pool = internal(() => {
      poolTypeOf(osmosisStateOf(chain), req.poolId);
      return poolAny(chain, req.poolId);
    });
    return Q.QueryPoolResponse.encode({ pool }).finish();
  },
};

/** MsgJoinPool / MsgExitPool ValidateBasic (x/gamm/types/msgs.go), for validate-basic. */
export function validateGammMsg(typeUrl: string, value: any, validateCoins: (cs: { denom: string; amount: string }[]) => string | null): void {
  const join = typeUrl === T.MsgJoinPool.typeUrl;
  if (!join && typeUrl !== T.MsgExitPool.typeUrl) return;
  const shares = intIn(join ? value.shareOutAmount : value.shareInAmount);
  if (shares <= 0n) throw new SdkError("gamm", 30, `${shares}: required amount should be positive`);
  const coins: { denom: string; amount: string }[] = join ? value.tokenInMaxs : value.tokenOutMins;
  if (validateCoins(coins) !== null) throw sdk.invalidCoins(coins.map((c) => `${c.amount}${c.denom}`).join(","));
}

export const gammModule: SimModule = {
  name: "gamm",
  msgs: {
    [T.MsgJoinPool.typeUrl]: joinPool,
    [T.MsgExitPool.typeUrl]: exitPool,
  },
  queries,
};
