/**
 * A reverse proxy in front of the devnet that counts what a client asks of it: every HTTP request
 * (a JSON-RPC batch is one request, its calls are counted too), every websocket connection and
 * every message a client sends over one. What the server pushes (subscription events) is counted
 * apart: a public node does not bill those as requests. The Host header is rewritten to the
 * devnet's own (it refuses foreign hosts); everything else passes through untouched.
 */
import { createServer, request as httpRequest, type Server } from "node:http";
import { connect } from "node:net";

export interface Tally {
  /** HTTP requests (a JSON-RPC batch counts once) plus websocket messages from the client. */
  requests: number;
  /** JSON-RPC calls inside those requests (a batch of 5 is 5). */
  calls: number;
  wsConnections: number;
  /** Messages the server pushed over websockets (events), not requests. */
  wsPushed: number;
  /** Per "<chain-id> <method>" (REST: "<chain-id> GET <route>"). */
  byMethod: Map<string, number>;
  /** When each request arrived (ms since the proxy started), with its label. */
  log: Array<{ at: number; what: string }>;
}

const emptyTally = (): Tally => ({ requests: 0, calls: 0, wsConnections: 0, wsPushed: 0, byMethod: new Map(), log: [] });

export class CountingProxy {
  tally: Tally = emptyTally();
  private server: Server | null = null;
  private readonly t0 = Date.now();

  constructor(
    readonly upstreamPort: number,
    readonly port: number,
  ) {}

  reset(): Tally {
    const t = this.tally;
    this.tally = emptyTally();
    return t;
  }

  /** Milliseconds since the last request arrived. */
  quietFor(): number {
    const last = this.tally.log.at(-1);
    return last ? Date.now() - this.t0 - last.at : Number.POSITIVE_INFINITY;
  }

  private count(chainId: string, methods: string[], isRequest: boolean): void {
    if (isRequest) this.tally.requests++;
    for (const m of methods) {
      this.tally.calls++;
      const k = `${chainId} ${m}`;
      this.tally.byMethod.set(k, (this.tally.byMethod.get(k) ?? 0) + 1);
    }
    this.tally.log.push({ at: Date.now() - this.t0, what: `${chainId} ${methods.join(",")}` });
  }

  start(): Promise<void> {
    const upstreamHost = `127.0.0.1:${this.upstreamPort}`;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks);
        const [, chainId = "", ...rest] = (req.url ?? "/").split("?")[0].split("/");
        if (req.method === "POST") this.count(chainId, methodsOf(body), true);
        else if (req.method === "GET") this.count(chainId, [`GET /${rest.join("/")}`], true);
        const up = httpRequest(
          { host: "127.0.0.1", port: this.upstreamPort, method: req.method, path: req.url, headers: { ...req.headers, host: upstreamHost } },
          (upRes) => {
            res.writeHead(upRes.statusCode ?? 502, upRes.headers);
            upRes.pipe(res);
          },
        );
        up.on("error", () => {
          res.writeHead(502);
          res.end();
        });
        up.end(body);
      });
    });
    server.on("upgrade", (req, socket, head) => {
      const chainId = (req.url ?? "/").split("/")[1] ?? "";
      this.tally.wsConnections++;
      const up = connect(this.upstreamPort, "127.0.0.1", () => {
        const lines = [`${req.method} ${req.url} HTTP/1.1`];
        for (let i = 0; i < req.rawHeaders.length; i += 2) {
          const name = req.rawHeaders[i];
          lines.push(`${name}: ${name.toLowerCase() === "host" ? upstreamHost : req.rawHeaders[i + 1]}`);
        }
        up.write(lines.join("\r\n") + "\r\n\r\n");
        if (head.length) up.write(head);
        const fromClient = new FrameReader((text) => this.count(chainId, methodsOf(Buffer.from(text)), true));
        socket.on("data", (d: Buffer) => {
          fromClient.push(d);
          up.write(d);
        });
        let handshakeDone = false;
        const fromServer = new FrameReader(() => this.tally.wsPushed++);
        up.on("data", (d: Buffer) => {
          socket.write(d);
          if (!handshakeDone) {
            const end = d.indexOf("\r\n\r\n");
            if (end < 0) return;
            handshakeDone = true;
            d = d.subarray(end + 4);
          }
          fromServer.push(d);
        });
      });
      const close = () => {
        socket.destroy();
        up.destroy();
      };
      up.on("error", close);
      up.on("close", close);
      socket.on("error", close);
      socket.on("close", close);
    });
    this.server = server;
    return new Promise((ok) => server.listen(this.port, "127.0.0.1", () => ok()));
  }

  stop(): Promise<void> {
    return new Promise((ok) => {
      if (!this.server) return ok();
      this.server.closeAllConnections();
      this.server.close(() => ok());
    });
  }
}

function methodsOf(body: Buffer): string[] {
  try {
    const parsed: unknown = JSON.parse(body.toString("utf8"));
    const calls = Array.isArray(parsed) ? parsed : [parsed];
    return calls.map((c) => {
      const m = (c as { method?: unknown; params?: { path?: unknown; query?: unknown } }) ?? {};
      const method = String(m.method ?? "?");
      // abci_query's gRPC path says which read it is.
      if (method === "abci_query" && typeof m.params?.path === "string") return `abci_query ${m.params.path}`;
      if (method === "subscribe" && typeof m.params?.query === "string") return `subscribe ${m.params.query}`;
      return method;
    });
  } catch {
    return ["(not JSON)"];
  }
}

/** Reassembles RFC 6455 frames (masked or not) into text messages. */
class FrameReader {
  private buf: Buffer = Buffer.alloc(0);
  constructor(private readonly onText: (text: string) => void) {}

  push(d: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
    for (;;) {
      if (this.buf.length < 2) return;
      const opcode = this.buf[0] & 0x0f;
      const masked = (this.buf[1] & 0x80) !== 0;
      let len = this.buf[1] & 0x7f;
      let off = 2;
      if (len === 126) {
        if (this.buf.length < 4) return;
        len = this.buf.readUInt16BE(2);
        off = 4;
      } else if (len === 127) {
        if (this.buf.length < 10) return;
        len = Number(this.buf.readBigUInt64BE(2));
        off = 10;
      }
      const maskLen = masked ? 4 : 0;
      if (this.buf.length < off + maskLen + len) return;
      const payload = Buffer.from(this.buf.subarray(off + maskLen, off + maskLen + len));
      if (masked) {
        const mask = this.buf.subarray(off, off + 4);
        for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
      }
      this.buf = this.buf.subarray(off + maskLen + len);
      // Text frames only (CometBFT speaks JSON text); pings and continuation frames are not requests.
      if (opcode === 0x1) this.onText(payload.toString("utf8"));
    }
  }
}
