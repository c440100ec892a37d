import { decToString } from "../../../amount/decimal";
import type { Ctx } from "../../ctx";
import { moduleAddress } from "../../address";
import { sdk } from "../../errors";
import { sendCoins } from "../bank";
import { ensureAccount } from "../auth";
import {
  decCoinsAdd,
  decCoinsString,
  decCoinsSub,
  EMPTY,
  intCoinsAdd,
  intCoinsString,
  isEmpty,
  sortedKeys,
  type DecCoins,
  type IntCoins,
} from "./dec-coins";
import { operatorsErr, poolsErr, restakingErr, servicesErr } from "./errors";
import {
  afterDelegationModified,
  beforeSharesModified,
  incrementPeriod,
  initializeTarget,
} from "./f1";
import { coinsValue } from "./pricing";
import { addTokens, hasInvalidExRate, isAnyGtHeld, isAnyShort, removeShares, sharesFromTokens } from "./shares";
import {
  delegationKey,
  OPERATOR,
  OPERATOR_ACTIVE,
  POOL,
  SERVICE,
  SERVICE_ACTIVE,
  sharesDenom,
  type DelegationRecord,
  type DelegationType,
  type PoolRecord,
  type RestakingState,
  type UnbondingRecord,
} from "./state";
import { restakingStateFor, toSimCoins } from "./store";
import { allPools, findTarget, getTarget, saveTargetAmounts, setField } from "./targets";

/** Extra gas per share denom held, charged by Unbond (types.BaseDelegationDenomCost). */
export const UNDELEGATE_GAS_PER_DENOM = 20_000;

export function coinsOf(list: ReadonlyArray<{ denom: string; amount: bigint }>): IntCoins {
  let out: IntCoins = EMPTY;
  for (const c of list) out = intCoinsAdd(out, { [c.denom]: c.amount });
  return out;
}

function sharesString(type: DelegationType, id: number, shares: DecCoins): string {
  return decCoinsString(shares, (d) => sharesDenom(type, id, d));
}

/** RFC3339 without fractional seconds, as Go's time.RFC3339 prints a block time. */
export function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function assertRestakable(denoms: string[], allowed: readonly string[]): void {
  if (allowed.length === 0) return;
  for (const d of denoms) {
    if (!allowed.includes(d)) throw restakingErr.denomNotRestakable(`${d} cannot be restaked`);
  }
}

/** Global allowed denoms narrowed by a service's own list ([] = everything). */
export function serviceRestakableDenoms(st: RestakingState, serviceId: number): { denoms: string[]; none: boolean } {
  const global = st.params.allowedDenoms;
  const own = st.services[serviceId]?.allowedDenoms ?? [];
  if (global.length === 0) return { denoms: own, none: false };
  if (own.length === 0) return { denoms: global, none: false };
  const both = global.filter((d) => own.includes(d));
  return { denoms: both, none: both.length === 0 };
}

/** Everything restaked anywhere, for the restaking cap. */
function totalRestaked(st: RestakingState): IntCoins {
  let out: IntCoins = EMPTY;
  for (const p of allPools(st)) if (p.tokens > 0n) out = intCoinsAdd(out, { [p.denom]: p.tokens });
  for (const o of Object.values(st.operators)) out = intCoinsAdd(out, o.tokens);
  for (const s of Object.values(st.services)) out = intCoinsAdd(out, s.tokens);
  return out;
}

function validateRestake(st: RestakingState, amount: IntCoins): void {
  const cap = st.params.restakingCap;
  if (cap === 0n) return;
  const value = coinsValue(st, intCoinsAdd(totalRestaked(st), amount));
  if (value > cap) {
    throw restakingErr.capExceeded(
      `total restaked value ${decToString(value)} is greater than the cap ${decToString(cap)}`,
    );
  }
}

function createPool(ctx: Ctx, st: RestakingState, denom: string): PoolRecord {
  const id = st.nextPoolId;
  setField(ctx, st, "nextPoolId", id + 1);
  const pool: PoolRecord = {
    id,
    denom,
    address: moduleAddress(ctx.cfg.bech32Prefix, `pool-${id}`),
    tokens: 0n,
    delegatorShares: 0n,
  };
  ctx.set(st.pools, String(id), pool);
  ctx.set(st.poolByDenom, denom, id);
  ensureAccount(ctx, pool.address);
  initializeTarget(ctx, st, POOL, id);
  ctx.emit("created_pool", { pool_id: id, denom });
  return pool;
}

/** PerformDelegation: ex-rate and cap checks, reward hooks, the transfer and the new shares. */
function performDelegation(ctx: Ctx, st: RestakingState, type: DelegationType, id: number, amount: IntCoins, delegator: string): DecCoins {
  const target = getTarget(st, type, id);
  if (hasInvalidExRate(target)) throw restakingErr.invalidExRate();
  validateRestake(st, amount);
  const key = delegationKey(type, id, delegator);
  const existing = st.delegations[key];
  if (existing) beforeSharesModified(ctx, st, existing);
  else incrementPeriod(ctx, st, type, id);
  sendCoins(ctx, delegator, target.address, toSimCoins(amount));
  const { next, issued } = addTokens(getTarget(st, type, id), amount);
  saveTargetAmounts(ctx, st, type, id, next);
  const del: DelegationRecord = { type, targetId: id, user: delegator, shares: decCoinsAdd(existing?.shares ?? EMPTY, issued) };
  ctx.set(st.delegations, key, del);
  afterDelegationModified(ctx, st, del);
  return issued;
}

function requirePositive(amount: IntCoins, list: ReadonlyArray<{ amount: bigint }>): void {
  if (list.length === 0 || list.some((c) => c.amount <= 0n) || isEmpty(amount)) {
    throw sdk.invalidRequest("invalid delegation amount");
  }
}

/** MsgDelegatePool: creates the pool of the denom on first use. Returns the issued shares. */
export function delegatePool(ctx: Ctx, delegator: string, coin: { denom: string; amount: bigint }): DecCoins {
  const st = restakingStateFor(ctx);
  const amount = coinsOf([coin]);
  requirePositive(amount, [coin]);
  assertRestakable([coin.denom], st.params.allowedDenoms);
  const poolId = st.poolByDenom[coin.denom] ?? createPool(ctx, st, coin.denom).id;
  const issued = performDelegation(ctx, st, POOL, poolId, amount, delegator);
  ctx.emit("delegate_pool", {
    delegator,
    amount: `${coin.amount}${coin.denom}`,
    new_shares: sharesString(POOL, poolId, issued),
  });
  return issued;
}

export function delegateOperator(ctx: Ctx, delegator: string, operatorId: number, coins: ReadonlyArray<{ denom: string; amount: bigint }>): DecCoins {
  const st = restakingStateFor(ctx);
  const amount = coinsOf(coins);
  requirePositive(amount, coins);
  const op = st.operators[operatorId];
  if (!op) throw operatorsErr.notFound();
  assertRestakable(sortedKeys(amount), st.params.allowedDenoms);
  if (op.status !== OPERATOR_ACTIVE) throw operatorsErr.notActive();
  const issued = performDelegation(ctx, st, OPERATOR, operatorId, amount, delegator);
  ctx.emit("delegate_operator", {
    delegator,
    operator_id: operatorId,
    amount: intCoinsString(amount),
    new_shares: sharesString(OPERATOR, operatorId, issued),
  });
  return issued;
}

export function delegateService(ctx: Ctx, delegator: string, serviceId: number, coins: ReadonlyArray<{ denom: string; amount: bigint }>): DecCoins {
  const st = restakingStateFor(ctx);
  const amount = coinsOf(coins);
  requirePositive(amount, coins);
  const svc = st.services[serviceId];
  if (!svc) throw servicesErr.notFound();
  const allowed = serviceRestakableDenoms(st, serviceId);
  if (allowed.none) throw restakingErr.denomNotRestakable(`${sortedKeys(amount)[0]} cannot be restaked`);
  assertRestakable(sortedKeys(amount), allowed.denoms);
  if (svc.status !== SERVICE_ACTIVE) throw servicesErr.notActive();
  const issued = performDelegation(ctx, st, SERVICE, serviceId, amount, delegator);
  ctx.emit("delegate_service", {
    delegator,
    service_id: serviceId,
    amount: intCoinsString(amount),
    new_shares: sharesString(SERVICE, serviceId, issued),
  });
  return issued;
}

// ---- undelegation

/** Unbond: hooks, the share check, the per-denom gas, then the tokens leaving the target. */
function unbond(ctx: Ctx, st: RestakingState, type: DelegationType, id: number, delegator: string, shares: DecCoins): IntCoins {
  const key = delegationKey(type, id, delegator);
  const del = st.delegations[key];
  if (!del) throw restakingErr.delegationNotFound();
  beforeSharesModified(ctx, st, del);
  if (isAnyShort(del.shares, shares)) throw restakingErr.notEnoughShares(sharesString(type, id, del.shares));
  ctx.consumeGas(UNDELEGATE_GAS_PER_DENOM * Object.keys(del.shares).length, "undelegation gas cost");
  const left = decCoinsSub(del.shares, shares);
  if (isEmpty(left)) {
    ctx.del(st.delegations, key);
  } else {
    const next = { ...del, shares: left };
    ctx.set(st.delegations, key, next);
    afterDelegationModified(ctx, st, next);
  }
  const { next, issued } = removeShares(getTarget(st, type, id), shares);
  saveTargetAmounts(ctx, st, type, id, next);
  return issued;
}

function addUnbondingEntry(ctx: Ctx, st: RestakingState, type: DelegationType, id: number, delegator: string, completionTimeMs: number, balance: IntCoins): void {
  const unbondingId = st.lastUnbondingId + 1;
  setField(ctx, st, "lastUnbondingId", unbondingId);
  const key = delegationKey(type, id, delegator);
  const ubd: UnbondingRecord = st.unbondings[key] ?? { type, targetId: id, delegator, entries: [] };
  const same = ubd.entries.findIndex((e) => e.creationHeight === ctx.height && e.completionTimeMs === completionTimeMs);
  const entries =
    same >= 0
      ? ubd.entries.map((e, i) =>
          i === same ? { ...e, balance: intCoinsAdd(e.balance, balance), initialBalance: intCoinsAdd(e.initialBalance, balance) } : e,
        )
      : [...ubd.entries, { creationHeight: ctx.height, completionTimeMs, initialBalance: balance, balance, unbondingId }];
  ctx.set(st.unbondings, key, { ...ubd, entries });
}

/** ValidateUnbondAmount + PerformUndelegation. Returns the completion time (unix ms). */
function undelegate(ctx: Ctx, st: RestakingState, type: DelegationType, id: number, delegator: string, amount: IntCoins): number {
  const target = getTarget(st, type, id);
  const del = st.delegations[delegationKey(type, id, delegator)];
  if (!del) throw restakingErr.delegationNotFound();
  let shares = sharesFromTokens(target, amount);
  // Asking for more than is held in a held denom means "everything" (rounding-safe full exit).
  if (isAnyGtHeld(shares, del.shares)) shares = del.shares;
  const ubd = st.unbondings[delegationKey(type, id, delegator)];
  if (ubd && ubd.entries.length >= st.params.maxEntries) throw restakingErr.maxEntries();
  const returned = unbond(ctx, st, type, id, delegator, shares);
  const completion = ctx.timeMs + st.params.unbondingTimeSec * 1000;
  addUnbondingEntry(ctx, st, type, id, delegator, completion, returned);
  return completion;
}

function requireUndelegateAmount(list: ReadonlyArray<{ amount: bigint }>): IntCoins {
  const amount = coinsOf(list as ReadonlyArray<{ denom: string; amount: bigint }>);
  if (list.length === 0 || list.some((c) => c.amount <= 0n)) throw sdk.invalidRequest("invalid undelegation amount");
  return amount;
}

export function undelegatePool(ctx: Ctx, delegator: string, coin: { denom: string; amount: bigint }): number {
  const st = restakingStateFor(ctx);
  const amount = requireUndelegateAmount([coin]);
  const poolId = st.poolByDenom[coin.denom];
  if (poolId === undefined) throw poolsErr.notFound();
  const completion = undelegate(ctx, st, POOL, poolId, delegator, amount);
  ctx.emit("unbond_pool", { amount: `${coin.amount}${coin.denom}`, delegator, completion_time: rfc3339(completion) });
  return completion;
}

export function undelegateOperator(ctx: Ctx, delegator: string, operatorId: number, coins: ReadonlyArray<{ denom: string; amount: bigint }>): number {
  const st = restakingStateFor(ctx);
  const amount = requireUndelegateAmount(coins);
  const completion = undelegate(ctx, st, OPERATOR, operatorId, delegator, amount);
  ctx.emit("unbond_operator", {
    amount: intCoinsString(amount),
    delegator,
    operator_id: operatorId,
    completion_time: rfc3339(completion),
  });
  return completion;
}

export function undelegateService(ctx: Ctx, delegator: string, serviceId: number, coins: ReadonlyArray<{ denom: string; amount: bigint }>): number {
  const st = restakingStateFor(ctx);
  const amount = requireUndelegateAmount(coins);
  const completion = undelegate(ctx, st, SERVICE, serviceId, delegator, amount);
  ctx.emit("unbond_service", {
    amount: intCoinsString(amount),
    delegator,
    service_id: serviceId,
    completion_time: rfc3339(completion),
  });
  return completion;
}

/** EndBlock: pay every matured entry from the target's address back to the delegator. */
export function completeMatureUnbondings(ctx: Ctx): void {
  const st = restakingStateFor(ctx);
  for (const key of sortedKeys(st.unbondings)) {
    const ubd = st.unbondings[key];
    const mature = ubd.entries.filter((e) => e.completionTimeMs <= ctx.timeMs);
    if (mature.length === 0) continue;
    const target = findTarget(st, ubd.type, ubd.targetId);
    for (const e of mature) {
      if (isEmpty(e.balance) || !target) continue;
      sendCoins(ctx, target.address, ubd.delegator, toSimCoins(e.balance));
      ctx.emit("complete_unbonding", { amount: intCoinsString(e.balance), delegator: ubd.delegator });
    }
    const rest = ubd.entries.filter((e) => e.completionTimeMs > ctx.timeMs);
    if (rest.length === 0) ctx.del(st.unbondings, key);
    else ctx.set(st.unbondings, key, { ...ubd, entries: rest });
  }
}
