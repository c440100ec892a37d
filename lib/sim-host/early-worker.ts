/**
 * The simulator's worker, created as early as the page can: by the root providers' module as it
 * is evaluated, before React hydrates and before sim-client.ts (a lazy chunk) has loaded. Its
 * first messages wait in a buffer until sim-client adopts it. Kept tiny: it is first-load code.
 */
type Early = { worker: Worker; buffered: unknown[]; errors: string[]; detach(): void };

let early: Early | null = null;

/** The only place the worker is created, so the bundler emits one worker entry. */
export function createSimWorker(): Worker {
  performance.mark?.("sim:worker-start");
  return new Worker(new URL("./sim-worker.ts", import.meta.url), { type: "module", name: "milkyway-simulator" });
}

/** Starts the worker now (once); a no-op where there is no Worker. */
export function startSimWorkerEarly(): void {
  if (early || typeof Worker === "undefined") return;
  const worker = createSimWorker();
  const buffered: unknown[] = [];
  const errors: string[] = [];
  const onMessage = (e: MessageEvent) => buffered.push(e.data);
  const onError = (e: ErrorEvent) => errors.push(e.message || "The simulator's worker failed to start.");
  worker.addEventListener("message", onMessage);
  worker.addEventListener("error", onError);
  early = {
    worker,
    buffered,
    errors,
    detach: () => {
      worker.removeEventListener("message", onMessage);
      worker.removeEventListener("error", onError);
    },
  };
}

/** The early worker with what it has said so far, handed over once; null if none was started. */
export function takeEarlyWorker(): { worker: Worker; buffered: unknown[]; errors: string[] } | null {
  const e = early;
  if (!e) return null;
  early = null;
  e.detach();
  return { worker: e.worker, buffered: e.buffered, errors: e.errors };
}
