/**
 * A balancer pool of x/gamm/pool-models/balancer (pool.go): assets with balances and scaled
 * weights, share supply, spread factor and exit fee — a plain value; operations return new ones.
 */
import type { Dec } from "../osmomath/legacy-dec";
import { GammError, gammErrors } from "./balancer-errors";

export interface PoolAsset {
  denom: string;
  amount: bigint;
  weight: bigint;
}

export interface BalancerPool {
  id: bigint;
  /** Kept sorted by denom, as sdk.Coins and the chain's PoolAssets are. */
  assets: PoolAsset[];
  totalShares: bigint;
  spreadFactor: Dec;
  exitFee: Dec;
}

/** GuaranteedWeightPrecision: user weights are stored multiplied by 2^30. */
export const GUARANTEED_WEIGHT_PRECISION = 1n << 30n;
/** MaxUserSpecifiedWeight: 2^20 (exclusive). */
export const MAX_USER_SPECIFIED_WEIGHT = 1n << 20n;
/** InitPoolSharesSupply: 100 shares of 10^18 sub-shares. */
export const INIT_POOL_SHARES_SUPPLY = 100n * 10n ** 18n;

/** NewBalancerPool's asset handling: sorted by denom, weights scaled by 2^30, 100·10^18 shares. */
export function newBalancerPool(p: {
  id: bigint;
  assets: { denom: string; amount: bigint; weight: bigint }[];
  spreadFactor: Dec;
  exitFee: Dec;
}): BalancerPool {
  const seen = new Set<string>();
  for (const a of p.assets) {
    if (seen.has(a.denom)) throw new GammError(0, `cannot have repeating pool assets in pool, ${a.denom} repeats`);
    seen.add(a.denom);
    if (a.weight <= 0n) throw new GammError(27, `${a.weight}: token weight should be greater than 0`);
    if (a.weight >= MAX_USER_SPECIFIED_WEIGHT) throw new GammError(28, `${a.weight}: user specified token weight should be less than 2^20`);
  }
  const assets = [...p.assets]
    .map((a) => ({ denom: a.denom, amount: a.amount, weight: a.weight * GUARANTEED_WEIGHT_PRECISION }))
    .sort((a, b) => (a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0));
  return { id: p.id, assets, totalShares: INIT_POOL_SHARES_SUPPLY, spreadFactor: p.spreadFactor, exitFee: p.exitFee };
}

export function asset(p: BalancerPool, denom: string): PoolAsset {
  const a = p.assets.find((x) => x.denom === denom);
  if (!a) throw gammErrors.denomNotFoundInPool(`(${denom}) does not exist in the pool`);
  return a;
}

export function totalWeight(p: BalancerPool): bigint {
  return p.assets.reduce((s, a) => s + a.weight, 0n);
}

export type Coins = { denom: string; amount: bigint }[];

/** sdk.NewCoins order: zero amounts dropped, sorted by denom. */
export function sortCoins(c: Coins): Coins {
  return [...c].filter((x) => x.amount !== 0n).sort((a, b) => (a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0));
}
