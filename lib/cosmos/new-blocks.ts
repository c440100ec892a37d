/**
 * New blocks pushed by a CometBFT node over its websocket (`<rpc>/websocket`): `tm.event='NewBlock'`
 * says the chain moved, `tm.event='Tx'` what each transaction touched (its events' attribute
 * values: addresses, contracts, ids). A subscription is two messages once; every block after
 * that costs the node nothing we ask for. CosmJS's Comet38Client decodes the events.
 *
 * The socket is our own, over the browser's WebSocket, not CosmJS's WebsocketClient. In CosmJS
 * 0.36 that client keeps a socket alive without telling anyone what happened to it: a dropped
 * connection is reconnected without subscribing again (silent for good, no error), an endpoint
 * without a websocket is retried forever (no error), and disconnect() itself reconnects (one
 * idle connection left on the node per closed subscription). Here the first of those ends the
 * subscription with onError, once, and nothing reconnects: the caller polls instead and decides
 * when to try a socket again.
 */
import type { JsonRpcRequest } from "@cosmjs/json-rpc";
import { Comet38Client, type RpcClient } from "@cosmjs/tendermint-rpc";
import { Stream, type Listener } from "xstream";

export interface BlockHandlers {
  onBlock: (height: number) => void;
  /** The attribute values of one included transaction's events. */
  onTx: (height: number, values: string[]) => void;
  /** The socket or a subscription failed, or the node closed it; the caller falls back to polling. */
  onError: (e: unknown) => void;
}

/** A node that has not opened the socket by then is taken to offer none. */
export const OPEN_TIMEOUT_MS = 10_000;

/** The slice of the browser's WebSocket used here (a test passes its own). */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onclose: ((ev: { code?: number; reason?: string }) => void) | null;
  send(data: string): void;
  close(code?: number): void;
}
export type SocketFactory = (url: string) => SocketLike;

const OPEN = 1;

/** CometBFT serves its websocket at /websocket under the RPC URL; ws(s) as the page is http(s). */
export function websocketUrl(rpcUrl: string): string | null {
  try {
    const u = new URL(rpcUrl);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    u.protocol = u.protocol === "https:" ? "wss:" : "ws:";
    u.pathname = `${u.pathname.replace(/\/+$/, "")}/websocket`;
    return u.toString();
  } catch {
    return null;
  }
}

/** Subscribes; the returned function unsubscribes and closes the socket (for good). */
export function subscribeBlocks(rpcUrl: string, h: BlockHandlers, opts: { socket?: SocketFactory; openTimeoutMs?: number } = {}): () => void {
  const url = websocketUrl(rpcUrl);
  if (!url) {
    h.onError(new Error(`no websocket for ${rpcUrl}`));
    return () => undefined;
  }
  let done = false;
  let ws: SocketLike;
  const outbox: string[] = [];
  const listeners = new Map<string | number, Listener<unknown>>();

  const end = () => {
    done = true;
    clearTimeout(openTimer);
    listeners.clear();
    ws.onopen = ws.onmessage = ws.onerror = ws.onclose = null;
    try {
      ws.close(1000);
    } catch {
      // already closed
    }
  };
  const fail = (e: unknown) => {
    if (done) return;
    end();
    h.onError(e);
  };
  const send = (text: string) => (ws.readyState === OPEN ? ws.send(text) : outbox.push(text));

  try {
    ws = (opts.socket ?? ((u) => new WebSocket(u) as unknown as SocketLike))(url);
  } catch (e) {
    // A URL the browser refuses (or a page policy forbidding it) throws at once.
    h.onError(e);
    return () => undefined;
  }
  const openTimer = setTimeout(() => fail(new Error(`${url} did not open a websocket within ${(opts.openTimeoutMs ?? OPEN_TIMEOUT_MS) / 1000} s`)), opts.openTimeoutMs ?? OPEN_TIMEOUT_MS);
  ws.onopen = () => {
    clearTimeout(openTimer);
    for (const text of outbox.splice(0)) ws.send(text);
  };
  ws.onerror = () => fail(new Error(`the websocket at ${url} failed`));
  ws.onclose = (ev) => fail(new Error(`the node closed the websocket at ${url} (code ${ev.code ?? "?"})`));
  ws.onmessage = (ev) => {
    let msg: { id?: string | number; result?: { query?: unknown }; error?: unknown };
    try {
      msg = JSON.parse(String(ev.data));
    } catch {
      return fail(new Error(`the websocket at ${url} sent something that is not JSON`));
    }
    // Old Tendermint answered events with "<id>#event"; CometBFT 0.38 with the request's id.
    const id = typeof msg?.id === "string" ? msg.id.replace(/#event$/, "") : msg?.id;
    const listener = id === undefined ? undefined : (listeners.get(id) ?? listeners.get(Number(id)));
    if (!listener) return;
    if (msg.error !== undefined) return listener.error(new Error(`the node refused the subscription: ${JSON.stringify(msg.error)}`));
    // The first answer ({}) only acknowledges the subscription; events carry their query.
    if (msg.result && msg.result.query !== undefined) listener.next(msg.result);
  };

  // What Comet38Client needs to subscribe: listen(); it never executes a call on this socket.
  const transport: RpcClient & { listen: (req: JsonRpcRequest) => Stream<unknown> } = {
    execute: () => Promise.reject(new Error("this socket only carries subscriptions")),
    disconnect: () => undefined,
    listen: (req) =>
      Stream.create<unknown>({
        start: (listener) => {
          listeners.set(req.id, listener);
          send(JSON.stringify(req));
        },
        // No `unsubscribe` message: xstream stops a stream a tick after its last listener goes,
        // by which time the socket is closed, and closing it ends its subscriptions on the node.
        stop: () => listeners.delete(req.id),
      }),
  };
  const client = Comet38Client.create(transport);
  const blocks = client.subscribeNewBlock().subscribe({
    next: (b) => h.onBlock(b.header.height),
    error: fail,
    complete: () => fail(new Error("the node ended the block subscription")),
  });
  const txs = client.subscribeTx().subscribe({
    next: (t) => h.onTx(t.height, t.result.events.flatMap((e) => e.attributes.map((a) => a.value))),
    error: fail,
    complete: () => fail(new Error("the node ended the transaction subscription")),
  });
  return () => {
    if (done) return;
    blocks.unsubscribe();
    txs.unsubscribe();
    end();
  };
}
