import { queryOptions, skipToken } from "@tanstack/react-query";
import type { NetworkSnapshot } from "../chains/networks";
import type { ChainKey } from "../stores/network-store";
import { read } from "../reads/run";
import { queryKey } from "./keys";

export function balanceQuery(net: NetworkSnapshot, key: ChainKey, address: string | undefined, denom: string) {
  return queryOptions({
    queryKey: queryKey(net, net.chainIds[key], "bank", "balance", { address, denom }),
    queryFn: address ? () => read("balance", net, key, address, denom) : skipToken,
  });
}

/**
 * Every bank balance of an address on one chain. Same "bank" area as balanceQuery, so a
 * transaction that changes a balance refreshes this too.
 */
export function allBalancesQuery(net: NetworkSnapshot, key: ChainKey, address: string | undefined) {
  return queryOptions({
    queryKey: queryKey(net, net.chainIds[key], "bank", "all-balances", { address }),
    queryFn: address ? () => read("allBalances", net, key, address) : skipToken,
  });
}
