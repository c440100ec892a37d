/**
 * The simulator's Web Worker: the world, its clock, its saves and the tab lock live here, so
 * restoring months of history, signing checks and block production never block the page's
 * main thread (Lighthouse's total blocking time, and input that stays responsive while
 * simulated days pass). The page talks to it through sim-client.ts.
 */
// First: its evaluation marks when the worker's code had loaded (boot-steps.ts).
import { bootSteps, stamp } from "./boot-steps";
import { answerSimRpcWith } from "../cosmos/transport/sim-rpc-client";
import { runRead } from "../reads/registry";
import { replyWhenDone } from "../workers/calls";
import { getSimHost, type SimHost } from "./sim-host";
import type { FromWorker, SimCall, SimView, ToWorker } from "./sim-protocol";

// Every module of the worker is loaded and evaluated by now.
stamp("sim:worker-eval");

const post = (m: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(m);

function view(h: SimHost): SimView {
  return { version: h.version, timeMs: h.world.timeMs, faults: h.world.faults, speed: h.speed, status: h.status, heights: h.heights(), writes: h.writes };
}

async function run(h: SimHost, call: SimCall) {
  switch (call.op) {
    case "rpc":
      return h.rpc(call.chainId, call.req);
    case "advance":
      return h.advance(call.seconds);
    case "fund":
      return h.fund(call.chainId, call.address, call.coins);
    case "setSpeed":
      return h.setSpeed(call.speed);
    case "startClock":
      return h.startClock();
    case "reset":
      return h.reset();
    case "takeOver":
      return h.takeOver();
    case "save":
      return h.save();
    case "read":
      return runRead(call.name, call.args);
  }
}

const ready = getSimHost().then(
  (h) => {
    h.subscribe(() => post({ kind: "view", view: view(h) }));
    post({ kind: "view", view: view(h), boot: { ...bootSteps } });
    return h;
  },
  (e: unknown) => {
    post({ kind: "fatal", message: (e as Error).message });
    throw e;
  },
);

// Reads running here reach the chains directly, not through a message to this same worker.
answerSimRpcWith(async (chainId, req) => (await ready).rpc(chainId, req));

self.addEventListener("message", (e: MessageEvent<ToWorker>) => {
  const { id, call } = e.data;
  replyWhenDone(
    id,
    ready.then((h) => run(h, call)),
    post,
  );
});
