/**
 * The page's handle on the simulator. In a browser the world runs in a Web Worker
 * (sim-worker.ts) and this handle mirrors the little the UI reads synchronously (clock, faults,
 * speed, status) from the views the worker posts; every action is a message and a promise.
 * Where there is no Worker (tests, very old browsers) the same handle wraps an in-page SimHost.
 */
import type { JsonRpcRequest, JsonRpcResponse } from "../sim/rpc/handler";
import type { HostStatus } from "./sim-host";
import { answerSimRpcWith } from "../cosmos/transport/sim-rpc-client";
import { PendingCalls } from "../workers/calls";
import type { FromWorker, SimCall, SimView, ToWorker } from "./sim-protocol";

type Listener = () => void;

export interface SimHandle {
  readonly world: Pick<SimView, "timeMs" | "faults">;
  readonly status: HostStatus;
  readonly speed: number;
  readonly version: number;
  readonly heights: Record<string, number>;
  readonly writes: number;
  subscribe(l: Listener): () => void;
  rpc(chainId: string, req: JsonRpcRequest): Promise<JsonRpcResponse>;
  advance(seconds: number): Promise<void>;
  fund(chainId: string, address: string, coins: { denom: string; amount: bigint }[]): Promise<void>;
  setSpeed(speed: number): Promise<void>;
  startClock(): void;
  reset(): Promise<void>;
  takeOver(): Promise<void>;
  save(): Promise<void>;
  /** A named read of lib/reads/registry.ts, run next to the chains; plain data back. */
  read(name: string, args: unknown[]): Promise<unknown>;
}

class WorkerSimHandle implements SimHandle {
  private view: SimView;
  private listeners = new Set<Listener>();
  private calls = new PendingCalls();
  private fatal: string | null = null;

  constructor(
    private readonly worker: Worker,
    first: SimView,
  ) {
    this.view = first;
    worker.addEventListener("message", (e: MessageEvent<FromWorker>) => this.receive(e.data));
    // A worker that crashes after start-up answers nothing more: fail what waits rather than hang.
    worker.addEventListener("error", (e) => this.receive({ kind: "fatal", message: `The simulator stopped: ${e.message || "its worker crashed"}. Reload the page.` }));
  }

  get world() {
    return { timeMs: this.view.timeMs, faults: this.view.faults };
  }
  get status() {
    return this.view.status;
  }
  get speed() {
    return this.view.speed;
  }
  get version() {
    return this.view.version;
  }
  get heights() {
    return this.view.heights;
  }
  get writes() {
    return this.view.writes;
  }

  receive(m: FromWorker): void {
    if (m.kind === "view") {
      this.view = m.view;
      for (const l of this.listeners) l();
      return;
    }
    if (m.kind === "fatal") {
      this.fatal = m.message;
      this.calls.failAll(m.message);
      return;
    }
    this.calls.settle(m);
  }

  private call<T>(call: SimCall): Promise<T> {
    if (this.fatal) return Promise.reject(new Error(this.fatal));
    return this.calls.send<T>((id) => this.worker.postMessage({ id, call } satisfies ToWorker));
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  rpc(chainId: string, req: JsonRpcRequest) {
    return this.call<JsonRpcResponse>({ op: "rpc", chainId, req });
  }
  advance(seconds: number) {
    return this.call<void>({ op: "advance", seconds });
  }
  fund(chainId: string, address: string, coins: { denom: string; amount: bigint }[]) {
    return this.call<void>({ op: "fund", chainId, address, coins });
  }
  setSpeed(speed: number) {
    return this.call<void>({ op: "setSpeed", speed });
  }
  startClock() {
    void this.call<void>({ op: "startClock" });
  }
  reset() {
    return this.call<void>({ op: "reset" });
  }
  takeOver() {
    return this.call<void>({ op: "takeOver" });
  }
  save() {
    return this.call<void>({ op: "save" });
  }
  read(name: string, args: unknown[]) {
    return this.call<unknown>({ op: "read", name, args });
  }
}

/** The first view arrives once the worker has restored the world; until then nothing is usable. */
function startWorker(): Promise<SimHandle> {
  // Marks for the page's performance timeline (bench:data reads them; DevTools shows them).
  performance.mark?.("sim:worker-start");
  // Its chunks and the genesis are not prefetched from the page: every fetched body is delivered
  // to this thread, and measured side by side that cost 5–10 Lighthouse points on the light pages
  // (/history, /settings) while cold load to data was no faster (bench:data 1.23 s with, 1.18 s without).
  const worker = new Worker(new URL("./sim-worker.ts", import.meta.url), { type: "module", name: "milkyway-simulator" });
  return new Promise<SimHandle>((resolve, reject) => {
    const first = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.kind === "view") {
        // The worker's start-up steps, on this page's timeline.
        for (const [step, at] of Object.entries(m.boot ?? {})) performance.mark?.(step, { startTime: Math.max(0, at - performance.timeOrigin) });
        performance.mark?.("sim:ready");
        worker.removeEventListener("message", first);
        resolve(new WorkerSimHandle(worker, m.view));
      } else if (m.kind === "fatal") {
        worker.removeEventListener("message", first);
        reject(new Error(m.message));
      }
    };
    worker.addEventListener("message", first);
    worker.addEventListener("error", (e) => reject(new Error(e.message || "The simulator's worker failed to start.")));
  });
}

/** One macrotask hop: breaks in-page promise chains out of nested-timer clamping (4 ms). */
function hop(): Promise<void> {
  if (typeof MessageChannel === "undefined") return Promise.resolve();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/** The same handle over a SimHost running on this thread. */
async function inPage(): Promise<SimHandle> {
  const { getSimHost } = await import("./sim-host");
  const h = await getSimHost();
  return {
    get world() {
      return h.world;
    },
    get status() {
      return h.status;
    },
    get speed() {
      return h.speed;
    },
    get version() {
      return h.version;
    },
    get heights() {
      return h.heights();
    },
    get writes() {
      return h.writes;
    },
    subscribe: (l) => h.subscribe(l),
    rpc: (c, r) => hop().then(() => h.rpc(c, r)),
    advance: async (s) => h.advance(s),
    fund: async (c, a, coins) => h.fund(c, a, coins),
    setSpeed: async (s) => h.setSpeed(s),
    startClock: () => h.startClock(),
    reset: () => h.reset(),
    takeOver: () => h.takeOver(),
    save: () => h.save(),
    read: async (name, args) => {
      await hop();
      const { runRead } = await import("../reads/registry");
      return runRead(name, args);
    },
  };
}

let handle: Promise<SimHandle> | null = null;

/** The tab's simulator, started once, after first paint (callers import this module lazily). */
export function getSim(): Promise<SimHandle> {
  handle ??= (typeof Worker === "undefined" ? inPage() : startWorker()).then((h) => {
    answerSimRpcWith((chainId, req) => h.rpc(chainId, req));
    if (typeof window !== "undefined") {
      // Best effort: a tab being closed or reloaded writes what the debounce still holds.
      window.addEventListener("pagehide", () => void h.save());
    }
    return h;
  });
  return handle;
}
