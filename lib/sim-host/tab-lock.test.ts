import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireSimLock, takeOverSimLock } from "./tab-lock";

/**
 * A minimal Web Locks manager with the spec's behaviour for what tab-lock.ts uses: exclusive
 * locks granted in order, `signal` rejecting a waiting request with the signal's reason (a
 * TimeoutError for AbortSignal.timeout), and `steal` rejecting the holder's promise.
 */
class FakeLocks {
  private holder: { reject: (e: unknown) => void } | null = null;
  private queue: Array<() => void> = [];

  request(_name: string, options: { signal?: AbortSignal; steal?: boolean }, cb: () => Promise<void>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const grant = () => {
        const me = { reject };
        this.holder = me;
        cb().then(
          () => {
            if (this.holder === me) this.release();
            resolve();
          },
          reject,
        );
      };
      if (options.steal) {
        this.holder?.reject(new DOMException("stolen", "AbortError"));
        this.holder = null;
        grant();
        return;
      }
      if (!this.holder) return grant();
      const waiting = () => grant();
      this.queue.push(waiting);
      options.signal?.addEventListener("abort", () => {
        this.queue = this.queue.filter((w) => w !== waiting);
        reject(options.signal!.reason);
      });
    });
  }

  private release(): void {
    this.holder = null;
    this.queue.shift()?.();
  }
}

describe("simulator tab lock", () => {
  beforeEach(() => {
    Object.defineProperty(globalThis, "navigator", { value: { locks: new FakeLocks() }, configurable: true });
  });
  afterEach(() => {
    Object.defineProperty(globalThis, "navigator", { value: undefined, configurable: true });
  });

  it("the first tab owns it; a second tab is told no after its short wait (not left hanging)", async () => {
    const first = await acquireSimLock();
    expect(first).not.toBeNull();
    expect(first).not.toBe("unsupported");
    const started = Date.now();
    expect(await acquireSimLock()).toBeNull();
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("a take-over asks the owner, which saves first and then lets go", async () => {
    const owner = await acquireSimLock();
    if (!owner || owner === "unsupported") throw new Error("no ownership");
    const order: string[] = [];
    owner.onHandoverRequested(async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push("owner saved");
    });
    const next = await takeOverSimLock();
    order.push("new owner runs");
    expect(order).toEqual(["owner saved", "new owner runs"]);

    // The new owner really holds the lock: another tab is told no, and the next take-over asks it.
    let asked = 0;
    next.onHandoverRequested(async () => {
      asked += 1;
    });
    expect(await acquireSimLock()).toBeNull();
    expect(asked).toBe(0);
    await takeOverSimLock();
    expect(asked).toBe(1);
  });

  it("without Web Locks the tab runs on its own", async () => {
    Object.defineProperty(globalThis, "navigator", { value: {}, configurable: true });
    expect(await acquireSimLock()).toBe("unsupported");
  });
});
