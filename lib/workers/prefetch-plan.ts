/** What the prefetch worker (prefetch-worker.ts) is asked to warm, and how. */
export interface PrefetchRequest {
  /** Needed first: fetched at once, in parallel. */
  urls: string[];
  /** Fetched at low priority unless a value is stored under `key` (a tab with a save never reads them). */
  unlessSaved?: { key: string; urls: string[] };
}

export interface PrefetchDeps {
  fetch(url: string, init: RequestInit): Promise<Response>;
  saved(key: string): Promise<boolean>;
}

/**
 * Fetches every URL once and reads its body (a response lands in the HTTP cache only once read).
 * Only ever an optimisation: failures, a refused URL or an unreadable store change nothing.
 */
export async function warmAll(req: PrefetchRequest, deps: PrefetchDeps): Promise<void> {
  const warm = (u: string, init: RequestInit) =>
    deps
      .fetch(u, { credentials: "same-origin", ...init })
      .then((r) => r.arrayBuffer())
      .then(
        () => undefined,
        () => undefined,
      );
  const urls = Array.isArray(req?.urls) ? req.urls.filter((u) => typeof u === "string") : [];
  const first = Promise.all(urls.map((u) => warm(u, {})));
  const later = req?.unlessSaved
    ? deps
        .saved(req.unlessSaved.key)
        .catch(() => true)
        .then((has) => (has ? undefined : Promise.all(req.unlessSaved!.urls.map((u) => warm(u, { priority: "low" })))))
    : undefined;
  await Promise.all([first, later]);
}
