"use client";

import Link from "next/link";
import { useShallow } from "zustand/react/shallow";
import { Skeleton } from "@/components/ui/skeleton";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import { cn } from "@/components/ui/class-names";
import { CHAIN_KEYS } from "@/lib/stores/network-store";
import { useNetwork } from "@/hooks/use-network";

/**
 * "Simulator" or "Live", with the chain-ids in use in the tooltip and in visually hidden text
 * (tooltips are not reachable by keyboard or touch). Links to the settings page where the
 * mode is chosen.
 */
export function NetworkBadge() {
  const { mode, chainIds, hydrated } = useNetwork(
    useShallow((s) => ({ mode: s.mode, chainIds: s.chainIds, hydrated: s.hydrated })),
  );

  if (!hydrated) {
    return (
      <span aria-busy="true" className="inline-flex">
        <VisuallyHidden>Loading the network mode</VisuallyHidden>
        <Skeleton className="h-6 w-20 rounded-full" />
      </span>
    );
  }

  const ids = CHAIN_KEYS.map((key) => chainIds[key]).join(", ");
  const live = mode === "live";
  return (
    <Link
      href="/settings"
      title={`Chain-ids: ${ids}`}
      className={cn(
        "inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500",
        live
          ? "bg-emerald-50 text-emerald-800 ring-emerald-600/30 hover:bg-emerald-100 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800"
          : "bg-milk-50 text-milk-700 ring-milk-400/40 hover:bg-milk-100 dark:bg-milk-900 dark:text-milk-100 dark:ring-milk-700",
      )}
    >
      <span aria-hidden="true" className={cn("size-1.5 rounded-full", live ? "bg-emerald-500" : "bg-milk-500")} />
      {live ? "Live" : "Simulator"}
      <VisuallyHidden>{`, network settings. Chain-ids: ${ids}`}</VisuallyHidden>
    </Link>
  );
}
