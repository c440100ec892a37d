import { afterEach, describe, expect, it, vi } from "vitest";

class FakeWorker extends EventTarget {
  static made = 0;
  static last: FakeWorker | null = null;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    FakeWorker.made++;
    FakeWorker.last = this;
  }
  say(data: unknown) {
    this.dispatchEvent(new MessageEvent("message", { data }));
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  FakeWorker.made = 0;
});

describe("early simulator worker", () => {
  it("is created once and hands over what it said, in order, exactly once", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const { startSimWorkerEarly, takeEarlyWorker } = await import("./early-worker");
    startSimWorkerEarly();
    startSimWorkerEarly();
    expect(FakeWorker.made).toBe(1);
    const taken0 = takeEarlyWorker()!;
    const w = taken0.worker as unknown as FakeWorker;
    expect(w.options.name).toBe("milkyway-simulator");
    expect(taken0.buffered).toEqual([]);
    // Nothing is buffered after the hand-over: the adopter listens itself.
    w.say({ kind: "view", n: 3 });
    expect(taken0.buffered).toEqual([]);
    expect(takeEarlyWorker()).toBeNull();
  });

  it("buffers the messages that arrive before the hand-over", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const { startSimWorkerEarly, takeEarlyWorker } = await import("./early-worker");
    startSimWorkerEarly();
    FakeWorker.last!.say({ kind: "view", n: 1 });
    FakeWorker.last!.say({ kind: "view", n: 2 });
    FakeWorker.last!.dispatchEvent(Object.assign(new Event("error"), { message: "boom" }));
    const taken = takeEarlyWorker()!;
    expect(taken.worker).toBe(FakeWorker.last);
    expect(taken.buffered).toEqual([
      { kind: "view", n: 1 },
      { kind: "view", n: 2 },
    ]);
    expect(taken.errors).toEqual(["boom"]);
  });

  it("does nothing where there is no Worker", async () => {
    vi.stubGlobal("Worker", undefined);
    const { startSimWorkerEarly, takeEarlyWorker } = await import("./early-worker");
    startSimWorkerEarly();
    expect(takeEarlyWorker()).toBeNull();
  });
});
