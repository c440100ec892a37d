"use client";

import { clientScreen } from "@/components/ui/client-screen";
import { SettingsSkeleton } from "./settings-skeleton";

// The form and the simulator's controls load as their own chunk after first paint: with them the
// route's first-load JavaScript was 176 kB, over the 175 kB every other route keeps to.
export const SettingsIsland = clientScreen(
  () => import("./settings-screen").then((m) => m.SettingsScreen),
  () => <SettingsSkeleton />,
);
