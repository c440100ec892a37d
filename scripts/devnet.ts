/**
 * The simulated world over HTTP: one CometBFT JSON-RPC endpoint per chain at /<chain-id>,
 * so the app's live mode (and any other tool) can be pointed at it with no internet.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { SIM_CHAINS } from "../lib/chains/sim-chains";
import { SIM_LSTS } from "../lib/chains/lsts";
import { createGenesisWorld } from "../lib/sim/genesis";
import { handleRpc, type JsonRpcRequest } from "../lib/sim/rpc/handler";
import { malformedAnswer } from "../lib/sim/rpc/node-faults";
import { restoreWorld, serializeWorld, SimStateError } from "../lib/sim/persist";
import { advanceTo } from "../lib/sim/world";
import type { World } from "../lib/sim/state";

const port = Number(process.env.PORT ?? 26657);
const host = "127.0.0.1";
const statePath = resolve(process.env.DEVNET_STATE ?? ".devnet-state.json");
// "realtime" (default): the world's clock follows the wall clock; "manual": only sim_advance moves it.
const clock = process.env.DEVNET_CLOCK ?? "realtime";

function load(): World {
  if (!existsSync(statePath)) return createGenesisWorld();
  try {
    return restoreWorld(readFileSync(statePath, "utf8"));
  } catch (e) {
    if (e instanceof SimStateError && process.argv.includes("--reset")) return createGenesisWorld();
    console.error(`${(e as Error).message}\nState file: ${statePath}\nStart with --reset to replace it with a fresh world.`);
    process.exit(2);
  }
}

const world = load();
let dirty = true;

function save(): void {
  if (!dirty) return;
  mkdirSync(dirname(statePath), { recursive: true });
  const tmp = `${statePath}.tmp`;
  writeFileSync(tmp, serializeWorld(world));
  renameSync(tmp, statePath);
  dirty = false;
}

const base = `http://${host}:${port}`;
const directory = {
  chains: SIM_CHAINS.map((c) => ({ chainId: c.chainId, rpc: `${base}/${c.chainId}`, bech32Prefix: c.bech32Prefix, feeDenom: c.feeTokens[0].denom, stakeDenom: c.stakeDenom })),
  lsts: SIM_LSTS.map((l) => ({ symbol: l.symbol, chainId: l.chainId, contract: l.contract, lstDenom: l.lstDenom, nativeChainId: l.nativeChainId, nativeDenom: l.nativeDenom, ibcDenom: l.ibcDenom })),
};

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    "content-type": "application/json",
    "access-control-allow-origin": "*",
    "access-control-allow-headers": "content-type",
    "access-control-allow-methods": "GET, POST, OPTIONS",
  });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > 5_000_000) throw new Error("request too large");
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const server = createServer(async (req, res) => {
  try {
    if (req.method === "OPTIONS") return send(res, 204, null);
    const path = (req.url ?? "/").split("?")[0].replace(/\/+$/, "");
    if (req.method === "GET" && path === "") return send(res, 200, directory);
    const chainId = path.slice(1);
    if (!world.chains[chainId]) return send(res, 404, { error: `unknown chain ${chainId}; GET / lists them` });
    if (req.method !== "POST") return send(res, 405, { error: "POST JSON-RPC to this endpoint" });
    let body: JsonRpcRequest | JsonRpcRequest[];
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      return send(res, 200, { jsonrpc: "2.0", id: -1, error: { code: -32700, message: "Parse error" } });
    }
    // The garbage fault: a broken proxy's HTML page where JSON-RPC was expected.
    const garbage = Array.isArray(body) ? null : malformedAnswer(world, chainId, String(body?.method ?? ""));
    if (garbage !== null) {
      res.writeHead(200, { "content-type": "text/html", "access-control-allow-origin": "*", "access-control-allow-headers": "content-type" });
      return res.end(garbage);
    }
    const handle = (r: JsonRpcRequest) => handleRpc(world, chainId, r);
    const out = Array.isArray(body) ? await Promise.all(body.map(handle)) : await handle(body);
    dirty = true;
    send(res, 200, out);
  } catch (e) {
    send(res, 500, { error: (e as Error).message });
  }
});

server.listen(port, host, () => {
  console.log(`MilkyWay simulator devnet on ${base} (clock: ${clock}, state: ${statePath})`);
  console.table(directory.chains.map((c) => ({ chainId: c.chainId, rpc: c.rpc, prefix: c.bech32Prefix, fee: c.feeDenom, stake: c.stakeDenom })));
  console.table(directory.lsts.map((l) => ({ symbol: l.symbol, chainId: l.chainId, contract: l.contract, native: `${l.nativeDenom}@${l.nativeChainId}`, ibcDenom: l.ibcDenom })));
});

let last = Date.now();
const ticker = setInterval(() => {
  const now = Date.now();
  if (clock === "realtime") {
    advanceTo(world, world.timeMs + (now - last));
    dirty = true;
  }
  last = now;
}, 1000);
const saver = setInterval(save, 2000);

function shutdown(): void {
  clearInterval(ticker);
  clearInterval(saver);
  save();
  server.close(() => process.exit(0));
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
