import * as WQ from "../../../cosmos/proto/gen/milkyway/rewards/v1/query";
import { QueryError } from "../../errors";
import type { QueryRoute } from "../../module";
import type { ChainState } from "../../state";
import type { SimCoin } from "../../coins";
import { decPoolsAdd, EMPTY, type DecPools } from "./dec-coins";
import { pendingRewards } from "./f1";
import { paginate } from "./paginate";
import { delegationsOf, stateOf } from "./queries-restaking";
import {
  delegationKey,
  OPERATOR,
  POOL,
  poolServiceKey,
  SERVICE,
  sharesDenom,
  targetKey,
  type DelegationType,
  type RestakingState,
} from "./state";
import { findTarget } from "./targets";
import { coinsWire, decCoinsWire, decPoolsWire, planWire } from "./wire";

const KIND: Record<DelegationType, string> = { 1: "pool", 2: "operator", 3: "service" };

function requireTarget(st: RestakingState, type: DelegationType, id: number): void {
  if (!findTarget(st, type, id)) throw new QueryError("NotFound", `${KIND[type]} not found`);
}

/** GetDelegationRewards: what a withdrawal would pay now (before flooring). */
function delegationRewards(chain: ChainState, type: DelegationType, id: number, user: string): DecPools {
  const st = stateOf(chain);
  requireTarget(st, type, id);
  const del = st.delegations[delegationKey(type, id, user)];
  if (!del) throw new QueryError("NotFound", "delegation not found: not found");
  return pendingRewards(chain, st, del);
}

function outstanding(st: RestakingState, type: DelegationType, id: number) {
  requireTarget(st, type, id);
  return { rewards: decPoolsWire(st.outstanding[targetKey(type, id)] ?? EMPTY) };
}

const feeWire = (fee: readonly SimCoin[]) => coinsWire(Object.fromEntries(fee.map((c) => [c.denom, c.amount])));

/** The user's delegations in IterateUserDelegations order: pools, services, operators. */
const USER_ORDER: DelegationType[] = [POOL, SERVICE, OPERATOR];

export const rewardsQueries: Record<string, QueryRoute> = {
  "/milkyway.rewards.v1.Query/Params": (q) =>
    WQ.QueryParamsResponse.encode({ params: { rewardsPlanCreationFee: feeWire(stateOf(q.chain).rewardsPlanCreationFee) } }).finish(),
  "/milkyway.rewards.v1.Query/RewardsPlans": (q, req) => {
    const st = stateOf(q.chain);
    const r = WQ.QueryRewardsPlansRequest.decode(req);
    const plans = Object.values(st.rewardsPlans).sort((a, b) => a.id - b.id);
    const page = paginate(plans, r.pagination);
    return WQ.QueryRewardsPlansResponse.encode({ rewardsPlans: page.items.map(planWire), pagination: page.pagination }).finish();
  },
  "/milkyway.rewards.v1.Query/RewardsPlan": (q, req) => {
    const r = WQ.QueryRewardsPlanRequest.decode(req);
    const plan = stateOf(q.chain).rewardsPlans[String(r.planId)];
    if (!plan) throw new QueryError("NotFound", `rewards plan ${r.planId} not found`);
    return WQ.QueryRewardsPlanResponse.encode({ rewardsPlan: planWire(plan) }).finish();
  },
  "/milkyway.rewards.v1.Query/PoolOutstandingRewards": (q, req) => {
    const r = WQ.QueryPoolOutstandingRewardsRequest.decode(req);
    return WQ.QueryPoolOutstandingRewardsResponse.encode({ rewards: outstanding(stateOf(q.chain), POOL, r.poolId) }).finish();
  },
  "/milkyway.rewards.v1.Query/OperatorOutstandingRewards": (q, req) => {
    const r = WQ.QueryOperatorOutstandingRewardsRequest.decode(req);
    return WQ.QueryOperatorOutstandingRewardsResponse.encode({ rewards: outstanding(stateOf(q.chain), OPERATOR, r.operatorId) }).finish();
  },
  "/milkyway.rewards.v1.Query/ServiceOutstandingRewards": (q, req) => {
    const r = WQ.QueryServiceOutstandingRewardsRequest.decode(req);
    return WQ.QueryServiceOutstandingRewardsResponse.encode({ rewards: outstanding(stateOf(q.chain), SERVICE, r.serviceId) }).finish();
  },
  "/milkyway.rewards.v1.Query/OperatorCommission": (q, req) => {
    const st = stateOf(q.chain);
    const r = WQ.QueryOperatorCommissionRequest.decode(req);
    requireTarget(st, OPERATOR, r.operatorId);
    return WQ.QueryOperatorCommissionResponse.encode({
      commission: { commissions: decPoolsWire(st.commission[r.operatorId] ?? EMPTY) },
    }).finish();
  },
  "/milkyway.rewards.v1.Query/PoolServiceTotalDelegatorShares": (q, req) => {
    const st = stateOf(q.chain);
    const r = WQ.QueryPoolServiceTotalDelegatorSharesRequest.decode(req);
    const pool = st.pools[r.poolId];
    const shares = st.poolServiceShares[poolServiceKey(r.poolId, r.serviceId)] ?? 0n;
    const list = pool && shares > 0n ? decCoinsWire({ [pool.denom]: shares }, (d) => sharesDenom(POOL, pool.id, d)) : [];
    return WQ.QueryPoolServiceTotalDelegatorSharesResponse.encode({ shares: list }).finish();
  },
  "/milkyway.rewards.v1.Query/PoolDelegationRewards": (q, req) => {
    const r = WQ.QueryPoolDelegationRewardsRequest.decode(req);
    const rewards = decPoolsWire(delegationRewards(q.chain, POOL, r.poolId, r.delegatorAddress));
    return WQ.QueryPoolDelegationRewardsResponse.encode({ rewards }).finish();
  },
  "/milkyway.rewards.v1.Query/OperatorDelegationRewards": (q, req) => {
    const r = WQ.QueryOperatorDelegationRewardsRequest.decode(req);
    const rewards = decPoolsWire(delegationRewards(q.chain, OPERATOR, r.operatorId, r.delegatorAddress));
    return WQ.QueryOperatorDelegationRewardsResponse.encode({ rewards }).finish();
  },
  "/milkyway.rewards.v1.Query/ServiceDelegationRewards": (q, req) => {
    const r = WQ.QueryServiceDelegationRewardsRequest.decode(req);
    const rewards = decPoolsWire(delegationRewards(q.chain, SERVICE, r.serviceId, r.delegatorAddress));
    return WQ.QueryServiceDelegationRewardsResponse.encode({ rewards }).finish();
  },
  "/milkyway.rewards.v1.Query/DelegatorTotalRewards": (q, req) => {
    const st = stateOf(q.chain);
    const r = WQ.QueryDelegatorTotalRewardsRequest.decode(req);
    const rewards: WQ.QueryDelegatorTotalRewardsResponse["rewards"] = [];
    let total: DecPools = EMPTY;
    for (const type of USER_ORDER) {
      for (const del of delegationsOf(st, (d) => d.type === type && d.user === r.delegatorAddress)) {
        const pools = pendingRewards(q.chain, st, del);
        rewards.push({ delegationType: del.type, delegationTargetId: del.targetId, reward: decPoolsWire(pools) });
        total = decPoolsAdd(total, pools);
      }
    }
    return WQ.QueryDelegatorTotalRewardsResponse.encode({ rewards, total: decPoolsWire(total) }).finish();
  },
  "/milkyway.rewards.v1.Query/DelegatorWithdrawAddress": (q, req) => {
    const r = WQ.QueryDelegatorWithdrawAddressRequest.decode(req);
    const withdrawAddress = stateOf(q.chain).withdrawAddrs[r.delegatorAddress] ?? r.delegatorAddress;
    return WQ.QueryDelegatorWithdrawAddressResponse.encode({ withdrawAddress }).finish();
  },
};
