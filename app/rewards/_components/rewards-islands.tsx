"use client";

import dynamic from "next/dynamic";
import { RewardsSkeleton } from "./rewards-skeleton";

// The dashboards pull in CosmJS and the query layer; as their own chunks, loaded after first
// paint, they stay out of the route's first-load JavaScript.
export const RewardsEarnedIsland = dynamic(() => import("./rewards-earned").then((m) => m.RewardsEarned), {
  ssr: false,
  loading: () => <RewardsSkeleton />,
});

export const RewardsProjectionIsland = dynamic(() => import("./rewards-projection").then((m) => m.RewardsProjection), {
  ssr: false,
  loading: () => <RewardsSkeleton label="Loading the projection calculator" />,
});
