"use client";

import { clientScreen } from "@/components/ui/client-screen";
import { RestakeSkeleton } from "./restake-skeleton";

// CosmJS, the wallet and the simulator load as their own chunk after first paint.
const RestakeScreen = clientScreen(
  () => import("./restake-screen").then((m) => m.RestakeScreen),
  () => <RestakeSkeleton />,
);

export function RestakeScreenLoader() {
  return <RestakeScreen />;
}
