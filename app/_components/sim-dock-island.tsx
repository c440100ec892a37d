"use client";

import { clientScreen } from "@/components/ui/client-screen";

// The dock needs the simulator client; as its own chunk after first paint it stays out of every
// route's first-load JavaScript. Nothing shows until it has loaded.
export const SimDockIsland = clientScreen(
  () => import("./sim-dock").then((m) => m.SimDock),
  () => null,
);
