/**
 * The bundled simulator as it runs in the browser: one world per tab, restored from
 * IndexedDB (or the precomputed genesis), a wall clock that keeps the world alive, and
 * the JSON-RPC entry point the CosmJS transport calls. Loaded only after first paint.
 */
import { handleRpc, type JsonRpcRequest, type JsonRpcResponse } from "../sim/rpc/handler";
import { restoreWorld, serializeWorld, SimStateError } from "../sim/persist";
import { advanceTo } from "../sim/world";
import { faucet } from "../sim/rpc/sim-control";
import type { World } from "../sim/state";
import { idbDelete, idbGet, idbSet } from "./idb";

const SAVE_KEY = "world";
const SAVE_DEBOUNCE_MS = 400;
/** Largest clock step per tick, so a tab that slept for hours catches up in bounded work. */
const MAX_CATCH_UP_MS = 6 * 3_600_000;

export type HostStatus = { kind: "ready" } | { kind: "corrupt"; reason: SimStateError["reason"]; message: string };

type Listener = () => void;

export class SimHost {
  private listeners = new Set<Listener>();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private clock: ReturnType<typeof setInterval> | null = null;
  private lastTick = Date.now();
  /** Simulated seconds per real second. */
  speed = 1;
  /** Increments on every change of the world; React subscribes to it. */
  version = 0;

  constructor(
    public world: World,
    public status: HostStatus,
  ) {}

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DEBOUNCE_MS);
  }

  async save(): Promise<void> {
    if (this.status.kind !== "ready") return;
    await idbSet(SAVE_KEY, serializeWorld(this.world));
  }

  async rpc(chainId: string, req: JsonRpcRequest): Promise<JsonRpcResponse> {
    const res = await handleRpc(this.world, chainId, req);
    if (req.method !== "status" && req.method !== "abci_query" && req.method !== "tx_search" && req.method !== "block") this.changed();
    return res;
  }

  advance(seconds: number): void {
    advanceTo(this.world, this.world.timeMs + seconds * 1000);
    this.changed();
  }

  fund(chainId: string, address: string, coins: { denom: string; amount: bigint }[]): void {
    faucet(this.world, chainId, address, coins);
    this.changed();
  }

  setSpeed(speed: number): void {
    this.speed = speed;
    this.changed();
  }

  startClock(): void {
    if (this.clock) return;
    this.lastTick = Date.now();
    this.clock = setInterval(() => {
      const now = Date.now();
      const dt = Math.min((now - this.lastTick) * this.speed, MAX_CATCH_UP_MS);
      this.lastTick = now;
      if (dt > 0 && this.status.kind === "ready") {
        advanceTo(this.world, this.world.timeMs + dt);
        this.changed();
      }
    }, 1000);
  }

  stopClock(): void {
    if (this.clock) clearInterval(this.clock);
    this.clock = null;
  }

  /** Replaces the world with a fresh genesis and forgets the save (also the way out of a corrupt save). */
  async reset(): Promise<void> {
    await idbDelete(SAVE_KEY);
    this.world = await loadGenesis();
    this.status = { kind: "ready" };
    this.changed();
  }
}

async function loadGenesis(): Promise<World> {
  const res = await fetch("/sim/genesis.json");
  if (!res.ok) throw new Error(`The simulator genesis could not be loaded (${res.status}).`);
  return restoreWorld(await res.text());
}

let host: Promise<SimHost> | null = null;

/** The tab's simulator, created once. A corrupt save is reported, never silently replaced. */
export function getSimHost(): Promise<SimHost> {
  host ??= (async () => {
    const saved = await idbGet(SAVE_KEY).catch(() => undefined);
    if (saved) {
      try {
        return new SimHost(restoreWorld(saved), { kind: "ready" });
      } catch (e) {
        if (!(e instanceof SimStateError)) throw e;
        // Keep the damaged save untouched until the user chooses to reset.
        return new SimHost(await loadGenesis(), { kind: "corrupt", reason: e.reason, message: e.message });
      }
    }
    const h = new SimHost(await loadGenesis(), { kind: "ready" });
    await h.save();
    return h;
  })();
  return host;
}
