"use client";

import { clientScreen } from "@/components/ui/client-screen";
import { RewardsSkeleton } from "./rewards-skeleton";

// The dashboards pull in CosmJS and the query layer; as their own chunks, loaded after first
// paint, they stay out of the route's first-load JavaScript (see clientScreen).
export const RewardsEarnedIsland = clientScreen(
  () => import("./rewards-earned").then((m) => m.RewardsEarned),
  () => <RewardsSkeleton />,
);

export const RewardsProjectionIsland = clientScreen(
  () => import("./rewards-projection").then((m) => m.RewardsProjection),
  () => <RewardsSkeleton label="Loading the projection calculator" />,
);
