/**
 * Osmosis messages the app signs, as EncodeObjects for the registry (lib/cosmos/proto/osmosis-
 * registry-types.ts). Amounts go out as integer strings; a position's liquidity goes back as the
 * raw LegacyDec wire string the chain gave us, so a full withdrawal is exact.
 */
import type { EncodeObject } from "@cosmjs/proto-signing";

export interface Coin {
  denom: string;
  amount: bigint;
}

const c = (x: Coin) => ({ denom: x.denom, amount: x.amount.toString() });

/** Coins sorted by denom, as the SDK requires of a Coins list. */
function sorted(xs: ReadonlyArray<Coin>) {
  return [...xs].sort((a, b) => (a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0)).map(c);
}

export function swapExactInMsg(sender: string, poolId: bigint, tokenIn: Coin, tokenOutDenom: string, tokenOutMinAmount: bigint): EncodeObject {
  if (tokenOutMinAmount <= 0n) throw new RangeError("token_out_min_amount must be positive (Osmosis refuses 0)");
  return {
    typeUrl: "/osmosis.poolmanager.v1beta1.MsgSwapExactAmountIn",
    value: { sender, routes: [{ poolId, tokenOutDenom }], tokenIn: c(tokenIn), tokenOutMinAmount: tokenOutMinAmount.toString() },
  };
}

export function createPositionMsg(sender: string, poolId: bigint, lowerTick: number, upperTick: number, tokens: ReadonlyArray<Coin>, min0: bigint, min1: bigint): EncodeObject {
  return {
    typeUrl: "/osmosis.concentratedliquidity.v1beta1.MsgCreatePosition",
    value: {
      poolId,
      sender,
      lowerTick: BigInt(lowerTick),
      upperTick: BigInt(upperTick),
      tokensProvided: sorted(tokens.filter((t) => t.amount > 0n)),
      tokenMinAmount0: min0.toString(),
      tokenMinAmount1: min1.toString(),
    },
  };
}

export function withdrawPositionMsg(sender: string, positionId: bigint, liquidityWire: string): EncodeObject {
  return { typeUrl: "/osmosis.concentratedliquidity.v1beta1.MsgWithdrawPosition", value: { positionId, sender, liquidityAmount: liquidityWire } };
}

export function collectSpreadRewardsMsg(sender: string, positionIds: ReadonlyArray<bigint>): EncodeObject {
  return { typeUrl: "/osmosis.concentratedliquidity.v1beta1.MsgCollectSpreadRewards", value: { positionIds: [...positionIds], sender } };
}

export function joinPoolMsg(sender: string, poolId: bigint, shareOutAmount: bigint, tokenInMaxs: ReadonlyArray<Coin>): EncodeObject {
  return { typeUrl: "/osmosis.gamm.v1beta1.MsgJoinPool", value: { sender, poolId, shareOutAmount: shareOutAmount.toString(), tokenInMaxs: sorted(tokenInMaxs) } };
}

export function exitPoolMsg(sender: string, poolId: bigint, shareInAmount: bigint, tokenOutMins: ReadonlyArray<Coin>): EncodeObject {
  return { typeUrl: "/osmosis.gamm.v1beta1.MsgExitPool", value: { sender, poolId, shareInAmount: shareInAmount.toString(), tokenOutMins: sorted(tokenOutMins) } };
}

interface TxEvent {
  type: string;
  attributes: ReadonlyArray<{ key: string; value: string }>;
}

/**
 * What a swap paid out, from the pool manager's `token_swapped` event (`tokens_out`, e.g.
 * "1010000factory/…/umilkTIA"): the last hop's output in `denom`. Undefined if absent.
 */
export function swappedOut(events: ReadonlyArray<TxEvent>, denom: string): bigint | undefined {
  let out: bigint | undefined;
  for (const e of events) {
    if (e.type !== "token_swapped") continue;
    const v = e.attributes.find((a) => a.key === "tokens_out")?.value ?? "";
    const m = /^(\d+)(.+)$/.exec(v);
    if (m && m[2] === denom) out = BigInt(m[1]);
  }
  return out;
}
