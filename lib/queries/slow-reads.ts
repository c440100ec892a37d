/**
 * Operations whose answer changes by governance or admin action, not with every block: in live
 * mode they stay fresh for minutes. Apart from live-freshness.ts so the query client's defaults
 * (every route's first load) do not pull in the live-mode machinery.
 */
export const SLOW_OPERATIONS: ReadonlySet<string> = new Set(["params", "config", "validators", "top-validator", "merchants"]);
export const SLOW_STALE_MS = 5 * 60_000;
