"use client";

import { useQuery } from "@tanstack/react-query";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { balanceQuery } from "@/lib/queries/bank";
import {
  operatorsQuery,
  poolsQuery,
  restakingParamsQuery,
  rewardsPlansQuery,
  servicesQuery,
  userDelegationsQuery,
  userRewardsQuery,
  userTrustQuery,
  userUnbondingsQuery,
  rewardsWithdrawAddressQuery,
} from "@/lib/queries/restaking";

// Thin wrappers over the factories in lib/queries/restaking.ts (keys and readiness live there).

export const usePools = (net: NetworkSnapshot) => useQuery(poolsQuery(net));
export const useOperators = (net: NetworkSnapshot) => useQuery(operatorsQuery(net));
export const useServices = (net: NetworkSnapshot) => useQuery(servicesQuery(net));
export const useRewardsPlans = (net: NetworkSnapshot) => useQuery(rewardsPlansQuery(net));
export const useRestakingParams = (net: NetworkSnapshot) => useQuery(restakingParamsQuery(net));
export const useUserDelegations = (net: NetworkSnapshot, user?: string) => useQuery(userDelegationsQuery(net, user));
export const useUserUnbondings = (net: NetworkSnapshot, user?: string) => useQuery(userUnbondingsQuery(net, user));
export const useUserTrust = (net: NetworkSnapshot, user?: string) => useQuery(userTrustQuery(net, user));
export const useUserRewards = (net: NetworkSnapshot, user?: string) => useQuery(userRewardsQuery(net, user));
export const useRewardsWithdrawAddress = (net: NetworkSnapshot, user?: string) => useQuery(rewardsWithdrawAddressQuery(net, user));
export const useMilkywayBalance = (net: NetworkSnapshot, user: string | undefined, denom: string) =>
  useQuery(balanceQuery(net, "milkyway", user, denom));
