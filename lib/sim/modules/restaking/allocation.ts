import { DEC_SCALE, type Dec } from "../../../amount/decimal";
import type { Ctx } from "../../ctx";
import { rec } from "../../journal";
import { balanceOf, sendCoins } from "../bank";
import { canOperatorValidateService } from "./admin";
import { serviceRestakableDenoms } from "./delegation";
import {
  decCoinsMulDec,
  decCoinsMulDecTruncate,
  decCoinsQuoDecTruncate,
  decCoinsString,
  decCoinsSub,
  decPool,
  decPoolsAdd,
  EMPTY,
  isEmpty,
  sortedKeys,
  type DecCoins,
  type IntCoins,
} from "./dec-coins";
import { trustedPoolTokens } from "./f1";
import { coinValue, coinsValue } from "./pricing";
import {
  OPERATOR,
  OPERATOR_ACTIVE,
  POOL,
  SERVICE,
  SERVICE_ACTIVE,
  targetKey,
  TYPE_NAME,
  type DelegationType,
  type DistributionRecord,
  type RestakingState,
  type RewardsPlanRecord,
} from "./state";
import { restakingStateFor, rewardsPoolAddress } from "./store";
import { allOperators, allPools, setField } from "./targets";

const DAY_MS = 86_400_000n;

/** A target taking part in one plan's allocation, valued at its eligible tokens. */
interface Eligible {
  type: DelegationType;
  id: number;
  tokens: IntCoins;
  value: Dec;
}

function filterDenoms(coins: IntCoins, allowed: readonly string[]): IntCoins {
  if (allowed.length === 0) return coins;
  const out: Record<string, bigint> = rec();
  for (const [d, a] of Object.entries(coins)) if (allowed.includes(d)) out[d] = a;
  return out;
}

function eligible(st: RestakingState, type: DelegationType, id: number, tokens: IntCoins): Eligible | null {
  const value = coinsValue(st, tokens);
  return value > 0n ? { type, id, tokens, value } : null;
}

/** Pools the service borrows from, valued at the tokens of delegators who trust it with them. */
function eligiblePools(st: RestakingState, serviceId: number, denoms: readonly string[]): Eligible[] {
  const global = st.params.allowedDenoms;
  const securing = st.serviceSecuringPools[serviceId] ?? [];
  const out: Eligible[] = [];
  for (const pool of allPools(st)) {
    if (global.length > 0 && !global.includes(pool.denom)) continue;
    if (!securing.includes(pool.id)) continue;
    const trusted = trustedPoolTokens(st, pool.id, serviceId)[pool.denom] ?? 0n;
    const whole = trusted / DEC_SCALE;
    if (whole === 0n) continue;
    const e = eligible(st, POOL, pool.id, filterDenoms({ [pool.denom]: whole }, denoms));
    if (e) out.push(e);
  }
  return out;
}

function eligibleOperators(st: RestakingState, serviceId: number, denoms: readonly string[]): Eligible[] {
  const out: Eligible[] = [];
  for (const op of allOperators(st)) {
    if (op.status !== OPERATOR_ACTIVE) continue;
    if (!(st.operatorJoinedServices[op.id] ?? []).includes(serviceId)) continue;
    if (!canOperatorValidateService(st, serviceId, op.id)) continue;
    const e = eligible(st, OPERATOR, op.id, filterDenoms(op.tokens, denoms));
    if (e) out.push(e);
  }
  return out;
}

const sum = (xs: Eligible[]) => xs.reduce((a, e) => a + e.value, 0n);

/** Rewards of one target split per restaked denom ∝ that denom's value; commission for operators. */
function allocateToTarget(ctx: Ctx, st: RestakingState, serviceId: number, t: Eligible, rewards: DecCoins): void {
  for (const denom of sortedKeys(t.tokens)) {
    const v = coinValue(st, denom, t.tokens[denom]);
    if (v === 0n) continue;
    const share = decCoinsQuoDecTruncate(decCoinsMulDecTruncate(rewards, v), t.value);
    if (isEmpty(share)) continue;
    allocateRewardsPool(ctx, st, serviceId, t.type, t.id, denom, share);
  }
}

function allocateRewardsPool(
  ctx: Ctx,
  st: RestakingState,
  serviceId: number,
  type: DelegationType,
  id: number,
  denom: string,
  rewards: DecCoins,
): void {
  let shared = rewards;
  if (type === OPERATOR) {
    const commission = decCoinsMulDec(rewards, st.operators[id].commissionRate);
    shared = decCoinsSub(rewards, commission);
    ctx.emit("commission", { operator_id: id, pool: denom, amount: decCoinsString(commission) });
    ctx.set(st.commission, String(id), decPoolsAdd(st.commission[id] ?? EMPTY, decPool(denom, commission)));
  }
  const tk = targetKey(type, id);
  const cur = st.currentRewards[tk];
  const sid = String(serviceId);
  ctx.set(st.currentRewards, tk, {
    ...cur,
    rewards: { ...cur.rewards, [sid]: decPoolsAdd(cur.rewards[sid] ?? EMPTY, decPool(denom, shared)) },
  });
  ctx.set(st.outstanding, tk, decPoolsAdd(st.outstanding[tk] ?? EMPTY, decPool(denom, rewards)));
  ctx.emit("rewards", {
    delegation_type: TYPE_NAME[type],
    delegation_target_id: id,
    pool: denom,
    amount: decCoinsString(rewards),
  });
}

function allocateGroup(ctx: Ctx, st: RestakingState, serviceId: number, d: DistributionRecord, targets: Eligible[], rewards: DecCoins): void {
  if (d.kind === "basic") {
    const total = sum(targets);
    for (const t of targets) allocateToTarget(ctx, st, serviceId, t, decCoinsQuoDecTruncate(decCoinsMulDecTruncate(rewards, t.value), total));
  } else if (d.kind === "weighted") {
    const byId = new Map(targets.map((t) => [t.id, t]));
    const listed = d.weights.filter((w) => byId.has(w.targetId));
    const total = BigInt(listed.reduce((a, w) => a + w.weight, 0)) * DEC_SCALE;
    for (const w of listed) {
      const part = decCoinsMulDecTruncate(rewards, BigInt(w.weight) * DEC_SCALE);
      if (isEmpty(part)) continue;
      allocateToTarget(ctx, st, serviceId, byId.get(w.targetId)!, decCoinsQuoDecTruncate(part, total));
    }
  } else {
    if (targets.length === 0) return;
    const each = decCoinsQuoDecTruncate(rewards, BigInt(targets.length) * DEC_SCALE);
    for (const t of targets) allocateToTarget(ctx, st, serviceId, t, each);
  }
}

function allocatePlan(ctx: Ctx, st: RestakingState, plan: RewardsPlanRecord, elapsedMs: number, denoms: readonly string[]): void {
  const denom = plan.amountPerDay.denom;
  const amount = (plan.amountPerDay.amount * BigInt(elapsedMs)) / DAY_MS;
  if (amount === 0n) return;
  if (balanceOf(ctx.chain, plan.rewardsPool, denom) < amount) return;
  const svc = st.services[plan.serviceId];
  const pools = eligiblePools(st, svc.id, denoms);
  const operators = eligibleOperators(st, svc.id, denoms);
  const users = eligible(st, SERVICE, svc.id, filterDenoms(svc.tokens, denoms));
  const values = { pools: sum(pools), operators: sum(operators), users: users?.value ?? 0n };
  const total = values.pools + values.operators + values.users;
  if (total === 0n) return;
  sendCoins(ctx, plan.rewardsPool, rewardsPoolAddress(ctx.cfg.bech32Prefix), [{ denom, amount }]);
  const rewards: DecCoins = { [denom]: amount * DEC_SCALE };
  let weights = 0;
  if (values.pools > 0n) weights += plan.pools.weight;
  if (values.operators > 0n) weights += plan.operators.weight;
  if (values.users > 0n) weights += plan.users.weight;
  const split = (w: number, v: Dec): DecCoins =>
    weights > 0
      ? decCoinsQuoDecTruncate(decCoinsMulDecTruncate(rewards, BigInt(w) * DEC_SCALE), BigInt(weights) * DEC_SCALE)
      : decCoinsQuoDecTruncate(decCoinsMulDecTruncate(rewards, v), total);
  const poolsRewards = split(plan.pools.weight, values.pools);
  const operatorsRewards = split(plan.operators.weight, values.operators);
  const usersRewards = split(plan.users.weight, values.users);
  if (!isEmpty(poolsRewards)) allocateGroup(ctx, st, svc.id, plan.pools, pools, poolsRewards);
  if (!isEmpty(operatorsRewards)) allocateGroup(ctx, st, svc.id, plan.operators, operators, operatorsRewards);
  if (!isEmpty(usersRewards) && users) allocateToTarget(ctx, st, svc.id, users, usersRewards);
}

/**
 * x/rewards AllocateRewards (BeginBlock, after plan termination): each active plan of an ACTIVE
 * service pays floor(amount_per_day·Δms/86,400,000) for the time since the last allocation.
 */
export function allocateRewards(ctx: Ctx): void {
  const st = restakingStateFor(ctx);
  const last = st.lastAllocationTimeMs;
  setField(ctx, st, "lastAllocationTimeMs", ctx.timeMs);
  if (last === null) return;
  const elapsed = ctx.timeMs - last;
  if (elapsed <= 0) return;
  for (const plan of Object.values(st.rewardsPlans).sort((a, b) => a.id - b.id)) {
    if (!(plan.startMs <= ctx.timeMs && ctx.timeMs < plan.endMs)) continue;
    const svc = st.services[plan.serviceId];
    if (!svc || svc.status !== SERVICE_ACTIVE) continue;
    const { denoms, none } = serviceRestakableDenoms(st, svc.id);
    if (none) continue;
    allocatePlan(ctx, st, plan, elapsed, denoms);
  }
}
