import { lstsFor, type NetworkSnapshot } from "@/lib/chains/networks";
import { movableTokensOf } from "@/lib/chains/token-places";
import type { AssetInfo } from "@/lib/protocol/assets";
import type { CoinAmount } from "@/lib/protocol/restaking";
import { CHAIN_KEYS, type ChainKey } from "@/lib/stores/network-store";

export interface BalanceRow {
  id: string;
  symbol: string;
  chain: ChainKey;
  denom: string;
  decimals: number;
  /** Why this row exists, for the screen-reader label and the tooltip. */
  note: string;
}

/**
 * The rows always shown, even at zero: every chain each native token and each LST can be on
 * (so milkTIA delivered to Celestia, or kept on MilkyWay for restaking, is never missing), then
 * MILK. Denoms are the same in both modes; only chain-ids differ.
 */
export function balanceRows(net: NetworkSnapshot): BalanceRow[] {
  const rows: BalanceRow[] = [];
  for (const lst of lstsFor(net)) {
    const [native, liquid] = movableTokensOf(lst);
    for (const p of native.places) {
      const home = p.denom === lst.nativeDenom;
      rows.push({ id: `${native.symbol}-${p.key}`, symbol: native.symbol, chain: p.key, denom: p.denom, decimals: native.decimals, note: home ? "native" : `bridged, ready to stake for ${lst.symbol}` });
    }
    for (const p of liquid.places) {
      const home = p.denom === lst.lstDenom;
      rows.push({ id: `${liquid.symbol}-${p.key}`, symbol: liquid.symbol, chain: p.key, denom: p.denom, decimals: liquid.decimals, note: home ? "liquid staking token" : "liquid staking token, bridged" });
    }
  }
  rows.push({ id: "MILK-milkyway", symbol: "MILK", chain: "milkyway", denom: "umilk", decimals: 6, note: "MilkyWay's staking and governance token" });
  return rows;
}

/**
 * Everything else each chain holds for the user (fee tokens, other assets), as Portfolio lists
 * them: known denoms by symbol, unknown ones by denom, never a guessed symbol.
 */
export function otherHoldings(
  fixed: ReadonlyArray<BalanceRow>,
  held: ReadonlyArray<{ chain: ChainKey; coins: ReadonlyArray<CoinAmount> | undefined }>,
  assets: ReadonlyMap<string, AssetInfo>,
): Array<BalanceRow & { amount: bigint }> {
  const out: Array<BalanceRow & { amount: bigint }> = [];
  for (const chain of CHAIN_KEYS) {
    const coins = held.find((h) => h.chain === chain)?.coins ?? [];
    for (const c of coins) {
      if (c.amount === 0n || fixed.some((r) => r.chain === chain && r.denom === c.denom)) continue;
      const a = assets.get(c.denom);
      out.push({ id: `${c.denom}-${chain}`, symbol: a?.symbol ?? c.denom, chain, denom: c.denom, decimals: a?.decimals ?? 0, note: a ? "also held" : "unknown asset, in base units", amount: c.amount });
    }
  }
  return out;
}
