import { queryOptions, skipToken } from "@tanstack/react-query";
import type { NetworkSnapshot } from "../chains/networks";
import { read } from "../reads/run";
import { queryKey } from "./keys";

export type { DelegationView, OperatorView, PlanView, PoolView, RestakingParams, RewardsView, ServiceView, UnbondingView } from "../reads/restaking";

const key = (net: NetworkSnapshot, area: string, op: string, params: Record<string, unknown> = {}) => queryKey(net, net.chainIds.milkyway, area, op, params);

export function poolsQuery(net: NetworkSnapshot) {
  return queryOptions({ queryKey: key(net, "restaking", "pools"), queryFn: () => read("pools", net) });
}

export function operatorsQuery(net: NetworkSnapshot) {
  return queryOptions({ queryKey: key(net, "restaking", "operators"), queryFn: () => read("operators", net) });
}

export function servicesQuery(net: NetworkSnapshot) {
  return queryOptions({ queryKey: key(net, "restaking", "services"), queryFn: () => read("services", net) });
}

export function rewardsPlansQuery(net: NetworkSnapshot) {
  return queryOptions({ queryKey: key(net, "rewards", "plans"), queryFn: () => read("rewardsPlans", net) });
}

export function restakingParamsQuery(net: NetworkSnapshot) {
  return queryOptions({ queryKey: key(net, "restaking", "params"), queryFn: () => read("restakingParams", net) });
}

export function userDelegationsQuery(net: NetworkSnapshot, user: string | undefined) {
  return queryOptions({ queryKey: key(net, "restaking", "user-delegations", { user }), queryFn: user ? () => read("userDelegations", net, user) : skipToken });
}

export function userUnbondingsQuery(net: NetworkSnapshot, user: string | undefined) {
  return queryOptions({ queryKey: key(net, "restaking", "user-unbondings", { user }), queryFn: user ? () => read("userUnbondings", net, user) : skipToken });
}

/** The (service, pools) pairs the user trusts; an entry with no pools trusts every pool. */
export function userTrustQuery(net: NetworkSnapshot, user: string | undefined) {
  return queryOptions({ queryKey: key(net, "restaking", "user-preferences", { user }), queryFn: user ? () => read("userTrust", net, user) : skipToken });
}

/** Where x/rewards pays this user's restaking rewards: its own setting, separate from x/distribution's. */
export function rewardsWithdrawAddressQuery(net: NetworkSnapshot, user: string | undefined) {
  return queryOptions({
    queryKey: key(net, "rewards", "withdraw-address", { user }),
    queryFn: user ? () => read("rewardsWithdrawAddress", net, user) : skipToken,
  });
}

export function userRewardsQuery(net: NetworkSnapshot, user: string | undefined) {
  return queryOptions({ queryKey: key(net, "rewards", "user-total", { user }), queryFn: user ? () => read("userRewards", net, user) : skipToken });
}
