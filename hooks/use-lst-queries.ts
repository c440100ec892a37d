"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import type { LstRecord } from "@/lib/chains/lsts";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { balanceQuery } from "@/lib/queries/bank";
import { lstConfigQuery, lstStateQuery, pendingBatchQuery, unstakeRequestsQuery } from "@/lib/queries/liquid-staking";
import type { ChainKey } from "@/lib/stores/network-store";

// Thin wrappers: readiness (skipToken) and keys live in the factories in lib/queries.

export function useLstConfig(net: NetworkSnapshot, lst: LstRecord) {
  return useQuery(lstConfigQuery(net, lst));
}

export function useLstState(net: NetworkSnapshot, lst: LstRecord) {
  return useQuery(lstStateQuery(net, lst));
}

export function useLstPendingBatch(net: NetworkSnapshot, lst: LstRecord) {
  return useQuery(pendingBatchQuery(net, lst));
}

export function useLstUnstakeRequests(net: NetworkSnapshot, lst: LstRecord, user: string | undefined) {
  return useQuery(unstakeRequestsQuery(net, lst, user));
}

/** One balance in base units; idle (no fetch) until there is an address. */
export function useLstBalance(net: NetworkSnapshot, key: ChainKey, address: string | undefined, denom: string) {
  return useQuery(balanceQuery(net, key, address, denom));
}

/** Several balances at once (a balances panel); each entry is the same query as useLstBalance. */
export function useLstBalances(net: NetworkSnapshot, specs: ReadonlyArray<{ key: ChainKey; address: string | undefined; denom: string }>) {
  return useQueries({ queries: specs.map((s) => balanceQuery(net, s.key, s.address, s.denom)) });
}
