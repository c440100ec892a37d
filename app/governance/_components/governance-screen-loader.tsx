"use client";

import { clientScreen } from "@/components/ui/client-screen";
import { SkeletonRegion, Skeleton } from "@/components/ui/skeleton";

function GovernanceSkeleton() {
  return (
    <SkeletonRegion label="Loading proposals" className="space-y-3">
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} className="h-16 w-full" />
      ))}
    </SkeletonRegion>
  );
}

// The screen pulls in CosmJS, the wallet and (in simulator mode) the simulator; loading it as
// its own chunk after first paint keeps the route's first-load JS to this small island.
const GovernanceScreen = clientScreen(
  () => import("./governance-screen").then((m) => m.GovernanceScreen),
  () => <GovernanceSkeleton />,
);

export function GovernanceScreenLoader() {
  return <GovernanceScreen />;
}
