import type { QueryClient } from "@tanstack/react-query";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { prefetchRouteReads } from "@/lib/queries/route-warmup";

/** The other routes' screens, each its own chunk (see their loaders), by the path that shows them. */
const SCREENS: Readonly<Record<string, () => Promise<unknown>>> = {
  "/": () => import("./overview-screen"),
  "/stake": () => import("@/app/stake/_components/stake-screen"),
  "/liquidity": () => import("@/app/liquidity/_components/liquidity-screen"),
  "/restake": () => import("@/app/restake/_components/restake-screen"),
  "/governance": () => import("@/app/governance/_components/governance-screen"),
};

const started = new Set<string>();

/** The screen a same-origin link leads to, loaded once. */
function loadScreenFor(target: EventTarget | null): void {
  const link = target instanceof Element ? target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin) return;
  const path = link.pathname;
  const load = SCREENS[path];
  if (!load || started.has(path)) return;
  started.add(path);
  void load().catch(() => started.delete(path));
}

const INTENT_EVENTS = ["pointerover", "focusin", "touchstart"] as const;

/**
 * After the route on screen has its data: fill the cache with the other routes' first reads (they
 * run in the simulator's worker, so the main thread only stores their results), and load a
 * route's screen chunk when the user reaches for a link to it (pointer over it, focus, touch) —
 * before the click, not at idle time. Evaluating all the screens speculatively right after load
 * held a phone's main thread for 0.1-0.5 s per screen (Lighthouse mobile, 4x CPU), so a tap in
 * those seconds waited; the hover or touch usually comes 100+ ms ahead of the click.
 */
export async function warmRoutes(client: QueryClient, net: NetworkSnapshot): Promise<void> {
  if (net.mode !== "simulator") return;
  listenForIntent();
  await prefetchRouteReads(client, net);
}

let listening = false;
/** Once per page: the warm-up runs again when the world is reset or restored. */
function listenForIntent(): void {
  if (listening) return;
  listening = true;
  for (const type of INTENT_EVENTS) document.addEventListener(type, (e) => loadScreenFor(e.target), { capture: true, passive: true });
}
