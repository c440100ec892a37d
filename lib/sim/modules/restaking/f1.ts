import { rec } from "../../journal";
import type { Ctx } from "../../ctx";
import type { ChainState } from "../../state";
import { sendCoins } from "../bank";
import {
  decCoinsMulDecTruncate,
  decCoinsQuoDecTruncate,
  decPool,
  decPoolsAdd,
  decPoolsMin,
  decPoolsSub,
  decPoolsTruncate,
  EMPTY,
  intCoinsString,
  intCoinsToDec,
  intPoolsSum,
  intPoolsToDec,
  isEmpty,
  poolsString,
  servicePoolsAdd,
  servicePoolsSub,
  sortedKeys,
  type DecCoins,
  type DecPools,
  type IntCoins,
  type ServicePools,
} from "./dec-coins";
import { rewardsErr } from "./errors";
import { tokensFromShares, tokensFromSharesTruncated } from "./shares";
import {
  delegationKey,
  historicalKey,
  POOL,
  poolServiceKey,
  targetKey,
  TYPE_NAME,
  type DelegationRecord,
  type DelegationType,
  type RestakingState,
  type TrustedServiceEntry,
} from "./state";
import { fundCommunityPool, rewardsPoolAddress, toSimCoins } from "./store";
import { findTarget, poolAmounts } from "./targets";

/**
 * x/rewards' F1 accounting per delegation target (x/distribution style, with one ratio per
 * paying service so pool delegators can be paid only by the services they trust).
 */

export function isServiceTrustedWithPool(prefs: readonly TrustedServiceEntry[], serviceId: number, poolId: number): boolean {
  if (prefs.length === 0) return false;
  const entry = prefs.find((e) => e.serviceId === serviceId);
  return !!entry && (entry.poolsIds.length === 0 || entry.poolsIds.includes(poolId));
}

export function preferencesOf(st: RestakingState, user: string): TrustedServiceEntry[] {
  return st.userPreferences[user] ?? [];
}

/** Pool tokens backing the shares of delegators who trust `serviceId` with the pool (trunc18). */
export function trustedPoolTokens(st: RestakingState, poolId: number, serviceId: number): DecCoins {
  const pool = st.pools[poolId];
  const shares = st.poolServiceShares[poolServiceKey(poolId, serviceId)] ?? 0n;
  if (!pool || shares === 0n) return EMPTY;
  return tokensFromSharesTruncated(poolAmounts(pool), { [pool.denom]: shares });
}

export function initializeTarget(ctx: Ctx, st: RestakingState, type: DelegationType, id: number): void {
  ctx.set(st.historicalRewards, historicalKey(type, id, 0), { ratios: EMPTY, refCount: 1 });
  ctx.set(st.currentRewards, targetKey(type, id), { period: 1, rewards: EMPTY });
  ctx.set(st.outstanding, targetKey(type, id), EMPTY);
  if (type === 2) ctx.set(st.commission, String(id), EMPTY);
}

/**
 * The ratio the current period would close with, and what goes to the community pool because
 * nobody holds the rewarded denom (for pools: nobody trusting that service). Pure, so queries
 * can evaluate it without a cache context.
 */
export function closingRatio(st: RestakingState, type: DelegationType, id: number): { ratio: ServicePools; community: DecPools } {
  const cur = st.currentRewards[targetKey(type, id)];
  const target = findTarget(st, type, id);
  const ratio: Record<string, DecPools> = rec();
  let community: DecPools = EMPTY;
  if (!cur || !target) return { ratio, community };
  const allTokens = intCoinsToDec(target.tokens);
  for (const sid of sortedKeys(cur.rewards)) {
    const tokens = type === POOL ? trustedPoolTokens(st, id, Number(sid)) : allTokens;
    let pools: DecPools = EMPTY;
    for (const denom of sortedKeys(cur.rewards[sid])) {
      const coins = cur.rewards[sid][denom];
      const t = tokens[denom] ?? 0n;
      if (t === 0n) community = decPoolsAdd(community, decPool(denom, coins));
      else pools = decPoolsAdd(pools, decPool(denom, decCoinsQuoDecTruncate(coins, t)));
    }
    if (!isEmpty(pools)) ratio[sid] = pools;
  }
  return { ratio, community };
}

function changeRefCount(ctx: Ctx, st: RestakingState, type: DelegationType, id: number, period: number, delta: 1 | -1): void {
  const key = historicalKey(type, id, period);
  const h = st.historicalRewards[key];
  if (!h) throw new Error(`historical rewards ${key} missing`);
  const refCount = h.refCount + delta;
  if (refCount === 0) ctx.del(st.historicalRewards, key);
  else ctx.set(st.historicalRewards, key, { ...h, refCount });
}

/** IncrementDelegationTargetPeriod: closes the current period, returns its number. */
export function incrementPeriod(ctx: Ctx, st: RestakingState, type: DelegationType, id: number): number {
  const tk = targetKey(type, id);
  const cur = st.currentRewards[tk];
  const { ratio, community } = closingRatio(st, type, id);
  const { pools: funded } = decPoolsTruncate(community);
  if (!isEmpty(funded)) {
    fundCommunityPool(ctx, rewardsPoolAddress(ctx.cfg.bech32Prefix), intPoolsSum(funded));
    ctx.set(st.outstanding, tk, decPoolsSub(st.outstanding[tk] ?? EMPTY, intPoolsToDec(funded)));
  }
  const prev = st.historicalRewards[historicalKey(type, id, cur.period - 1)];
  changeRefCount(ctx, st, type, id, cur.period - 1, -1);
  ctx.set(st.historicalRewards, historicalKey(type, id, cur.period), {
    ratios: servicePoolsAdd(prev.ratios, ratio),
    refCount: 1,
  });
  ctx.set(st.currentRewards, tk, { period: cur.period + 1, rewards: EMPTY });
  return cur.period;
}

/** initializeDelegation: start a new reward period window at the target's last closed period. */
export function initializeDelegation(ctx: Ctx, st: RestakingState, del: DelegationRecord): void {
  const cur = st.currentRewards[targetKey(del.type, del.targetId)];
  const previousPeriod = cur.period - 1;
  changeRefCount(ctx, st, del.type, del.targetId, previousPeriod, 1);
  const target = findTarget(st, del.type, del.targetId)!;
  ctx.set(st.startingInfos, delegationKey(del.type, del.targetId, del.user), {
    previousPeriod,
    stakes: tokensFromSharesTruncated(target, del.shares),
    height: ctx.height,
  });
}

/** Rewards of `del` between its starting period and the given ending ratios. */
export function delegationRewards(
  chain: ChainState,
  st: RestakingState,
  del: DelegationRecord,
  endingRatios: ServicePools,
): DecPools {
  const info = st.startingInfos[delegationKey(del.type, del.targetId, del.user)];
  if (!info) throw rewardsErr.emptyDistInfo();
  // Started this block: nothing accrued yet.
  if (info.height === chain.height) return EMPTY;
  const target = findTarget(st, del.type, del.targetId)!;
  // Stakes are truncated sums; never pay on more than the delegation is worth now.
  const current = tokensFromShares(target, del.shares);
  const stakes: Record<string, bigint> = rec();
  for (const d of Object.keys(info.stakes)) {
    const s = info.stakes[d];
    stakes[d] = s > (current[d] ?? 0n) ? (current[d] ?? 0n) : s;
  }
  const starting = st.historicalRewards[historicalKey(del.type, del.targetId, info.previousPeriod)];
  const diff = servicePoolsSub(endingRatios, starting.ratios);
  let pools: DecPools = EMPTY;
  const prefs = preferencesOf(st, del.user);
  for (const sid of sortedKeys(diff)) {
    if (del.type === POOL && !isServiceTrustedWithPool(prefs, Number(sid), del.targetId)) continue;
    pools = decPoolsAdd(pools, diff[sid]);
  }
  let rewards: DecPools = EMPTY;
  for (const denom of sortedKeys(pools)) {
    rewards = decPoolsAdd(rewards, decPool(denom, decCoinsMulDecTruncate(pools[denom], stakes[denom] ?? 0n)));
  }
  return rewards;
}

/** What a withdrawal would pay now (the rewards queries), without touching state. */
export function pendingRewards(chain: ChainState, st: RestakingState, del: DelegationRecord): DecPools {
  const cur = st.currentRewards[targetKey(del.type, del.targetId)];
  const last = st.historicalRewards[historicalKey(del.type, del.targetId, cur.period - 1)];
  const ending = servicePoolsAdd(last.ratios, closingRatio(st, del.type, del.targetId).ratio);
  return delegationRewards(chain, st, del, ending);
}

export function withdrawAddressOf(st: RestakingState, addr: string): string {
  return st.withdrawAddrs[addr] ?? addr;
}

/**
 * withdrawDelegationRewards: closes the period, pays the floored rewards (capped at the
 * target's outstanding) to the withdraw address, drops the dust and forgets the starting info.
 */
export function withdrawDelegationRewards(
  ctx: Ctx,
  st: RestakingState,
  del: DelegationRecord,
): Readonly<Record<string, IntCoins>> {
  const dk = delegationKey(del.type, del.targetId, del.user);
  const info = st.startingInfos[dk];
  if (!info) throw rewardsErr.emptyDistInfo();
  const ending = incrementPeriod(ctx, st, del.type, del.targetId);
  const raw = delegationRewards(ctx.chain, st, del, st.historicalRewards[historicalKey(del.type, del.targetId, ending)].ratios);
  const tk = targetKey(del.type, del.targetId);
  const outstanding = st.outstanding[tk] ?? EMPTY;
  const rewards = decPoolsMin(raw, outstanding);
  const { pools } = decPoolsTruncate(rewards);
  const coins = intPoolsSum(pools);
  if (!isEmpty(coins)) {
    sendCoins(ctx, rewardsPoolAddress(ctx.cfg.bech32Prefix), withdrawAddressOf(st, del.user), toSimCoins(coins));
  }
  ctx.set(st.outstanding, tk, decPoolsSub(outstanding, rewards));
  changeRefCount(ctx, st, del.type, del.targetId, info.previousPeriod, -1);
  ctx.del(st.startingInfos, dk);
  ctx.emit("withdraw_rewards", {
    delegation_type: TYPE_NAME[del.type],
    delegation_target_id: del.targetId,
    delegator: del.user,
    amount: intCoinsString(coins),
    amount_per_pool: poolsString(pools, false),
  });
  return pools;
}

export function changePoolServiceShares(ctx: Ctx, st: RestakingState, poolId: number, serviceId: number, delta: bigint): void {
  const key = poolServiceKey(poolId, serviceId);
  const next = (st.poolServiceShares[key] ?? 0n) + delta;
  if (next < 0n) throw new Error(`negative pool-service shares ${key}`);
  if (next === 0n) ctx.del(st.poolServiceShares, key);
  else ctx.set(st.poolServiceShares, key, next);
}

/** Pool shares of a delegation (single denom). */
export function poolShares(st: RestakingState, del: DelegationRecord): bigint {
  const pool = st.pools[del.targetId];
  return pool ? del.shares[pool.denom] ?? 0n : 0n;
}

/** BeforeDelegationSharesModified: pay out, and take the shares out of the trusted totals. */
export function beforeSharesModified(ctx: Ctx, st: RestakingState, del: DelegationRecord): void {
  withdrawDelegationRewards(ctx, st, del);
  if (del.type !== POOL) return;
  const prefs = preferencesOf(st, del.user);
  for (const e of prefs) {
    if (isServiceTrustedWithPool(prefs, e.serviceId, del.targetId)) {
      changePoolServiceShares(ctx, st, del.targetId, e.serviceId, -poolShares(st, del));
    }
  }
}

/** AfterDelegationModified: restart the reward window and put the shares back. */
export function afterDelegationModified(ctx: Ctx, st: RestakingState, del: DelegationRecord): void {
  initializeDelegation(ctx, st, del);
  if (del.type !== POOL) return;
  const prefs = preferencesOf(st, del.user);
  for (const e of prefs) {
    if (isServiceTrustedWithPool(prefs, e.serviceId, del.targetId)) {
      changePoolServiceShares(ctx, st, del.targetId, e.serviceId, poolShares(st, del));
    }
  }
}

/** Sum of outstanding rewards of all targets (invariant checks and tests). */
export function totalOutstanding(st: RestakingState): DecPools {
  let out: DecPools = EMPTY;
  for (const k of sortedKeys(st.outstanding)) out = decPoolsAdd(out, st.outstanding[k]);
  return out;
}
