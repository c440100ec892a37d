"use client";

import dynamic from "next/dynamic";
import { BalancesSkeleton, LstRatesSkeleton } from "./overview-skeletons";

// The overview pulls in CosmJS and the query layer; as its own chunk, loaded after first
// paint, it stays out of the dashboard's first-load JavaScript. The server renders the
// skeletons in its place.
export const BalancesIsland = dynamic(() => import("./overview-screen").then((m) => m.BalancesOverview), {
  ssr: false,
  loading: () => <BalancesSkeleton />,
});

export const LstRatesIsland = dynamic(() => import("./overview-screen").then((m) => m.LstRatesOverview), {
  ssr: false,
  loading: () => <LstRatesSkeleton />,
});
