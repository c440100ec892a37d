/**
 * New blocks pushed by a CometBFT node over its websocket (`<rpc>/websocket`), through CosmJS's
 * Comet38Client on a WebsocketClient: `tm.event='NewBlock'` says the chain moved, `tm.event='Tx'`
 * what each transaction touched (its events' attribute values: addresses, contracts, ids). A
 * subscription is two requests once; every block after that costs the node nothing we ask for.
 */
import { Comet38Client, WebsocketClient } from "@cosmjs/tendermint-rpc";

export interface BlockHandlers {
  onBlock: (height: number) => void;
  /** The attribute values of one included transaction's events. */
  onTx: (height: number, values: string[]) => void;
  /** The socket or a subscription failed; the caller falls back to polling. */
  onError: (e: unknown) => void;
}

/** CometBFT serves its websocket at /websocket under the RPC URL; ws(s) as the page is http(s). */
export function websocketBase(rpcUrl: string): string | null {
  try {
    const u = new URL(rpcUrl);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    u.protocol = u.protocol === "https:" ? "wss:" : "ws:";
    return u.toString().replace(/\/+$/, "");
  } catch {
    return null;
  }
}

/** Subscribes; the returned function unsubscribes and closes the socket. */
export function subscribeBlocks(rpcUrl: string, h: BlockHandlers): () => void {
  const base = websocketBase(rpcUrl);
  if (!base) {
    h.onError(new Error(`no websocket for ${rpcUrl}`));
    return () => undefined;
  }
  let closed = false;
  const fail = (e: unknown) => {
    if (closed) return;
    close();
    h.onError(e);
  };
  const socket = new WebsocketClient(base, fail);
  const client = Comet38Client.create(socket);
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
  function close() {
    if (closed) return;
    closed = true;
    blocks.unsubscribe();
    txs.unsubscribe();
    client.disconnect();
  }
  return close;
}
