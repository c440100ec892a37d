/**
 * Live reads through one HTTP request per burst: the JSON-RPC calls made within a few
 * milliseconds (a read that fans out into a pool's or a service's figures asks dozens at once)
 * travel as one JSON-RPC batch, which CometBFT serves natively. Public RPCs rate-limit by HTTP
 * request, so a refetch costs one or two of them instead of one per call.
 *
 * Nothing changes for callers: each call still resolves or throws as CosmJS's HttpClient makes
 * it (a JSON-RPC error as the error object's JSON). A batch that fails as a whole is sent again
 * call by call through an HttpClient, so errors are exactly HttpClient's; an endpoint that
 * refuses batches (an HTTP 4xx, or an answer that is not a list) is asked one call at a time
 * from then on. No timer runs while nothing is queued (CosmJS's HttpBatchClient ticks forever).
 */
import { isJsonRpcErrorResponse, parseJsonRpcResponse, type JsonRpcRequest, type JsonRpcSuccessResponse } from "@cosmjs/json-rpc";
import type { RpcClient } from "@cosmjs/tendermint-rpc";
// A file, not the package index: this module runs in the read workers (chain-reader.ts says why).
import { HttpClient } from "@cosmjs/tendermint-rpc/build/rpcclients/httpclient.js";

/** How long the first call of a burst waits for the others. */
export const BATCH_WINDOW_MS = 10;
/** Most calls in one request (the devnet takes 100; CometBFT sets no limit, proxies may). */
export const MAX_BATCH = 50;

interface Queued {
  request: JsonRpcRequest;
  resolve: (r: JsonRpcSuccessResponse) => void;
  reject: (e: unknown) => void;
}

class BatchRefused extends Error {}

export class BatchingHttpClient implements RpcClient {
  private queue: Queued[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private batches = true;
  private readonly single: HttpClient;

  constructor(
    private readonly url: string,
    private readonly timeoutMs: number,
    private readonly post: typeof fetch = (...a) => fetch(...a),
  ) {
    this.single = new HttpClient(url, timeoutMs);
  }

  execute(request: JsonRpcRequest): Promise<JsonRpcSuccessResponse> {
    if (!this.batches) return this.single.execute(request);
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      if (this.queue.length >= MAX_BATCH) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), BATCH_WINDOW_MS);
    });
  }

  disconnect(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.single.disconnect();
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.queue.splice(0, MAX_BATCH);
    if (batch.length === 0) return;
    if (batch.length === 1) return this.one(batch[0]);
    void this.send(batch).catch((e) => {
      // A node that did not answer the batch in time would not answer its calls either: asking
      // again call by call would double the wait before the screen can say so.
      if (e instanceof Error && e.name === "TimeoutError") {
        for (const q of batch) q.reject(e);
        return;
      }
      if (e instanceof BatchRefused) this.batches = false;
      for (const q of batch) this.one(q);
    });
  }

  private one(q: Queued): void {
    this.single.execute(q.request).then(q.resolve, q.reject);
  }

  private async send(batch: Queued[]): Promise<void> {
    const res = await this.post(this.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(batch.map((q) => q.request)),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (res.status >= 400 && res.status < 500) throw new BatchRefused(`HTTP ${res.status} for a batch`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body: unknown = await res.json();
    if (!Array.isArray(body)) throw new BatchRefused("the answer to a batch is not a list");
    const byId = new Map<unknown, unknown>(body.map((r) => [(r as { id?: unknown })?.id, r]));
    if (!batch.every((q) => byId.has(q.request.id))) throw new Error("a batch answer lacks some calls");
    for (const q of batch) {
      try {
        const response = parseJsonRpcResponse(byId.get(q.request.id));
        if (isJsonRpcErrorResponse(response)) q.reject(new Error(JSON.stringify(response.error)));
        else q.resolve(response);
      } catch (e) {
        q.reject(e);
      }
    }
  }
}
