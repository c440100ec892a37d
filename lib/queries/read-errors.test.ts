import { describe, expect, it } from "vitest";
import { classifyReadError, readRetryDelay, shouldRetryRead } from "./read-errors";

const timeout = Object.assign(new Error("signal timed out"), { name: "TimeoutError" });

describe("classifyReadError", () => {
  it("a timeout is transient and says so", () => {
    expect(classifyReadError(timeout)).toEqual({ kind: "timeout", transient: true, message: "The node did not answer in time." });
  });

  it("garbage instead of JSON is a malformed answer, not a crash", () => {
    let parseError: unknown;
    try {
      JSON.parse("<html>502 Bad Gateway</html>");
    } catch (e) {
      parseError = e;
    }
    expect(classifyReadError(parseError)).toMatchObject({ kind: "malformed", transient: true });
    expect(classifyReadError(new TypeError("Cannot read properties of undefined (reading 'sync_info')"))).toMatchObject({ kind: "malformed" });
  });

  it("HTTP 5xx and 429 are retried; other 4xx are not", () => {
    expect(classifyReadError(new Error("Bad status on response: 503"))).toMatchObject({ kind: "unreachable", transient: true });
    expect(classifyReadError(new Error("Bad status on response: 429")).transient).toBe(true);
    expect(classifyReadError(new Error("Bad status on response: 404"))).toMatchObject({ kind: "refused", transient: false });
  });

  it("a JSON-RPC internal error is retried; invalid params are not", () => {
    const internal = new Error(JSON.stringify({ code: -32603, message: "Internal error", data: "node is down" }));
    expect(classifyReadError(internal)).toEqual({ kind: "node-error", transient: true, message: "The node reported an error: node is down" });
    const params = new Error(JSON.stringify({ code: -32602, message: "Invalid params", data: "unknown chain x" }));
    expect(classifyReadError(params)).toMatchObject({ kind: "refused", transient: false });
  });

  it("an ABCI query error and a missing endpoint are deterministic", () => {
    expect(classifyReadError(new Error("Query failed with (22): rpc error: code = NotFound desc = not found"))).toMatchObject({ kind: "refused", transient: false });
    expect(classifyReadError(new Error("No RPC endpoint is set for osmosis. Add one in Settings.")).transient).toBe(false);
  });

  it("a network failure is transient", () => {
    expect(classifyReadError(new TypeError("Failed to fetch"))).toMatchObject({ kind: "unreachable", transient: true });
  });
});

describe("retry policy", () => {
  it("retries transient errors up to 3 times, deterministic ones never", () => {
    expect([0, 1, 2, 3].map((n) => shouldRetryRead(n, timeout))).toEqual([true, true, true, false]);
    expect(shouldRetryRead(0, new Error("Bad status on response: 400"))).toBe(false);
  });

  it("backs off exponentially to a cap", () => {
    expect([0, 1, 2, 3, 4, 5].map(readRetryDelay)).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
  });
});
