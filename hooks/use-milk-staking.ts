"use client";

import { useQuery } from "@tanstack/react-query";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { stakeDelegationsQuery, stakeRewardsQuery, stakeUnbondingsQuery, stakeWithdrawAddressQuery, stakingParamsQuery, validatorsQuery } from "@/lib/queries/staking";

// Thin wrappers over lib/queries/staking.ts.

export const useValidators = (net: NetworkSnapshot) => useQuery(validatorsQuery(net));
export const useStakingParams = (net: NetworkSnapshot) => useQuery(stakingParamsQuery(net));
export const useStakeDelegations = (net: NetworkSnapshot, user?: string) => useQuery(stakeDelegationsQuery(net, user));
export const useStakeUnbondings = (net: NetworkSnapshot, user?: string) => useQuery(stakeUnbondingsQuery(net, user));
export const useStakeRewards = (net: NetworkSnapshot, user?: string) => useQuery(stakeRewardsQuery(net, user));
export const useStakeWithdrawAddress = (net: NetworkSnapshot, user?: string) => useQuery(stakeWithdrawAddressQuery(net, user));
