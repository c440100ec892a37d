/**
 * The Osmosis gRPC-gateway routes the app and wallets use, at the paths osmosis v31's query.proto
 * annotations give them (x/poolmanager, x/concentrated-liquidity, x/gamm). Each asks the same ABCI
 * query path the JSON-RPC handler answers and prints the answer as the gateway does: snake_case
 * names, 64-bit integers as strings, Any as an object with "@type", Timestamp as RFC 3339, and the
 * custom types as decimals — LegacyDec (18 places) and BigDec (36 places), which travel as raw
 * integers in protobuf.
 *
 * The generated Osmosis codecs carry no toJSON (the app never needs it), so the conversion here
 * walks the decoded message itself.
 */
import { fromBase64, toHex } from "@cosmjs/encoding";
import { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { CONCENTRATEDLIQUIDITY_QUERY, GAMM_QUERY, POOLMANAGER_QUERY } from "../../lib/cosmos/proto/gen/query-paths";
import * as PM from "../../lib/cosmos/proto/gen/osmosis/poolmanager/v1beta1/query";
import * as CLQ from "../../lib/cosmos/proto/gen/osmosis/concentratedliquidity/v1beta1/query";
import { Pool as ClPool } from "../../lib/cosmos/proto/gen/osmosis/concentratedliquidity/v1beta1/pool";
import { Pool as BalancerPool, PoolParams as BalancerPoolParams } from "../../lib/cosmos/proto/gen/osmosis/gamm/v1beta1/balancerPool";
import * as GQ from "../../lib/cosmos/proto/gen/osmosis/gamm/v1beta1/query";

export interface OsmosisRestAnswer {
  status: number;
  body: unknown;
}
type Rpc = (chainId: string, req: unknown) => Promise<{ result?: any; error?: { code: number; message: string; data?: string } }>;
interface Codec {
  encode(m: any): { finish(): Uint8Array };
  decode(b: Uint8Array): any;
  fromPartial(o: any): any;
}

/** LegacyDec fields of these messages (raw × 10^18 on the wire). */
const LEGACY_DEC = new Set([
  "spread_factor", "current_tick_liquidity", "liquidity", "swap_fee", "exit_fee", "default_taker_fee", "staking_rewards", "community_pool", "burn", "taker_fee",
  "liquidity_net", "liquidity_amount",
]);
/** BigDec fields (raw × 10^36). */
const BIG_DEC = new Set(["current_sqrt_price"]);
const ANY_TYPES: Record<string, Codec> = {
  "/osmosis.concentratedliquidity.v1beta1.Pool": ClPool as unknown as Codec,
  "/osmosis.gamm.v1beta1.Pool": BalancerPool as unknown as Codec,
  "/osmosis.gamm.v1beta1.PoolParams": BalancerPoolParams as unknown as Codec,
};

function decimal(raw: string, places: number): string {
  if (!/^-?\d+$/.test(raw)) return raw;
  const neg = raw.startsWith("-");
  const digits = (neg ? raw.slice(1) : raw).padStart(places + 1, "0");
  return `${neg ? "-" : ""}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function goTime(t: Timestamp): string {
  const ms = Number(t.seconds) * 1000;
  const iso = new Date(ms).toISOString().replace(/\.\d+Z$/, "");
  const frac = String(t.nanos).padStart(9, "0").replace(/0+$/, "");
  return `${iso}${frac ? `.${frac}` : ""}Z`;
}

/** A decoded message → gateway JSON. */
export function gateway(v: unknown, key = ""): unknown {
  // An unset message field: jsonpb with EmitDefaults prints null.
  if (v === undefined) return null;
  if (typeof v === "bigint") return v.toString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString("base64");
  if (Array.isArray(v)) return v.map((x) => gateway(x, key));
  if (typeof v === "string") return LEGACY_DEC.has(key) ? decimal(v, 18) : BIG_DEC.has(key) ? decimal(v, 36) : v;
  if (v === null || typeof v !== "object") return v;
  const o = v as Record<string, unknown>;
  if (typeof o.typeUrl === "string" && o.value instanceof Uint8Array) {
    const t = ANY_TYPES[o.typeUrl];
    return t ? { "@type": o.typeUrl, ...(gateway(t.decode(o.value)) as object) } : { "@type": o.typeUrl, value: gateway(o.value) };
  }
  if (Object.keys(o).length === 2 && typeof o.seconds === "bigint" && typeof o.nanos === "number" && (key.endsWith("time") || key.endsWith("update"))) return goTime(o as unknown as Timestamp);
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(o)) out[snake(k)] = gateway(val, snake(k));
  return out;
}

class Failure extends Error {
  constructor(readonly answer: OsmosisRestAnswer) {
    super("");
  }
}
const bad = (message: string) => new Failure({ status: 400, body: { code: 3, message, details: [] } });

/** gRPC status in an ABCI log → the gateway's HTTP status and body. */
function grpcError(log: string): OsmosisRestAnswer {
  const m = /^rpc error: code = (\w+) desc = ([\s\S]*)$/.exec(log);
  const codes: Record<string, [number, number]> = { InvalidArgument: [3, 400], NotFound: [5, 404], Internal: [13, 500], Unimplemented: [12, 501], Unknown: [2, 500] };
  const [code, status] = codes[m?.[1] ?? "Unknown"] ?? [2, 500];
  return { status, body: { code, message: m?.[2] ?? log, details: [] } };
}

let nextId = 1;
async function ask(rpc: Rpc, chainId: string, path: string, req: Codec, request: object, res: Codec): Promise<OsmosisRestAnswer> {
  const r = await rpc(chainId, { jsonrpc: "2.0", id: nextId++, method: "abci_query", params: { path, data: toHex(req.encode(req.fromPartial(request)).finish()) } });
  if (r.error) return { status: 500, body: { code: 2, message: r.error.data ?? r.error.message, details: [] } };
  const a = r.result.response as { code: number; log: string; value: string | null };
  if (a.code !== 0) return grpcError(a.log);
  return { status: 200, body: gateway(res.decode(fromBase64(a.value ?? ""))) };
}

/** uint64 path or query parameter, as the gateway parses it (strconv.ParseUint). */
function uint(name: string, v: string | null): bigint {
  if (v === null || v === "") return 0n;
  if (!/^\d{1,20}$/.test(v) || BigInt(v) > 0xffffffffffffffffn) throw bad(`type mismatch, parameter: ${name}, error: strconv.ParseUint: parsing ${JSON.stringify(v.slice(0, 50))}: invalid syntax`);
  return BigInt(v);
}

type Handler = (m: RegExpExecArray, q: URLSearchParams, rpc: Rpc, chainId: string) => Promise<OsmosisRestAnswer>;
const c = (x: unknown) => x as Codec;

export const OSMOSIS_REST: Array<[RegExp, string, Handler]> = [
  [/^\/osmosis\/poolmanager\/v1beta1\/Params$/, "/osmosis/poolmanager/v1beta1/Params", (_m, _q, rpc, id) => ask(rpc, id, POOLMANAGER_QUERY.params, c(PM.ParamsRequest), {}, c(PM.ParamsResponse))],
  [/^\/osmosis\/poolmanager\/v1beta1\/num_pools$/, "/osmosis/poolmanager/v1beta1/num_pools", (_m, _q, rpc, id) => ask(rpc, id, POOLMANAGER_QUERY.numPools, c(PM.NumPoolsRequest), {}, c(PM.NumPoolsResponse))],
  [/^\/osmosis\/poolmanager\/v1beta1\/all-pools$/, "/osmosis/poolmanager/v1beta1/all-pools", (_m, _q, rpc, id) => ask(rpc, id, POOLMANAGER_QUERY.allPools, c(PM.AllPoolsRequest), {}, c(PM.AllPoolsResponse))],
  [/^\/osmosis\/poolmanager\/v1beta1\/pools\/([^/]+)$/, "/osmosis/poolmanager/v1beta1/pools/{pool_id}", (m, _q, rpc, id) =>
    ask(rpc, id, POOLMANAGER_QUERY.pool, c(PM.PoolRequest), { poolId: uint("pool_id", m[1]) }, c(PM.PoolResponse))],
  [/^\/osmosis\/poolmanager\/pools\/([^/]+)\/prices$/, "/osmosis/poolmanager/pools/{pool_id}/prices?base_asset_denom=&quote_asset_denom=", (m, q, rpc, id) =>
    ask(rpc, id, POOLMANAGER_QUERY.spotPrice, c(PM.SpotPriceRequest), { poolId: uint("pool_id", m[1]), baseAssetDenom: q.get("base_asset_denom") ?? "", quoteAssetDenom: q.get("quote_asset_denom") ?? "" }, c(PM.SpotPriceResponse))],
  [/^\/osmosis\/poolmanager\/v1beta1\/pools\/([^/]+)\/total_pool_liquidity$/, "/osmosis/poolmanager/v1beta1/pools/{pool_id}/total_pool_liquidity", (m, _q, rpc, id) =>
    ask(rpc, id, POOLMANAGER_QUERY.totalPoolLiquidity, c(PM.TotalPoolLiquidityRequest), { poolId: uint("pool_id", m[1]) }, c(PM.TotalPoolLiquidityResponse))],
  [/^\/osmosis\/poolmanager\/v1beta1\/pools\/([^/]+)\/total_volume$/, "/osmosis/poolmanager/v1beta1/pools/{pool_id}/total_volume", (m, _q, rpc, id) =>
    ask(rpc, id, POOLMANAGER_QUERY.totalVolumeForPool, c(PM.TotalVolumeForPoolRequest), { poolId: uint("pool_id", m[1]) }, c(PM.TotalVolumeForPoolResponse))],
  [/^\/osmosis\/poolmanager\/v1beta1\/trading_pair_takerfee$/, "/osmosis/poolmanager/v1beta1/trading_pair_takerfee?denom_0=&denom_1=", (_m, q, rpc, id) =>
    ask(rpc, id, POOLMANAGER_QUERY.tradingPairTakerFee, c(PM.TradingPairTakerFeeRequest), { denom0: q.get("denom_0") ?? "", denom1: q.get("denom_1") ?? "" }, c(PM.TradingPairTakerFeeResponse))],
  [/^\/osmosis\/poolmanager\/v1beta1\/([^/]+)\/estimate\/single_pool_swap_exact_amount_in$/, "/osmosis/poolmanager/v1beta1/{pool_id}/estimate/single_pool_swap_exact_amount_in?token_in=&token_out_denom=", (m, q, rpc, id) =>
    ask(rpc, id, POOLMANAGER_QUERY.estimateSinglePoolSwapExactAmountIn, c(PM.EstimateSinglePoolSwapExactAmountInRequest), { poolId: uint("pool_id", m[1]), tokenIn: q.get("token_in") ?? "", tokenOutDenom: q.get("token_out_denom") ?? "" }, c(PM.EstimateSwapExactAmountInResponse))],
  [/^\/osmosis\/concentratedliquidity\/v1beta1\/pools$/, "/osmosis/concentratedliquidity/v1beta1/pools", (_m, _q, rpc, id) => ask(rpc, id, CONCENTRATEDLIQUIDITY_QUERY.pools, c(CLQ.PoolsRequest), {}, c(CLQ.PoolsResponse))],
  [/^\/osmosis\/concentratedliquidity\/v1beta1\/positions\/([a-z0-9]+)$/, "/osmosis/concentratedliquidity/v1beta1/positions/{address}?pool_id=", (m, q, rpc, id) =>
    ask(rpc, id, CONCENTRATEDLIQUIDITY_QUERY.userPositions, c(CLQ.UserPositionsRequest), { address: m[1], poolId: uint("pool_id", q.get("pool_id")) }, c(CLQ.UserPositionsResponse))],
  [/^\/osmosis\/concentratedliquidity\/v1beta1\/position_by_id$/, "/osmosis/concentratedliquidity/v1beta1/position_by_id?position_id=", (_m, q, rpc, id) =>
    ask(rpc, id, CONCENTRATEDLIQUIDITY_QUERY.positionById, c(CLQ.PositionByIdRequest), { positionId: uint("position_id", q.get("position_id")) }, c(CLQ.PositionByIdResponse))],
  [/^\/osmosis\/concentratedliquidity\/v1beta1\/liquidity_per_tick_range$/, "/osmosis/concentratedliquidity/v1beta1/liquidity_per_tick_range?pool_id=", (_m, q, rpc, id) =>
    ask(rpc, id, CONCENTRATEDLIQUIDITY_QUERY.liquidityPerTickRange, c(CLQ.LiquidityPerTickRangeRequest), { poolId: uint("pool_id", q.get("pool_id")) }, c(CLQ.LiquidityPerTickRangeResponse))],
  [/^\/osmosis\/concentratedliquidity\/v1beta1\/claimable_spread_rewards$/, "/osmosis/concentratedliquidity/v1beta1/claimable_spread_rewards?position_id=", (_m, q, rpc, id) =>
    ask(rpc, id, CONCENTRATEDLIQUIDITY_QUERY.claimableSpreadRewards, c(CLQ.ClaimableSpreadRewardsRequest), { positionId: uint("position_id", q.get("position_id")) }, c(CLQ.ClaimableSpreadRewardsResponse))],
  [/^\/osmosis\/gamm\/v1beta1\/pools\/([^/]+)$/, "/osmosis/gamm/v1beta1/pools/{pool_id}", (m, _q, rpc, id) =>
    ask(rpc, id, GAMM_QUERY.pool, c(GQ.QueryPoolRequest), { poolId: uint("pool_id", m[1]) }, c(GQ.QueryPoolResponse))],
  [/^\/osmosis\/gamm\/v1beta1\/pools\/([^/]+)\/params$/, "/osmosis/gamm/v1beta1/pools/{pool_id}/params", (m, _q, rpc, id) =>
    ask(rpc, id, GAMM_QUERY.poolParams, c(GQ.QueryPoolParamsRequest), { poolId: uint("pool_id", m[1]) }, c(GQ.QueryPoolParamsResponse))],
  [/^\/osmosis\/gamm\/v1beta1\/pools\/([^/]+)\/total_shares$/, "/osmosis/gamm/v1beta1/pools/{pool_id}/total_shares", (m, _q, rpc, id) =>
    ask(rpc, id, GAMM_QUERY.totalShares, c(GQ.QueryTotalSharesRequest), { poolId: uint("pool_id", m[1]) }, c(GQ.QueryTotalSharesResponse))],
];

/** The route for `path`, or null; answers a bad parameter as the gateway does (400). */
export async function handleOsmosisRest(path: string, q: URLSearchParams, rpc: Rpc, chainId: string): Promise<OsmosisRestAnswer | null> {
  for (const [re, , handler] of OSMOSIS_REST) {
    const m = re.exec(path);
    if (!m) continue;
    try {
      return await handler(m, q, rpc, chainId);
    } catch (e) {
      if (e instanceof Failure) return e.answer;
      return { status: 500, body: { code: 2, message: (e as Error).message, details: [] } };
    }
  }
  return null;
}
