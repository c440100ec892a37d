import { queryOptions, skipToken } from "@tanstack/react-query";
import type { NetworkSnapshot } from "../chains/networks";
import { read } from "../reads/run";
import { queryKey } from "./keys";

export type { StakeRewardsView, StakeUnbondingView, StakeView, ValidatorView } from "../reads/staking";

/** MILK staking on MilkyWay (cosmos.staking.v1beta1 / cosmos.distribution.v1beta1). */
const key = (net: NetworkSnapshot, area: string, op: string, params: Record<string, unknown> = {}) => queryKey(net, net.chainIds.milkyway, area, op, params);

export function validatorsQuery(net: NetworkSnapshot) {
  return queryOptions({ queryKey: key(net, "staking", "validators"), queryFn: () => read("validators", net) });
}

export function stakingParamsQuery(net: NetworkSnapshot) {
  return queryOptions({ queryKey: key(net, "staking", "params"), queryFn: () => read("stakingParams", net) });
}

export function stakeDelegationsQuery(net: NetworkSnapshot, user: string | undefined) {
  return queryOptions({ queryKey: key(net, "staking", "delegations", { user }), queryFn: user ? () => read("stakeDelegations", net, user) : skipToken });
}

export function stakeUnbondingsQuery(net: NetworkSnapshot, user: string | undefined) {
  return queryOptions({ queryKey: key(net, "staking", "unbondings", { user }), queryFn: user ? () => read("stakeUnbondings", net, user) : skipToken });
}

/** Where x/distribution pays this delegator's MILK staking rewards (the delegator itself unless set). */
export function stakeWithdrawAddressQuery(net: NetworkSnapshot, user: string | undefined) {
  return queryOptions({
    queryKey: key(net, "distribution", "withdraw-address", { user }),
    queryFn: user ? () => read("stakeWithdrawAddress", net, user) : skipToken,
  });
}

export function stakeRewardsQuery(net: NetworkSnapshot, user: string | undefined) {
  return queryOptions({ queryKey: key(net, "distribution", "total-rewards", { user }), queryFn: user ? () => read("stakeRewards", net, user) : skipToken });
}
