/**
 * Calls to a worker answered by id. Errors cross as name + message: the name matters
 * (TimeoutError, SyntaxError, TypeError are how read-errors.ts tells a timeout from garbage),
 * the class cannot survive structured cloning anyway.
 */
export type Reply = { kind: "result"; id: number; ok: true; value: unknown } | { kind: "result"; id: number; ok: false; message: string; name: string };

function failure(id: number, err: unknown): Reply {
  const e = err instanceof Error ? err : new Error(String(err));
  return { kind: "result", id, ok: false, message: e.message, name: e.name };
}

/** Worker side: answers one call once its work settles, and always answers. */
export function replyWhenDone(id: number, work: Promise<unknown>, post: (r: Reply) => void): void {
  work.then(
    (value) => {
      try {
        post({ kind: "result", id, ok: true, value });
      } catch (e) {
        // An answer that cannot be cloned (DataCloneError) must still end the caller's wait.
        post(failure(id, e));
      }
    },
    (err: unknown) => post(failure(id, err)),
  );
}

/** Page side: the calls still waiting for their answer. */
export class PendingCalls {
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;

  /** Sends with a fresh id; the promise settles with the matching reply (or fails if it cannot be sent). */
  send<T>(post: (id: number) => void): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      try {
        post(id);
      } catch (e) {
        this.pending.delete(id);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  settle(r: Reply): void {
    const p = this.pending.get(r.id);
    if (!p) return;
    this.pending.delete(r.id);
    if (r.ok) p.resolve(r.value);
    else p.reject(Object.assign(new Error(r.message), { name: r.name }));
  }

  failAll(message: string): void {
    for (const p of this.pending.values()) p.reject(new Error(message));
    this.pending.clear();
  }
}
