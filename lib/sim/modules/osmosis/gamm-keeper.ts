/**
 * x/gamm's keeper for balancer pools on osmosis-sim-1 (keeper/pool_service.go, keeper/swap.go,
 * keeper/share.go): join without swap, exit, swaps, with bank moves and share minting as the
 * chain does them. The maths is ./math/balancer; this file moves tokens and writes state.
 */
import type { Ctx } from "../../ctx";
import type { SimCoin } from "../../coins";
import { coinsString } from "../../coins";
import { burnCoins, mintCoins, sendCoins } from "../bank";
import { GammError, gammErrors } from "./math/balancer/balancer-errors";
import { exitPool } from "./math/balancer/balancer-exit";
import { calcJoinPoolNoSwapShares, maximalNoSwapLpAmount } from "./math/balancer/balancer-join";
import { sortCoins, type BalancerPool, type Coins } from "./math/balancer/balancer-pool";
import { balancerSwapExactAmountIn, balancerSwapExactAmountOut } from "./math/balancer/balancer-swap";
import type { Dec } from "./math/osmomath/legacy-dec";
import { osmosisStateFor, poolAddress } from "./pool-store";
import { emitSwap, osmosisError, plainError, recoverAs } from "./osmosis-errors";

/** types.GetPoolShareDenom. */
export const poolShareDenom = (poolId: bigint | number) => `gamm/pool/${poolId}`;

export function balancerPoolOf(ctx: Ctx, poolId: bigint): BalancerPool {
  const stored = osmosisStateFor(ctx).balancer[String(poolId)];
  if (!stored) throw plainError(`pool with ID ${poolId} does not exist`);
  return stored.pool;
}

function savePool(ctx: Ctx, pool: BalancerPool): void {
  const st = osmosisStateFor(ctx);
  const key = String(pool.id);
  ctx.set(st.balancer, key, { ...st.balancer[key], pool });
}

const simCoins = (c: Coins): SimCoin[] => sortCoins(c).map((x) => ({ denom: x.denom, amount: x.amount }));

/** sdk.Coins.DenomsSubsetOf. */
const denomsSubsetOf = (a: Coins, b: Coins) => a.every((x) => b.some((y) => y.denom === x.denom));

/** Keeper.JoinPoolNoSwap (MsgJoinPool): the pool's ratio for `shareOutAmount`, bounded by `tokenInMaxs`. */
export function joinPoolNoSwap(ctx: Ctx, sender: string, poolId: bigint, shareOutAmount: bigint, tokenInMaxs: Coins): { tokenIn: Coins; sharesOut: bigint } {
  return osmosisError(() => {
    const pool = balancerPoolOf(ctx, poolId);
    const needed = recoverAs("JoinPoolNoSwap", () => maximalNoSwapLpAmount(pool, shareOutAmount));
    const maxs = sortCoins(tokenInMaxs);
    if (maxs.length !== 0) {
      if (!denomsSubsetOf(needed, maxs)) {
        throw gammErrors.limitMaxAmount(
          `TokenInMaxs does not include all the tokens that are part of the target pool, upperbound: ${coinsString(maxs)}, needed ${coinsString(needed)}`,
        );
      } else if (!denomsSubsetOf(maxs, needed)) {
        throw gammErrors.denomNotFoundInPool(
          `TokenInMaxs includes tokens that are not part of the target pool, input tokens: ${coinsString(maxs)}, pool tokens ${coinsString(needed)}`,
        );
      }
      if (!needed.every((n) => (maxs.find((m) => m.denom === n.denom)?.amount ?? 0n) >= n.amount)) {
        throw gammErrors.limitMaxAmount(
          `TokenInMaxs is less than the needed LP liquidity to this JoinPoolNoSwap, upperbound: ${coinsString(maxs)}, needed ${coinsString(needed)}`,
        );
      }
    }
    const { numShares, tokensJoined } = calcJoinPoolNoSwapShares(pool, needed);
    const assets = pool.assets.map((a) => ({ ...a, amount: a.amount + (tokensJoined.find((t) => t.denom === a.denom)?.amount ?? 0n) }));
    const next: BalancerPool = { ...pool, assets, totalShares: pool.totalShares + numShares };
    // applyJoinPoolStateChange: the joiner sends what was needed, shares are minted to them.
    sendCoins(ctx, sender, poolAddress(ctx.cfg.bech32Prefix, poolId), simCoins(needed));
    mintCoins(ctx, sender, [{ denom: poolShareDenom(poolId), amount: numShares }]);
    savePool(ctx, next);
    ctx.emit("pool_joined", { module: "poolmanager", sender, pool_id: poolId, tokens_in: coinsString(simCoins(needed)) });
    return { tokenIn: sortCoins(needed), sharesOut: numShares };
  });
}

/** Keeper.ExitPool (MsgExitPool). */
export function exitBalancerPool(ctx: Ctx, sender: string, poolId: bigint, shareInAmount: bigint, tokenOutMins: Coins): Coins {
  return osmosisError(() => {
    const pool = balancerPoolOf(ctx, poolId);
    if (shareInAmount >= pool.totalShares) {
      throw gammErrors.invalidMathApprox("Trying to exit >= the number of shares contained in the pool.");
    } else if (shareInAmount <= 0n) {
      throw gammErrors.invalidMathApprox("Trying to exit a negative amount of shares");
    }
    const { pool: next, exited } = exitPool(pool, shareInAmount, pool.exitFee);
    const mins = sortCoins(tokenOutMins);
    const exitCoins = sortCoins(exited);
    const anyGT = mins.some((m) => m.amount > (exitCoins.find((e) => e.denom === m.denom)?.amount ?? 0n));
    if (!denomsSubsetOf(mins, exitCoins) || anyGT) {
      throw gammErrors.limitMinAmount(`Exit pool returned ${coinsString(exitCoins)} , minimum tokens out specified as ${coinsString(mins)}`);
    }
    sendCoins(ctx, poolAddress(ctx.cfg.bech32Prefix, poolId), sender, simCoins(exitCoins));
    // BurnPoolShareFromAccount: the shares go to the module and are burnt.
    burnCoins(ctx, sender, [{ denom: poolShareDenom(poolId), amount: shareInAmount }]);
    savePool(ctx, next);
    ctx.emit("pool_exited", { module: "poolmanager", sender, pool_id: poolId, tokens_out: coinsString(simCoins(exitCoins)) });
    return exitCoins;
  });
}

/** gamm Keeper.SwapExactAmountIn as the pool manager calls it (`spreadFactor` from the pool). */
export function balancerSwapIn(ctx: Ctx, sender: string, poolId: bigint, tokenIn: SimCoin, tokenOutDenom: string, tokenOutMinAmount: bigint, spreadFactor: Dec): bigint {
  return osmosisError(() => {
    if (tokenIn.denom === tokenOutDenom) throw new GammError(0, "cannot trade same denomination in and out");
    const pool = balancerPoolOf(ctx, poolId);
    const { pool: next, tokenOutAmount } = recoverAs("swapExactAmountIn", () => balancerSwapExactAmountIn(pool, tokenIn, tokenOutDenom, tokenOutMinAmount, spreadFactor));
    const addr = poolAddress(ctx.cfg.bech32Prefix, poolId);
    sendCoins(ctx, sender, addr, [tokenIn]);
    sendCoins(ctx, addr, sender, [{ denom: tokenOutDenom, amount: tokenOutAmount }]);
    savePool(ctx, next);
    emitSwap(ctx, sender, poolId, tokenIn, { denom: tokenOutDenom, amount: tokenOutAmount });
    return tokenOutAmount;
  });
}

/** gamm Keeper.SwapExactAmountOut. */
export function balancerSwapOut(ctx: Ctx, sender: string, poolId: bigint, tokenInDenom: string, tokenInMaxAmount: bigint, tokenOut: SimCoin, spreadFactor: Dec): bigint {
  return osmosisError(() => {
    if (tokenInDenom === tokenOut.denom) throw new GammError(0, "cannot trade same denomination in and out");
    const pool = balancerPoolOf(ctx, poolId);
    const { pool: next, tokenInAmount } = recoverAs("swapExactAmountOut", () => balancerSwapExactAmountOut(pool, tokenInDenom, tokenInMaxAmount, tokenOut, spreadFactor));
    const addr = poolAddress(ctx.cfg.bech32Prefix, poolId);
    sendCoins(ctx, sender, addr, [{ denom: tokenInDenom, amount: tokenInAmount }]);
    sendCoins(ctx, addr, sender, [tokenOut]);
    savePool(ctx, next);
    emitSwap(ctx, sender, poolId, { denom: tokenInDenom, amount: tokenInAmount }, tokenOut);
    return tokenInAmount;
  });
}
