import type { EncodeObject } from "@cosmjs/proto-signing";

/**
 * Per-pool trust (protocol doc §2.1): UserPreferences{trusted_services:[{service_id, pools_ids}]}.
 * A pool delegator earns a service's rewards only for the (service, pool) pairs trusted;
 * an entry with no pools trusts the service with every pool, including pools created later.
 * The chain replaces the whole set on every MsgSetUserPreferences.
 */

export interface TrustEntry {
  serviceId: number;
  /** Empty = every pool (now and future). */
  poolIds: number[];
}

/** What the form edits: per service, every pool or an explicit set; absent = not trusted. */
export type TrustDraft = ReadonlyMap<number, "all" | ReadonlySet<number>>;

export function draftFromEntries(entries: ReadonlyArray<TrustEntry>): TrustDraft {
  return new Map(entries.map((e) => [e.serviceId, e.poolIds.length === 0 ? "all" : new Set(e.poolIds)] as const));
}

/** Entries for the message: sorted by service, pools sorted, untrusted services left out. */
export function entriesFromDraft(draft: TrustDraft): TrustEntry[] {
  const out: TrustEntry[] = [];
  for (const [serviceId, pools] of draft) {
    if (pools === "all") out.push({ serviceId, poolIds: [] });
    else if (pools.size > 0) out.push({ serviceId, poolIds: [...pools].sort((a, b) => a - b) });
  }
  return out.sort((a, b) => a.serviceId - b.serviceId);
}

export function trustsPair(draft: TrustDraft, serviceId: number, poolId: number): boolean {
  const p = draft.get(serviceId);
  return p === "all" || (p !== undefined && p.has(poolId));
}

export function trustsService(draft: TrustDraft, serviceId: number): boolean {
  const p = draft.get(serviceId);
  return p === "all" || (p !== undefined && p.size > 0);
}

/** Trusting a service outright means every pool; distrusting drops it entirely. */
export function withService(draft: TrustDraft, serviceId: number, on: boolean): TrustDraft {
  const next = new Map(draft);
  if (on) next.set(serviceId, "all");
  else next.delete(serviceId);
  return next;
}

/**
 * One (service, pool) pair on or off. Turning one pool off an "every pool" entry makes the
 * list explicit: every existing pool but that one (future pools are then not trusted).
 */
export function withPair(draft: TrustDraft, serviceId: number, poolId: number, on: boolean, allPoolIds: ReadonlyArray<number>): TrustDraft {
  const next = new Map(draft);
  const cur = draft.get(serviceId);
  const set = new Set(cur === "all" ? allPoolIds : cur ?? []);
  if (on) set.add(poolId);
  else set.delete(poolId);
  if (set.size === 0) next.delete(serviceId);
  else next.set(serviceId, set);
  return next;
}

export function sameTrust(a: TrustDraft, b: TrustDraft): boolean {
  return JSON.stringify(entriesFromDraft(a)) === JSON.stringify(entriesFromDraft(b));
}

/**
 * Services a pool delegation earns from: those that borrow the pool's security and that the
 * user trusts with that pool (doc §2.1). Empty = the delegation earns nothing.
 */
export function earningServices(draft: TrustDraft, services: ReadonlyArray<{ id: number; securingPools: ReadonlyArray<number> }>, poolId: number): number[] {
  return services.filter((s) => s.securingPools.includes(poolId) && trustsPair(draft, s.id, poolId)).map((s) => s.id);
}

export function setPreferencesMsg(user: string, entries: ReadonlyArray<TrustEntry>): EncodeObject {
  return {
    typeUrl: "/milkyway.restaking.v1.MsgSetUserPreferences",
    value: { user, preferences: { trustedServices: entries.map((e) => ({ serviceId: e.serviceId, poolsIds: [...e.poolIds] })) } },
  };
}
