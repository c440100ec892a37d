"use client";

import { clientScreen } from "@/components/ui/client-screen";
import { PortfolioSkeleton } from "./portfolio-skeleton";

// CosmJS and the query layer load as their own chunk after first paint (see clientScreen).
export const PortfolioIsland = clientScreen(
  () => import("./portfolio-screen").then((m) => m.PortfolioScreen),
  () => <PortfolioSkeleton />,
);
