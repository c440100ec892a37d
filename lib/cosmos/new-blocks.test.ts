import { afterEach, describe, expect, it, vi } from "vitest";
import { subscribeBlocks, websocketUrl, type SocketLike } from "./new-blocks";

// Live mode polls a chain whose socket cannot deliver; so every way a socket stops delivering must
// end the subscription with onError, once, and nothing may reconnect behind the caller's back
// (CosmJS 0.36's WebsocketClient does both silently: it reconnects without subscribing again, and
// its disconnect() reconnects).
class FakeSocket implements SocketLike {
  readyState = 0;
  sent: string[] = [];
  closedWith: number | undefined;
  onopen: SocketLike["onopen"] = null;
  onmessage: SocketLike["onmessage"] = null;
  onerror: SocketLike["onerror"] = null;
  onclose: SocketLike["onclose"] = null;
  constructor(readonly url: string) {}
  send(data: string) {
    if (this.readyState !== 1) throw new Error("not open");
    this.sent.push(data);
  }
  close(code?: number) {
    this.closedWith = code;
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(value: unknown) {
    this.onmessage?.({ data: typeof value === "string" ? value : JSON.stringify(value) });
  }
  dropped(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
}

function open(rpc = "https://rpc.example.org/") {
  vi.useFakeTimers();
  const sockets: FakeSocket[] = [];
  const h = { onBlock: vi.fn(), onTx: vi.fn(), onError: vi.fn() };
  const close = subscribeBlocks(rpc, h, { socket: (url) => (sockets.push(new FakeSocket(url)), sockets.at(-1)!), openTimeoutMs: 10_000 });
  return { sockets, h, close, socket: sockets[0] };
}

afterEach(() => vi.useRealTimers());

describe("websocketUrl", () => {
  it("is the RPC URL's /websocket, ws(s) as the RPC is http(s), a path kept", () => {
    expect(websocketUrl("https://rpc.example.org")).toBe("wss://rpc.example.org/websocket");
    expect(websocketUrl("http://127.0.0.1:26657/osmosis-sim-1/")).toBe("ws://127.0.0.1:26657/osmosis-sim-1/websocket");
  });
  it("none for what is not an http(s) URL", () => {
    expect(websocketUrl("ftp://x.org")).toBeNull();
    expect(websocketUrl("not a url")).toBeNull();
  });
});

describe("subscribeBlocks", () => {
  it("subscribes to NewBlock and Tx once the socket opens", async () => {
    const { socket, h, close } = open();
    expect(socket.url).toBe("wss://rpc.example.org/websocket");
    expect(socket.sent).toEqual([]);
    socket.open();
    const queries = socket.sent.map((m) => JSON.parse(m)).map((m) => [m.method, m.params.query]);
    expect(queries).toEqual([
      ["subscribe", "tm.event='NewBlock'"],
      ["subscribe", "tm.event='Tx'"],
    ]);
    // The acknowledgement of a subscription is not an event.
    for (const m of socket.sent) socket.receive({ jsonrpc: "2.0", id: JSON.parse(m).id, result: {} });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.onBlock).not.toHaveBeenCalled();
    expect(h.onError).not.toHaveBeenCalled();
    close();
  });

  it("a node that drops the socket: onError once, and no new connection", async () => {
    const { sockets, socket, h } = open();
    socket.open();
    socket.dropped();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.onError).toHaveBeenCalledTimes(1);
    expect(String(h.onError.mock.calls[0][0])).toContain("closed the websocket");
    expect(sockets).toHaveLength(1);
  });

  it("an endpoint that never opens a socket: onError after the timeout, the attempt closed", async () => {
    const { sockets, socket, h } = open();
    await vi.advanceTimersByTimeAsync(9_999);
    expect(h.onError).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(h.onError).toHaveBeenCalledTimes(1);
    expect(socket.closedWith).toBe(1000);
    expect(sockets).toHaveLength(1);
  });

  it("a node that refuses the subscription: onError with its reason", async () => {
    const { socket, h } = open();
    socket.open();
    const id = JSON.parse(socket.sent[0]).id;
    socket.receive({ jsonrpc: "2.0", id, error: { code: -32603, message: "Internal error", data: "max_subscriptions_per_client 5 reached" } });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.onError).toHaveBeenCalledTimes(1);
    expect(String(h.onError.mock.calls[0][0])).toContain("max_subscriptions_per_client");
    expect(socket.closedWith).toBe(1000);
  });

  it("a message that is not JSON: onError, the socket closed", async () => {
    const { socket, h } = open();
    socket.open();
    socket.receive("<html>502</html>");
    expect(h.onError).toHaveBeenCalledTimes(1);
    expect(socket.closedWith).toBe(1000);
  });

  it("an event CometBFT would not send fails the subscription rather than reporting a height", async () => {
    const { socket, h } = open();
    socket.open();
    const id = JSON.parse(socket.sent[0]).id;
    socket.receive({ jsonrpc: "2.0", id, result: { query: "tm.event='NewBlock'", data: { type: "tendermint/event/NewBlock", value: { block: null } } } });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.onBlock).not.toHaveBeenCalled();
    expect(h.onError).toHaveBeenCalledTimes(1);
  });

  it("closed by the caller: the socket is closed, no onError, nothing reopened", async () => {
    const { sockets, socket, h, close } = open();
    socket.open();
    close();
    expect(socket.closedWith).toBe(1000);
    socket.dropped(1000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.onError).not.toHaveBeenCalled();
    expect(sockets).toHaveLength(1);
  });

  it("an RPC URL with no websocket form: onError at once, no socket", () => {
    const sockets: unknown[] = [];
    const h = { onBlock: vi.fn(), onTx: vi.fn(), onError: vi.fn() };
    subscribeBlocks("ftp://x.org", h, { socket: (u) => (sockets.push(u), new FakeSocket(u)) });
    expect(h.onError).toHaveBeenCalledTimes(1);
    expect(sockets).toEqual([]);
  });
});
