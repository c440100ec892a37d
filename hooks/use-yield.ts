"use client";

import type { LstRecord } from "@/lib/chains/lsts";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { lstStateQuery, rateHistoryQuery } from "@/lib/queries/liquid-staking";
import { denomPricesQuery } from "@/lib/queries/prices";
import { milkywayPriceDenoms } from "@/lib/protocol/assets";
import { useQueries, useQuery } from "@tanstack/react-query";

// Thin wrappers over rateHistoryQuery and the liquid-staking state, one entry per LST.

export function useRateHistories(net: NetworkSnapshot & { hydrated: boolean }, lsts: ReadonlyArray<LstRecord>) {
  return useQueries({ queries: lsts.map((l) => ({ ...rateHistoryQuery(net, l), enabled: net.hydrated })) });
}

export function useLstStates(net: NetworkSnapshot & { hydrated: boolean }, lsts: ReadonlyArray<LstRecord>) {
  return useQueries({ queries: lsts.map((l) => ({ ...lstStateQuery(net, l), enabled: net.hydrated })) });
}

/** USD prices of the MilkyWay denoms the feed may know (see milkywayPriceDenoms); use-prices.ts's useDenomPrices takes any list. */
export function useMilkywayPrices(net: NetworkSnapshot & { hydrated: boolean }) {
  return useQuery({ ...denomPricesQuery(net, milkywayPriceDenoms(net)), enabled: net.hydrated });
}
