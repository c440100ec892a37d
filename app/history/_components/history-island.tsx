"use client";

import { clientScreen } from "@/components/ui/client-screen";
import { HistorySkeleton } from "./history-skeleton";

// CosmJS, the decoders and the wallet load as their own chunk after first paint; a chunk already
// loaded renders at once on a nav click (no Suspense reveal throttle, see clientScreen).
export const HistoryIsland = clientScreen(
  () => import("./history-screen").then((m) => m.HistoryScreen),
  () => <HistorySkeleton />,
);
