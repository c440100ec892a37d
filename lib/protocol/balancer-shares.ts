/**
 * Exact share maths of an Osmosis balancer pool for the two messages the app sends, written from
 * osmosis x/gamm/pool-models/balancer (getMaximalNoSwapLPAmount) and x/gamm/pool-models/internal
 * /cfmm_common (CalcExitPool):
 *   join (MsgJoinPool, no swap): shareRatio = trunc18(shareOut / totalShares); each asset needs
 *     ceil(reserve × shareRatio); the shares then minted are computed again from those tokens
 *     (MaximalExactRatioJoin: trunc(total × min_i trunc18(cost_i / reserve_i))), which can be a
 *     few units fewer than asked — the keeper only logs that ("sanity check, don't return error");
 *   exit (MsgExitPool): ratio = trunc18(shares × (1 − exitFee) / totalShares); each asset pays
 *     trunc(ratio × reserve).
 * So a join rounds what the user pays up and an exit rounds what the user gets down.
 */
import { DEC_SCALE, type Dec } from "../amount/decimal";
import { divRound } from "../amount/rounding";

export interface Reserve {
  denom: string;
  amount: bigint;
}

/** The chain's 18-digit share ratio: Dec(shares) / total, truncated. */
function shareRatio(shares: bigint, totalShares: bigint): Dec {
  return (shares * DEC_SCALE) / totalShares;
}

/** What MsgJoinPool takes from the user for exactly `shareOut` shares (rounded up per asset). */
export function joinCost(shareOut: bigint, totalShares: bigint, reserves: ReadonlyArray<Reserve>): Reserve[] {
  const r = shareRatio(shareOut, totalShares);
  return reserves.map((x) => ({ denom: x.denom, amount: divRound(x.amount * r, DEC_SCALE, "ceil") }));
}

/**
 * The most shares `maxIn` can buy without a swap, and what they cost: the proportional bound
 * floor(min_i maxIn_i × total / reserve_i), stepped down until the chain's rounded-up cost fits
 * (the ratio's 18-digit truncation can make it need a unit more). Zero when an asset is missing.
 */
/** The shares MsgJoinPool actually mints for the tokens it took (MaximalExactRatioJoin), rounded down. */
export function sharesMinted(cost: ReadonlyArray<Reserve>, totalShares: bigint, reserves: ReadonlyArray<Reserve>): bigint {
  let min: bigint | null = null;
  for (const r of reserves) {
    if (r.amount <= 0n) continue;
    const c = cost.find((x) => x.denom === r.denom)?.amount ?? 0n;
    const ratio = (c * DEC_SCALE) / r.amount;
    min = min === null || ratio < min ? ratio : min;
  }
  return min === null ? 0n : (min * totalShares) / DEC_SCALE;
}

export function maxJoinShares(maxIn: ReadonlyArray<Reserve>, totalShares: bigint, reserves: ReadonlyArray<Reserve>): { shares: bigint; cost: Reserve[]; minted: bigint } {
  const r = maxJoinRequest(maxIn, totalShares, reserves);
  return { ...r, minted: r.shares > 0n ? sharesMinted(r.cost, totalShares, reserves) : 0n };
}

function maxJoinRequest(maxIn: ReadonlyArray<Reserve>, totalShares: bigint, reserves: ReadonlyArray<Reserve>): { shares: bigint; cost: Reserve[] } {
  if (totalShares <= 0n || reserves.length === 0) return { shares: 0n, cost: [] };
  let shares: bigint | null = null;
  for (const res of reserves) {
    const have = maxIn.find((m) => m.denom === res.denom)?.amount ?? 0n;
    if (res.amount <= 0n) continue;
    const s = (have * totalShares) / res.amount;
    shares = shares === null || s < shares ? s : shares;
  }
  if (!shares || shares <= 0n) return { shares: 0n, cost: reserves.map((r) => ({ denom: r.denom, amount: 0n })) };
  // One step of the truncated ratio is total / 10^18 shares (at least 1).
  const step = totalShares / DEC_SCALE + 1n;
  for (let i = 0; i < 8 && shares > 0n; i++) {
    const cost = joinCost(shares, totalShares, reserves);
    if (cost.every((c) => c.amount <= (maxIn.find((m) => m.denom === c.denom)?.amount ?? 0n))) return { shares, cost };
    shares -= step;
  }
  return { shares: 0n, cost: reserves.map((r) => ({ denom: r.denom, amount: 0n })) };
}

/** What MsgExitPool pays for `shares` (rounded down per asset), after the pool's exit fee. */
export function exitPayout(shares: bigint, totalShares: bigint, reserves: ReadonlyArray<Reserve>, exitFee: Dec): Reserve[] {
  if (shares > totalShares) throw new RangeError("more shares than the pool has");
  const refunded = exitFee === 0n ? shares * DEC_SCALE : (shares * DEC_SCALE * (DEC_SCALE - exitFee)) / DEC_SCALE;
  const ratio = refunded / totalShares;
  return reserves.map((x) => ({ denom: x.denom, amount: (ratio * x.amount) / DEC_SCALE }));
}
