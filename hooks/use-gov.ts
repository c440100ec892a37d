"use client";

import { useQuery } from "@tanstack/react-query";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import {
  bondedQuery,
  depositsQuery,
  govParamsQuery,
  myStakeQuery,
  myVoteQuery,
  proposalsQuery,
  tallyQuery,
  topValidatorQuery,
} from "@/lib/queries/gov";

// Thin wrappers: readiness (skipToken) and keys live in the factories in lib/queries/gov.ts.

export const useGovParams = (net: NetworkSnapshot) => useQuery(govParamsQuery(net));
export const useProposals = (net: NetworkSnapshot, denom: string | undefined) => useQuery(proposalsQuery(net, denom));
export const useTally = (net: NetworkSnapshot, id: bigint | undefined) => useQuery(tallyQuery(net, id));
export const useDeposits = (net: NetworkSnapshot, id: bigint | undefined, denom: string | undefined) => useQuery(depositsQuery(net, id, denom));
export const useMyVote = (net: NetworkSnapshot, id: bigint | undefined, voter: string | undefined) => useQuery(myVoteQuery(net, id, voter));
export const useBonded = (net: NetworkSnapshot) => useQuery(bondedQuery(net));
export const useMyStake = (net: NetworkSnapshot, delegator: string | undefined) => useQuery(myStakeQuery(net, delegator));
export const useTopValidator = (net: NetworkSnapshot) => useQuery(topValidatorQuery(net));
