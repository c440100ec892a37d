"use client";

import { useEffect, useRef, useState, type ComponentProps } from "react";
import { clientScreen } from "@/components/ui/client-screen";
import { Skeleton } from "@/components/ui/skeleton";
import { ChartTable } from "./chart-table";
import type { LineChart } from "./line-chart";

function Placeholder({ busy }: { busy: boolean }) {
  return (
    <div aria-busy={busy || undefined} className="space-y-2">
      {busy ? <span className="sr-only">Loading the chart</span> : null}
      <Skeleton className="h-4 w-48" />
      <Skeleton className="h-48 w-full" />
    </div>
  );
}

// The chart's code arrives in its own chunk after first paint, with a same-sized placeholder.
const DynamicLineChart = clientScreen(
  () => import("./line-chart").then((m) => m.LineChart),
  () => <Placeholder busy />,
);

/**
 * A line chart drawn once it comes near the viewport: on a phone the charts sit below the fold,
 * and drawing their SVG during the first load would be work for nobody. The placeholder keeps
 * the size (nothing jumps) and is not "busy": nothing is loading until the user scrolls there.
 * The table alternative is there from the start and stays put (open stays open) when the chart
 * arrives, so the data never depends on scrolling.
 */
export function LazyLineChart({ table, ...props }: ComponentProps<typeof LineChart> & { table: NonNullable<ComponentProps<typeof LineChart>["table"]> }) {
  const ref = useRef<HTMLDivElement>(null);
  // Without IntersectionObserver (old browsers, tests) the chart draws at once. Its islands render on the client only.
  const [near, setNear] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: "300px 0px" });
    io.observe(el);
    return () => io.disconnect();
  }, [near]);
  return (
    <div ref={ref}>
      {near ? <DynamicLineChart {...props} /> : <Placeholder busy={false} />}
      <ChartTable data={table} />
    </div>
  );
}
