/**
 * The messages between the page and the simulator's worker. The page sends calls; the worker
 * answers each by id and, after every change of the world, sends a small view of what the UI
 * reads synchronously (clock, faults, speed, status). Ordering matters and holds: a change's
 * view is posted before the answer of the call that caused it.
 */
import type { JsonRpcRequest } from "../sim/rpc/handler";
import type { Faults } from "../sim/state";
import type { Reply } from "../workers/calls";
import type { HostStatus } from "./sim-host";

export interface SimView {
  version: number;
  timeMs: number;
  faults: Faults;
  speed: number;
  status: HostStatus;
  /** Height per chain-id and the count of non-clock changes: what SimulatorFreshness refetches by. */
  heights: Record<string, number>;
  writes: number;
}

export type SimCall =
  | { op: "rpc"; chainId: string; req: JsonRpcRequest }
  | { op: "advance"; seconds: number }
  | { op: "fund"; chainId: string; address: string; coins: { denom: string; amount: bigint }[] }
  | { op: "setSpeed"; speed: number }
  | { op: "startClock" }
  | { op: "reset" }
  | { op: "takeOver" }
  | { op: "save" }
  /** A named read of lib/reads, run next to the chains; see lib/reads/registry.ts. */
  | { op: "read"; name: string; args: unknown[] };

export type ToWorker = { id: number; call: SimCall };

export type FromWorker =
  | { kind: "view"; view: SimView; /** First view only: when each start-up step ended (epoch ms), for the page's timeline. */ boot?: Record<string, number> }
  | Reply
  /** The world could not be loaded at all (genesis unreachable): every call fails with it. */
  | { kind: "fatal"; message: string };
