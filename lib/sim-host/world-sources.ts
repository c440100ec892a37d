/**
 * Where a tab's world comes from: the IndexedDB save under WORLD_SAVE_KEY, else the precomputed
 * genesis at GENESIS_URL (scripts/build-genesis.ts). Shared by the worker, which restores the
 * world, and the page, which warms the genesis download while the worker's code loads.
 */
import { idbHas } from "./idb";

export const WORLD_SAVE_KEY = "world";
export const GENESIS_URL = "/sim/genesis.json";

/**
 * A first visit's worker needs the genesis (2.2 MB, ~270 kB compressed), but can only ask for it
 * once its own ~1 MB of code has loaded and run. Fetched from the page as the worker starts, it
 * downloads meanwhile into the HTTP cache, where the worker's request then finds it (or
 * revalidates it: the file is served with max-age=0). A tab with a save skips it: its worker
 * restores the save and never reads the genesis. Only ever an optimisation; failures are ignored.
 */
export function prefetchGenesisUnlessSaved(): void {
  if (typeof fetch === "undefined" || typeof indexedDB === "undefined") return;
  void idbHas(WORLD_SAVE_KEY)
    // Low priority: the worker's chunks, fetched at the same moment, are needed first.
    .then((saved) => (saved ? undefined : fetch(GENESIS_URL, { credentials: "same-origin", priority: "low" }).then((r) => r.arrayBuffer())))
    .catch(() => undefined);
}
