/** Shared by bench-data-latency.ts and its test: what the in-page probe records. */
export interface Probe {
  /** performance.now() when the route's data was first seen, null until then. */
  dataAt: number | null;
  /** performance.now() of the navigation start (0) or of the nav click. */
  startAt: number;
  /** The route being waited for. */
  path: string;
  /** Empty-state texts seen before the data, with when (ms after startAt). */
  empties: { text: string; at: number; path: string }[];
}

/** Texts a data route shows when a list is really empty; seen before the data, they are a flash. */
export const EMPTY_TEXTS: readonly string[] = [
  "No pools yet.",
  "No operators yet.",
  "No services yet.",
  "No restaking targets are available yet.",
  "No proposals",
  "No transactions yet",
  "No statement lines yet.",
];

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
