"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

// Charts are not needed for first paint: their code arrives in its own chunk afterwards, with
// a same-sized placeholder meanwhile so nothing jumps.
export const LazyLineChart = dynamic(() => import("./line-chart").then((m) => m.LineChart), {
  ssr: false,
  loading: () => (
    <div aria-busy="true" className="space-y-2">
      <span className="sr-only">Loading the chart</span>
      <Skeleton className="h-4 w-48" />
      <Skeleton className="h-48 w-full" />
    </div>
  ),
});
