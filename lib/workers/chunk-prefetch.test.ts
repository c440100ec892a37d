import { afterEach, describe, expect, it, vi } from "vitest";
import { createWorkerWithPrefetch, workerChunkUrls } from "./chunk-prefetch";

const ORIGIN = "http://127.0.0.1:3000";
/** The shape Turbopack (Next 16) gives a worker's script URL: the bootstrap, the chunk list in the hash. */
const bootstrap = (params: unknown) => `${ORIGIN}/_next/static/chunks/turbopack-worker-abc.js#params=${encodeURIComponent(JSON.stringify(params))}`;

describe("workerChunkUrls", () => {
  it("lists a Turbopack worker's chunks as absolute same-origin URLs, once each", () => {
    const url = bootstrap([["/_next/static/chunks/a.js", "/_next/static/chunks/b.js", "/_next/static/chunks/a.js"], "", "/_next/", null, null]);
    expect(workerChunkUrls(url, ORIGIN)).toEqual([`${ORIGIN}/_next/static/chunks/a.js`, `${ORIGIN}/_next/static/chunks/b.js`]);
  });

  it("reads the list from a ?params= query too (the bootstrap accepts both)", () => {
    const url = `${ORIGIN}/w.js?params=${encodeURIComponent(JSON.stringify([["/c.js"]]))}`;
    expect(workerChunkUrls(url, ORIGIN)).toEqual([`${ORIGIN}/c.js`]);
  });

  it("never names another origin, nor anything but scripts", () => {
    const url = bootstrap([["https://evil.example/x.js", "//evil.example/y.js", "/_next/static/chunks/s.css", 42, "/ok.js"]]);
    expect(workerChunkUrls(url, ORIGIN)).toEqual([`${ORIGIN}/ok.js`]);
  });

  it("gives nothing for URLs that are not a bootstrap or carry broken params", () => {
    expect(workerChunkUrls(`${ORIGIN}/_next/static/media/sim-worker.ts`, ORIGIN)).toEqual([]);
    expect(workerChunkUrls(`${ORIGIN}/w.js#params=%E0%A4%A`, ORIGIN)).toEqual([]);
    expect(workerChunkUrls(`${ORIGIN}/w.js#params=${encodeURIComponent("[[")}`, ORIGIN)).toEqual([]);
    expect(workerChunkUrls(`${ORIGIN}/w.js#params=${encodeURIComponent('{"0":["/a.js"]}')}`, ORIGIN)).toEqual([]);
    expect(workerChunkUrls("http://[bad", ORIGIN)).toEqual([]);
  });
});

describe("createWorkerWithPrefetch", () => {
  const g = globalThis as Record<string, unknown>;
  const saved = { Worker: g.Worker, fetch: g.fetch, location: g.location };
  afterEach(() => {
    g.Worker = saved.Worker;
    g.fetch = saved.fetch;
    g.location = saved.location;
  });

  it("fetches the chunks of the worker it creates, and leaves the global Worker as it was", async () => {
    const created: string[] = [];
    class FakeWorker {
      constructor(url: string | URL) {
        created.push(String(url));
      }
    }
    const fetched: string[] = [];
    g.Worker = FakeWorker;
    g.location = { origin: ORIGIN };
    g.fetch = vi.fn(async (u: string) => {
      fetched.push(u);
      return new Response("x");
    });
    const url = bootstrap([["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]]);
    const w = createWorkerWithPrefetch(() => new (globalThis as unknown as { Worker: new (u: string) => object }).Worker(url));
    expect(w).toBeInstanceOf(FakeWorker);
    expect(created).toEqual([url]);
    expect(fetched).toEqual([`${ORIGIN}/_next/static/chunks/a.js`, `${ORIGIN}/_next/static/chunks/b.js`]);
    expect(g.Worker).toBe(FakeWorker);
  });

  it("restores the global Worker when creating the worker throws", () => {
    class Throwing {
      constructor() {
        throw new Error("blocked by CSP");
      }
    }
    g.Worker = Throwing;
    g.location = { origin: ORIGIN };
    g.fetch = vi.fn();
    expect(() => createWorkerWithPrefetch(() => new (globalThis as unknown as { Worker: new (u: string) => object }).Worker("/w.js"))).toThrow("blocked by CSP");
    expect(g.Worker).toBe(Throwing);
    expect(g.fetch).not.toHaveBeenCalled();
  });
});
