import type { NetworkSnapshot } from "@/lib/chains/networks";
import { lstsFor } from "@/lib/chains/networks";
import type { ChainKey } from "@/lib/stores/network-store";

export interface BalanceRow {
  id: string;
  symbol: string;
  chain: ChainKey;
  denom: string;
  decimals: number;
  /** Why this row exists, for the screen-reader label and the tooltip. */
  note: string;
}

function keyOf(net: NetworkSnapshot, chainId: string): ChainKey | undefined {
  return (Object.keys(net.chainIds) as ChainKey[]).find((k) => net.chainIds[k] === chainId);
}

/**
 * The balances the dashboard shows, in this order: each LST's native token at home and on the
 * contract's chain (where it can be staked), the LST itself; then MILK on MilkyWay. Denoms are
 * the same in both modes (the simulator mirrors mainnet channels); only chain-ids differ.
 */
export function balanceRows(net: NetworkSnapshot): BalanceRow[] {
  const rows: BalanceRow[] = [];
  for (const lst of lstsFor(net)) {
    const home = keyOf(net, lst.nativeChainId);
    const protocol = keyOf(net, lst.chainId);
    if (!home || !protocol) continue;
    rows.push(
      { id: `${lst.nativeSymbol}-${home}`, symbol: lst.nativeSymbol, chain: home, denom: lst.nativeDenom, decimals: lst.decimals, note: "native" },
      {
        id: `${lst.nativeSymbol}-${protocol}`,
        symbol: lst.nativeSymbol,
        chain: protocol,
        denom: lst.ibcDenom,
        decimals: lst.decimals,
        note: `bridged, ready to stake for ${lst.symbol}`,
      },
      { id: `${lst.symbol}-${protocol}`, symbol: lst.symbol, chain: protocol, denom: lst.lstDenom, decimals: lst.decimals, note: "liquid staking token" },
    );
  }
  rows.push({ id: "MILK-milkyway", symbol: "MILK", chain: "milkyway", denom: "umilk", decimals: 6, note: "MilkyWay's staking and governance token" });
  return rows;
}
