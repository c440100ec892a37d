"use client";

import { clientScreen } from "@/components/ui/client-screen";
import { BalancesSkeleton, LstRatesSkeleton } from "./overview-skeletons";

// The overview pulls in CosmJS and the query layer; as its own chunk, loaded after first
// paint, it stays out of the dashboard's first-load JavaScript. The server renders the
// skeletons in its place.
export const BalancesIsland = clientScreen(
  () => import("./overview-screen").then((m) => m.BalancesOverview),
  () => <BalancesSkeleton />,
);

export const LstRatesIsland = clientScreen(
  () => import("./overview-screen").then((m) => m.LstRatesOverview),
  () => <LstRatesSkeleton />,
);
