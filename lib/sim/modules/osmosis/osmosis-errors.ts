/**
 * How Osmosis's refusals reach a tx result. x/gamm's errors are registered (codespace "gamm",
 * their code, "context: registered text"); x/concentrated-liquidity's and x/poolmanager's are
 * plain Go error types, which the SDK reports as codespace "undefined", code 1 with the error's
 * own text (cosmossdk.io/errors ABCIInfo for unregistered errors).
 */
import type { Ctx } from "../../ctx";
import { SdkError } from "../../errors";
import type { SimCoin } from "../../coins";
import { GammError } from "./math/balancer/balancer-errors";
import { ClError } from "./math/cl/cl-errors";

/** An unregistered Go error as ABCI reports it. */
export const plainError = (message: string) => new SdkError("undefined", 1, message);

export function toSdkError(e: unknown): unknown {
  if (e instanceof GammError) return e.code === 0 ? plainError(e.message) : new SdkError("gamm", e.code, e.message);
  if (e instanceof ClError) return plainError(e.message);
  return e;
}

/** Runs `fn`, translating the maths' errors into the chain's ABCI errors. */
export function osmosisError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw toSdkError(e);
  }
}

/**
 * Go's `defer recover()` in keeper functions that turn a panic of the maths (osmomath Pow's
 * "base must be lesser than two", a Dec overflow) into an error: "function <name> failed due
 * to internal reason: <panic>". The maths throws RangeError where Go panics.
 */
export function recoverAs<T>(name: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RangeError) throw plainError(`function ${name} failed due to internal reason: ${e.message}`);
    throw e;
  }
}

/** poolmanager events.EmitSwapEvent (gamm and concentrated-liquidity both call it). */
export function emitSwap(ctx: Ctx, sender: string, poolId: bigint, tokenIn: SimCoin, tokenOut: SimCoin): void {
  ctx.emit("token_swapped", {
    module: "poolmanager",
    sender,
    pool_id: poolId,
    tokens_in: `${tokenIn.amount}${tokenIn.denom}`,
    tokens_out: `${tokenOut.amount}${tokenOut.denom}`,
  });
}
