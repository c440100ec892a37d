import { describe, expect, it } from "vitest";
import { classifyReadError } from "../queries/read-errors";
import { PendingCalls, replyWhenDone, type Reply } from "./calls";

/** A page and a worker joined the way postMessage joins them: replies arrive later, cloned. */
function pair(work: (id: number) => Promise<unknown>) {
  const calls = new PendingCalls();
  const post = (r: Reply) => {
    const copy = structuredClone(r); // throws DataCloneError synchronously, as postMessage does
    setTimeout(() => calls.settle(copy));
  };
  const ask = () => calls.send<unknown>((id) => replyWhenDone(id, work(id), post));
  return { calls, ask };
}

describe("calls to a worker", () => {
  it("matches each answer to its call, whatever order they finish in", async () => {
    const { ask } = pair((id) => new Promise((r) => setTimeout(() => r({ id, amount: 10n ** 30n }), id === 1 ? 20 : 0)));
    const [a, b] = await Promise.all([ask(), ask()]);
    expect(a).toEqual({ id: 1, amount: 10n ** 30n });
    expect(b).toEqual({ id: 2, amount: 10n ** 30n });
  });

  it("answers null as null: a read that found nothing is not a read that answered nothing", async () => {
    // TanStack Query treats undefined as a failed query; "you have not voted" is null.
    const { ask } = pair(() => Promise.resolve(null));
    expect(await ask()).toBeNull();
  });

  it("keeps an error's name, so a timeout in the worker is still a timeout on the page", async () => {
    const timeout = Object.assign(new Error("signal timed out"), { name: "TimeoutError" });
    const { ask } = pair(() => Promise.reject(timeout));
    const err = (await ask().catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe("TimeoutError");
    expect(classifyReadError(err).kind).toBe("timeout");
  });

  it("turns a thrown non-Error into an Error with its text", async () => {
    const { ask } = pair(() => Promise.reject("node exploded"));
    await expect(ask()).rejects.toThrow("node exploded");
  });

  it("answers an answer that cannot be cloned with an error, instead of leaving the caller waiting", async () => {
    const { ask } = pair(() => Promise.resolve({ total: 1n, format: () => "1" }));
    const err = (await ask().catch((e: unknown) => e)) as Error;
    expect(err.name).toBe("DataCloneError");
  });

  it("rejects a call that cannot be sent instead of leaving it waiting for a reply", async () => {
    const calls = new PendingCalls();
    await expect(
      calls.send(() => {
        throw new Error("could not clone the arguments");
      }),
    ).rejects.toThrow("could not clone the arguments");
  });

  it("fails every waiting call when the worker dies, and ignores answers nobody waits for", async () => {
    const calls = new PendingCalls();
    const waiting = [calls.send(() => {}), calls.send(() => {})];
    calls.failAll("The simulator's worker failed to start.");
    for (const w of waiting) await expect(w).rejects.toThrow("failed to start");
    expect(() => calls.settle({ kind: "result", id: 1, ok: true, value: 1 })).not.toThrow();
  });
});
