/**
 * The bundled simulator as it runs in the browser: one world per tab, restored from
 * IndexedDB (or the precomputed genesis), a wall clock that keeps the world alive, and
 * the JSON-RPC entry point the CosmJS transport calls. Loaded only after first paint.
 */
import { handleRpc, type JsonRpcRequest, type JsonRpcResponse } from "../sim/rpc/handler";
import { restoreWorld, serializeWorld, SimStateError } from "../sim/persist";
import { advanceTo } from "../sim/world";
import { faucet } from "../sim/rpc/sim-control";
import { malformedAnswer } from "../sim/rpc/node-faults";
import type { World } from "../sim/state";
import { idbDelete, idbGet, idbSet } from "./idb";
import { stamp } from "./boot-steps";
import { acquireSimLock, takeOverSimLock, type Ownership } from "./tab-lock";

/**
 * Where a tab's world comes from: the IndexedDB save under WORLD_SAVE_KEY, else the precomputed
 * genesis at GENESIS_URL (scripts/build-genesis.ts).
 */
const WORLD_SAVE_KEY = "world";
const GENESIS_URL = "/sim/genesis.json";

const SAVE_DEBOUNCE_MS = 400;
/** A first visit's genesis is written this long after the world is ready (see getSimHost). */
const FRESH_SAVE_DELAY_MS = 1_500;
/** Largest clock step per tick, so a tab that slept for hours catches up in bounded work. */
const MAX_CATCH_UP_MS = 6 * 3_600_000;

export type HostStatus =
  | { kind: "ready" }
  | { kind: "corrupt"; reason: SimStateError["reason"]; message: string }
  /** Another tab runs the simulator: this one shows its last save, read-only (tab-lock.ts). */
  | { kind: "elsewhere" };

/** Methods that change the world; refused in a tab that does not own the simulator. */
const READ_METHODS = new Set(["status", "abci_query", "abci_info", "tx_search", "tx", "block", "sim_info", "sim_pool_history"]);

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
  /**
   * Write calls still running (a broadcast awaits CheckTx before it changes the world): a
   * hand-over waits for them, so a transaction reported as included is in the save it hands over.
   */
  private inflight = new Set<Promise<unknown>>();

  constructor(
    public world: World,
    public status: HostStatus,
  ) {}

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  private notify(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  /**
   * Changes other than the clock ticking (transactions, faucet, time travel, faults, reset).
   * With each chain's height it tells the page what to refetch: a tick that produced no block
   * changed nothing a query can see, and a block on one chain leaves the others' reads valid.
   */
  writes = 0;

  heights(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [id, c] of Object.entries(this.world.chains)) out[id] = c.height;
    return out;
  }

  private changed(cause: "write" | "tick" = "write"): void {
    if (cause === "write") this.writes++;
    this.notify();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DEBOUNCE_MS);
  }

  async save(): Promise<void> {
    if (this.status.kind !== "ready") return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await idbSet(WORLD_SAVE_KEY, serializeWorld(this.world));
  }

  private assertOwner(): void {
    if (this.status.kind === "elsewhere") throw new Error("The simulator is running in another tab. Choose “Use this tab instead” to continue here.");
  }

  async rpc(chainId: string, req: JsonRpcRequest): Promise<JsonRpcResponse> {
    if (this.status.kind === "elsewhere" && !READ_METHODS.has(req.method)) {
      return { jsonrpc: "2.0", id: req.id, error: { code: -32603, message: "Internal error", data: "The simulator is running in another tab. Choose “Use this tab instead” to continue here." } };
    }
    // The garbage fault: parse the broken body as a transport would, and fail the same way.
    const garbage = malformedAnswer(this.world, chainId, req.method);
    if (garbage !== null) JSON.parse(garbage);
    const call = handleRpc(this.world, chainId, req);
    if (!READ_METHODS.has(req.method)) {
      this.inflight.add(call);
      void call.finally(() => this.inflight.delete(call)).catch(() => undefined);
    }
    const res = await call;
    if (!READ_METHODS.has(req.method)) await this.changedAndSaved();
    return res;
  }

  /**
   * A write is saved before it is answered or shown: whatever the screen shows as done (a
   * transaction sent, days travelled, a faucet) is what a reload straight after finds.
   */
  private async changedAndSaved(): Promise<void> {
    this.savingWrites++;
    try {
      await this.save();
    } finally {
      this.savingWrites--;
    }
    this.writes++;
    this.notify();
  }

  /** Writes being saved: the clock waits for them, so it cannot show their result first. */
  private savingWrites = 0;

  async advance(seconds: number): Promise<void> {
    this.assertOwner();
    advanceTo(this.world, this.world.timeMs + seconds * 1000);
    await this.changedAndSaved();
  }

  async fund(chainId: string, address: string, coins: { denom: string; amount: bigint }[]): Promise<void> {
    this.assertOwner();
    faucet(this.world, chainId, address, coins);
    await this.changedAndSaved();
  }

  setSpeed(speed: number): void {
    this.speed = speed;
    this.changed();
  }

  startClock(): void {
    if (this.clock) return;
    this.lastTick = Date.now();
    this.clock = setInterval(() => {
      if (this.savingWrites > 0) return;
      const now = Date.now();
      const dt = Math.min((now - this.lastTick) * this.speed, MAX_CATCH_UP_MS);
      this.lastTick = now;
      if (dt > 0 && this.status.kind === "ready") {
        advanceTo(this.world, this.world.timeMs + dt);
        this.changed("tick");
      }
    }, 1000);
  }

  stopClock(): void {
    if (this.clock) clearInterval(this.clock);
    this.clock = null;
  }

  /** Replaces the world with a fresh genesis and forgets the save (also the way out of a corrupt save). */
  async reset(): Promise<void> {
    this.assertOwner();
    await idbDelete(WORLD_SAVE_KEY);
    this.world = await loadGenesis();
    this.status = { kind: "ready" };
    this.changed();
  }

  /** Runs the simulator in this tab from now on; another tab asking for it gets it after a save. */
  own(ownership: Ownership): void {
    ownership.onHandoverRequested(async () => {
      // Stop changing the world first, then write the very last state, then let go.
      const wasReady = this.status.kind === "ready";
      this.status = { kind: "elsewhere" };
      await Promise.allSettled([...this.inflight]);
      if (this.saveTimer) clearTimeout(this.saveTimer);
      this.saveTimer = null;
      if (wasReady) await idbSet(WORLD_SAVE_KEY, serializeWorld(this.world));
      this.notify();
    });
    ownership.onLost(() => {
      this.status = { kind: "elsewhere" };
      this.notify();
    });
  }

  /** "Use this tab instead": the owning tab saves and lets go; this tab continues from that save. */
  async takeOver(): Promise<void> {
    if (this.status.kind !== "elsewhere") return;
    const ownership = await takeOverSimLock();
    const { world, status } = await loadSaved();
    this.world = world;
    this.status = status;
    this.lastTick = Date.now();
    this.own(ownership);
    this.notify();
  }
}

/** The saved world, or genesis; a damaged save is reported and kept, never replaced silently. */
async function loadSaved(): Promise<{ world: World; status: HostStatus; fresh: boolean }> {
  const saved = await idbGet(WORLD_SAVE_KEY).catch(() => undefined);
  if (saved) {
    try {
      return { world: restoreWorld(saved), status: { kind: "ready" }, fresh: false };
    } catch (e) {
      if (!(e instanceof SimStateError)) throw e;
      // Keep the damaged save untouched until the user chooses to reset.
      return { world: await loadGenesis(), status: { kind: "corrupt", reason: e.reason, message: e.message }, fresh: false };
    }
  }
  return { world: await loadGenesis(), status: { kind: "ready" }, fresh: true };
}

async function loadGenesis(): Promise<World> {
  const res = await fetch(GENESIS_URL);
  if (!res.ok) throw new Error(`The simulator genesis could not be loaded (${res.status}).`);
  const text = await res.text();
  stamp("sim:genesis-fetched");
  return restoreWorld(text);
}


let host: Promise<SimHost> | null = null;

/**
 * The tab's simulator, created once. Only the tab holding the lock runs and saves it; another
 * tab shows the last save read-only until the user moves the simulator there.
 */
export function getSimHost(): Promise<SimHost> {
  host ??= (async () => {
    const ownership = await acquireSimLock();
    stamp("sim:lock");
    const { world, status, fresh } = await loadSaved();
    stamp("sim:restored");
    if (ownership === null) return new SimHost(world, { kind: "elsewhere" });
    const h = new SimHost(world, status);
    if (ownership !== "unsupported") h.own(ownership);
    // A page that is closed or reloaded asks for a last save (sim-client.ts, on pagehide).
    // A fresh genesis is saved too, but after the page's first reads: serialising the world and
    // writing it to IndexedDB is the slowest step of a first visit and nobody waits for it (a
    // reload before it lands restores the same deterministic genesis).
    if (fresh) setTimeout(() => void h.save().catch(() => undefined), FRESH_SAVE_DELAY_MS);
    return h;
  })();
  return host;
}
