import { PendingCalls, type Reply } from "../workers/calls";

let worker: { w: Worker; calls: PendingCalls } | null = null;
/** Set once a read worker has failed: from then on this tab reads on the page, as it can. */
let inPage = typeof Worker === "undefined";

function startWorker() {
  const w = new Worker(new URL("./read-worker.ts", import.meta.url), { type: "module", name: "milkyway-reads" });
  const calls = new PendingCalls();
  w.addEventListener("message", (e: MessageEvent<Reply>) => calls.settle(e.data));
  w.addEventListener("error", (e) => {
    // A worker that cannot start (or crashed) fails what waits on it, once; later reads run here.
    w.terminate();
    worker = null;
    inPage = true;
    calls.failAll(e.message || "The read worker stopped.");
  });
  return { w, calls };
}

/** A live-network read, in the read worker where there is one, else on this thread. */
export async function liveRead(name: string, args: unknown[]): Promise<unknown> {
  if (inPage) {
    const { runRead } = await import("./registry");
    return runRead(name, args);
  }
  worker ??= startWorker();
  const { w, calls } = worker;
  return calls.send((id) => w.postMessage({ id, name, args }));
}
