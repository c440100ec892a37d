import type { Dec } from "../../../amount/decimal";
import type { Ctx } from "../../ctx";
import { sortedKeys, type IntCoins } from "./dec-coins";
import type { RestakingState } from "./state";
import { restakingStateFor } from "./store";
import type { Rec } from "../../journal";
import type { OracleBook } from "../oracle-state";

/**
 * x/assets + Skip connect as the rewards module reads them: an unknown denom or a missing
 * `TICKER/USD` price is worth $0 (which makes a target ineligible), never an error.
 */
export function coinValue(st: RestakingState, denom: string, amount: bigint): Dec {
  const asset = st.assets[denom];
  if (!asset) return 0n;
  const price = st.prices[asset.ticker];
  if (!price) return 0n;
  // price.MulInt(amount).QuoInt64(10^exponent): exact product, truncating division.
  return (price * amount) / 10n ** BigInt(asset.exponent);
}

export function coinsValue(st: RestakingState, coins: IntCoins): Dec {
  let total = 0n;
  for (const d of sortedKeys(coins)) total += coinValue(st, d, coins[d]);
  return total;
}

/**
 * The simulated oracle: `TICKER/USD` as an 18-decimal price (0 removes it). Every write bumps
 * the pair's nonce and stamps height and time, as connect does when a price lands. Prices
 * are kept exactly as given; the living world writes only prices with ORACLE_DECIMALS places
 * (genesis and actors/price-feed.ts), so connect's integer form of them is exact too.
 */
export function setPrice(ctx: Ctx, ticker: string, usdDec: Dec): void {
  const st = restakingStateFor(ctx);
  if (usdDec === 0n) {
    ctx.del(st.prices, ticker);
    return;
  }
  ctx.set(st.prices, ticker, usdDec);
  const book = ctx.sub(st as unknown as Rec<OracleBook>, "oracle");
  const prev = book[ticker];
  const id = prev ? prev.id : Object.keys(book).length;
  ctx.set(book, ticker, { id, nonce: (prev?.nonce ?? 0) + 1, height: ctx.height, timeMs: ctx.timeMs });
}

export function setAsset(ctx: Ctx, denom: string, ticker: string, exponent: number): void {
  const st = restakingStateFor(ctx);
  ctx.set(st.assets, denom, { denom, ticker, exponent });
}

/** USD price of one whole token of `denom` (18-decimal), or null when unpriced. */
export function priceOfDenom(st: RestakingState, denom: string): { price: Dec; exponent: number } | null {
  const asset = st.assets[denom];
  const price = asset ? st.prices[asset.ticker] : undefined;
  return asset && price ? { price, exponent: asset.exponent } : null;
}
