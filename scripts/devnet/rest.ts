/**
 * The SDK's REST (gRPC-gateway JSON) routes that Keplr and explorers call, at /<chain-id>/rest/...
 * Each route asks the same ABCI query path the JSON-RPC handler answers and converts the protobuf
 * answer to gateway JSON: snake_case field names, 64-bit integers as strings, Any as an object
 * with "@type", durations as "Ns", timestamps as RFC 3339, defaults emitted.
 */
import { fromBase64, fromHex, fromUtf8, toBase64, toHex } from "@cosmjs/encoding";
import type { GeneratedType } from "@cosmjs/proto-signing";
import { BaseAccount, ModuleAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { QueryAllBalancesRequest, QueryAllBalancesResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { PubKey as Secp256k1PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { QueryDelegationTotalRewardsRequest, QueryDelegationTotalRewardsResponse } from "cosmjs-types/cosmos/distribution/v1beta1/query";
import {
  QueryDelegatorDelegationsRequest,
  QueryDelegatorDelegationsResponse,
  QueryDelegatorUnbondingDelegationsRequest,
  QueryDelegatorUnbondingDelegationsResponse,
  QueryParamsRequest as StakingParamsRequest,
  QueryParamsResponse as StakingParamsResponse,
  QueryPoolRequest,
  QueryPoolResponse,
  QueryValidatorsRequest,
  QueryValidatorsResponse,
  QueryValidatorRequest,
  QueryValidatorResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/query";
import { SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { Tx } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { QuerySmartContractStateRequest, QuerySmartContractStateResponse } from "cosmjs-types/cosmwasm/wasm/v1/query";
import { QueryDenomTraceRequest, QueryDenomTraceResponse } from "cosmjs-types/ibc/applications/transfer/v1/query";
import { createAppRegistry } from "../../lib/cosmos/registry";
import type { JsonRpcResponse } from "../../lib/sim/rpc/handler";
import { COMET_VERSION } from "../../lib/sim/rpc/handler";
import type { World } from "../../lib/sim/state";
import { handleOsmosisRest, OSMOSIS_REST } from "./osmosis-rest";

export type RpcAnswer = (chainId: string, req: unknown) => Promise<JsonRpcResponse>;
export interface RestAnswer {
  status: number;
  body: unknown;
}

interface Codec {
  encode(m: any): { finish(): Uint8Array };
  decode(b: Uint8Array): any;
  toJSON(m: any): unknown;
  fromPartial(o: any): any;
}

const registry = createAppRegistry();
const EXTRA_ANY: Record<string, GeneratedType> = {
  "/cosmos.auth.v1beta1.BaseAccount": BaseAccount,
  "/cosmos.auth.v1beta1.ModuleAccount": ModuleAccount,
  "/cosmos.crypto.secp256k1.PubKey": Secp256k1PubKey,
  "/cosmos.crypto.ed25519.PubKey": Ed25519PubKey,
};

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Go's RFC 3339 with nanoseconds, trailing zeros trimmed, as the gateway prints a Timestamp. */
function goTime(iso: string): string {
  return iso.replace(/\.(\d+)Z$/, (_m, f: string) => {
    const t = f.replace(/0+$/, "");
    return t ? `.${t}Z` : "Z";
  });
}

/** LegacyDec fields travel as 18-decimal integers in protobuf; the gateway prints them as decimals. */
const DEC_KEYS = new Set(["rate", "max_rate", "max_change_rate", "min_commission_rate", "delegator_shares", "shares", "community_tax", "base_proposer_reward", "bonus_proposer_reward"]);

export function legacyDec(s: string): string {
  if (!/^-?\d+$/.test(s)) return s;
  const neg = s.startsWith("-");
  const digits = (neg ? s.slice(1) : s).padStart(19, "0");
  return `${neg ? "-" : ""}${digits.slice(0, -18)}.${digits.slice(-18)}`;
}

/** cosmjs-types' toJSON output → gateway JSON; `decCoins` marks DecCoin lists (rewards). */
export function gatewayJson(v: unknown, decCoins = false): unknown {
  if (Array.isArray(v)) return v.map((x) => gatewayJson(x, decCoins));
  if (typeof v === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(v)) return goTime(v);
  if (v === null || typeof v !== "object") return v;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  // google.protobuf.Duration
  if (keys.length === 2 && typeof o.seconds === "string" && typeof o.nanos === "number") {
    return o.nanos ? `${o.seconds}.${String(o.nanos).padStart(9, "0").replace(/0+$/, "")}s` : `${o.seconds}s`;
  }
  // google.protobuf.Any
  if (keys.length === 2 && typeof o.typeUrl === "string" && typeof o.value === "string") return anyJson(o.typeUrl, fromBase64(o.value));
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const name = snake(k);
    const inner = decCoins || name === "rewards" || name === "total";
    const val = gatewayJson(o[k], inner);
    // An empty next_key is a nil []byte in Go, which the gateway's jsonpb prints as null.
    if (name === "next_key" && val === "") out[name] = null;
    else out[name] = typeof val === "string" && (DEC_KEYS.has(name) || (decCoins && name === "amount")) ? legacyDec(val) : val;
  }
  return out;
}

function anyJson(typeUrl: string, value: Uint8Array): unknown {
  const t = (EXTRA_ANY[typeUrl] ?? registry.lookupType(typeUrl)) as Partial<Codec> | undefined;
  if (!t?.decode || !t.toJSON) return { "@type": typeUrl, value: toBase64(value) };
  const body = gatewayJson(t.toJSON(t.decode(value))) as Record<string, unknown>;
  // The gateway emits defaults: an account that never signed has "pub_key": null.
  if (typeUrl === "/cosmos.auth.v1beta1.BaseAccount" && !("pub_key" in body)) return { "@type": typeUrl, address: body.address, pub_key: null, account_number: body.account_number, sequence: body.sequence };
  return { "@type": typeUrl, ...body };
}

function grpcError(log: string): RestAnswer {
  const m = /^rpc error: code = (\w+) desc = ([\s\S]*)$/.exec(log);
  const name = m?.[1] ?? "Unknown";
  const codes: Record<string, [number, number]> = { NotFound: [5, 404], InvalidArgument: [3, 400], Unimplemented: [12, 501], Unknown: [2, 500] };
  const [code, status] = codes[name] ?? [2, 500];
  return { status, body: { code, message: m?.[2] ?? log, details: [] } };
}

const badRequest = (message: string): RestAnswer => ({ status: 400, body: { code: 3, message, details: [] } });

/** Go's strconv.ParseBool, which the gateway uses for bool query parameters. */
const GO_BOOLS: Record<string, boolean> = { "1": true, t: true, T: true, TRUE: true, true: true, True: true, "0": false, f: false, F: false, FALSE: false, false: false, False: false };

/**
 * `pagination.key|offset|limit|count_total|reverse` query parameters as the gateway reads them
 * into a PageRequest: key is base64 (standard or URL-safe), numbers are uint64, bools Go's.
 */
export function pageRequest(q: URLSearchParams): { key: Uint8Array; offset: bigint; limit: bigint; countTotal: boolean; reverse: boolean } {
  const uint = (name: string): bigint => {
    const v = q.get(`pagination.${name}`);
    if (v === null || v === "") return 0n;
    if (!/^\d{1,20}$/.test(v) || BigInt(v) > 0xffffffffffffffffn) throw new RestFailure(badRequest(`type mismatch, parameter: pagination.${name}, error: strconv.ParseUint: parsing ${JSON.stringify(v.slice(0, 50))}: invalid syntax`));
    return BigInt(v);
  };
  const bool = (name: string): boolean => {
    const v = q.get(`pagination.${name}`);
    if (v === null || v === "") return false;
    if (!Object.prototype.hasOwnProperty.call(GO_BOOLS, v)) throw new RestFailure(badRequest(`type mismatch, parameter: pagination.${name}, error: strconv.ParseBool: parsing ${JSON.stringify(v.slice(0, 50))}: invalid syntax`));
    return GO_BOOLS[v];
  };
  const rawKey = q.get("pagination.key") ?? "";
  const key = rawKey === "" ? new Uint8Array() : safeBase64(rawKey.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(rawKey.length / 4) * 4, "="));
  if (!key) throw new RestFailure(badRequest(`type mismatch, parameter: pagination.key, error: illegal base64 data`));
  const limit = uint("limit");
  // The query servers take limit as a number of items; more than any list here holds is "all".
  return { key, offset: uint("offset"), limit: limit > 1_000_000n ? 1_000_000n : limit, countTotal: bool("count_total"), reverse: bool("reverse") };
}

let nextId = 1;
async function call(rpc: RpcAnswer, chainId: string, method: string, params: unknown): Promise<any> {
  const r = await rpc(chainId, { jsonrpc: "2.0", id: nextId++, method, params });
  if ("error" in r) throw new RestFailure({ status: r.error.code === -32602 ? 400 : 500, body: { code: r.error.code === -32602 ? 3 : 2, message: r.error.data ?? r.error.message, details: [] } });
  return r.result;
}

class RestFailure extends Error {
  constructor(readonly answer: RestAnswer) {
    super(String((answer.body as { message?: string }).message));
  }
}

async function query<Req, Res>(rpc: RpcAnswer, chainId: string, path: string, req: Codec, request: Req, res: Codec): Promise<Res> {
  const out = await call(rpc, chainId, "abci_query", { path, data: toHex(req.encode(req.fromPartial(request)).finish()) });
  const r = out.response as { code: number; log: string; value: string | null };
  if (r.code !== 0) throw new RestFailure(grpcError(r.log));
  return res.decode(fromBase64(r.value ?? "")) as Res;
}

const asJson = (codec: Codec, m: unknown): RestAnswer => ({ status: 200, body: gatewayJson(codec.toJSON(m)) });

const hex = (b64: string) => toHex(fromBase64(b64)).toUpperCase();

/** TxResponse as the gateway prints it, from the `tx` JSON-RPC result. */
function txResponse(t: any, timeIso: string): unknown {
  const txBytes = fromBase64(t.tx);
  return {
    height: t.height,
    txhash: t.hash,
    codespace: t.tx_result.codespace,
    code: t.tx_result.code,
    data: t.tx_result.data ? hex(t.tx_result.data) : "",
    raw_log: t.tx_result.log,
    logs: [],
    info: t.tx_result.info ?? "",
    gas_wanted: t.tx_result.gas_wanted,
    gas_used: t.tx_result.gas_used,
    tx: anyJson("/cosmos.tx.v1beta1.Tx", txBytes),
    timestamp: timeIso,
    events: t.tx_result.events,
  };
}

/** Route table: [method, pattern, handler]. */
type Handler = (m: RegExpExecArray, ctx: { world: World; chainId: string; q: URLSearchParams; body: string; rpc: RpcAnswer }) => Promise<RestAnswer>;
const ROUTES: [string, RegExp, string, Handler][] = [
  ["GET", /^\/cosmos\/auth\/v1beta1\/accounts\/([a-z0-9]+)$/, "/cosmos/auth/v1beta1/accounts/{address}", async (m, c) =>
    asJson(QueryAccountResponse as Codec, await query(c.rpc, c.chainId, "/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest as Codec, { address: m[1] }, QueryAccountResponse as Codec))],
  ["GET", /^\/cosmos\/bank\/v1beta1\/balances\/([a-z0-9]+)$/, "/cosmos/bank/v1beta1/balances/{address}", async (m, c) =>
    asJson(QueryAllBalancesResponse as Codec, await query(c.rpc, c.chainId, "/cosmos.bank.v1beta1.Query/AllBalances", QueryAllBalancesRequest as Codec, { address: m[1], pagination: pageRequest(c.q) }, QueryAllBalancesResponse as Codec))],
  // Nothing in the simulator is locked or vesting: spendable balances are all balances.
  ["GET", /^\/cosmos\/bank\/v1beta1\/spendable_balances\/([a-z0-9]+)$/, "/cosmos/bank/v1beta1/spendable_balances/{address}", async (m, c) =>
    asJson(QueryAllBalancesResponse as Codec, await query(c.rpc, c.chainId, "/cosmos.bank.v1beta1.Query/AllBalances", QueryAllBalancesRequest as Codec, { address: m[1], pagination: pageRequest(c.q) }, QueryAllBalancesResponse as Codec))],
  ["GET", /^\/cosmos\/staking\/v1beta1\/delegations\/([a-z0-9]+)$/, "/cosmos/staking/v1beta1/delegations/{delegator_addr}", async (m, c) =>
    asJson(QueryDelegatorDelegationsResponse as Codec, await query(c.rpc, c.chainId, "/cosmos.staking.v1beta1.Query/DelegatorDelegations", QueryDelegatorDelegationsRequest as Codec, { delegatorAddr: m[1], pagination: pageRequest(c.q) }, QueryDelegatorDelegationsResponse as Codec))],
  ["GET", /^\/cosmos\/staking\/v1beta1\/delegators\/([a-z0-9]+)\/unbonding_delegations$/, "/cosmos/staking/v1beta1/delegators/{delegator_addr}/unbonding_delegations", async (m, c) =>
    asJson(QueryDelegatorUnbondingDelegationsResponse as Codec, await query(c.rpc, c.chainId, "/cosmos.staking.v1beta1.Query/DelegatorUnbondingDelegations", QueryDelegatorUnbondingDelegationsRequest as Codec, { delegatorAddr: m[1], pagination: pageRequest(c.q) }, QueryDelegatorUnbondingDelegationsResponse as Codec))],
  ["GET", /^\/cosmos\/staking\/v1beta1\/validators$/, "/cosmos/staking/v1beta1/validators?status=", async (_m, c) =>
    asJson(QueryValidatorsResponse as Codec, await query(c.rpc, c.chainId, "/cosmos.staking.v1beta1.Query/Validators", QueryValidatorsRequest as Codec, { status: c.q.get("status") ?? "", pagination: pageRequest(c.q) }, QueryValidatorsResponse as Codec))],
  ["GET", /^\/cosmos\/staking\/v1beta1\/validators\/([a-z0-9]+)$/, "/cosmos/staking/v1beta1/validators/{validator_addr}", async (m, c) =>
    asJson(QueryValidatorResponse as Codec, await query(c.rpc, c.chainId, "/cosmos.staking.v1beta1.Query/Validator", QueryValidatorRequest as Codec, { validatorAddr: m[1] }, QueryValidatorResponse as Codec))],
  ["GET", /^\/cosmos\/staking\/v1beta1\/pool$/, "/cosmos/staking/v1beta1/pool", async (_m, c) =>
    asJson(QueryPoolResponse as Codec, await query(c.rpc, c.chainId, "/cosmos.staking.v1beta1.Query/Pool", QueryPoolRequest as Codec, {}, QueryPoolResponse as Codec))],
  ["GET", /^\/cosmos\/staking\/v1beta1\/params$/, "/cosmos/staking/v1beta1/params", async (_m, c) =>
    asJson(StakingParamsResponse as Codec, await query(c.rpc, c.chainId, "/cosmos.staking.v1beta1.Query/Params", StakingParamsRequest as Codec, {}, StakingParamsResponse as Codec))],
  ["GET", /^\/cosmos\/distribution\/v1beta1\/delegators\/([a-z0-9]+)\/rewards$/, "/cosmos/distribution/v1beta1/delegators/{delegator_address}/rewards", async (m, c) =>
    asJson(QueryDelegationTotalRewardsResponse as Codec, await query(c.rpc, c.chainId, "/cosmos.distribution.v1beta1.Query/DelegationTotalRewards", QueryDelegationTotalRewardsRequest as Codec, { delegatorAddress: m[1] }, QueryDelegationTotalRewardsResponse as Codec))],
  ["GET", /^\/cosmwasm\/wasm\/v1\/contract\/([a-z0-9]+)\/smart\/([A-Za-z0-9+/_=-]+)$/, "/cosmwasm/wasm/v1/contract/{address}/smart/{query_data_base64}", async (m, c) => {
    let msg: Uint8Array;
    try {
      msg = fromBase64(decodeURIComponent(m[2]).replace(/-/g, "+").replace(/_/g, "/"));
      JSON.parse(fromUtf8(msg));
    } catch {
      return badRequest("query_data must be base64 of a JSON query");
    }
    const r = await query<unknown, { data: Uint8Array }>(c.rpc, c.chainId, "/cosmwasm.wasm.v1.Query/SmartContractState", QuerySmartContractStateRequest as Codec, { address: m[1], queryData: msg }, QuerySmartContractStateResponse as Codec);
    // RawContractMessage is printed as the JSON it holds.
    return { status: 200, body: { data: JSON.parse(fromUtf8(r.data)) } };
  }],
  ["GET", /^\/ibc\/apps\/transfer\/v1\/denom_traces\/(?:ibc\/)?([A-Fa-f0-9]{64})$/, "/ibc/apps/transfer/v1/denom_traces/{hash}", async (m, c) =>
    asJson(QueryDenomTraceResponse as Codec, await query(c.rpc, c.chainId, "/ibc.applications.transfer.v1.Query/DenomTrace", QueryDenomTraceRequest as Codec, { hash: m[1] }, QueryDenomTraceResponse as Codec))],
  ["GET", /^\/cosmos\/base\/tendermint\/v1beta1\/node_info$/, "/cosmos/base/tendermint/v1beta1/node_info", async (_m, c) => {
    const s = await call(c.rpc, c.chainId, "status", {});
    const n = s.node_info;
    return {
      status: 200,
      body: {
        default_node_info: {
          protocol_version: n.protocol_version,
          default_node_id: n.id,
          listen_addr: n.listen_addr,
          network: n.network,
          version: n.version ?? COMET_VERSION,
          channels: toBase64(fromHex(n.channels)),
          moniker: n.moniker,
          other: n.other,
        },
        application_version: { name: "milkyway-sim", app_name: "milkyway-simd", version: "0.50.13", git_commit: "", build_tags: "", go_version: "", build_deps: [], cosmos_sdk_version: "v0.50.13" },
      },
    };
  }],
  ["POST", /^\/cosmos\/tx\/v1beta1\/simulate$/, "POST /cosmos/tx/v1beta1/simulate {tx_bytes}", async (_m, c) => {
    const body = parseBody(c.body);
    if (typeof body.tx_bytes !== "string") return badRequest("tx_bytes must be base64");
    const bytes = safeBase64(body.tx_bytes);
    if (!bytes) return badRequest("tx_bytes must be base64");
    return asJson(SimulateResponse as Codec, await query(c.rpc, c.chainId, "/cosmos.tx.v1beta1.Service/Simulate", SimulateRequest as Codec, { txBytes: bytes }, SimulateResponse as Codec));
  }],
  ["POST", /^\/cosmos\/tx\/v1beta1\/txs$/, "POST /cosmos/tx/v1beta1/txs {tx_bytes, mode}", async (_m, c) => {
    const body = parseBody(c.body);
    if (typeof body.tx_bytes !== "string" || !safeBase64(body.tx_bytes)) return badRequest("tx_bytes must be base64");
    const mode = body.mode ?? "BROADCAST_MODE_SYNC";
    if (!["BROADCAST_MODE_SYNC", "BROADCAST_MODE_ASYNC", "BROADCAST_MODE_BLOCK"].includes(String(mode))) return badRequest(`unsupported broadcast mode ${String(mode).slice(0, 50)}`);
    const r = await call(c.rpc, c.chainId, mode === "BROADCAST_MODE_ASYNC" ? "broadcast_tx_async" : "broadcast_tx_sync", { tx: body.tx_bytes });
    return {
      status: 200,
      body: { tx_response: { height: "0", txhash: r.hash, codespace: r.codespace, code: r.code, data: r.data ?? "", raw_log: r.log, logs: [], info: "", gas_wanted: "0", gas_used: "0", tx: null, timestamp: "", events: [] } },
    };
  }],
  ["GET", /^\/cosmos\/tx\/v1beta1\/txs\/([A-Fa-f0-9]{64})$/, "/cosmos/tx/v1beta1/txs/{hash}", async (m, c) => {
    const r = await c.rpc(c.chainId, { jsonrpc: "2.0", id: nextId++, method: "tx", params: { hash: toBase64(fromHex(m[1])) } });
    if ("error" in r) return { status: 404, body: { code: 5, message: `tx not found: ${m[1].toUpperCase()}${/pruned/.test(r.error.data ?? "") ? " (the devnet's tx index has pruned old txs)" : ""}`, details: [] } };
    const t = r.result as any;
    const block = await call(c.rpc, c.chainId, "block", { height: t.height }).catch(() => null);
    const time = block?.block?.header?.time ?? "";
    return { status: 200, body: { tx: gatewayJson(Tx.toJSON(Tx.decode(fromBase64(t.tx)))), tx_response: txResponse(t, time ? goTime(time) : "") } };
  }],
];

export const REST_ROUTES = [
  ...ROUTES.map(([method, , doc]) => (doc.startsWith("POST") ? doc : `${method} ${doc}`)),
  // Osmosis's own gateway routes (osmosis-rest.ts), answered on every chain as the ABCI query would be.
  ...OSMOSIS_REST.map(([, doc]) => `GET ${doc}`),
];

function parseBody(text: string): Record<string, unknown> {
  try {
    const v = JSON.parse(text) as unknown;
    return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function safeBase64(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) return null;
  try {
    return fromBase64(s);
  } catch {
    return null;
  }
}

export async function handleRest(world: World, chainId: string, method: string, path: string, q: URLSearchParams, body: string, rpc: RpcAnswer): Promise<RestAnswer> {
  for (const [m, re, , handler] of ROUTES) {
    const match = re.exec(path);
    if (!match) continue;
    if (m !== method) return { status: 405, body: { code: 12, message: `${method} is not allowed on ${path.slice(0, 200)}`, details: [] } };
    try {
      return await handler(match, { world, chainId, q, body, rpc });
    } catch (e) {
      if (e instanceof RestFailure) return e.answer;
      return { status: 500, body: { code: 2, message: (e as Error).message, details: [] } };
    }
  }
  if (method === "GET") {
    const osmosis = await handleOsmosisRest(path, q, rpc as Parameters<typeof handleOsmosisRest>[2], chainId);
    if (osmosis) return osmosis;
  }
  return { status: 501, body: { code: 12, message: `Not Implemented: ${path.slice(0, 200)} (GET / lists the REST routes)`, details: [] } };
}

