/**
 * What a denom is, for display: symbol, decimals and the "underlying" symbol a price is quoted
 * in (milkTIA's price is its own; TIA on Osmosis is priced as TIA). Built from the LST records
 * and chain configs, so a new LST or chain needs no second list here.
 */
import { MILKTIA_ON_MILKYWAY } from "../chains/lsts";
import { chainConfig, lstsFor, type NetworkSnapshot } from "../chains/networks";
import { displayExactToken, displayToken, type Shown } from "../amount/display";
import { CHAIN_KEYS } from "../stores/network-store";
import type { CoinAmount } from "./restaking";

export interface AssetInfo {
  symbol: string;
  decimals: number;
  /** True for a liquid staking token in any of its forms. */
  lst: boolean;
}

// TIA bridged Celestia → Osmosis → MilkyWay (restaking pool 2) and stTIA, as the restaking screen names them.
const EXTRA: Record<string, AssetInfo> = {
  "ibc/6C349F0EB135C5FA99301758F35B87DB88403D690E5E314AB080401FEE4066E5": { symbol: "TIA", decimals: 6, lst: false },
  "ibc/8D4FC51F696E03711B9B37A5787FB89BD2DDBAF788813478B002D552A12F9157": { symbol: "stTIA", decimals: 6, lst: false },
};

export function assetRegistry(net: NetworkSnapshot): ReadonlyMap<string, AssetInfo> {
  const m = new Map<string, AssetInfo>(Object.entries(EXTRA));
  for (const key of CHAIN_KEYS) {
    const c = chainConfig(key);
    if (!m.has(c.stakeDenom)) m.set(c.stakeDenom, { symbol: c.stakeSymbol, decimals: c.decimals, lst: false });
  }
  for (const l of lstsFor(net)) {
    m.set(l.nativeDenom, { symbol: l.nativeSymbol, decimals: l.decimals, lst: false });
    m.set(l.ibcDenom, { symbol: l.nativeSymbol, decimals: l.decimals, lst: false });
    m.set(l.lstDenom, { symbol: l.symbol, decimals: l.decimals, lst: true });
    m.set(l.lstOnNativeDenom, { symbol: l.symbol, decimals: l.decimals, lst: true });
  }
  m.set(MILKTIA_ON_MILKYWAY, { symbol: "milkTIA", decimals: 6, lst: true });
  // The Way Card's balances are kept in micro-USD by its contract (docs/way-card.md).
  m.set(CARD_USD, { symbol: "USD", decimals: 6, lst: false });
  return m;
}

/** Pseudo-denom for the Way Card's micro-USD amounts; never a bank denom. */
export const CARD_USD = "way-card:uusd";

/**
 * The MilkyWay denoms the price feed may know (x/assets registers MilkyWay denoms only): MILK,
 * every denom of an LST deployed on MilkyWay, milkTIA and TIA as they arrive there. Prices are
 * then used per symbol, for the same token on any chain.
 */
export function milkywayPriceDenoms(net: NetworkSnapshot): string[] {
  const out = new Set<string>([chainConfig("milkyway").stakeDenom, MILKTIA_ON_MILKYWAY, ...Object.keys(EXTRA)]);
  for (const l of lstsFor(net)) if (l.chainId === net.chainIds.milkyway) out.add(l.lstDenom).add(l.ibcDenom);
  return [...out].sort();
}

/**
 * "1,234.5 TIA" — exact, every digit kept. An unknown denom shows its base units and the
 * denom itself (shortened only if it is an ibc/ hash), never a guessed symbol.
 */
export function formatCoin(reg: ReadonlyMap<string, AssetInfo>, c: CoinAmount): string {
  const a = reg.get(c.denom);
  if (a) return displayExactToken(c.amount, a.decimals, a.symbol).text;
  const name = c.denom.startsWith("ibc/") ? `${c.denom.slice(0, 10)}…` : c.denom;
  return `${c.amount.toString()} ${name}`;
}

export function formatCoins(reg: ReadonlyMap<string, AssetInfo>, coins: ReadonlyArray<CoinAmount>): string {
  return coins.map((c) => formatCoin(reg, c)).join("; ");
}

/**
 * Coins as the screen shows them: each known coin rounded by the display rule (toward zero,
 * precision by size), `exact` being formatCoins. An unknown denom stays in base units, exact.
 */
export function displayCoins(reg: ReadonlyMap<string, AssetInfo>, coins: ReadonlyArray<CoinAmount>): Shown {
  const text = coins
    .map((c) => {
      const a = reg.get(c.denom);
      return a ? displayToken(c.amount, a.decimals, a.symbol).text : formatCoin(reg, c);
    })
    .join("; ");
  return { text, exact: formatCoins(reg, coins) };
}
