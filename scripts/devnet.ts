/**
 * The simulated world over HTTP: one CometBFT JSON-RPC endpoint per chain at /<chain-id>,
 * so the app's live mode (and any other tool) can be pointed at it with no internet.
 *
 * It is a product for other developers: it never crashes or stalls on one request (every request
 * gets a JSON-RPC answer), acknowledges nothing it has not persisted (scripts/devnet/durable.ts),
 * and refuses foreign web origins unless told otherwise (scripts/devnet/guard.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { resolve } from "node:path";
import { SIM_CHAINS } from "../lib/chains/sim-chains";
import { SIM_LSTS } from "../lib/chains/lsts";
import { createGenesisWorld } from "../lib/sim/genesis";
import { handleRpc, invalidRequest, type JsonRpcRequest, type JsonRpcResponse } from "../lib/sim/rpc/handler";
import { malformedAnswer } from "../lib/sim/rpc/node-faults";
import { SimStateError } from "../lib/sim/persist";
import { advanceTo } from "../lib/sim/world";
import type { World } from "../lib/sim/state";
import { DurableJournal, Exclusive, journalPathOf, loadDurable, writeSnapshot, type JournalInput, type Loaded } from "./devnet/durable";
import { guard, isJsonContentType, parseAllowOrigins, type GuardOptions } from "./devnet/guard";
import { handleRest, REST_ROUTES } from "./devnet/rest";
import { attachWebsocket, type WebsocketHub } from "./devnet/websocket";
import { nativeSecp256k1 } from "./devnet/native-secp256k1";
import { VerifyPool } from "./devnet/verify-pool";
import { setSecp256k1Verifier, type Secp256k1Verifier } from "../lib/sim/tx/secp256k1-verify";

const port = Number(process.env.PORT ?? 26657);
const host = "127.0.0.1";
const statePath = resolve(process.env.DEVNET_STATE ?? ".devnet-state.json");
// "realtime" (default): the world's clock follows the wall clock; "manual": only sim_advance moves it.
const clock = process.env.DEVNET_CLOCK ?? "realtime";
const guardOpts: GuardOptions = { port, allowOrigins: parseAllowOrigins(process.argv.slice(2)) };

/** CometBFT's max_body_bytes default; a tx is far smaller. */
export const MAX_BODY_BYTES = 1_000_000;
/** Most requests in one JSON-RPC batch. */
export const MAX_BATCH = 100;
/** Compact the journal into the snapshot this often, or when it grows past this many entries. */
const COMPACT_EVERY_MS = 60_000;
// 5,000 journaled txs replay in about 10 s on a busy 2-core machine; a snapshot costs a few hundred ms.
const COMPACT_AT_ENTRIES = 5_000;

/** Methods that change the world: journaled before they run and answered once durable. */
const MUTATING = new Set(["broadcast_tx_sync", "broadcast_tx_async", "sim_faucet", "sim_advance", "sim_fault", "sim_price", "sim_contract_stopped", "sim_wind_down"]);

function log(...args: unknown[]): void {
  console.error(new Date().toISOString(), ...args);
}

// A request must never end the process: whatever escapes is logged and the server keeps serving.
process.on("uncaughtException", (e) => log("uncaught exception (still serving):", e));
process.on("unhandledRejection", (e) => log("unhandled rejection (still serving):", e));

// Signature checks through OpenSSL: the pure-JS curve maths was most of a tx's cost. The counts
// tell whether every check an input made passed (journaled, so a replay skips the curve maths).
let curveChecks = { passed: 0, failed: 0 };
// Broadcasts start their curve maths on another core as they arrive (verify-pool.ts).
const verifyPool = new VerifyPool((e) => log("signature worker failed; checking signatures on the main thread:", e));
const useWorker = process.env.DEVNET_VERIFY_WORKER !== "0";
const checkNow = useWorker ? verifyPool.verifier(nativeSecp256k1) : nativeSecp256k1;
const countingVerifier: Secp256k1Verifier = (sig, msg, pub) => {
  const ok = checkNow(sig, msg, pub) as boolean;
  if (ok) curveChecks.passed++;
  else curveChecks.failed++;
  return ok;
};
setSecp256k1Verifier(countingVerifier);

function loadOrExit(): Loaded {
  try {
    return loadDurable(statePath, () => createGenesisWorld());
  } catch (e) {
    if (e instanceof SimStateError && process.argv.includes("--reset")) return { world: createGenesisWorld(), replay: [], lastSeq: 0, tornBytes: 0 };
    console.error(`${(e as Error).message}\nState file: ${statePath}\nStart with --reset to replace it with a fresh world.`);
    process.exit(2);
  }
}

const loaded = loadOrExit();
const world: World = loaded.world;
const journal = new DurableJournal(journalPathOf(statePath), loaded.lastSeq);
const exclusive = new Exclusive();

let hub: WebsocketHub | null = null;
let publishing = false;
let publishAgain = false;

/** Tell websocket subscribers about new blocks, once what they would hear about is durable. */
function publishSoon(): void {
  if (!hub) return;
  if (publishing) {
    publishAgain = true;
    return;
  }
  publishing = true;
  setImmediate(() => {
    hub!
      .publish()
      .catch((e) => log("websocket publish failed (still serving):", e))
      .finally(() => {
        publishing = false;
        if (publishAgain) {
          publishAgain = false;
          publishSoon();
        }
      });
  });
}

/** Replays one journaled input; curve checks it recorded as passed are not done again. */
async function apply(e: JournalInput): Promise<JsonRpcResponse | null> {
  if (e.k === "tick") {
    advanceTo(world, e.t);
    return null;
  }
  if (e.sv) setSecp256k1Verifier(() => true);
  try {
    return await handleRpc(world, e.c, { jsonrpc: "2.0", id: 0, method: e.m, params: e.p });
  } finally {
    setSecp256k1Verifier(countingVerifier);
  }
}

/** Snapshot everything applied so far and start an empty journal. */
function compact(): Promise<void> {
  return exclusive.run(async () => {
    await journal.idle();
    writeSnapshot(statePath, world, journal.seq);
    await journal.reset();
  });
}

const base = `http://${host}:${port}`;
const directory = {
  chains: SIM_CHAINS.map((c) => ({ chainId: c.chainId, rpc: `${base}/${c.chainId}`, bech32Prefix: c.bech32Prefix, feeDenom: c.feeTokens[0].denom, stakeDenom: c.stakeDenom })),
  lsts: SIM_LSTS.map((l) => ({ symbol: l.symbol, chainId: l.chainId, contract: l.contract, lstDenom: l.lstDenom, nativeChainId: l.nativeChainId, nativeDenom: l.nativeDenom, ibcDenom: l.ibcDenom })),
  endpoints: SIM_CHAINS.map((c) => ({
    chainId: c.chainId,
    rpc: `${base}/${c.chainId}`,
    rest: `${base}/${c.chainId}/rest`,
    websocket: `ws://${host}:${port}/${c.chainId}/websocket`,
  })),
  restRoutes: REST_ROUTES,
};

function headers(corsOrigin: string | null, contentType = "application/json"): Record<string, string> {
  const h: Record<string, string> = { "content-type": contentType, "x-content-type-options": "nosniff" };
  if (corsOrigin) {
    h["access-control-allow-origin"] = corsOrigin;
    h["access-control-allow-headers"] = "content-type";
    h["access-control-allow-methods"] = "GET, POST, OPTIONS";
    h["vary"] = "origin";
  }
  return h;
}

function sendText(res: ServerResponse, status: number, text: string, corsOrigin: string | null): void {
  if (res.headersSent) return;
  res.writeHead(status, headers(corsOrigin));
  res.end(text);
}

const rpcError = (id: unknown, code: number, message: string, data?: string): JsonRpcResponse => ({
  jsonrpc: "2.0",
  id: typeof id === "string" || typeof id === "number" ? id : null,
  error: data === undefined ? { code, message } : { code, message, data },
});

/** An answer that cannot be serialised becomes an error answer, never a crash. */
function serialise(r: JsonRpcResponse | undefined): string {
  try {
    const text = JSON.stringify(r);
    if (typeof text === "string") return text;
  } catch (e) {
    log("unserialisable answer:", (e as Error).message);
  }
  return JSON.stringify(rpcError(r?.id, -32603, "Internal error", "the answer could not be serialised"));
}

class TooLarge extends Error {}

/** 413, then the rest of the body is read and dropped (bounded by the request timeout) and the connection closed. */
function tooLarge(req: IncomingMessage, res: ServerResponse, text: string, cors: string | null): void {
  res.setHeader("connection", "close");
  sendText(res, 413, text, cors);
  req.on("error", () => undefined);
  req.resume();
}

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers["content-length"]);
  if (declared > MAX_BODY_BYTES) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new TooLarge();
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function faultShortCircuits(chainId: string, method: string): boolean {
  const f = world.faults;
  return !method.startsWith("sim_") && (!f.chainId || f.chainId === chainId) && Boolean(f.rpcTimeout || f.rpcError);
}

/** One JSON-RPC request: journaled and serialised if it changes the world, answered once durable. */
export async function answer(chainId: string, req: unknown): Promise<JsonRpcResponse> {
  const bad = invalidRequest(req);
  if (bad) return rpcError((req as { id?: unknown } | null)?.id, -32600, "Invalid Request", bad);
  const r = req as JsonRpcRequest;
  if (MUTATING.has(r.method) && !faultShortCircuits(chainId, r.method)) {
    // The check starts now; the tx still takes its turn in arrival order (a client may send its
    // next sequence number before the previous answer arrives).
    const checked = useWorker && (r.method === "broadcast_tx_sync" || r.method === "broadcast_tx_async") ? verifyPool.prefetch(world, chainId, (r.params as { tx?: unknown } | undefined)?.tx) : null;
    const { out, seq } = await exclusive.run(async () => {
      if (checked) await checked;
      curveChecks = { passed: 0, failed: 0 };
      let out: JsonRpcResponse | undefined;
      let seq = 0;
      try {
        out = await handleRpc(world, chainId, r);
      } finally {
        // Journaled even if the handler threw: whatever it changed, a replay changes the same way.
        const sv = curveChecks.passed > 0 && curveChecks.failed === 0 ? { sv: 1 as const } : {};
        seq = journal.append({ k: "rpc", c: chainId, m: r.method, p: r.params ?? {}, ...sv });
      }
      return { out: out!, seq };
    });
    await journal.durable(seq);
    publishSoon();
    return out;
  }
  const out = await handleRpc(world, chainId, r);
  // Never show a client state that is not on disk yet.
  await journal.durable();
  return out;
}

async function serveRpc(req: IncomingMessage, res: ServerResponse, chainId: string, cors: string | null): Promise<void> {
  if (!isJsonContentType(req.headers["content-type"])) {
    return sendText(res, 415, serialise(rpcError(null, -32600, "Invalid Request", "Content-Type must be application/json")), cors);
  }
  let text: string;
  try {
    text = await readBody(req);
  } catch (e) {
    if (e instanceof TooLarge) return tooLarge(req, res, serialise(rpcError(null, -32600, "Invalid Request", `request body is larger than ${MAX_BODY_BYTES} bytes`)), cors);
    throw e;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return sendText(res, 200, serialise(rpcError(null, -32700, "Parse error", "the body is not valid JSON")), cors);
  }
  // The garbage fault: a broken proxy's HTML page where JSON-RPC was expected.
  // A batch is one HTTP answer, garbled as a whole when any of its calls would be.
  const methods = (Array.isArray(body) ? body : [body]).map((r) => (r as { method?: unknown } | null)?.method);
  const garbage = methods.map((m) => (typeof m === "string" ? malformedAnswer(world, chainId, m) : null)).find((g) => g !== null) ?? null;
  if (garbage !== null) {
    res.writeHead(200, headers(cors, "text/html"));
    res.end(garbage);
    return;
  }
  if (Array.isArray(body)) {
    if (body.length === 0) return sendText(res, 200, serialise(rpcError(null, -32600, "Invalid Request", "empty batch")), cors);
    if (body.length > MAX_BATCH) return sendText(res, 200, serialise(rpcError(null, -32600, "Invalid Request", `a batch may hold at most ${MAX_BATCH} requests (got ${body.length})`)), cors);
    const outs = await Promise.all(body.map((r) => answer(chainId, r).catch((e: Error) => rpcError((r as { id?: unknown })?.id, -32603, "Internal error", e.message))));
    return sendText(res, 200, `[${outs.map(serialise).join(",")}]`, cors);
  }
  const out = await answer(chainId, body).catch((e: Error) => rpcError((body as { id?: unknown })?.id, -32603, "Internal error", e.message));
  sendText(res, 200, serialise(out), cors);
}

async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const verdict = guard(req, guardOpts);
  if (!verdict.ok) return sendText(res, verdict.status, JSON.stringify({ error: verdict.reason }), null);
  const cors = verdict.corsOrigin;
  if (req.method === "OPTIONS") {
    res.writeHead(204, headers(cors));
    res.end();
    return;
  }
  const url = new URL(req.url ?? "/", base);
  const path = url.pathname.replace(/\/+$/, "");
  if (req.method === "GET" && path === "") return sendText(res, 200, JSON.stringify(directory), cors);
  const [, chainId = "", ...rest] = path.split("/");
  if (!Object.prototype.hasOwnProperty.call(world.chains, chainId)) return sendText(res, 404, JSON.stringify({ error: `unknown chain ${chainId.slice(0, 100)}; GET / lists them` }), cors);
  if (rest[0] === "rest") {
    if (req.method === "POST" && !isJsonContentType(req.headers["content-type"])) return sendText(res, 415, JSON.stringify({ code: 3, message: "Content-Type must be application/json", details: [] }), cors);
    let body = "";
    if (req.method === "POST") {
      try {
        body = await readBody(req);
      } catch (e) {
        if (e instanceof TooLarge) return tooLarge(req, res, JSON.stringify({ code: 3, message: `request body is larger than ${MAX_BODY_BYTES} bytes`, details: [] }), cors);
        throw e;
      }
    }
    const out = await handleRest(world, chainId, req.method ?? "GET", `/${rest.slice(1).join("/")}`, url.searchParams, body, answer);
    return sendText(res, out.status, JSON.stringify(out.body), cors);
  }
  if (rest.length > 0) return sendText(res, 404, JSON.stringify({ error: `no route ${path.slice(0, 200)}; GET / lists them` }), cors);
  if (req.method !== "POST") return sendText(res, 405, JSON.stringify({ error: "POST JSON-RPC to this endpoint" }), cors);
  await serveRpc(req, res, chainId, cors);
}

const server = createServer((req, res) => {
  route(req, res).catch((e: Error) => {
    log("request failed:", e);
    sendText(res, 500, serialise(rpcError(null, -32603, "Internal error", "the devnet could not answer this request")), null);
  });
});
server.headersTimeout = 10_000;
server.requestTimeout = 60_000;

async function main(): Promise<void> {
  const t0 = Date.now();
  for (const e of loaded.replay) {
    try {
      await apply(e);
    } catch (err) {
      log(`replaying journal entry ${e.s} failed:`, err);
    }
  }
  if (loaded.tornBytes) log(`dropped a torn journal line (${loaded.tornBytes} bytes) written during a crash; it was never acknowledged`);
  // Fold what was replayed into a fresh snapshot, so the next start does not replay it again.
  writeSnapshot(statePath, world, journal.seq);
  await journal.reset();
  if (loaded.replay.length) log(`recovered ${loaded.replay.length} journaled inputs in ${Date.now() - t0} ms`);

  hub = attachWebsocket(server, world, guardOpts, answer, (chainId) => !faultShortCircuits(chainId, "status"));
  server.listen(port, host, () => {
    console.log(`MilkyWay simulator devnet on ${base} (clock: ${clock}, state: ${statePath})`);
    console.table(directory.chains.map((c) => ({ chainId: c.chainId, rpc: c.rpc, prefix: c.bech32Prefix, fee: c.feeDenom, stake: c.stakeDenom })));
    console.table(directory.lsts.map((l) => ({ symbol: l.symbol, chainId: l.chainId, contract: l.contract, native: `${l.nativeDenom}@${l.nativeChainId}`, ibcDenom: l.ibcDenom })));
  });

  let last = Date.now();
  let lastCompact = Date.now();
  const ticker = setInterval(() => {
    try {
      const now = Date.now();
      const target = world.timeMs + (now - last);
      last = now;
      if (clock === "realtime") {
        void exclusive
          .run(() => {
            const seq = journal.append({ k: "tick", t: target });
            advanceTo(world, target);
            return seq;
          })
          .then((seq) => journal.durable(seq))
          .then(publishSoon)
          .catch((e) => log("clock tick failed (still serving):", e));
      }
      if (now - lastCompact > COMPACT_EVERY_MS || journal.entries > COMPACT_AT_ENTRIES) {
        lastCompact = now;
        compact().catch((e) => log("compaction failed (still serving):", e));
      }
    } catch (e) {
      log("interval task failed (still serving):", e);
    }
  }, 1000);

  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    clearInterval(ticker);
    server.close();
    compact()
      .then(() => journal.close())
      .then(
        () => process.exit(0),
        (e) => {
          log("final save failed:", e);
          process.exit(1);
        },
      );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((e) => {
  console.error("devnet failed to start:", e);
  process.exit(1);
});
