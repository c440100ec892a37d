"use client";

import dynamic from "next/dynamic";
import { RestakeSkeleton } from "./restake-skeleton";

// CosmJS, the wallet and the simulator load as their own chunk after first paint.
const RestakeScreen = dynamic(() => import("./restake-screen").then((m) => m.RestakeScreen), {
  ssr: false,
  loading: () => <RestakeSkeleton />,
});

export function RestakeScreenLoader() {
  return <RestakeScreen />;
}
