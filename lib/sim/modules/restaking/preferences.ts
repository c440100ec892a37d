import type { Ctx } from "../../ctx";
import { sdk } from "../../errors";
import { sortedKeys } from "./dec-coins";
import {
  changePoolServiceShares,
  initializeDelegation,
  isServiceTrustedWithPool,
  poolShares,
  preferencesOf,
  withdrawDelegationRewards,
} from "./f1";
import { POOL, type RestakingState, type TrustedServiceEntry } from "./state";
import { restakingStateFor } from "./store";
import { allServices } from "./targets";

function validatePreferences(st: RestakingState, prefs: readonly TrustedServiceEntry[]): void {
  const seen = new Set<number>();
  for (const e of prefs) {
    if (e.serviceId === 0) throw sdk.invalidRequest("invalid preferences: invalid service id: 0");
    if (seen.has(e.serviceId)) throw sdk.invalidRequest(`invalid preferences: duplicated service id: ${e.serviceId}`);
    seen.add(e.serviceId);
    if (new Set(e.poolsIds).size !== e.poolsIds.length) {
      throw sdk.invalidRequest(`invalid preferences: duplicated pool id in service ${e.serviceId}`);
    }
    if (!st.services[e.serviceId]) throw sdk.notFound(`service ${e.serviceId} not found`);
    for (const p of e.poolsIds) if (!st.pools[p]) throw sdk.notFound(`pool ${p} not found`);
  }
}

/**
 * MsgSetUserPreferences. For every pool delegation and every (service, pool) pair whose trust
 * flips, rewards are withdrawn under the old preferences (the chain runs the hook before it
 * stores the new set) and the shares move in or out of the pool-service totals.
 */
export function setUserPreferences(ctx: Ctx, user: string, prefs: TrustedServiceEntry[]): void {
  const st = restakingStateFor(ctx);
  validatePreferences(st, prefs);
  const old = preferencesOf(st, user);
  const services = allServices(st);
  for (const key of sortedKeys(st.delegations)) {
    const del = st.delegations[key];
    if (del.type !== POOL || del.user !== user) continue;
    for (const s of services) {
      const before = isServiceTrustedWithPool(old, s.id, del.targetId);
      const after = isServiceTrustedWithPool(prefs, s.id, del.targetId);
      if (before === after) continue;
      const current = st.delegations[key];
      withdrawDelegationRewards(ctx, st, current);
      initializeDelegation(ctx, st, current);
      const shares = poolShares(st, current);
      changePoolServiceShares(ctx, st, del.targetId, s.id, after ? shares : -shares);
    }
  }
  const clean = prefs.map((e) => ({ serviceId: e.serviceId, poolsIds: [...e.poolsIds] }));
  if (clean.length === 0) ctx.del(st.userPreferences, user);
  else ctx.set(st.userPreferences, user, clean);
  ctx.emit("set_user_preferences", { user });
}
