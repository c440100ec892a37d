import type { NetworkSnapshot } from "../chains/networks";

/**
 * Query keys are rooted at [network mode, chain-id, area, operation, params] so simulator and
 * live caches never mix; they hold only serialisable values (no clients, no callbacks).
 */
export function queryKey(net: NetworkSnapshot, chainId: string, area: string, op: string, params: Record<string, unknown> = {}) {
  return [net.mode, chainId, area, op, params] as const;
}

/** Prefix for invalidation: everything of an area on a chain. */
export function areaKey(net: NetworkSnapshot, chainId: string, area: string) {
  return [net.mode, chainId, area] as const;
}

/** TanStack's default hash is JSON.stringify, which throws on bigint. */
export function hashQueryKey(key: ReadonlyArray<unknown>): string {
  return JSON.stringify(key, (_k, v) => {
    if (typeof v === "bigint") return `${v}n`;
    if (v && typeof v === "object" && !Array.isArray(v)) {
      return Object.keys(v)
        .sort()
        .reduce<Record<string, unknown>>((acc, k) => ((acc[k] = (v as Record<string, unknown>)[k]), acc), {});
    }
    return v;
  });
}
