import { queryOptions, skipToken } from "@tanstack/react-query";
import type { NetworkSnapshot } from "../chains/networks";
import type { ChainKey } from "../stores/network-store";
import { read } from "../reads/run";
import { queryKey } from "./keys";

export type { ChainHistory } from "../reads/history";

/** Transactions decoded per chain at first; the history screen asks for more a page at a time. */
export const HISTORY_PAGE = 100;

/** The user's transactions on one chain (paid for, or transferring coins to them), newest first. */
export function chainHistoryQuery(net: NetworkSnapshot, key: ChainKey, address: string | undefined, limit: number = HISTORY_PAGE) {
  return queryOptions({
    queryKey: queryKey(net, net.chainIds[key], "history", "txs", { address, limit }),
    queryFn: address ? () => read("chainHistory", net, key, address, limit) : skipToken,
  });
}
