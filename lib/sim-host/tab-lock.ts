/**
 * One tab owns the simulator. Two tabs each running their own copy of the world and saving it
 * to the same IndexedDB key would silently overwrite each other's transactions, so ownership
 * is a Web Lock (released by the browser when the owning tab closes or crashes) and a hand-over
 * is a BroadcastChannel request the owner answers by saving and letting go.
 */
const LOCK = "milkyway-sim-owner";
const CHANNEL = "milkyway-sim";
/**
 * How long a new tab waits for the lock before deciding another tab has it. A reload needs
 * this: the old document's lock is released a moment after the new document starts.
 */
const ACQUIRE_WAIT_MS = 1_500;
/** How long a hand-over may take before the lock is taken anyway (the owner is frozen or gone). */
const HANDOVER_WAIT_MS = 5_000;

export interface Ownership {
  /** Called when another tab asks for the simulator; resolve after saving to let go. */
  onHandoverRequested(cb: () => Promise<void>): void;
  /** The lock was taken by force (the owner did not answer in time): stop at once. */
  onLost(cb: () => void): void;
}

type Hold = { ownership: Ownership } | null;

function locksAvailable(): boolean {
  return typeof navigator !== "undefined" && "locks" in navigator && typeof BroadcastChannel !== "undefined";
}

/** Holds the lock until a hand-over is answered; resolves once it is held (or with null on timeout). */
function hold(options: LockOptions): Promise<Hold> {
  return new Promise<Hold>((resolve) => {
    let handover: (() => Promise<void>) | null = null;
    let lost: (() => void) | null = null;
    let held = false;
    const channel = new BroadcastChannel(CHANNEL);
    navigator.locks
      .request(LOCK, options, () => {
        held = true;
        return new Promise<void>((release) => {
          channel.onmessage = (e: MessageEvent) => {
            if (e.data?.type !== "handover") return;
            void (handover ?? (async () => {}))().finally(() => {
              channel.close();
              release();
            });
          };
          resolve({
            ownership: {
              onHandoverRequested: (cb) => (handover = cb),
              onLost: (cb) => (lost = cb),
            },
          });
        });
      })
      .catch(() => {
        channel.close();
        // Before the grant: our wait timed out (the signal's TimeoutError), another tab has it.
        // After it: the lock was stolen from us. resolve() is a no-op once resolved.
        if (held) lost?.();
        else resolve(null);
      });
  });
}

/**
 * Takes the simulator for this tab if no other tab has it. `"unsupported"`: the browser has no
 * Web Locks (an insecure context); the tab then runs on its own, as before this guard existed.
 */
export async function acquireSimLock(): Promise<Ownership | null | "unsupported"> {
  if (!locksAvailable()) return "unsupported";
  const h = await hold({ signal: AbortSignal.timeout(ACQUIRE_WAIT_MS) });
  return h?.ownership ?? null;
}

/** Asks the owning tab to hand the simulator over, and takes the lock once it has saved. */
export async function takeOverSimLock(): Promise<Ownership> {
  const ask = new BroadcastChannel(CHANNEL);
  ask.postMessage({ type: "handover" });
  ask.close();
  const h = await hold({ signal: AbortSignal.timeout(HANDOVER_WAIT_MS) });
  if (h) return h.ownership;
  const forced = await hold({ steal: true });
  return forced!.ownership;
}
