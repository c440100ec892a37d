import { PendingCalls, type Reply } from "../workers/calls";

let worker: { w: Worker; calls: PendingCalls } | null = null;

function startWorker() {
  const w = new Worker(new URL("./read-worker.ts", import.meta.url), { type: "module", name: "milkyway-reads" });
  const calls = new PendingCalls();
  w.addEventListener("message", (e: MessageEvent<Reply>) => calls.settle(e.data));
  w.addEventListener("error", (e) => {
    // A worker that cannot start fails what waits on it; the next read tries a fresh one.
    calls.failAll(e.message || "The read worker failed to start.");
    worker = null;
  });
  return { w, calls };
}

/** A live-network read, in the read worker where there is one, else on this thread. */
export async function liveRead(name: string, args: unknown[]): Promise<unknown> {
  if (typeof Worker === "undefined") {
    const { runRead } = await import("./registry");
    return runRead(name, args);
  }
  worker ??= startWorker();
  const { w, calls } = worker;
  return calls.send((id) => w.postMessage({ id, name, args }));
}
