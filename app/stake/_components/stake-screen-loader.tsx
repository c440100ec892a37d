"use client";

import { clientScreen } from "@/components/ui/client-screen";
import { StakeSkeleton } from "@/components/stake/stake-skeleton";

// The screen pulls in CosmJS, the wallet and (in simulator mode) the simulator; loading it as
// its own chunk after first paint keeps the route's first-load JS to this small island.
const StakeScreen = clientScreen(
  () => import("./stake-screen").then((m) => m.StakeScreen),
  () => <StakeSkeleton />,
);

export function StakeScreenLoader() {
  return <StakeScreen />;
}
