/**
 * Every position of a user in one list, with exact amounts and (where a price is known) an
 * exact USD value. Pure: the hook gathers the query results, this decides what they mean.
 *
 * Valuation: a coin is priced by its symbol (TIA on Osmosis is still TIA). An LST without its
 * own price is valued as its native token at the current redemption rate, floored. A coin
 * with no price at all is listed, marked unpriced, and left out of the totals — never counted
 * as $0 silently.
 */
import { DEC_SCALE, type Dec } from "../amount/decimal";
import { divRound } from "../amount/rounding";
import type { ChainKey } from "../stores/network-store";
import { displayCoins, formatCoin, type AssetInfo } from "./assets";
import type { Shown } from "../amount/display";
import type { CoinAmount } from "./restaking";

export const POSITION_CATEGORIES = ["Liquid", "Staked", "Restaked", "Unbonding", "Claimable", "Card"] as const;
export type PositionCategory = (typeof POSITION_CATEGORIES)[number];

export interface PositionInput {
  category: PositionCategory;
  chain: ChainKey;
  /** What it is, e.g. "Unstake request #4 (submitted)". */
  detail: string;
  coin: CoinAmount;
}

export interface Position extends PositionInput {
  id: string;
  symbol: string;
  /** Exact, every digit (the value on hover, focus and copy). */
  amountText: string;
  /** The amount as the screen shows it (displayCoins: rounded toward zero, exact kept). */
  amount: Shown;
  /** USD value, or null when unpriced. */
  usd: Dec | null;
}

export interface Valuation {
  /** USD per whole token by symbol (e.g. "TIA", "MILK", "milkTIA"). */
  priceOfSymbol: (symbol: string) => Dec | null;
  /** LST symbol → { native symbol, redemption rate } for LSTs without their own price. */
  lstRates: ReadonlyMap<string, { nativeSymbol: string; rate: Dec }>;
}

export const NO_PRICES: Valuation = { priceOfSymbol: () => null, lstRates: new Map() };

/** USD per whole `symbol` token, directly or through the LST's redemption rate; floored. */
export function unitPrice(symbol: string, v: Valuation): Dec | null {
  const direct = v.priceOfSymbol(symbol);
  if (direct !== null) return direct;
  const lst = v.lstRates.get(symbol);
  if (!lst) return null;
  const native = v.priceOfSymbol(lst.nativeSymbol);
  return native === null ? null : (native * lst.rate) / DEC_SCALE;
}

/** floor(price × amount / 10^decimals) as a USD Dec. */
export function usdOf(amount: bigint, decimals: number, price: Dec): Dec {
  return divRound(price * amount, 10n ** BigInt(decimals), "floor");
}

export function buildPositions(inputs: ReadonlyArray<PositionInput>, assets: ReadonlyMap<string, AssetInfo>, v: Valuation): Position[] {
  const seen = new Map<string, number>();
  return inputs
    // Negative amounts are debts (a Way Card balance owed) and are listed as such.
    .filter((p) => p.coin.amount !== 0n)
    .map((p) => {
      const info = assets.get(p.coin.denom);
      const price = info ? unitPrice(info.symbol, v) : null;
      const base = `${p.category}:${p.chain}:${p.coin.denom}:${p.detail}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return {
        ...p,
        id: n > 1 ? `${base}:${n}` : base,
        symbol: info?.symbol ?? p.coin.denom,
        amountText: formatCoin(assets, p.coin),
        amount: displayCoins(assets, [p.coin]),
        usd: info && price !== null ? usdOf(p.coin.amount, info.decimals, price) : null,
      };
    });
}

export interface PortfolioTotals {
  byCategory: Record<PositionCategory, { usd: Dec; unpriced: number }>;
  usd: Dec;
  unpriced: number;
  /** Exact amounts per symbol across every position (known symbols only), for the native view. */
  bySymbol: Map<string, { amount: bigint; decimals: number }>;
}

export function portfolioTotals(positions: ReadonlyArray<Position>, assets: ReadonlyMap<string, AssetInfo>): PortfolioTotals {
  const byCategory = Object.fromEntries(POSITION_CATEGORIES.map((c) => [c, { usd: 0n, unpriced: 0 }])) as PortfolioTotals["byCategory"];
  const bySymbol = new Map<string, { amount: bigint; decimals: number }>();
  let usd = 0n;
  let unpriced = 0;
  for (const p of positions) {
    const cat = byCategory[p.category];
    if (p.usd === null) {
      cat.unpriced += 1;
      unpriced += 1;
    } else {
      cat.usd += p.usd;
      usd += p.usd;
    }
    const info = assets.get(p.coin.denom);
    if (info) {
      const prev = bySymbol.get(info.symbol);
      bySymbol.set(info.symbol, { amount: (prev?.amount ?? 0n) + p.coin.amount, decimals: info.decimals });
    }
  }
  return { byCategory, usd, unpriced, bySymbol };
}

/**
 * USD per whole token by symbol from prices of MilkyWay denoms: the first priced denom of each
 * symbol wins (every denom of one symbol is the same token). The card's USD is worth $1.
 */
export function symbolPrices(assets: ReadonlyMap<string, AssetInfo>, prices: Readonly<Record<string, { price: Dec } | null>> | undefined): (symbol: string) => Dec | null {
  const bySymbol = new Map<string, Dec>([["USD", DEC_SCALE]]);
  for (const [denom, p] of Object.entries(prices ?? {})) {
    const sym = assets.get(denom)?.symbol;
    if (sym && p && !bySymbol.has(sym)) bySymbol.set(sym, p.price);
  }
  return (s) => bySymbol.get(s) ?? null;
}
