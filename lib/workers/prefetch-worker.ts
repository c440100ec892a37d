/**
 * A throwaway worker that warms the HTTP cache for the simulator's worker: its chunks, and on a
 * first visit the genesis. Fetched from the page, every response body was delivered to the main
 * thread and allocated there (Lighthouse: five 12–22 ms tasks and an 18 ms scavenge after first
 * paint on a light page). Here the bytes land on this thread, which then closes itself.
 */
import { idbHas } from "../sim-host/idb";
import { warmAll, type PrefetchRequest } from "./prefetch-plan";

const scope = self as unknown as { onmessage: ((e: MessageEvent<PrefetchRequest>) => void) | null; close(): void };

scope.onmessage = (e) => {
  scope.onmessage = null;
  void warmAll(e.data, { fetch: (u, init) => fetch(u, init), saved: idbHas }).finally(() => scope.close());
};
