/**
 * CometBFT's websocket at /<chain-id>/websocket: JSON-RPC over a websocket with `subscribe` /
 * `unsubscribe` / `unsubscribe_all` for `tm.event='NewBlock'` and `tm.event='Tx' AND …` queries,
 * shaped as CosmJS's Comet38Client over a WebsocketClient reads them. Ordinary JSON-RPC calls
 * work on the socket too. A small RFC 6455 server (Node 20 has a websocket client, not a server),
 * with the same Host/Origin checks as HTTP and caps on frame size, connections and subscriptions.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import type { JsonRpcResponse } from "../../lib/sim/rpc/handler";
import { parseTxQuery, txMatches } from "../../lib/sim/rpc/tx-query";
import type { World } from "../../lib/sim/state";
import { guard, type GuardOptions } from "./guard";

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
const MAX_MESSAGE = 1_000_000;
const MAX_CONNECTIONS = 100;
const MAX_SUBSCRIPTIONS = 100;
/** Most blocks announced in one catch-up (after a long sim_advance). */
const MAX_CATCHUP_BLOCKS = 100;

export type RpcAnswer = (chainId: string, req: unknown) => Promise<JsonRpcResponse>;

interface Subscription {
  id: unknown;
  query: string;
  kind: "NewBlock" | "Tx";
  conditions: ReturnType<typeof parseTxQuery>;
}

class Conn {
  private buf: Buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];
  subs: Subscription[] = [];
  closed = false;

  constructor(
    readonly socket: Duplex,
    readonly chainId: string,
    private readonly onMessage: (c: Conn, text: string) => void,
    private readonly onClose: (c: Conn) => void,
  ) {
    socket.on("data", (d: Buffer) => this.receive(d));
    socket.on("error", () => this.close());
    socket.on("close", () => this.close());
  }

  receive(d: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
    for (;;) {
      if (this.buf.length < 2) return;
      const b0 = this.buf[0];
      const b1 = this.buf[1];
      const fin = (b0 & 0x80) !== 0;
      const opcode = b0 & 0x0f;
      const masked = (b1 & 0x80) !== 0;
      let len = b1 & 0x7f;
      let off = 2;
      if (len === 126) {
        if (this.buf.length < 4) return;
        len = this.buf.readUInt16BE(2);
        off = 4;
      } else if (len === 127) {
        if (this.buf.length < 10) return;
        const big = this.buf.readBigUInt64BE(2);
        if (big > BigInt(MAX_MESSAGE)) return this.close(1009);
        len = Number(big);
        off = 10;
      }
      if (!masked) return this.close(1002);
      if (len > MAX_MESSAGE) return this.close(1009);
      if (this.buf.length < off + 4 + len) return;
      const mask = this.buf.subarray(off, off + 4);
      const payload = Buffer.from(this.buf.subarray(off + 4, off + 4 + len));
      for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
      this.buf = this.buf.subarray(off + 4 + len);
      if (opcode === 0x8) return this.close(1000);
      if (opcode === 0x9) {
        this.frame(0xa, payload);
        continue;
      }
      if (opcode === 0xa) continue;
      if (opcode === 0x1 || opcode === 0x2 || opcode === 0x0) {
        this.fragments.push(payload);
        if (this.fragments.reduce((n, f) => n + f.length, 0) > MAX_MESSAGE) return this.close(1009);
        if (fin) {
          const text = Buffer.concat(this.fragments).toString("utf8");
          this.fragments = [];
          this.onMessage(this, text);
        }
        continue;
      }
      return this.close(1002);
    }
  }

  private frame(opcode: number, payload: Buffer): void {
    if (this.closed) return;
    const n = payload.length;
    const head = n < 126 ? Buffer.from([0x80 | opcode, n]) : n < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
    if (n >= 126 && n < 65536) {
      head[0] = 0x80 | opcode;
      head[1] = 126;
      head.writeUInt16BE(n, 2);
    } else if (n >= 65536) {
      head[0] = 0x80 | opcode;
      head[1] = 127;
      head.writeBigUInt64BE(BigInt(n), 2);
    }
    this.socket.write(Buffer.concat([head, payload]));
  }

  send(value: unknown): void {
    let text: string;
    try {
      text = JSON.stringify(value);
    } catch {
      text = JSON.stringify({ jsonrpc: "2.0", id: (value as { id?: unknown })?.id ?? null, error: { code: -32603, message: "Internal error", data: "the answer could not be serialised" } });
    }
    this.frame(0x1, Buffer.from(text, "utf8"));
  }

  close(code = 1000): void {
    if (this.closed) return;
    try {
      const p = Buffer.alloc(2);
      p.writeUInt16BE(code, 0);
      this.frame(0x8, p);
    } catch {
      // the socket is already gone
    }
    this.closed = true;
    this.socket.end();
    this.onClose(this);
  }
}

export interface WebsocketHub {
  /** Announce blocks (and their txs) the chains produced since the last call. */
  publish(): Promise<void>;
  connections(): number;
}

/**
 * `answering(chainId)` is false while that chain's node is faulted into not answering: its
 * socket then says nothing either (a real node that stopped answering pushes nothing), and what
 * it made meanwhile is announced once it answers again. Asking it through `rpc` would wait
 * forever, and every chain's pushes with it: this one process stands for every chain's node.
 */
export function attachWebsocket(server: Server, world: World, opts: GuardOptions, rpc: RpcAnswer, answering: (chainId: string) => boolean = () => true): WebsocketHub {
  const conns = new Set<Conn>();
  const announced = new Map<string, number>();
  for (const [id, c] of Object.entries(world.chains)) announced.set(id, c.height);

  const onMessage = (c: Conn, text: string) => {
    let req: any;
    try {
      req = JSON.parse(text);
    } catch {
      return c.send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error", data: "the message is not valid JSON" } });
    }
    const id = req?.id ?? null;
    const method = req?.method;
    if (method === "subscribe") {
      const query = req?.params?.query;
      if (typeof query !== "string") return c.send({ jsonrpc: "2.0", id, error: { code: -32602, message: "Invalid params", data: "query must be a string" } });
      let conditions;
      try {
        conditions = parseTxQuery(query);
      } catch (e) {
        return c.send({ jsonrpc: "2.0", id, error: { code: -32602, message: "Invalid params", data: (e as Error).message } });
      }
      const ev = conditions.find((x) => x.key === "tm.event" && x.op === "=");
      if (!ev || (ev.value !== "NewBlock" && ev.value !== "Tx")) return c.send({ jsonrpc: "2.0", id, error: { code: -32602, message: "Invalid params", data: "the devnet publishes tm.event='NewBlock' and tm.event='Tx'" } });
      if (c.subs.length >= MAX_SUBSCRIPTIONS) return c.send({ jsonrpc: "2.0", id, error: { code: -32603, message: "Internal error", data: `at most ${MAX_SUBSCRIPTIONS} subscriptions per connection` } });
      if (c.subs.some((s) => s.query === query)) return c.send({ jsonrpc: "2.0", id, error: { code: -32603, message: "Internal error", data: "already subscribed" } });
      c.subs.push({ id, query, kind: ev.value, conditions: conditions.filter((x) => x !== ev) });
      return c.send({ jsonrpc: "2.0", id, result: {} });
    }
    if (method === "unsubscribe") {
      const query = req?.params?.query;
      const before = c.subs.length;
      c.subs = c.subs.filter((s) => s.query !== query);
      return c.send(before === c.subs.length ? { jsonrpc: "2.0", id, error: { code: -32603, message: "Internal error", data: "subscription not found" } } : { jsonrpc: "2.0", id, result: {} });
    }
    if (method === "unsubscribe_all") {
      c.subs = [];
      return c.send({ jsonrpc: "2.0", id, result: {} });
    }
    rpc(c.chainId, req)
      .then((out) => c.send(out))
      .catch((e: Error) => c.send({ jsonrpc: "2.0", id, error: { code: -32603, message: "Internal error", data: e.message } }));
  };

  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", () => undefined);
    const refuse = (status: number, text: string) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nconnection: close\r\ncontent-type: text/plain\r\n\r\n${text}\n`);
    };
    const verdict = guard(req, opts);
    if (!verdict.ok) return refuse(verdict.status, verdict.reason);
    const m = /^\/([^/?]+)\/websocket\/?(\?.*)?$/.exec(req.url ?? "");
    if (!m || !Object.prototype.hasOwnProperty.call(world.chains, m[1])) return refuse(404, "no websocket here; GET / lists the endpoints");
    const key = req.headers["sec-websocket-key"];
    if (typeof key !== "string" || req.headers["sec-websocket-version"] !== "13" || String(req.headers.upgrade).toLowerCase() !== "websocket") return refuse(400, "not a websocket handshake");
    if (conns.size >= MAX_CONNECTIONS) return refuse(503, "too many websocket connections");
    const accept = createHash("sha1").update(key + GUID).digest("base64");
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    const conn = new Conn(socket, m[1], onMessage, (c) => conns.delete(c));
    conns.add(conn);
    if (head.length) conn.receive(head);
    // The http server leaves an upgraded socket paused; a 'data' listener alone does not resume it.
    socket.resume();
  });

  async function publish(): Promise<void> {
    for (const [chainId, chain] of Object.entries(world.chains)) {
      const subscribed = [...conns].filter((c) => c.chainId === chainId && c.subs.length > 0);
      // Nobody listening on this chain: remember the head and skip the work (the hot path under load).
      if (subscribed.length === 0) {
        announced.set(chainId, Math.max(announced.get(chainId) ?? 0, chain.height));
        continue;
      }
      // Checked right before each call (the handler decides synchronously): a fault switched on
      // between two calls of one publication must not leave the second waiting forever.
      const ask = (req: { jsonrpc: "2.0"; id: 0; method: string; params?: unknown }) => (answering(chainId) ? rpc(chainId, req) : Promise.resolve(null));
      const st = await ask({ jsonrpc: "2.0", id: 0, method: "status" });
      if (!st || !("result" in st)) continue;
      const head = Number((st.result as any).sync_info.latest_block_height);
      const from = Math.max((announced.get(chainId) ?? head) + 1, head - MAX_CATCHUP_BLOCKS + 1);
      if (from > head && head >= (announced.get(chainId) ?? 0)) announced.set(chainId, head);
      for (let h = from; h <= head; h++) {
        const b = await ask({ jsonrpc: "2.0", id: 0, method: "block", params: { height: String(h) } });
        // Cut short by a fault: the next publication after it resumes from here.
        if (!b) break;
        announced.set(chainId, h);
        if (!("result" in b)) continue;
        const block = b.result as any;
        const txHashes: string[] = world.chains[chainId].blocks[h]?.txs ?? [];
        const txs = txHashes.map((hash) => world.chains[chainId].txs[hash]).filter(Boolean);
        const txResults = txs.map((t) => ({ code: t.code, data: t.data || null, log: t.log, info: "", gas_wanted: String(t.gasWanted), gas_used: String(t.gasUsed), events: t.events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: true })) })), codespace: t.codespace }));
        for (const c of subscribed) {
          for (const s of c.subs) {
            if (s.kind === "NewBlock") {
              c.send({
                jsonrpc: "2.0",
                id: s.id,
                result: {
                  query: s.query,
                  data: { type: "tendermint/event/NewBlock", value: { block: block.block, block_id: block.block_id, result_finalize_block: { events: [], tx_results: txResults, validator_updates: [], consensus_param_updates: null, app_hash: "" } } },
                  events: { "tm.event": ["NewBlock"], "block.height": [String(h)] },
                },
              });
              continue;
            }
            txs.forEach((t, i) => {
              if (!txMatches(t, s.conditions)) return;
              const events: Record<string, string[]> = Object.assign(Object.create(null) as Record<string, string[]>, { "tm.event": ["Tx"], "tx.hash": [t.hash], "tx.height": [String(t.height)] });
              for (const e of t.events) for (const a of e.attributes) (events[`${e.type}.${a.key}`] ??= []).push(a.value);
              c.send({
                jsonrpc: "2.0",
                id: s.id,
                result: { query: s.query, data: { type: "tendermint/event/Tx", value: { TxResult: { height: String(t.height), index: t.index, tx: t.tx, result: txResults[i] } } }, events },
              });
            });
          }
        }
      }
    }
  }

  return { publish, connections: () => conns.size };
}
