import * as RQ from "../../../cosmos/proto/gen/milkyway/restaking/v1/query";
import { QueryError } from "../../errors";
import type { QueryRoute } from "../../module";
import type { ChainState } from "../../state";
import { canOperatorValidateService } from "./admin";
import { paginate } from "./paginate";
import {
  delegationKey,
  initRestakingState,
  OPERATOR,
  POOL,
  SERVICE,
  type DelegationRecord,
  type DelegationType,
  type RestakingState,
  type UnbondingRecord,
} from "./state";
import { allOperators } from "./targets";
import { delegationResponseWire, operatorWire, poolWire, serviceWire, unbondingWire } from "./wire";

export function stateOf(chain: ChainState): RestakingState {
  return chain.restaking ?? initRestakingState();
}

const KIND: Record<DelegationType, string> = { 1: "pool", 2: "operator", 3: "service" };

function order(a: { type: number; targetId: number }, b: { type: number; targetId: number }, ua: string, ub: string): number {
  return a.type - b.type || a.targetId - b.targetId || (ua < ub ? -1 : ua > ub ? 1 : 0);
}

/** Delegations matching `pred`, ordered by type, target id, then delegator. */
export function delegationsOf(st: RestakingState, pred: (d: DelegationRecord) => boolean): DelegationRecord[] {
  return Object.values(st.delegations)
    .filter(pred)
    .sort((a, b) => order(a, b, a.user, b.user));
}

function unbondingsOf(st: RestakingState, pred: (u: UnbondingRecord) => boolean): UnbondingRecord[] {
  return Object.values(st.unbondings)
    .filter(pred)
    .sort((a, b) => order(a, b, a.delegator, b.delegator));
}

function singleDelegation(st: RestakingState, type: DelegationType, id: number, user: string) {
  const d = st.delegations[delegationKey(type, id, user)];
  if (!d) throw new QueryError("NotFound", `delegation not found for ${KIND[type]} ${id} and delegator ${user}`);
  return delegationResponseWire(st, d);
}

function singleUnbonding(st: RestakingState, type: DelegationType, id: number, user: string) {
  const u = st.unbondings[delegationKey(type, id, user)];
  if (!u) throw new QueryError("NotFound", `unbonding delegation not found for ${KIND[type]} ${id} and delegator ${user}`);
  return unbondingWire(u);
}

// Pool/Operator/Service list requests share the wire layout {1 id, 2 pagination}; their
// responses share {1 delegations | unbonding_delegations, 2 pagination}. One codec per shape.
function byTarget(type: DelegationType, decodeId: (req: Uint8Array) => { id: number; pagination?: RQ.QueryPoolDelegationsRequest["pagination"] }) {
  const delegations: QueryRoute = (q, req) => {
    const st = stateOf(q.chain);
    const r = decodeId(req);
    const page = paginate(delegationsOf(st, (d) => d.type === type && d.targetId === r.id), r.pagination);
    return RQ.QueryPoolDelegationsResponse.encode({
      delegations: page.items.map((d) => delegationResponseWire(st, d)),
      pagination: page.pagination,
    }).finish();
  };
  const unbondings: QueryRoute = (q, req) => {
    const st = stateOf(q.chain);
    const r = decodeId(req);
    const page = paginate(unbondingsOf(st, (u) => u.type === type && u.targetId === r.id), r.pagination);
    return RQ.QueryPoolUnbondingDelegationsResponse.encode({
      unbondingDelegations: page.items.map(unbondingWire),
      pagination: page.pagination,
    }).finish();
  };
  return { delegations, unbondings };
}

function byDelegator(type: DelegationType) {
  const delegations: QueryRoute = (q, req) => {
    const st = stateOf(q.chain);
    const r = RQ.QueryDelegatorPoolDelegationsRequest.decode(req);
    const page = paginate(delegationsOf(st, (d) => d.type === type && d.user === r.delegatorAddress), r.pagination);
    return RQ.QueryDelegatorPoolDelegationsResponse.encode({
      delegations: page.items.map((d) => delegationResponseWire(st, d)),
      pagination: page.pagination,
    }).finish();
  };
  const unbondings: QueryRoute = (q, req) => {
    const st = stateOf(q.chain);
    const r = RQ.QueryDelegatorPoolUnbondingDelegationsRequest.decode(req);
    const page = paginate(unbondingsOf(st, (u) => u.type === type && u.delegator === r.delegatorAddress), r.pagination);
    return RQ.QueryDelegatorPoolUnbondingDelegationsResponse.encode({
      unbondingDelegations: page.items.map(unbondingWire),
      pagination: page.pagination,
    }).finish();
  };
  return { delegations, unbondings };
}

const pools = byTarget(POOL, (b) => {
  const r = RQ.QueryPoolDelegationsRequest.decode(b);
  return { id: r.poolId, pagination: r.pagination };
});
const operators = byTarget(OPERATOR, (b) => {
  const r = RQ.QueryOperatorDelegationsRequest.decode(b);
  return { id: r.operatorId, pagination: r.pagination };
});
const services = byTarget(SERVICE, (b) => {
  const r = RQ.QueryServiceDelegationsRequest.decode(b);
  return { id: r.serviceId, pagination: r.pagination };
});
const delegatorPools = byDelegator(POOL);
const delegatorOperators = byDelegator(OPERATOR);
const delegatorServices = byDelegator(SERVICE);

function delegatedTargetIds(st: RestakingState, type: DelegationType, user: string): number[] {
  return delegationsOf(st, (d) => d.type === type && d.user === user)
    .map((d) => d.targetId)
    .sort((a, b) => a - b);
}

function notFound(what: string): never {
  throw new QueryError("NotFound", `${what} not found`);
}

export const restakingQueries: Record<string, QueryRoute> = {
  "/milkyway.restaking.v1.Query/OperatorJoinedServices": (q, req) => {
    const r = RQ.QueryOperatorJoinedServicesRequest.decode(req);
    const page = paginate(stateOf(q.chain).operatorJoinedServices[r.operatorId] ?? [], r.pagination);
    return RQ.QueryOperatorJoinedServicesResponse.encode({ serviceIds: page.items, pagination: page.pagination }).finish();
  },
  "/milkyway.restaking.v1.Query/ServiceAllowedOperators": (q, req) => {
    const r = RQ.QueryServiceAllowedOperatorsRequest.decode(req);
    const page = paginate(stateOf(q.chain).serviceAllowedOperators[r.serviceId] ?? [], r.pagination);
    return RQ.QueryServiceAllowedOperatorsResponse.encode({ operatorIds: page.items, pagination: page.pagination }).finish();
  },
  "/milkyway.restaking.v1.Query/ServiceSecuringPools": (q, req) => {
    const r = RQ.QueryServiceSecuringPoolsRequest.decode(req);
    const page = paginate(stateOf(q.chain).serviceSecuringPools[r.serviceId] ?? [], r.pagination);
    return RQ.QueryServiceSecuringPoolsResponse.encode({ poolIds: page.items, pagination: page.pagination }).finish();
  },
  "/milkyway.restaking.v1.Query/ServiceOperators": (q, req) => {
    const st = stateOf(q.chain);
    const r = RQ.QueryServiceOperatorsRequest.decode(req);
    const ops = allOperators(st).filter(
      (o) => (st.operatorJoinedServices[o.id] ?? []).includes(r.serviceId) && canOperatorValidateService(st, r.serviceId, o.id),
    );
    const page = paginate(ops, r.pagination);
    return RQ.QueryServiceOperatorsResponse.encode({ operators: page.items.map(operatorWire), pagination: page.pagination }).finish();
  },

  "/milkyway.restaking.v1.Query/PoolDelegations": pools.delegations,
  "/milkyway.restaking.v1.Query/PoolUnbondingDelegations": pools.unbondings,
  "/milkyway.restaking.v1.Query/OperatorDelegations": operators.delegations,
  "/milkyway.restaking.v1.Query/OperatorUnbondingDelegations": operators.unbondings,
  "/milkyway.restaking.v1.Query/ServiceDelegations": services.delegations,
  "/milkyway.restaking.v1.Query/ServiceUnbondingDelegations": services.unbondings,

  "/milkyway.restaking.v1.Query/PoolDelegation": (q, req) => {
    const r = RQ.QueryPoolDelegationRequest.decode(req);
    const delegation = singleDelegation(stateOf(q.chain), POOL, r.poolId, r.delegatorAddress);
    return RQ.QueryPoolDelegationResponse.encode({ delegation }).finish();
  },
  "/milkyway.restaking.v1.Query/OperatorDelegation": (q, req) => {
    const r = RQ.QueryOperatorDelegationRequest.decode(req);
    const delegation = singleDelegation(stateOf(q.chain), OPERATOR, r.operatorId, r.delegatorAddress);
    return RQ.QueryOperatorDelegationResponse.encode({ delegation }).finish();
  },
  "/milkyway.restaking.v1.Query/ServiceDelegation": (q, req) => {
    const r = RQ.QueryServiceDelegationRequest.decode(req);
    const delegation = singleDelegation(stateOf(q.chain), SERVICE, r.serviceId, r.delegatorAddress);
    return RQ.QueryServiceDelegationResponse.encode({ delegation }).finish();
  },
  "/milkyway.restaking.v1.Query/PoolUnbondingDelegation": (q, req) => {
    const r = RQ.QueryPoolUnbondingDelegationRequest.decode(req);
    const unbondingDelegation = singleUnbonding(stateOf(q.chain), POOL, r.poolId, r.delegatorAddress);
    return RQ.QueryPoolUnbondingDelegationResponse.encode({ unbondingDelegation }).finish();
  },
  "/milkyway.restaking.v1.Query/OperatorUnbondingDelegation": (q, req) => {
    const r = RQ.QueryOperatorUnbondingDelegationRequest.decode(req);
    const unbondingDelegation = singleUnbonding(stateOf(q.chain), OPERATOR, r.operatorId, r.delegatorAddress);
    return RQ.QueryOperatorUnbondingDelegationResponse.encode({ unbondingDelegation }).finish();
  },
  "/milkyway.restaking.v1.Query/ServiceUnbondingDelegation": (q, req) => {
    const r = RQ.QueryServiceUnbondingDelegationRequest.decode(req);
    const unbondingDelegation = singleUnbonding(stateOf(q.chain), SERVICE, r.serviceId, r.delegatorAddress);
    return RQ.QueryServiceUnbondingDelegationResponse.encode({ unbondingDelegation }).finish();
  },

  "/milkyway.restaking.v1.Query/DelegatorPoolDelegations": delegatorPools.delegations,
  "/milkyway.restaking.v1.Query/DelegatorOperatorDelegations": delegatorOperators.delegations,
  "/milkyway.restaking.v1.Query/DelegatorServiceDelegations": delegatorServices.delegations,
  "/milkyway.restaking.v1.Query/DelegatorPoolUnbondingDelegations": delegatorPools.unbondings,
  "/milkyway.restaking.v1.Query/DelegatorOperatorUnbondingDelegations": delegatorOperators.unbondings,
  "/milkyway.restaking.v1.Query/DelegatorServiceUnbondingDelegations": delegatorServices.unbondings,

  "/milkyway.restaking.v1.Query/DelegatorPools": (q, req) => {
    const st = stateOf(q.chain);
    const r = RQ.QueryDelegatorPoolsRequest.decode(req);
    const page = paginate(delegatedTargetIds(st, POOL, r.delegatorAddress).map((id) => poolWire(st.pools[id])), r.pagination);
    return RQ.QueryDelegatorPoolsResponse.encode({ pools: page.items, pagination: page.pagination }).finish();
  },
  "/milkyway.restaking.v1.Query/DelegatorPool": (q, req) => {
    const st = stateOf(q.chain);
    const r = RQ.QueryDelegatorPoolRequest.decode(req);
    if (!st.delegations[delegationKey(POOL, r.poolId, r.delegatorAddress)] || !st.pools[r.poolId]) notFound("delegation");
    return RQ.QueryDelegatorPoolResponse.encode({ pool: poolWire(st.pools[r.poolId]) }).finish();
  },
  "/milkyway.restaking.v1.Query/DelegatorOperators": (q, req) => {
    const st = stateOf(q.chain);
    const r = RQ.QueryDelegatorOperatorsRequest.decode(req);
    const page = paginate(delegatedTargetIds(st, OPERATOR, r.delegatorAddress).map((id) => operatorWire(st.operators[id])), r.pagination);
    return RQ.QueryDelegatorOperatorsResponse.encode({ operators: page.items, pagination: page.pagination }).finish();
  },
  "/milkyway.restaking.v1.Query/DelegatorOperator": (q, req) => {
    const st = stateOf(q.chain);
    const r = RQ.QueryDelegatorOperatorRequest.decode(req);
    if (!st.delegations[delegationKey(OPERATOR, r.operatorId, r.delegatorAddress)] || !st.operators[r.operatorId]) notFound("delegation");
    return RQ.QueryDelegatorOperatorResponse.encode({ operator: operatorWire(st.operators[r.operatorId]) }).finish();
  },
  "/milkyway.restaking.v1.Query/DelegatorServices": (q, req) => {
    const st = stateOf(q.chain);
    const r = RQ.QueryDelegatorServicesRequest.decode(req);
    const page = paginate(delegatedTargetIds(st, SERVICE, r.delegatorAddress).map((id) => serviceWire(st.services[id])), r.pagination);
    return RQ.QueryDelegatorServicesResponse.encode({ services: page.items, pagination: page.pagination }).finish();
  },
  "/milkyway.restaking.v1.Query/DelegatorService": (q, req) => {
    const st = stateOf(q.chain);
    const r = RQ.QueryDelegatorServiceRequest.decode(req);
    if (!st.delegations[delegationKey(SERVICE, r.serviceId, r.delegatorAddress)] || !st.services[r.serviceId]) notFound("delegation");
    return RQ.QueryDelegatorServiceResponse.encode({ service: serviceWire(st.services[r.serviceId]) }).finish();
  },

  "/milkyway.restaking.v1.Query/UserPreferences": (q, req) => {
    const r = RQ.QueryUserPreferencesRequest.decode(req);
    const prefs = stateOf(q.chain).userPreferences[r.userAddress] ?? [];
    return RQ.QueryUserPreferencesResponse.encode({
      preferences: { trustedServices: prefs.map((e) => ({ serviceId: e.serviceId, poolsIds: [...e.poolsIds] })) },
    }).finish();
  },
  "/milkyway.restaking.v1.Query/Params": (q) => {
    const p = stateOf(q.chain).params;
    return RQ.QueryParamsResponse.encode({
      params: {
        unbondingTime: BigInt(p.unbondingTimeSec) * 1_000_000_000n,
        allowedDenoms: [...p.allowedDenoms],
        restakingCap: p.restakingCap.toString(),
        maxEntries: p.maxEntries,
      },
    }).finish();
  },
};
