/**
 * Balancer exit (cfmm_common CalcExitPool): the exit fee keeps part of the exiting shares' value
 * in the pool; the ratio and every amount out are truncated.
 */
import { DEC_ONE, dec, decQuoIntTrunc, decTruncateInt, type Dec } from "../osmomath/legacy-dec";
import { GammError, gammErrors } from "./balancer-errors";
import type { BalancerPool, Coins } from "./balancer-pool";

/**
 * CalcExitPool: refunded shares = (1 − exitFee)·shares, ratio = refunded/totalShares truncated
 * (QuoInt), each asset's exit = ratio·balance truncated. Exiting all shares is refused.
 */
export function calcExitPool(p: BalancerPool, exitingShares: bigint, exitFee: Dec = p.exitFee): Coins {
  if (exitingShares >= p.totalShares) {
    throw gammErrors.limitMaxAmount(`cannot exit all shares in a pool. Attempted to exit ${exitingShares} shares, max allowed is ${p.totalShares - 1n}`);
  }
  const refunded = exitFee !== 0n ? (DEC_ONE - exitFee) * exitingShares : dec(exitingShares);
  const shareOutRatio = decQuoIntTrunc(refunded, p.totalShares);
  const out: Coins = [];
  for (const a of p.assets) {
    const amt = decTruncateInt(shareOutRatio * a.amount);
    if (amt <= 0n) continue;
    if (amt >= a.amount) throw new GammError(0, "too many shares out");
    out.push({ denom: a.denom, amount: amt });
  }
  return out;
}

/** ExitPool: balances decreased by the exited coins, shares burnt. */
export function exitPool(p: BalancerPool, exitingShares: bigint, exitFee: Dec = p.exitFee): { pool: BalancerPool; exited: Coins } {
  const exited = calcExitPool(p, exitingShares, exitFee);
  const assets = p.assets.map((a) => ({ ...a, amount: a.amount - (exited.find((e) => e.denom === a.denom)?.amount ?? 0n) }));
  return { pool: { ...p, assets, totalShares: p.totalShares - exitingShares }, exited };
}
