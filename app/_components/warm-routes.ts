import type { QueryClient } from "@tanstack/react-query";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { prefetchRouteReads } from "@/lib/queries/route-warmup";

/** The other routes' screens, each its own chunk (see their loaders). */
const SCREENS: ReadonlyArray<() => Promise<unknown>> = [
  () => import("./overview-screen"),
  () => import("@/app/stake/_components/stake-screen"),
  () => import("@/app/liquidity/_components/liquidity-screen"),
  () => import("@/app/restake/_components/restake-screen"),
  () => import("@/app/governance/_components/governance-screen"),
];

const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout: 5_000 });
    else setTimeout(resolve, 50);
  });

/**
 * After the route on screen has its data, in idle time: fill the cache with the other routes'
 * first reads (they run in the simulator's worker) and load their screens' chunks (otherwise
 * fetched only on the click), one per idle period so that evaluating them never adds up to one
 * long task on the main thread. A nav click then shows data as soon as the new screen mounts.
 */
export async function warmRoutes(client: QueryClient, net: NetworkSnapshot): Promise<void> {
  if (net.mode !== "simulator") return;
  const reads = prefetchRouteReads(client, net);
  for (const load of SCREENS) {
    await idle();
    await load().catch(() => undefined);
  }
  await reads;
}
