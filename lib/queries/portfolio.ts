import { queryOptions, skipToken } from "@tanstack/react-query";
import type { NetworkSnapshot } from "../chains/networks";
import { protobufRpc } from "../cosmos/clients";
import type { CoinAmount } from "../protocol/restaking";
import type { ChainKey } from "../stores/network-store";
import { queryKey } from "./keys";

/**
 * Every bank balance of an address on one chain (the portfolio lists what it holds, not only
 * the denoms the app knows). Same "bank" area as balanceQuery, so a transaction that changes
 * a balance refreshes this too.
 */
export function allBalancesQuery(net: NetworkSnapshot, key: ChainKey, address: string | undefined) {
  return queryOptions({
    queryKey: queryKey(net, net.chainIds[key], "bank", "all-balances", { address }),
    queryFn: address
      ? async (): Promise<CoinAmount[]> => {
          const { QueryClientImpl } = await import("cosmjs-types/cosmos/bank/v1beta1/query");
          const bank = new QueryClientImpl(await protobufRpc(net, key));
          const r = await bank.AllBalances({
            address,
            resolveDenom: false,
            pagination: { key: new Uint8Array(), offset: 0n, limit: 1000n, countTotal: false, reverse: false },
          });
          return r.balances.map((c) => ({ denom: c.denom, amount: BigInt(c.amount) })).filter((c) => c.amount > 0n);
        }
      : skipToken,
  });
}
