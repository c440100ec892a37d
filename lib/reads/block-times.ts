/**
 * Block times the history has seen, kept per chain so a row keeps its time after the node has
 * pruned its block (the simulator keeps 500 blocks; public nodes keep days or weeks). A block
 * never seen is placed between the nearest known blocks by height, and marked as an estimate.
 */
import { idbGet, idbSet } from "../sim-host/idb";

/** Enough for any history page a user scrolls through; the oldest are dropped first. */
const KEEP_PER_CHAIN = 5_000;

const known = new Map<string, Map<number, number>>();
const loaded = new Map<string, Promise<void>>();

const storageKey = (scope: string) => `block-times:${scope}`;
const hasIdb = () => typeof indexedDB !== "undefined";

/** Loads what earlier visits remembered for this chain (once); nothing in Node or when blocked. */
export function loadBlockTimes(scope: string): Promise<void> {
  let p = loaded.get(scope);
  if (!p) {
    p = (hasIdb() ? idbGet(storageKey(scope)) : Promise.resolve(undefined))
      .then((raw) => {
        const m = known.get(scope) ?? new Map<number, number>();
        for (const [h, ms] of parseTimes(raw)) if (!m.has(h)) m.set(h, ms);
        known.set(scope, m);
      })
      .catch(() => undefined);
    loaded.set(scope, p);
  }
  return p;
}

/** [height, ms] pairs from a saved string; anything malformed is ignored, never trusted. */
export function parseTimes(raw: string | undefined): Array<[number, number]> {
  if (!raw) return [];
  try {
    const v: unknown = JSON.parse(raw);
    if (!Array.isArray(v)) return [];
    return v.filter((p): p is [number, number] => Array.isArray(p) && p.length === 2 && Number.isSafeInteger(p[0]) && p[0] > 0 && Number.isSafeInteger(p[1]) && p[1] > 0);
  } catch {
    return [];
  }
}

export function rememberBlockTime(scope: string, height: number, ms: number): void {
  let m = known.get(scope);
  if (!m) known.set(scope, (m = new Map()));
  m.set(height, ms);
}

/** Writes the chain's remembered times (the newest KEEP_PER_CHAIN). */
export async function saveBlockTimes(scope: string): Promise<void> {
  const m = known.get(scope);
  if (!m || !hasIdb()) return;
  const newest = [...m.entries()].sort((a, b) => b[0] - a[0]).slice(0, KEEP_PER_CHAIN);
  await idbSet(storageKey(scope), JSON.stringify(newest)).catch(() => undefined);
}

export function knownBlockTime(scope: string, height: number): number | null {
  return known.get(scope)?.get(height) ?? null;
}

/**
 * A time for a block never seen: linear between the nearest known blocks below and above it, or
 * from the two nearest on one side; rounded down to the second. Null with fewer than two anchors.
 */
export function estimateBlockTime(height: number, anchors: ReadonlyArray<readonly [number, number]>): number | null {
  const sorted = [...anchors].sort((a, b) => a[0] - b[0]);
  if (sorted.length < 2) return null;
  let i = sorted.findIndex(([h]) => h >= height);
  if (i === -1) i = sorted.length - 1;
  if (i === 0) i = 1;
  const [h0, t0] = sorted[i - 1];
  const [h1, t1] = sorted[i];
  if (h1 === h0) return t0;
  const ms = t0 + ((t1 - t0) * (height - h0)) / (h1 - h0);
  return Math.floor(ms / 1000) * 1000;
}

export function anchorsOf(scope: string): Array<[number, number]> {
  return [...(known.get(scope)?.entries() ?? [])];
}
