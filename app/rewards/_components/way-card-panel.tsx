"use client";

import { clientScreen } from "@/components/ui/client-screen";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";

// The card screen pulls in CosmJS, the wallet and (in simulator mode) the simulator; loading it as
// its own chunk after first paint keeps the rewards route's first-load JS small.
const WayCardScreen = clientScreen(
  () => import("./way-card-screen").then((m) => m.WayCardScreen),
  () => (
    <SkeletonRegion label="Loading the Way Card" className="mt-4 grid gap-3 sm:grid-cols-3">
      <Skeleton className="h-20" />
      <Skeleton className="h-20" />
      <Skeleton className="h-20" />
    </SkeletonRegion>
  ),
);

/** The Way Card: open, fund, spend and close the simulated yield-backed card. */
export function WayCardPanel() {
  return <WayCardScreen />;
}
