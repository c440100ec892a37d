/**
 * Which network the app talks to: the bundled protocol simulator or live chains, and the
 * chain-ids in use. Client state, persisted to localStorage.
 *
 * A vanilla zustand store (no React import, per the `lib` rule): components read it with
 * `useStore(networkStore, selector)` from "zustand" and call `hydrateNetworkStore()` once
 * from an effect. Hydration is deliberately skipped at creation so the first client render
 * matches the server HTML (which always renders the defaults); `hydrated` turns true once
 * localStorage has been read, so a slot can show a skeleton instead of a wrong value.
 */
import { createStore } from "zustand/vanilla";
import { createJSONStorage, persist } from "zustand/middleware";
import { BABYLON_SIM, CELESTIA_SIM, INITIA_SIM, MILKYWAY_SIM, MOO_SIM, OSMOSIS_SIM } from "@/lib/chains/sim-chains";

export type NetworkMode = "simulator" | "live";

/** The chains the product touches, by role. */
export type ChainKey = "celestia" | "osmosis" | "milkyway" | "babylon" | "initia" | "moo";

export type ChainIds = Readonly<Record<ChainKey, string>>;

export const CHAIN_KEYS: ReadonlyArray<ChainKey> = ["celestia", "osmosis", "milkyway", "babylon", "initia", "moo"];

/** The bundled world's chain-ids. Never mainnet ids, so simulator signatures cannot be replayed. */
export const SIMULATOR_CHAIN_IDS: ChainIds = Object.freeze({
  celestia: CELESTIA_SIM,
  osmosis: OSMOSIS_SIM,
  milkyway: MILKYWAY_SIM,
  babylon: BABYLON_SIM,
  initia: INITIA_SIM,
  moo: MOO_SIM,
});

/**
 * Mainnet chain-ids, the default for live mode. The user may replace them (e.g. with the sim
 * ids when pointing live mode at the local devnet server).
 */
export const LIVE_CHAIN_IDS: ChainIds = Object.freeze({
  celestia: "celestia",
  osmosis: "osmosis-1",
  milkyway: "milkyway",
  babylon: "bbn-1",
  initia: "interwoven-1",
  moo: "moo-1",
});

export const NETWORK_STORAGE_KEY = "milkyway:network";
const STORAGE_VERSION = 1;

/** CometBFT RPC endpoints the user sets in Settings; only http(s) URLs are accepted. */
export function isValidRpcUrl(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2_048 || value.trim() !== value) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * A transaction URL template for an explorer, set in Settings: an http(s) URL with `{hash}`
 * exactly once, where the transaction hash goes (a devnet's own REST route works too).
 */
export function isValidExplorerTemplate(value: unknown): value is string {
  if (typeof value !== "string" || value.split("{hash}").length !== 2) return false;
  return isValidRpcUrl(value.replace("{hash}", "0".repeat(64)));
}

/** CometBFT limits chain-ids to 50 characters; we also refuse whitespace and empty strings. */
export function isValidChainId(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= 50 && /^[A-Za-z0-9._-]+$/.test(value);
}

export interface NetworkState {
  mode: NetworkMode;
  /** The chain-ids in use for the current mode (derived from `mode` and `liveChainIds`). */
  chainIds: ChainIds;
  /** The chain-ids live mode uses; kept while the simulator is selected. */
  liveChainIds: ChainIds;
  /**
   * RPC endpoints set in Settings, per chain; they override the build's NEXT_PUBLIC_RPC_* values
   * (merged in hooks/use-network-snapshot). A missing key means "use the build's value".
   */
  rpc: Partial<Record<ChainKey, string>>;
  /** Explorer transaction URL templates set in Settings, per chain (lib/chains/explorers.ts). */
  explorers: Partial<Record<ChainKey, string>>;
  /** True once the persisted choice has been read from localStorage (always false on the server). */
  hydrated: boolean;
  setMode: (mode: NetworkMode) => void;
  /** Replace some live chain-ids. Throws a RangeError for an id that `isValidChainId` refuses. */
  setLiveChainIds: (patch: Partial<Record<ChainKey, string>>) => void;
  /**
   * Set or clear (empty string or undefined) some RPC endpoints. Throws a RangeError for a value
   * that `isValidRpcUrl` refuses, leaving the store unchanged.
   */
  setRpc: (patch: Partial<Record<ChainKey, string | undefined>>) => void;
  /** Set or clear explorer templates; throws a RangeError for one `isValidExplorerTemplate` refuses. */
  setExplorers: (patch: Partial<Record<ChainKey, string | undefined>>) => void;
  /** Back to the simulator with mainnet ids for live mode and no RPC overrides. */
  reset: () => void;
}

type PersistedNetwork = Pick<NetworkState, "mode" | "liveChainIds" | "rpc" | "explorers">;

function chainIdsFor(mode: NetworkMode, liveChainIds: ChainIds): ChainIds {
  return mode === "simulator" ? SIMULATOR_CHAIN_IDS : liveChainIds;
}

/** Reads whatever localStorage held; anything missing, corrupt or foreign falls back to the default. */
function sanitize(persisted: unknown): PersistedNetwork {
  const p = (typeof persisted === "object" && persisted !== null ? persisted : {}) as Record<string, unknown>;
  const mode: NetworkMode = p.mode === "live" || p.mode === "simulator" ? p.mode : "simulator";
  const stored = (typeof p.liveChainIds === "object" && p.liveChainIds !== null ? p.liveChainIds : {}) as Record<
    string,
    unknown
  >;
  const liveChainIds = Object.fromEntries(
    CHAIN_KEYS.map((key) => {
      const value = stored[key];
      return [key, isValidChainId(value) ? value : LIVE_CHAIN_IDS[key]];
    }),
  ) as Record<ChainKey, string>;
  // Added after version 1 shipped; an older save simply has no overrides, so no version bump.
  const storedRpc = (typeof p.rpc === "object" && p.rpc !== null ? p.rpc : {}) as Record<string, unknown>;
  const rpc: Partial<Record<ChainKey, string>> = {};
  for (const key of CHAIN_KEYS) {
    const value = storedRpc[key];
    if (isValidRpcUrl(value)) rpc[key] = value;
  }
  const storedExplorers = (typeof p.explorers === "object" && p.explorers !== null ? p.explorers : {}) as Record<string, unknown>;
  const explorers: Partial<Record<ChainKey, string>> = {};
  for (const key of CHAIN_KEYS) {
    const value = storedExplorers[key];
    if (isValidExplorerTemplate(value)) explorers[key] = value;
  }
  return { mode, liveChainIds, rpc, explorers };
}

export const networkStore = createStore<NetworkState>()(
  persist(
    (set, get) => ({
      mode: "simulator",
      chainIds: SIMULATOR_CHAIN_IDS,
      liveChainIds: LIVE_CHAIN_IDS,
      rpc: {},
      explorers: {},
      hydrated: false,
      setMode: (mode) => set({ mode, chainIds: chainIdsFor(mode, get().liveChainIds) }),
      setLiveChainIds: (patch) => {
        for (const [key, value] of Object.entries(patch)) {
          if (!CHAIN_KEYS.includes(key as ChainKey)) throw new RangeError(`unknown chain ${key}`);
          if (value !== undefined && !isValidChainId(value)) throw new RangeError(`invalid chain-id for ${key}`);
        }
        const liveChainIds: ChainIds = { ...get().liveChainIds, ...patch };
        set({ liveChainIds, chainIds: chainIdsFor(get().mode, liveChainIds) });
      },
      setRpc: (patch) => {
        const rpc: Partial<Record<ChainKey, string>> = { ...get().rpc };
        for (const [key, value] of Object.entries(patch)) {
          if (!CHAIN_KEYS.includes(key as ChainKey)) throw new RangeError(`unknown chain ${key}`);
          if (value === undefined || value === "") delete rpc[key as ChainKey];
          else if (!isValidRpcUrl(value)) throw new RangeError(`invalid RPC URL for ${key}`);
          else rpc[key as ChainKey] = value;
        }
        set({ rpc });
      },
      setExplorers: (patch) => {
        const explorers: Partial<Record<ChainKey, string>> = { ...get().explorers };
        for (const [key, value] of Object.entries(patch)) {
          if (!CHAIN_KEYS.includes(key as ChainKey)) throw new RangeError(`unknown chain ${key}`);
          if (value === undefined || value === "") delete explorers[key as ChainKey];
          else if (!isValidExplorerTemplate(value)) throw new RangeError(`invalid explorer template for ${key}`);
          else explorers[key as ChainKey] = value;
        }
        set({ explorers });
      },
      reset: () => set({ mode: "simulator", chainIds: SIMULATOR_CHAIN_IDS, liveChainIds: LIVE_CHAIN_IDS, rpc: {}, explorers: {} }),
    }),
    {
      name: NETWORK_STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: createJSONStorage(() => window.localStorage),
      skipHydration: true,
      partialize: (state): PersistedNetwork => ({ mode: state.mode, liveChainIds: state.liveChainIds, rpc: state.rpc, explorers: state.explorers }),
      migrate: (persisted) => sanitize(persisted),
      merge: (persisted, current) => {
        const { mode, liveChainIds, rpc, explorers } = sanitize(persisted);
        return { ...current, mode, liveChainIds, rpc, explorers, chainIds: chainIdsFor(mode, liveChainIds) };
      },
      // Runs after a successful read and after a failed one (e.g. corrupt JSON): either way the
      // store now holds its final value for this page load.
      onRehydrateStorage: () => () => {
        networkStore.setState({ hydrated: true });
      },
    },
  ),
);

/**
 * The persisted mode, read synchronously without hydrating the store (which would make the first
 * client render differ from the server's). Lets the page start the simulator before React has
 * hydrated. Anything unreadable is the default, as in sanitize().
 */
export function persistedMode(storage: Pick<Storage, "getItem"> | undefined = typeof window === "undefined" ? undefined : window.localStorage): NetworkMode {
  try {
    const raw = storage?.getItem(NETWORK_STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    const state = typeof parsed === "object" && parsed !== null ? (parsed as { state?: unknown }).state : undefined;
    return sanitize(state).mode;
  } catch {
    return "simulator";
  }
}

let hydration: Promise<void> | undefined;

/**
 * Reads the persisted choice once per page load (idempotent; call it from an effect) and keeps
 * tabs in step: a change made in another tab is picked up through the `storage` event.
 */
export function hydrateNetworkStore(): Promise<void> {
  if (typeof window === "undefined") return Promise.resolve();
  if (!hydration) {
    hydration = networkStore.persist.rehydrate();
    window.addEventListener("storage", (event) => {
      if (event.key === NETWORK_STORAGE_KEY) void networkStore.persist.rehydrate();
    });
  }
  return hydration;
}
