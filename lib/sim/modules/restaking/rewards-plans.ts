import type { Ctx } from "../../ctx";
import { coinsString, type SimCoin } from "../../coins";
import { sdk } from "../../errors";
import { allBalances, sendCoins } from "../bank";
import { ensureAccount } from "../auth";
import { chargeFee } from "./admin";
import { servicesErr } from "./errors";
import {
  OPERATOR,
  POOL,
  type DelegationType,
  type DistributionRecord,
  type RestakingState,
  type RewardsPlanRecord,
} from "./state";
import { planRewardsPoolAddress, restakingStateFor } from "./store";
import { findTarget, setField } from "./targets";

export interface PlanInput {
  description: string;
  /** Per day, in one denom. */
  amount: SimCoin;
  startMs: number;
  endMs: number;
  pools: DistributionRecord;
  operators: DistributionRecord;
  users: { weight: number };
}

export const basicDistribution = (delegationType: DelegationType, weight = 0): DistributionRecord => ({
  delegationType,
  weight,
  kind: "basic",
  weights: [],
});

function validatePlan(st: RestakingState, p: PlanInput): void {
  if (p.amount.amount <= 0n) throw sdk.invalidRequest(`invalid amount per day: ${p.amount.amount}${p.amount.denom}`);
  if (p.endMs <= p.startMs) throw sdk.invalidRequest("end time must be after start time");
  if (p.pools.delegationType !== POOL) throw sdk.invalidRequest("pools distribution has invalid delegation type");
  if (p.operators.delegationType !== OPERATOR) throw sdk.invalidRequest("operators distribution has invalid delegation type");
  for (const d of [p.pools, p.operators]) {
    if (d.kind !== "weighted") continue;
    for (const w of d.weights) {
      if (!findTarget(st, d.delegationType, w.targetId)) {
        throw sdk.notFound(`cannot get delegation target ${w.targetId}: ${d.delegationType === POOL ? "pool" : "operator"} not found`);
      }
    }
  }
}

/** MsgCreateRewardsPlan (service admin). The plan's pool must be funded separately. */
export function createRewardsPlan(
  ctx: Ctx,
  m: PlanInput & { sender: string; serviceId: number; feeAmount?: SimCoin[] },
): number {
  const st = restakingStateFor(ctx);
  const svc = st.services[m.serviceId];
  if (!svc) throw servicesErr.notFound();
  if (svc.admin !== m.sender) throw sdk.unauthorized("only the service admin can create a rewards plan");
  chargeFee(ctx, m.sender, m.feeAmount ?? [], st.rewardsPlanCreationFee);
  validatePlan(st, m);
  const id = st.nextPlanId;
  setField(ctx, st, "nextPlanId", id + 1);
  const plan: RewardsPlanRecord = {
    id,
    description: m.description,
    serviceId: m.serviceId,
    amountPerDay: { ...m.amount },
    startMs: m.startMs,
    endMs: m.endMs,
    rewardsPool: planRewardsPoolAddress(ctx.cfg.bech32Prefix, id),
    pools: m.pools,
    operators: m.operators,
    users: m.users,
  };
  ensureAccount(ctx, plan.rewardsPool);
  ctx.set(st.rewardsPlans, String(id), plan);
  ctx.emit("create_rewards_plan", { rewards_plan_id: id, service_id: m.serviceId });
  return id;
}

/** MsgEditRewardsPlan (service admin); a completed plan cannot be edited. */
export function editRewardsPlan(ctx: Ctx, m: PlanInput & { sender: string; id: number }): void {
  const st = restakingStateFor(ctx);
  if (m.id === 0) throw sdk.invalidRequest("invalid plan ID");
  const plan = st.rewardsPlans[m.id];
  if (!plan) throw sdk.notFound(`rewards plan ${m.id} not found`);
  const svc = st.services[plan.serviceId];
  if (!svc || svc.admin !== m.sender) throw sdk.unauthorized("only the service admin can edit the rewards plan");
  if (ctx.timeMs >= plan.endMs) throw sdk.invalidRequest("rewards plan is completed");
  validatePlan(st, m);
  ctx.set(st.rewardsPlans, String(m.id), {
    ...plan,
    description: m.description,
    amountPerDay: { ...m.amount },
    startMs: m.startMs,
    endMs: m.endMs,
    pools: m.pools,
    operators: m.operators,
    users: m.users,
  });
  ctx.emit("edit_rewards_plan", { rewards_plan_id: m.id });
}

/** BeginBlock step 0: ended plans give what is left in their pool back to the service. */
export function terminateEndedPlans(ctx: Ctx): void {
  const st = restakingStateFor(ctx);
  for (const plan of Object.values(st.rewardsPlans).sort((a, b) => a.id - b.id)) {
    if (ctx.timeMs < plan.endMs) continue;
    const remaining = allBalances(ctx.chain, plan.rewardsPool);
    if (remaining.length > 0) {
      const svc = st.services[plan.serviceId];
      if (svc) sendCoins(ctx, plan.rewardsPool, svc.address, remaining);
    }
    ctx.del(st.rewardsPlans, String(plan.id));
    ctx.emit("terminate_rewards_plan", { rewards_plan_id: plan.id, remaining_rewards: coinsString(remaining) });
  }
}
