import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { BatchingHttpClient } from "./batching-http-client";

// A node that answers JSON-RPC: `echo` returns its params, `fail` a JSON-RPC error; it counts the
// HTTP requests it gets, which is what a public RPC's rate limit counts.
let server: Server | undefined;
afterEach(() => new Promise<void>((ok) => (server ? server.close(() => ok()) : ok())));

async function node(opts: { refuseBatches?: boolean } = {}) {
  const seen: unknown[] = [];
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const parsed = JSON.parse(body) as unknown;
      seen.push(parsed);
      if (Array.isArray(parsed) && opts.refuseBatches) {
        res.writeHead(400).end("batches not allowed");
        return;
      }
      const answer = (r: { id: number; method: string; params: unknown }) =>
        r.method === "fail" ? { jsonrpc: "2.0", id: r.id, error: { code: -32603, message: "Internal error", data: "no such thing" } } : { jsonrpc: "2.0", id: r.id, result: r.params };
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(Array.isArray(parsed) ? parsed.map(answer).reverse() : answer(parsed as never)));
    });
  });
  await new Promise<void>((ok) => server!.listen(0, "127.0.0.1", () => ok()));
  const { port } = server!.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, seen };
}

const call = (id: number, method = "echo") => ({ jsonrpc: "2.0" as const, id, method, params: { n: id } });

describe("BatchingHttpClient", () => {
  it("sends a burst of calls as one HTTP request and gives each its own answer (or error, as HttpClient words it)", async () => {
    const n = await node();
    const c = new BatchingHttpClient(n.url, 5_000);
    const results = await Promise.allSettled([c.execute(call(1)), c.execute(call(2)), c.execute(call(3, "fail"))]);
    expect(n.seen).toHaveLength(1);
    expect(results[0]).toEqual({ status: "fulfilled", value: { jsonrpc: "2.0", id: 1, result: { n: 1 } } });
    expect(results[1]).toMatchObject({ status: "fulfilled", value: { id: 2, result: { n: 2 } } });
    expect(results[2]).toMatchObject({ status: "rejected", reason: new Error(JSON.stringify({ code: -32603, message: "Internal error", data: "no such thing" })) });
  });

  it("a lone call goes as a plain request", async () => {
    const n = await node();
    const c = new BatchingHttpClient(n.url, 5_000);
    await c.execute(call(7));
    expect(n.seen).toEqual([call(7)]);
  });

  it("an endpoint that refuses batches gets every call one by one, then and from then on", async () => {
    const n = await node({ refuseBatches: true });
    const c = new BatchingHttpClient(n.url, 5_000);
    const first = await Promise.all([c.execute(call(1)), c.execute(call(2))]);
    expect(first.map((r) => r.result)).toEqual([{ n: 1 }, { n: 2 }]);
    n.seen.length = 0;
    await Promise.all([c.execute(call(3)), c.execute(call(4))]);
    expect(n.seen).toEqual([call(3), call(4)]);
  });
});
