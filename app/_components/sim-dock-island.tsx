"use client";

import dynamic from "next/dynamic";

// The dock needs the simulator client; as its own chunk after first paint it stays out of every
// route's first-load JavaScript.
export const SimDockIsland = dynamic(() => import("./sim-dock").then((m) => m.SimDock), { ssr: false });
