import type { QueryClient } from "@tanstack/react-query";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { prefetchRouteReads } from "@/lib/queries/route-warmup";

/**
 * After the route on screen has its data, in idle time: load the other routes' screens (their
 * chunks are otherwise fetched only on the click, after the route's own) and fill the cache with
 * their first reads, so a nav click shows data as soon as the new screen mounts.
 */
export async function warmRoutes(client: QueryClient, net: NetworkSnapshot): Promise<void> {
  if (net.mode !== "simulator") return;
  await Promise.allSettled([
    import("./overview-screen"),
    import("@/app/stake/_components/stake-screen"),
    import("@/app/restake/_components/restake-screen"),
    import("@/app/governance/_components/governance-screen"),
    prefetchRouteReads(client, net),
  ]);
}
