import { queryOptions, skipToken } from "@tanstack/react-query";
import type { NetworkSnapshot } from "../chains/networks";
import type { ChainKey } from "../stores/network-store";
import { queryClient } from "../cosmos/clients";
import { queryKey } from "./keys";

export function balanceQuery(net: NetworkSnapshot, key: ChainKey, address: string | undefined, denom: string) {
  return queryOptions({
    queryKey: queryKey(net, net.chainIds[key], "bank", "balance", { address, denom }),
    queryFn: address
      ? async () => {
          const c = await queryClient(net, key);
          return BigInt((await c.getBalance(address, denom)).amount);
        }
      : skipToken,
  });
}
