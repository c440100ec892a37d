/**
 * osmosis.poolmanager.v1beta1 on osmosis-sim-1: the swap messages (routed to the pool's module by
 * the router) and the queries (Params with the taker fee, estimates, pools, spot price, liquidity,
 * volume), with the gRPC status texts of x/poolmanager/client.
 */
import * as Q from "../../../cosmos/proto/gen/osmosis/poolmanager/v1beta1/query";
import * as T from "../../../cosmos/proto/gen/osmosis/poolmanager/v1beta1/tx";
import { POOLMANAGER_QUERY } from "../../../cosmos/proto/gen/query-paths";
import { bigDecToDec } from "./math/osmomath/big-dec";
import { QueryError } from "../../errors";
import type { MsgRoute, QueryRoute, SimModule } from "../../module";
import type { ChainState } from "../../state";
import { legacyDecText } from "./cl-keeper";
import { allPoolIds, poolAny } from "./pool-wire";
import { osmosisStateOf } from "./pool-store";
import { poolLiquidity } from "./pool-liquidity";
import { estimateInGivenOut, estimateOutGivenIn, poolTypeOf, routeExactAmountIn, routeExactAmountOut, routeSpotPrice, takerFeeFor } from "./router";
import { intIn, coinIn } from "./wire-in";
import { POOL_CREATION_FEE } from "./cl-create-pool";
import { TAKER_FEE_PARAMS, type TakerFeeDistribution } from "./txfees";

const SWAP_GAS = 120_000;

const swapIn: MsgRoute<T.MsgSwapExactAmountIn> = {
  codec: T.MsgSwapExactAmountIn,
  signers: (m) => [m.sender],
  gas: SWAP_GAS,
  handle(ctx, m) {
    const out = routeExactAmountIn(
      ctx,
      m.sender,
      m.routes.map((r) => ({ poolId: r.poolId, tokenOutDenom: r.tokenOutDenom })),
      coinIn(m.tokenIn),
      intIn(m.tokenOutMinAmount),
    );
    return T.MsgSwapExactAmountInResponse.encode({ tokenOutAmount: out.toString() }).finish();
  },
};

const swapOut: MsgRoute<T.MsgSwapExactAmountOut> = {
  codec: T.MsgSwapExactAmountOut,
  signers: (m) => [m.sender],
  gas: SWAP_GAS,
  handle(ctx, m) {
    const spent = routeExactAmountOut(
      ctx,
      m.sender,
      m.routes.map((r) => ({ poolId: r.poolId, tokenInDenom: r.tokenInDenom })),
      intIn(m.tokenInMaxAmount),
      coinIn(m.tokenOut),
    );
    return T.MsgSwapExactAmountOutResponse.encode({ tokenInAmount: spent.toString() }).finish();
  },
};

/** sdk.ParseCoinNormalized for the estimate queries' "1000denom" strings (whole amounts). */
export function parseCoinQuery(s: string): { denom: string; amount: bigint } {
  if (s === "") throw new QueryError("InvalidArgument", "invalid token");
  const m = /^([0-9]+)(?:\.0*)?\s*([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(s.trim());
  if (!m) throw new QueryError("InvalidArgument", `invalid token: invalid decimal coin expression: ${s}`);
  return { denom: m[2], amount: BigInt(m[1]) };
}

/** Keeper errors surface as gRPC Internal with the error's text. */
function internal<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof QueryError) throw e;
    throw new QueryError("Internal", (e as Error).message);
  }
}

function poolOrRefuse(chain: ChainState, poolId: bigint) {
  return internal(() => {
    poolTypeOf(osmosisStateOf(chain), poolId);
    return poolAny(chain, poolId);
  });
}

/** LegacyDec fields as the wire carries them (raw 18-digit integers). */
const distWire = (d: TakerFeeDistribution) => ({ stakingRewards: d.stakingRewards.toString(), communityPool: d.communityPool.toString(), burn: d.burn.toString() });

const queries: Record<string, QueryRoute> = {
  [POOLMANAGER_QUERY.params]: ({ chain }) =>
    Q.ParamsResponse.encode({
      params: {
        poolCreationFee: POOL_CREATION_FEE.map((c) => ({ denom: c.denom, amount: c.amount.toString() })),
        takerFeeParams: {
          defaultTakerFee: takerFeeFor(chain).toString(),
          osmoTakerFeeDistribution: distWire(TAKER_FEE_PARAMS.osmo),
          nonOsmoTakerFeeDistribution: distWire(TAKER_FEE_PARAMS.nonOsmo),
          adminAddresses: [],
          communityPoolDenomToSwapNonWhitelistedAssetsTo: TAKER_FEE_PARAMS.communityPoolDenomToSwapTo,
          reducedFeeWhitelist: [],
          communityPoolDenomWhitelist: TAKER_FEE_PARAMS.communityPoolDenomWhitelist,
          dailyStakingRewardsSmoothingFactor: TAKER_FEE_PARAMS.dailyStakingRewardsSmoothingFactor,
        },
        // DefaultParams' list (OSMO, ATOM, DAI, USDC); v31 no longer enforces it (cl-create-pool.ts).
        authorizedQuoteDenoms: [
          "uosmo",
          "ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2",
          "ibc/0CD3A0285E1341859B5E86B6AB7682F023D03E97607CCC1DC95706411D866DF7",
          "ibc/D189335C6E4A68B513C10AB227BF1C1D38C746766278BA3EEB4FB14124F1D858",
        ],
      },
    }).finish(),
  [POOLMANAGER_QUERY.estimateSwapExactAmountIn]: ({ chain }, bytes) => {
    const req = Q.EstimateSwapExactAmountInRequest.decode(bytes);
    const tokenIn = parseCoinQuery(req.tokenIn);
    const out = internal(() => estimateOutGivenIn(chain, req.routes, tokenIn));
    return Q.EstimateSwapExactAmountInResponse.encode({ tokenOutAmount: out.toString() }).finish();
  },
  [POOLMANAGER_QUERY.estimateSinglePoolSwapExactAmountIn]: ({ chain }, bytes) => {
    const req = Q.EstimateSinglePoolSwapExactAmountInRequest.decode(bytes);
    const tokenIn = parseCoinQuery(req.tokenIn);
    const out = internal(() => estimateOutGivenIn(chain, [{ poolId: req.poolId, tokenOutDenom: req.tokenOutDenom }], tokenIn));
    return Q.EstimateSwapExactAmountInResponse.encode({ tokenOutAmount: out.toString() }).finish();
  },
  [POOLMANAGER_QUERY.estimateSwapExactAmountOut]: ({ chain }, bytes) => {
    const req = Q.EstimateSwapExactAmountOutRequest.decode(bytes);
    if (req.tokenOut === "") throw new QueryError("InvalidArgument", "invalid token");
    if (req.routes.length === 0) throw new QueryError("Internal", "provided empty routes");
    const tokenOut = parseCoinQuery(req.tokenOut);
    const spent = internal(() => estimateInGivenOut(chain, req.routes, tokenOut));
    return Q.EstimateSwapExactAmountOutResponse.encode({ tokenInAmount: spent.toString() }).finish();
  },
  [POOLMANAGER_QUERY.estimateSinglePoolSwapExactAmountOut]: ({ chain }, bytes) => {
    const req = Q.EstimateSinglePoolSwapExactAmountOutRequest.decode(bytes);
    const tokenOut = parseCoinQuery(req.tokenOut);
    const spent = internal(() => estimateInGivenOut(chain, [{ poolId: req.poolId, tokenInDenom: req.tokenInDenom }], tokenOut));
    return Q.EstimateSwapExactAmountOutResponse.encode({ tokenInAmount: spent.toString() }).finish();
  },
  // GetNextPoolId − 1, as on chain: the ids below the simulated pools count although unpopulated.
  [POOLMANAGER_QUERY.numPools]: ({ chain }) => Q.NumPoolsResponse.encode({ numPools: BigInt(osmosisStateOf(chain).nextPoolId - 1) }).finish(),
  [POOLMANAGER_QUERY.pool]: ({ chain }, bytes) => {
    const req = Q.PoolRequest.decode(bytes);
    return Q.PoolResponse.encode({ pool: poolOrRefuse(chain, req.poolId) }).finish();
  },
  [POOLMANAGER_QUERY.allPools]: ({ chain }) => Q.AllPoolsResponse.encode({ pools: allPoolIds(chain).map((id) => poolAny(chain, id)) }).finish(),
  [POOLMANAGER_QUERY.spotPrice]: ({ chain }, bytes) => {
    const req = Q.SpotPriceRequest.decode(bytes);
    if (req.baseAssetDenom === "") throw new QueryError("InvalidArgument", "invalid base asset denom");
    if (req.quoteAssetDenom === "") throw new QueryError("InvalidArgument", "invalid quote asset denom");
    const price = internal(() => routeSpotPrice(chain, req.poolId, req.quoteAssetDenom, req.baseAssetDenom));
    // sp.Dec().String(): the BigDec truncated to 18 decimals, written as a decimal.
    return Q.SpotPriceResponse.encode({ spotPrice: legacyDecText(bigDecToDec(price)) }).finish();
  },
  [POOLMANAGER_QUERY.totalPoolLiquidity]: ({ chain }, bytes) => {
    const req = Q.TotalPoolLiquidityRequest.decode(bytes);
    const liquidity = internal(() => poolLiquidity(chain, req.poolId)).map((c) => ({ denom: c.denom, amount: c.amount.toString() }));
    return Q.TotalPoolLiquidityResponse.encode({ liquidity }).finish();
  },
  [POOLMANAGER_QUERY.totalVolumeForPool]: ({ chain }, bytes) => {
    const req = Q.TotalVolumeForPoolRequest.decode(bytes);
    const vols = osmosisStateOf(chain).volumes[String(req.poolId)] ?? {};
    const volume = Object.keys(vols)
      .sort()
      .map((denom) => ({ denom, amount: vols[denom].toString() }));
    return Q.TotalVolumeForPoolResponse.encode({ volume }).finish();
  },
  [POOLMANAGER_QUERY.tradingPairTakerFee]: ({ chain }) => Q.TradingPairTakerFeeResponse.encode({ takerFee: takerFeeFor(chain).toString() }).finish(),
};

export const poolmanagerModule: SimModule = {
  name: "poolmanager",
  msgs: {
    [T.MsgSwapExactAmountIn.typeUrl]: swapIn,
    [T.MsgSwapExactAmountOut.typeUrl]: swapOut,
  },
  queries,
};
