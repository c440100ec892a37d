"use client";

import { clientScreen } from "@/components/ui/client-screen";
import { YieldSkeleton } from "./yield-skeleton";

// CosmJS and the query layer load as their own chunk after first paint (see clientScreen).
export const YieldIsland = clientScreen(
  () => import("./yield-screen").then((m) => m.YieldScreen),
  () => <YieldSkeleton />,
);
