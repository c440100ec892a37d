/**
 * Pool ids chosen in Settings, per network mode and LST, persisted to localStorage. Only
 * overrides are stored; everything else falls back to lib/chains/pools.ts. A vanilla store (no
 * React): hooks read it with useStore.
 */
import { createStore } from "zustand/vanilla";
import { createJSONStorage, persist } from "zustand/middleware";
import { parsePoolId, presetPoolId } from "../chains/pools";
import type { NetworkMode } from "./network-store";

type Overrides = Record<NetworkMode, Record<string, string>>;

export interface PoolSettingsState {
  overrides: Overrides;
  /** Set (or clear with "") the pool id for an LST. Throws a RangeError for text parsePoolId refuses. */
  setPoolId: (mode: NetworkMode, lst: string, text: string) => void;
}

const KNOWN_LSTS = ["milkTIA", "milkBABY", "milkINIT"];

function empty(): Overrides {
  return { simulator: Object.create(null), live: Object.create(null) };
}

/** Whatever was saved, keeping only known LSTs and valid ids (null-prototype records). */
function sanitize(persisted: unknown): Overrides {
  const out = empty();
  const p = (typeof persisted === "object" && persisted !== null ? (persisted as { overrides?: unknown }).overrides : null) as Record<string, unknown> | null;
  for (const mode of ["simulator", "live"] as const) {
    const m = p && typeof p[mode] === "object" && p[mode] !== null ? (p[mode] as Record<string, unknown>) : {};
    for (const lst of KNOWN_LSTS) {
      const v = Object.hasOwn(m, lst) ? m[lst] : undefined;
      if (typeof v === "string" && parsePoolId(v).ok) out[mode][lst] = v;
    }
  }
  return out;
}

export const poolSettingsStore = createStore<PoolSettingsState>()(
  persist(
    (set, get) => ({
      overrides: empty(),
      setPoolId: (mode, lst, text) => {
        if (!KNOWN_LSTS.includes(lst)) throw new RangeError(`unknown LST ${lst}`);
        const next = { simulator: { ...get().overrides.simulator }, live: { ...get().overrides.live } };
        if (text.trim() === "") delete next[mode][lst];
        else {
          const parsed = parsePoolId(text);
          if (!parsed.ok) throw new RangeError(parsed.message);
          next[mode][lst] = parsed.value.toString();
        }
        set({ overrides: next });
      },
    }),
    {
      name: "milkyway:pools",
      version: 1,
      storage: createJSONStorage(() => window.localStorage),
      skipHydration: true,
      partialize: (s) => ({ overrides: s.overrides }),
      merge: (persisted, current) => ({ ...current, overrides: sanitize(persisted) }),
    },
  ),
);

/** The pool id in use: the override, else the preset; undefined when the LST has no pool. */
export function poolIdFor(overrides: Overrides, mode: NetworkMode, lst: string): bigint | undefined {
  const o = Object.hasOwn(overrides[mode], lst) ? overrides[mode][lst] : undefined;
  return o !== undefined ? BigInt(o) : presetPoolId(mode, lst);
}

let hydration: Promise<void> | undefined;
export function hydratePoolSettings(): Promise<void> {
  if (typeof window === "undefined") return Promise.resolve();
  hydration ??= Promise.resolve(poolSettingsStore.persist.rehydrate());
  return hydration;
}
