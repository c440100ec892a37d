"use client";

import { clientScreen } from "@/components/ui/client-screen";
import { LiquiditySkeleton } from "@/components/liquidity/liquidity-skeleton";

// The screen pulls in the pool reads, the chart and the forms: its own chunk, after first paint.
const LiquidityScreen = clientScreen(
  () => import("./liquidity-screen").then((m) => m.LiquidityScreen),
  () => <LiquiditySkeleton />,
);

export function LiquidityScreenLoader() {
  return <LiquidityScreen />;
}
