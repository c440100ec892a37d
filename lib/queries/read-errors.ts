/**
 * What went wrong with a read, in words, and whether trying again can help. Live nodes time out,
 * answer garbage through a broken proxy, or fail for a while; those reads are retried with
 * backoff. A node that refuses the question itself (bad params, unknown method, an ABCI query
 * error, an HTTP 4xx, no endpoint set) gives the same answer every time: no retry.
 */
export type ReadErrorKind = "timeout" | "malformed" | "unreachable" | "node-error" | "refused";

export interface ReadError {
  kind: ReadErrorKind;
  transient: boolean;
  /** One sentence for the screen, e.g. "The node did not answer in time." */
  message: string;
}

/** The JSON-RPC error CosmJS wraps as Error(JSON.stringify(error)), if that is what this is. */
function jsonRpcError(raw: string): { code?: number; message?: string; data?: string } | null {
  if (!raw.startsWith("{")) return null;
  try {
    const e = JSON.parse(raw);
    return typeof e === "object" && e !== null && ("code" in e || "message" in e) ? e : null;
  } catch {
    return null;
  }
}

export function classifyReadError(e: unknown): ReadError {
  const name = e instanceof Error || (typeof DOMException !== "undefined" && e instanceof DOMException) ? (e as Error).name : "";
  const raw = e instanceof Error ? e.message : String(e);

  if (name === "TimeoutError" || /timed? ?out|timeout/i.test(raw)) {
    return { kind: "timeout", transient: true, message: "The node did not answer in time." };
  }
  if (name === "SyntaxError" || /is not valid JSON|Unexpected (token|end of JSON)|JSON-RPC 2\.0|jsonrpc/i.test(raw)) {
    return { kind: "malformed", transient: true, message: "The node sent an answer that is not valid JSON-RPC (a broken node or proxy)." };
  }
  const status = /Bad status on response: (\d{3})/.exec(raw);
  if (status) {
    const code = Number(status[1]);
    const transient = code >= 500 || code === 429 || code === 408;
    return transient
      ? { kind: "unreachable", transient, message: `The node answered with HTTP ${code} (busy or failing).` }
      : { kind: "refused", transient, message: `The node refused the request (HTTP ${code}). Check the RPC address in Settings.` };
  }
  if (/Failed to fetch|fetch failed|NetworkError|ECONNREFUSED|ENOTFOUND|Load failed/i.test(raw)) {
    return { kind: "unreachable", transient: true, message: "The node could not be reached." };
  }
  if (/No RPC endpoint is set/i.test(raw)) return { kind: "refused", transient: false, message: raw };
  const rpc = jsonRpcError(raw);
  if (rpc) {
    const detail = rpc.data || rpc.message || "unknown error";
    // -32600..-32602: the request itself is wrong; asking again gets the same answer.
    const deterministic = rpc.code !== undefined && rpc.code <= -32600 && rpc.code >= -32602;
    return { kind: deterministic ? "refused" : "node-error", transient: !deterministic, message: `The node reported an error: ${detail}` };
  }
  // CosmJS's words for an ABCI query the chain answered with an error (NotFound, invalid…).
  if (/Query failed with \(\d+\)/.test(raw)) return { kind: "refused", transient: false, message: `The chain refused the query: ${raw.replace(/^.*Query failed with \(\d+\): /s, "")}` };
  // A shape CosmJS could not decode: the answer was JSON but not what a node sends.
  if (name === "TypeError") return { kind: "malformed", transient: true, message: "The node sent an answer this app could not read." };
  return { kind: "node-error", transient: true, message: raw };
}

/** Up to 3 retries, and only for what may pass (TanStack Query `retry`). */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  return failureCount < 3 && classifyReadError(error).transient;
}

/** 0.5 s, 1 s, 2 s … capped at 8 s (TanStack Query `retryDelay`). */
export function readRetryDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 8_000);
}
