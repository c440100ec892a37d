/**
 * Turbopack starts a module worker with a bootstrap script whose URL carries the worker's chunk
 * list (`…/turbopack-worker-<hash>.js#params=[[chunk, …], …]`); the bootstrap then loads them with
 * one `importScripts(…)`, which Chromium fetches one after another, synchronously. For the
 * simulator's ~20 chunks that serial fetching was ~0.5 s of a cold load (trace: 21
 * URLLoader::loadSynchronously on the worker thread, 3–250 ms each). Fetching the same URLs from
 * the page in parallel as the worker starts puts them in the HTTP cache (they are immutable
 * static chunks), so each synchronous load is a cache hit or waits only on its own request.
 */

/**
 * The same-origin chunk URLs a Turbopack worker bootstrap URL names, or none when the URL is not
 * one (another bundler, a changed format): prefetching is only ever an optimisation.
 */
export function workerChunkUrls(scriptUrl: string, origin: string): string[] {
  let url: URL;
  try {
    url = new URL(scriptUrl, origin);
  } catch {
    return [];
  }
  const raw = url.searchParams.get("params") ?? (url.hash.startsWith("#params=") ? safeDecode(url.hash.slice("#params=".length)) : null);
  if (!raw) return [];
  let params: unknown;
  try {
    params = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(params) || !Array.isArray(params[0])) return [];
  const out: string[] = [];
  for (const c of params[0] as unknown[]) {
    if (typeof c !== "string" || !c.endsWith(".js")) continue;
    let u: URL;
    try {
      u = new URL(c, origin);
    } catch {
      continue;
    }
    // The bootstrap itself refuses foreign origins; a prefetch must not reach them either.
    if (u.origin === origin) out.push(u.href);
  }
  return [...new Set(out)];
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/**
 * Runs `create` (which must construct exactly the worker whose chunks to warm, synchronously) with
 * the global Worker constructor wrapped to see the script URL the bundler gives it. The bundler
 * compiles `new Worker(new URL(…))` into a factory called with the global `Worker`, so the URL is
 * only visible there; the wrapper is removed before `create` returns.
 */
export function createWorkerWithPrefetch<T>(create: () => T): T {
  const g = globalThis as { Worker?: typeof Worker };
  const Native = g.Worker;
  if (!Native || typeof fetch === "undefined" || typeof location === "undefined") return create();
  g.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      for (const u of workerChunkUrls(String(url), location.origin)) {
        // The body must be read for the response to land in the cache; failures change nothing.
        void fetch(u, { credentials: "same-origin" })
          .then((r) => r.arrayBuffer())
          .catch(() => undefined);
      }
    }
  };
  try {
    return create();
  } finally {
    g.Worker = Native;
  }
}
