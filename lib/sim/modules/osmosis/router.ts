/**
 * x/poolmanager's router (router.go, taker_fee.go): pool-type-agnostic swaps over multi-hop routes.
 *
 * Exact in: per hop the taker fee is taken off the input first (CalcTakerFeeExactIn: the rest is
 * (1 − fee)·in truncated, the fee is the difference) and sent to the taker-fee collector, then the
 * pool swaps what is left; every hop but the last asks for at least 1 out, the last for
 * token_out_min_amount. Exact out: the inputs every hop needs are computed backwards, each grossed
 * up by the taker fee (CalcTakerFeeExactOut: in/(1 − fee) rounded up), then the swaps run forwards,
 * the first hop bounded by token_in_max_amount before its taker fee (as on chain).
 */
import type { Ctx } from "../../ctx";
import type { SimCoin } from "../../coins";
import { moduleAddress } from "../../address";
import { sendCoins } from "../bank";
import type { ChainState } from "../../state";
import { clSwapIn, clSwapOut, loadClPool } from "./cl-keeper";
import { balancerSwapIn, balancerSwapOut } from "./gamm-keeper";
import {
  calcInAmtGivenOut,
  calcOutAmtGivenIn,
  calculateSpotPrice,
} from "./math/balancer/balancer-swap";
import { clErrors, ClError } from "./math/cl/cl-errors";
import { swapExactAmountIn, swapExactAmountOut } from "./math/cl/cl-swap";
import {
  MAX_SPOT_PRICE_BIG_DEC,
  MIN_SPOT_PRICE_BIG_DEC,
  MIN_SPOT_PRICE_V2,
  MAX_SPOT_PRICE,
} from "./math/cl/cl-constants";
import {
  BIG_DEC_ONE,
  bigDecFromDec,
  bigDecFromInt,
  bigDecMul,
  bigDecPowerInteger,
  bigDecQuo,
  bigDecToDec,
  type BigDec,
} from "./math/osmomath/big-dec";
import {
  DEC_ONE,
  decCeilInt,
  decQuoChain,
  dec,
  decTruncateInt,
  type Dec,
} from "./math/osmomath/legacy-dec";
import {
  osmosisError,
  plainError,
  recoverAs,
  toSdkError,
} from "./osmosis-errors";
import {
  osmosisStateFor,
  osmosisStateOf,
  type OsmosisState,
  type PoolType,
} from "./pool-store";
import { poolForDenomPair } from "./protorev";

export interface InRoute {
  poolId: bigint;
  tokenOutDenom: string;
}
export interface OutRoute {
  poolId: bigint;
  tokenInDenom: string;
}

/** txfees TakerFeeCollectorName. */
export const takerFeeCollector = (prefix: string) =>
  moduleAddress(prefix, "taker_fee_collector");

/** types/coin.go DefaultCoinDenomRegex, as sdk.ValidateDenom applies it. */
const DENOM = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;

export function validateInRoutes(routes: ReadonlyArray<InRoute>): void {
  if (routes.length === 0) throw plainError("provided empty routes");
  for (const r of routes)
    if (!DENOM.test(r.tokenOutDenom))
      throw plainError(`invalid denom: ${r.tokenOutDenom}`);
}

export function validateOutRoutes(routes: ReadonlyArray<OutRoute>): void {
  if (routes.length === 0) throw plainError("provided empty routes");
  for (const r of routes)
    if (!DENOM.test(r.tokenInDenom))
      throw plainError(`invalid denom: ${r.tokenInDenom}`);
}

export function poolTypeOf(st: OsmosisState, poolId: bigint): PoolType {
  const t = st.poolTypes[String(poolId)];
  if (!t) throw plainError(`failed to find route for pool id (${poolId})`);
  return t;
}

export function spreadFactorOf(chain: ChainState, poolId: bigint): Dec {
  const st = osmosisStateOf(chain);
  return poolTypeOf(st, poolId) === "balancer"
    ? st.balancer[String(poolId)].pool.spreadFactor
    : st.cl[String(poolId)].spreadFactor;
}

/** GetTradingPairTakerFee: no per-pair overrides in this world, so the default. */
export function takerFeeFor(chain: ChainState): Dec {
  return osmosisStateOf(chain).defaultTakerFee;
}

export function calcTakerFeeExactIn(
  amount: bigint,
  takerFee: Dec
): { after: bigint; fee: bigint } {
  const after = decTruncateInt((DEC_ONE - takerFee) * amount);
  return { after, fee: amount - after };
}

export function calcTakerFeeExactOut(
  amount: bigint,
  takerFee: Dec
): { after: bigint; fee: bigint } {
  const after = decCeilInt(decQuoChain(dec(amount), DEC_ONE - takerFee));
  return { after, fee: after - amount };
}

function chargeTakerFee(
  ctx: Ctx,
  sender: string,
  denom: string,
  fee: bigint
): void {
  if (fee > 0n)
    sendCoins(ctx, sender, takerFeeCollector(ctx.cfg.bech32Prefix), [
      { denom, amount: fee },
    ]);
}

/** The staking bond denom of Osmosis, which trackVolume counts volume in. */
export const OSMO = "uosmo";

/**
 * trackVolume (router.go): volume is kept in OSMO only. OSMO itself counts as is; any other denom
 * is priced through protorev's highest-liquidity OSMO pool for it (SpotPrice of the denom in OSMO,
 * BigDec) and truncated to an integer. No such pool, or no spot price: nothing is recorded (the
 * chain fails quietly so swaps never halt on it). The amount is the token in before the taker
 * fee for exact in, the pool's input without the fee for exact out — as the keeper passes them.
 */
function trackVolume(ctx: Ctx, poolId: bigint, coin: SimCoin): void {
  let osmo: bigint;
  if (coin.denom === OSMO) osmo = coin.amount;
  else {
    try {
      const pricePool = poolForDenomPair(ctx.chain, OSMO, coin.denom);
      const osmoPerToken = routeSpotPrice(ctx.chain, pricePool, OSMO, coin.denom);
      osmo = decTruncateInt(bigDecToDec(bigDecMul(bigDecFromInt(coin.amount), osmoPerToken)));
    } catch {
      return;
    }
  }
  const vols = ctx.sub(osmosisStateFor(ctx).volumes, String(poolId));
  ctx.set(vols, OSMO, (vols[OSMO] ?? 0n) + osmo);
}

/** Keeper.RouteExactAmountIn (MsgSwapExactAmountIn). */
export function routeExactAmountIn(
  ctx: Ctx,
  sender: string,
  routes: ReadonlyArray<InRoute>,
  tokenIn: SimCoin,
  tokenOutMinAmount: bigint,
  /** RouteExactAmountInNoTakerFee: txfees swapping the collected taker fees pays none. */
  opts: { noTakerFee?: boolean } = {}
): bigint {
  return osmosisError(() => {
    validateInRoutes(routes);
    let current = tokenIn;
    let out = 0n;
    routes.forEach((step, i) => {
      const minOut = i === routes.length - 1 ? tokenOutMinAmount : 1n;
      const type = poolTypeOf(osmosisStateFor(ctx), step.poolId);
      const { after, fee } = opts.noTakerFee
        ? { after: current.amount, fee: 0n }
        : calcTakerFeeExactIn(current.amount, takerFeeFor(ctx.chain));
      chargeTakerFee(ctx, sender, current.denom, fee);
      const inAfterFee = { denom: current.denom, amount: after };
      out =
        type === "balancer"
          ? balancerSwapIn(
              ctx,
              sender,
              step.poolId,
              inAfterFee,
              step.tokenOutDenom,
              minOut,
              spreadFactorOf(ctx.chain, step.poolId)
            )
          : clSwapIn(
              ctx,
              sender,
              step.poolId,
              inAfterFee,
              step.tokenOutDenom,
              minOut
            );
      trackVolume(ctx, step.poolId, current);
      current = { denom: step.tokenOutDenom, amount: out };
    });
    return out;
  });
}

/** Keeper.RouteExactAmountOut (MsgSwapExactAmountOut). */
export function routeExactAmountOut(
  ctx: Ctx,
  sender: string,
  routes: ReadonlyArray<OutRoute>,
  tokenInMaxAmount: bigint,
  tokenOut: SimCoin
): bigint {
  return osmosisError(() => {
    validateOutRoutes(routes);
    const insExpected = recoverAs("RouteExactAmountOut", () =>
      multihopExpectedIns(ctx.chain, routes, tokenOut)
    );
    insExpected[0] = tokenInMaxAmount;
    let tokenInAmount = 0n;
    routes.forEach((step, i) => {
      const stepOut =
        i !== routes.length - 1
          ? { denom: routes[i + 1].tokenInDenom, amount: insExpected[i + 1] }
          : tokenOut;
      const type = poolTypeOf(osmosisStateFor(ctx), step.poolId);
      const spent =
        type === "balancer"
          ? balancerSwapOut(
              ctx,
              sender,
              step.poolId,
              step.tokenInDenom,
              insExpected[i],
              stepOut,
              spreadFactorOf(ctx.chain, step.poolId)
            )
          : clSwapOut(
              ctx,
              sender,
              step.poolId,
              step.tokenInDenom,
              insExpected[i],
              stepOut
            );
      const { after, fee } = calcTakerFeeExactOut(
        spent,
        takerFeeFor(ctx.chain)
      );
      chargeTakerFee(ctx, sender, step.tokenInDenom, fee);
      trackVolume(ctx, step.poolId, {
        denom: step.tokenInDenom,
        amount: spent,
      });
      if (i === 0) tokenInAmount = after;
    });
    return tokenInAmount;
  });
}

/** The pool module's CalcOutAmtGivenIn: no state change. */
function calcOut(
  chain: ChainState,
  poolId: bigint,
  tokenIn: SimCoin,
  tokenOutDenom: string
): bigint {
  const st = osmosisStateOf(chain);
  if (poolTypeOf(st, poolId) === "balancer") {
    const pool = st.balancer[String(poolId)].pool;
    if (tokenIn.denom === tokenOutDenom)
      throw plainError("cannot trade same denomination in and out");
    return calcOutAmtGivenIn(pool, tokenIn, tokenOutDenom, pool.spreadFactor);
  }
  try {
    return swapExactAmountIn(
      loadClPool(chain, poolId).pool,
      tokenIn,
      tokenOutDenom,
      0n
    ).tokenOut.amount;
  } catch (e) {
    if (e instanceof ClError && e.kind === "InvalidAmountCalculatedError")
      return 0n;
    throw e;
  }
}

/** The pool module's CalcInAmtGivenOut: no state change. */
function calcIn(
  chain: ChainState,
  poolId: bigint,
  tokenOut: SimCoin,
  tokenInDenom: string
): bigint {
  const st = osmosisStateOf(chain);
  if (poolTypeOf(st, poolId) === "balancer") {
    const pool = st.balancer[String(poolId)].pool;
    return calcInAmtGivenOut(pool, tokenOut, tokenInDenom, pool.spreadFactor);
  }
  return swapExactAmountOut(
    loadClPool(chain, poolId).pool,
    tokenInDenom,
    2n ** 255n,
    tokenOut
  ).tokenIn.amount;
}

/** createMultihopExpectedSwapOuts: each hop's input (taker fee included), last hop first. */
function multihopExpectedIns(
  chain: ChainState,
  routes: ReadonlyArray<OutRoute>,
  tokenOut: SimCoin
): bigint[] {
  const ins: bigint[] = new Array(routes.length).fill(0n);
  let out = tokenOut;
  for (let i = routes.length - 1; i >= 0; i--) {
    const step = routes[i];
    const needed = calcIn(chain, step.poolId, out, step.tokenInDenom);
    const { after } = calcTakerFeeExactOut(needed, takerFeeFor(chain));
    ins[i] = after;
    out = { denom: step.tokenInDenom, amount: after };
  }
  return ins;
}

/** MultihopEstimateOutGivenExactAmountIn (EstimateSwapExactAmountIn). */
export function estimateOutGivenIn(
  chain: ChainState,
  routes: ReadonlyArray<InRoute>,
  tokenIn: SimCoin
): bigint {
  try {
    validateInRoutes(routes);
    let current = tokenIn;
    let out = 0n;
    // multihopEstimateOutGivenExactAmountInInternal's recover names the exported function.
    return recoverAs("MultihopEstimateOutGivenExactAmountIn", () => {
      for (const step of routes) {
        const { after } = calcTakerFeeExactIn(
          current.amount,
          takerFeeFor(chain)
        );
        out = calcOut(
          chain,
          step.poolId,
          { denom: current.denom, amount: after },
          step.tokenOutDenom
        );
        if (out <= 0n) throw plainError("token amount must be positive");
        current = { denom: step.tokenOutDenom, amount: out };
      }
      return out;
    });
  } catch (e) {
    throw toSdkError(e);
  }
}

/** MultihopEstimateInGivenExactAmountOut (EstimateSwapExactAmountOut). */
export function estimateInGivenOut(
  chain: ChainState,
  routes: ReadonlyArray<OutRoute>,
  tokenOut: SimCoin
): bigint {
  try {
    validateOutRoutes(routes);
    return recoverAs(
      "MultihopEstimateInGivenExactAmountOut",
      () => multihopExpectedIns(chain, routes, tokenOut)[0]
    );
  } catch (e) {
    throw toSdkError(e);
  }
}

/** RouteCalculateSpotPrice: the price of one base in quote, as the SpotPrice query answers it. */
export function routeSpotPrice(
  chain: ChainState,
  poolId: bigint,
  quoteDenom: string,
  baseDenom: string
): BigDec {
  try {
    const st = osmosisStateOf(chain);
    if (poolTypeOf(st, poolId) === "balancer")
      return calculateSpotPrice(
        st.balancer[String(poolId)].pool,
        quoteDenom,
        baseDenom
      );
    const { pool } = loadClPool(chain, poolId);
    if (pool.positions.size === 0)
      throw clErrors.noSpotPriceWhenNoLiquidity(poolId);
    if (baseDenom !== pool.token0 && baseDenom !== pool.token1) {
      throw plainError(
        `base asset denom (${baseDenom}) is not in pool with (${pool.token0}, ${pool.token1}) pair`
      );
    }
    if (quoteDenom !== pool.token0 && quoteDenom !== pool.token1) {
      throw plainError(
        `quote asset denom (${quoteDenom}) is not in pool with (${pool.token0}, ${pool.token1}) pair`
      );
    }
    const squared = bigDecPowerInteger(pool.currentSqrtPrice, 2n);
    // Pool.SpotPrice goes through Dec (truncated) for backwards compatibility.
    const price = bigDecFromDec(
      bigDecToDec(
        baseDenom === pool.token0 ? squared : bigDecQuo(BIG_DEC_ONE, squared)
      )
    );
    if (price === 0n)
      throw clErrors.priceBound(price, MIN_SPOT_PRICE_V2, MAX_SPOT_PRICE);
    if (price > MAX_SPOT_PRICE_BIG_DEC || price < MIN_SPOT_PRICE_BIG_DEC)
      throw clErrors.priceBound(price, MIN_SPOT_PRICE_BIG_DEC, MAX_SPOT_PRICE);
    return price;
  } catch (e) {
    throw toSdkError(e);
  }
}
