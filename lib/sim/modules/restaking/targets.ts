import type { Ctx } from "../../ctx";
import type { Rec } from "../../journal";
import { EMPTY } from "./dec-coins";
import { operatorsErr, poolsErr, restakingErr, servicesErr } from "./errors";
import type { TargetAmounts } from "./shares";
import {
  OPERATOR,
  POOL,
  SERVICE,
  type DelegationType,
  type OperatorRecord,
  type PoolRecord,
  type RestakingState,
  type ServiceRecord,
} from "./state";

/** A pool, operator or service seen through what the share maths and rewards need. */
export interface Target extends TargetAmounts {
  type: DelegationType;
  id: number;
  address: string;
}

export function poolAmounts(p: PoolRecord): TargetAmounts {
  return {
    tokens: p.tokens === 0n ? EMPTY : { [p.denom]: p.tokens },
    shares: p.delegatorShares === 0n ? EMPTY : { [p.denom]: p.delegatorShares },
  };
}

export function findTarget(st: RestakingState, type: DelegationType, id: number): Target | undefined {
  if (type === POOL) {
    const p = st.pools[id];
    return p && { type, id, address: p.address, ...poolAmounts(p) };
  }
  if (type === OPERATOR) {
    const o = st.operators[id];
    return o && { type, id, address: o.address, tokens: o.tokens, shares: o.delegatorShares };
  }
  if (type === SERVICE) {
    const s = st.services[id];
    return s && { type, id, address: s.address, tokens: s.tokens, shares: s.delegatorShares };
  }
  return undefined;
}

/** The target or the chain's "<kind> not found" error. */
export function getTarget(st: RestakingState, type: DelegationType, id: number): Target {
  const t = findTarget(st, type, id);
  if (t) return t;
  if (type === POOL) throw poolsErr.notFound();
  if (type === OPERATOR) throw operatorsErr.notFound();
  if (type === SERVICE) throw servicesErr.notFound();
  throw restakingErr.invalidDelegationType(`invalid delegation type ${type}`);
}

export function saveTargetAmounts(ctx: Ctx, st: RestakingState, type: DelegationType, id: number, a: TargetAmounts): void {
  if (type === POOL) {
    const p = st.pools[id];
    ctx.set(st.pools, String(id), { ...p, tokens: a.tokens[p.denom] ?? 0n, delegatorShares: a.shares[p.denom] ?? 0n });
  } else if (type === OPERATOR) {
    ctx.set(st.operators, String(id), { ...st.operators[id], tokens: a.tokens, delegatorShares: a.shares });
  } else {
    ctx.set(st.services, String(id), { ...st.services[id], tokens: a.tokens, delegatorShares: a.shares });
  }
}

/** Writes a top-level field of the restaking state through the journal. */
export function setField<K extends keyof RestakingState>(ctx: Ctx, st: RestakingState, key: K, value: RestakingState[K]): void {
  ctx.set(st as unknown as Rec<unknown>, key, value);
}

export function allPools(st: RestakingState): PoolRecord[] {
  return Object.values(st.pools).sort((a, b) => a.id - b.id);
}

export function allOperators(st: RestakingState): OperatorRecord[] {
  return Object.values(st.operators).sort((a, b) => a.id - b.id);
}

export function allServices(st: RestakingState): ServiceRecord[] {
  return Object.values(st.services).sort((a, b) => a.id - b.id);
}

/** Inserts into a sorted id list without mutating it. */
export function withId(list: readonly number[] | undefined, id: number): number[] {
  return [...(list ?? []), id].sort((a, b) => a - b);
}

export function withoutId(list: readonly number[] | undefined, id: number): number[] {
  return (list ?? []).filter((x) => x !== id);
}
