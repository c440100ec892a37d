import { queryOptions } from "@tanstack/react-query";
import type { NetworkSnapshot } from "../chains/networks";
import type { DenomPrice, PriceOf } from "../protocol/restaking-apr";
import { read } from "../reads/run";
import { queryKey } from "./keys";

/** Prices of several denoms at once, keyed by denom (null = no price). Order of `denoms` does not matter. */
export function denomPricesQuery(net: NetworkSnapshot, denoms: ReadonlyArray<string>) {
  const sorted = [...new Set(denoms)].sort();
  return queryOptions({
    queryKey: queryKey(net, net.chainIds.milkyway, "oracle", "denom-prices", { denoms: sorted }),
    queryFn: () => read("denomPrices", net, sorted),
  });
}

/** A PriceOf over a fetched map; undefined (still loading) answers null too, so callers check loading first. */
export function priceLookup(prices: Readonly<Record<string, DenomPrice | null>> | undefined): PriceOf {
  return (denom) => prices?.[denom] ?? null;
}
