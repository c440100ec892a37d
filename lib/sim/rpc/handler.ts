import { fromBase64, fromHex, toBase64, toHex, toUtf8 } from "@cosmjs/encoding";
import { sha256 } from "../crypto";
import { chainApp } from "../chain-app";
import { QueryError, SdkError } from "../errors";
import type { World } from "../state";
import { simulate } from "../tx/pipeline";
import { broadcastTx } from "../world";
import { parseTxQuery, txMatches } from "./tx-query";
import { simControl } from "./sim-control";
import { frozenHead, haltedChain } from "./node-faults";
import { txHash } from "../tx/decode";
import { TX_INDEX_PRUNED_BELOW } from "../tx-index";

export interface JsonRpcRequest {
  jsonrpc: "2.0";
  id: number | string;
  method: string;
  params?: any;
}

export type JsonRpcResponse =
  | { jsonrpc: "2.0"; id: number | string | null; result: unknown }
  | { jsonrpc: "2.0"; id: number | string | null; error: { code: number; message: string; data?: string } };

export const COMET_VERSION = "0.38.17";

function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$1000000Z");
}

function hashHex(s: string): string {
  return toHex(sha256(toUtf8(s))).toUpperCase();
}

function blockHash(chainId: string, height: number): string {
  return hashHex(`${chainId}/block/${height}`);
}

class RpcFailure extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: string,
  ) {
    super(message);
  }
}

/** The head this node reports: the chain's, or the one it froze at (lagging node, halted chain). */
function head(world: World, chainId: string): { height: number; timeMs: number } {
  const c = world.chains[chainId];
  return frozenHead(world, chainId) ?? { height: Math.max(c.height, 1), timeMs: c.timeMs };
}

function status(world: World, chainId: string) {
  const h = head(world, chainId);
  const valAddr = hashHex(`${chainId}/validator`).slice(0, 40);
  return {
    node_info: {
      protocol_version: { p2p: "8", block: "11", app: "0" },
      id: hashHex(`${chainId}/node`).slice(0, 40).toLowerCase(),
      listen_addr: "tcp://0.0.0.0:26656",
      network: chainId,
      version: COMET_VERSION,
      channels: "40202122233038606100",
      moniker: "milkyway-simulator",
      other: { tx_index: "on", rpc_address: "tcp://0.0.0.0:26657" },
    },
    sync_info: {
      latest_block_hash: blockHash(chainId, h.height),
      latest_app_hash: hashHex(`${chainId}/app/${h.height}`),
      latest_block_height: String(h.height),
      latest_block_time: rfc3339(h.timeMs),
      earliest_block_hash: blockHash(chainId, 1),
      earliest_app_hash: hashHex(`${chainId}/app/1`),
      earliest_block_height: "1",
      earliest_block_time: rfc3339(world.genesisTimeMs),
      catching_up: false,
    },
    validator_info: {
      address: valAddr,
      pub_key: { type: "tendermint/PubKeyEd25519", value: toBase64(sha256(toUtf8(`${chainId}/valkey`))) },
      voting_power: "1000",
    },
  };
}

function abciQuery(world: World, chainId: string, params: { path: string; data?: string }) {
  if (typeof params.path !== "string" || params.path.length > 256) throw new RpcFailure(-32602, "Invalid params", "path must be a query path string");
  if (params.data !== undefined && (typeof params.data !== "string" || !/^(?:[0-9a-fA-F]{2})*$/.test(params.data))) throw new RpcFailure(-32602, "Invalid params", "data must be hex bytes");
  const chain = world.chains[chainId];
  const height = String(head(world, chainId).height);
  const base = { key: null, proofOps: null, height, index: "0", info: "" };
  try {
    const data = params.data ? fromHex(params.data) : new Uint8Array();
    let value: Uint8Array;
    if (params.path === "/cosmos.tx.v1beta1.Service/Simulate") value = simulate(world, chain, data);
    else {
      const route = chainApp(chainId).queries.get(params.path);
      if (!route) throw new QueryError("Unimplemented", `unknown service ${params.path}`, 6);
      value = route({ world, chain }, data);
    }
    return { response: { ...base, code: 0, log: "", value: toBase64(value), codespace: "" } };
  } catch (e) {
    if (e instanceof QueryError) return { response: { ...base, code: e.abciCode, log: e.message, value: null, codespace: "sdk" } };
    if (e instanceof SdkError) return { response: { ...base, code: e.code, log: e.message, value: null, codespace: e.codespace } };
    return { response: { ...base, code: 1, log: `panic: ${(e as Error).message}`, value: null, codespace: "undefined" } };
  }
}

function txJson(t: World["chains"][string]["txs"][string]) {
  return {
    hash: t.hash,
    height: String(t.height),
    index: t.index,
    tx_result: {
      code: t.code,
      data: t.data || null,
      log: t.log,
      info: "",
      gas_wanted: String(t.gasWanted),
      gas_used: String(t.gasUsed),
      events: t.events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: true })) })),
      codespace: t.codespace,
    },
    tx: t.tx,
  };
}

function txSearch(world: World, chainId: string, p: { query: string; page?: string; per_page?: string; order_by?: string }) {
  if (typeof p.query !== "string") throw new RpcFailure(-32602, "Invalid params", "query must be a string");
  let conditions;
  try {
    conditions = parseTxQuery(p.query);
  } catch (e) {
    throw new RpcFailure(-32603, "Internal error", (e as Error).message);
  }
  const chain = world.chains[chainId];
  const hashCond = conditions.find((c) => c.key === "tx.hash" && c.op === "=");
  const hashKey = hashCond?.value.toUpperCase();
  const candidates = hashKey !== undefined ? (Object.prototype.hasOwnProperty.call(chain.txs, hashKey) ? [chain.txs[hashKey]] : []) : Object.values(chain.txs);
  const seen = head(world, chainId).height;
  const all = candidates.filter((t) => t.height <= seen && txMatches(t, conditions)).sort((a, b) => a.height - b.height || a.index - b.index);
  if (p.order_by === "desc") all.reverse();
  const perPage = Math.min(Math.max(Number(p.per_page ?? 30) || 30, 1), 100);
  const page = Math.max(Number(p.page ?? 1) || 1, 1);
  return { txs: all.slice((page - 1) * perPage, page * perPage).map(txJson), total_count: String(all.length) };
}

function block(world: World, chainId: string, p: { height?: string }) {
  const chain = world.chains[chainId];
  const top = head(world, chainId).height;
  const height = p.height ? Number(p.height) : top;
  const b = height <= top ? chain.blocks[height] : undefined;
  if (!b) throw new RpcFailure(-32603, "Internal error", `height ${height} is not available, lowest height is ${Math.max(1, chain.height - 499)}`);
  const empty = "";
  const blockId = (h: number) => ({ hash: blockHash(chainId, h), parts: { total: 1, hash: hashHex(`${chainId}/parts/${h}`) } });
  const id = blockId(height);
  // Block 1 has no previous block: CometBFT sends the empty id, which CosmJS reads as null.
  const lastId = height > 1 ? blockId(height - 1) : { hash: empty, parts: { total: 0, hash: empty } };
  return {
    block_id: id,
    block: {
      header: {
        version: { block: "11", app: "0" },
        chain_id: chainId,
        height: String(height),
        time: rfc3339(b.timeMs),
        last_block_id: lastId,
        last_commit_hash: hashHex(`${chainId}/commit/${height}`),
        data_hash: hashHex(`${chainId}/data/${height}`),
        validators_hash: hashHex(`${chainId}/vals`),
        next_validators_hash: hashHex(`${chainId}/vals`),
        consensus_hash: hashHex(`${chainId}/consensus`),
        app_hash: hashHex(`${chainId}/app/${height}`),
        last_results_hash: hashHex(`${chainId}/results/${height}`),
        evidence_hash: hashHex(`${chainId}/evidence`),
        proposer_address: hashHex(`${chainId}/validator`).slice(0, 40),
      },
      data: { txs: b.txs.map((h) => chain.txs[h]?.tx).filter(Boolean) },
      evidence: { evidence: [] },
      last_commit: { height: String(height - 1), round: 0, block_id: lastId, signatures: [] },
    },
  };
}

function validId(id: unknown): number | string | null | undefined {
  if (id === null || typeof id === "string" || (typeof id === "number" && Number.isFinite(id))) return id;
  return undefined;
}

/** Why a value is not a JSON-RPC 2.0 request object, or null when it is one. */
export function invalidRequest(req: unknown): string | null {
  if (req === null || typeof req !== "object" || Array.isArray(req)) return "a request must be a JSON object";
  const r = req as Record<string, unknown>;
  if (r.jsonrpc !== "2.0") return 'jsonrpc must be "2.0"';
  if (typeof r.method !== "string" || r.method.length === 0 || r.method.length > 64) return "method must be a non-empty string";
  if (!("id" in r) || validId(r.id) === undefined) return "id must be a string, a number or null";
  if (typeof r.id === "string" && r.id.length > 256) return "id is too long";
  return null;
}

/** Said when a tx is not in the index but the index has been pruned. */
function prunedNote(world: World, chainId: string): string {
  const below = world.chains[chainId].counters[TX_INDEX_PRUNED_BELOW];
  return below ? `; the devnet keeps only recent txs in its index (heights below ${below} are pruned)` : "";
}

/**
 * CometBFT 0.38 JSON-RPC over the simulated world: the methods CosmJS calls, plus `sim_*`
 * control methods. One handler serves the in-browser transport and the devnet HTTP server.
 */
export async function handleRpc(world: World, chainId: string, req: JsonRpcRequest): Promise<JsonRpcResponse> {
  const invalid = invalidRequest(req);
  if (invalid) return { jsonrpc: "2.0", id: validId((req as { id?: unknown } | null)?.id) ?? null, error: { code: -32600, message: "Invalid Request", data: invalid } };
  const id = req.id;
  try {
    if (!world.chains[chainId]) throw new RpcFailure(-32602, "Invalid params", `unknown chain ${chainId}`);
    const f = world.faults;
    const faulted = !f.chainId || f.chainId === chainId;
    if (!req.method.startsWith("sim_") && faulted) {
      if (f.rpcTimeout) return await new Promise<never>(() => {});
      if (f.rpcError) throw new RpcFailure(-32603, "Internal error", f.rpcError);
    }
    const p = req.params ?? {};
    if (typeof p !== "object" || Array.isArray(p)) throw new RpcFailure(-32602, "Invalid params", "params must be an object of named parameters");
    let result: unknown;
    switch (req.method) {
      case "status":
        result = status(world, chainId);
        break;
      case "abci_info":
        result = { response: { data: "milkyway-sim", version: "0.50.13", last_block_height: String(head(world, chainId).height), last_block_app_hash: toBase64(fromHex(hashHex(`${chainId}/app/${head(world, chainId).height}`))) } };
        break;
      case "abci_query":
        result = abciQuery(world, chainId, p);
        break;
      case "broadcast_tx_sync":
      case "broadcast_tx_async": {
        let bytes: Uint8Array;
        try {
          if (typeof p.tx !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(p.tx) || p.tx.length % 4 !== 0) throw new Error("not base64");
          bytes = fromBase64(p.tx);
        } catch {
          throw new RpcFailure(-32602, "Invalid params", "tx must be base64");
        }
        if (haltedChain(world, chainId)) {
          // A halted chain's node still accepts txs into its mempool; no block ever includes them.
          result = { code: 0, data: "", log: "", codespace: "", hash: txHash(bytes) };
          break;
        }
        const r = await broadcastTx(world, chainId, bytes);
        result = { code: r.code, data: "", log: r.log, codespace: r.codespace, hash: r.hash };
        break;
      }
      case "tx": {
        if (typeof p.hash !== "string" || !/^[A-Za-z0-9+/]{43}=$/.test(p.hash)) throw new RpcFailure(-32602, "Invalid params", "hash must be the base64 of a 32-byte tx hash");
        const hash = toHex(fromBase64(p.hash)).toUpperCase();
        const t = Object.prototype.hasOwnProperty.call(world.chains[chainId].txs, hash) ? world.chains[chainId].txs[hash] : undefined;
        if (!t || t.height > head(world, chainId).height) throw new RpcFailure(-32603, "Internal error", `tx (${hash}) not found${prunedNote(world, chainId)}`);
        result = txJson(t);
        break;
      }
      case "tx_search":
        result = txSearch(world, chainId, p);
        break;
      case "block":
        result = block(world, chainId, p);
        break;
      default:
        if (req.method.startsWith("sim_")) {
          result = simControl(world, chainId, req.method, p);
          break;
        }
        throw new RpcFailure(-32601, "Method not found", req.method);
    }
    return { jsonrpc: "2.0", id, result };
  } catch (e) {
    if (e instanceof RpcFailure) return { jsonrpc: "2.0", id, error: { code: e.code, message: e.message, data: e.data } };
    const rpcCode = (e as { rpcCode?: number }).rpcCode;
    if (rpcCode) return { jsonrpc: "2.0", id, error: { code: rpcCode, message: "Invalid params", data: (e as Error).message } };
    return { jsonrpc: "2.0", id, error: { code: -32603, message: "Internal error", data: (e as Error).message } };
  }
}
