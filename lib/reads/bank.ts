import type { NetworkSnapshot } from "../chains/networks";
import { protobufRpc, queryClient } from "../cosmos/clients";
import type { CoinAmount } from "../protocol/restaking";
import type { ChainKey } from "../stores/network-store";

export async function balance(net: NetworkSnapshot, key: ChainKey, address: string, denom: string): Promise<bigint> {
  const c = await queryClient(net, key);
  return BigInt((await c.getBalance(address, denom)).amount);
}

/** Every non-zero balance of an address (the portfolio lists what it holds, not only known denoms). */
export async function allBalances(net: NetworkSnapshot, key: ChainKey, address: string): Promise<CoinAmount[]> {
  const { QueryClientImpl } = await import("cosmjs-types/cosmos/bank/v1beta1/query");
  const bank = new QueryClientImpl(await protobufRpc(net, key));
  const r = await bank.AllBalances({
    address,
    resolveDenom: false,
    pagination: { key: new Uint8Array(), offset: 0n, limit: 1000n, countTotal: false, reverse: false },
  });
  return r.balances.map((c) => ({ denom: c.denom, amount: BigInt(c.amount) })).filter((c) => c.amount > 0n);
}
