import { infiniteQueryOptions, queryOptions, skipToken } from "@tanstack/react-query";
import type { NetworkSnapshot } from "../chains/networks";
import { wayCardContractOn } from "../chains/way-card";
import { read } from "../reads/run";
import { queryKey } from "./keys";

/**
 * The Way Card's contract queries on MilkyWay (docs/way-card.md §3). Area "way-card": any
 * MsgExecuteContract refreshes it (lib/tx/invalidation.ts). Where the network has no card
 * (live networks) every query stays idle.
 */

export function wayCardContract(net: NetworkSnapshot): string | null {
  return wayCardContractOn(net.chainIds.milkyway);
}

const key = (net: NetworkSnapshot, op: string, params: Record<string, unknown> = {}) => queryKey(net, net.chainIds.milkyway, "way-card", op, params);

export function wayCardQuery(net: NetworkSnapshot, owner: string | undefined) {
  const contract = wayCardContract(net);
  return queryOptions({
    queryKey: key(net, "card", { owner }),
    queryFn: contract && owner ? () => read("wayCard", net, contract, owner) : skipToken,
  });
}

/** Statement lines per page (the contract's own maximum is higher). */
export const STATEMENT_PAGE = 50;

/**
 * The statement, newest first, a page at a time: each next page asks for the lines after the
 * last seq seen (`start_after`). A short page means there is nothing older.
 */
export function wayCardStatementQuery(net: NetworkSnapshot, owner: string | undefined, limit = STATEMENT_PAGE) {
  const contract = wayCardContract(net);
  return infiniteQueryOptions({
    queryKey: key(net, "statement", { owner, limit }),
    queryFn: contract && owner ? ({ pageParam }: { pageParam: number | null }) => read("wayCardStatement", net, contract, owner, limit, pageParam) : skipToken,
    initialPageParam: null as number | null,
    getNextPageParam: (page): number | null | undefined => (page.length < limit ? undefined : page[page.length - 1].seq),
  });
}

export function wayCardParamsQuery(net: NetworkSnapshot) {
  const contract = wayCardContract(net);
  return queryOptions({
    queryKey: key(net, "params"),
    queryFn: contract ? () => read("wayCardParams", net, contract) : skipToken,
  });
}

export function wayCardMerchantsQuery(net: NetworkSnapshot) {
  const contract = wayCardContract(net);
  return queryOptions({
    queryKey: key(net, "merchants"),
    queryFn: contract ? () => read("wayCardMerchants", net, contract) : skipToken,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
