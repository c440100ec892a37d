import "./proto/binary-writer-fix";
import type { ProtobufRpcClient } from "@cosmjs/stargate";
import { HttpClient } from "@cosmjs/tendermint-rpc/build/rpcclients/httpclient.js";
import type { RpcClient } from "@cosmjs/tendermint-rpc";
import { ChainReader } from "./chain-reader";
import type { NetworkSnapshot } from "../chains/networks";
import type { ChainKey } from "../stores/network-store";
import { BatchingHttpClient } from "./transport/batching-http-client";
import { SimRpcClient } from "./transport/sim-rpc-client";

/** Live reads give up after this long, so a dead RPC shows an error instead of a spinner forever. */
const LIVE_TIMEOUT_MS = 12_000;

export class MissingEndpointError extends Error {
  constructor(readonly chain: ChainKey) {
    super(`No RPC endpoint is set for ${chain}. Add one in Settings.`);
  }
}

export function transport(net: NetworkSnapshot, key: ChainKey): RpcClient {
  if (net.mode === "simulator") return new SimRpcClient(net.chainIds[key]);
  const url = net.rpc[key];
  if (!url) throw new MissingEndpointError(key);
  return new HttpClient(url, LIVE_TIMEOUT_MS);
}

const batching = new Map<string, BatchingHttpClient>();

/**
 * Reads share one transport per live endpoint that sends each burst of calls as one JSON-RPC
 * batch (one HTTP request: what public RPCs count); signing keeps a plain HttpClient.
 */
function readTransport(net: NetworkSnapshot, key: ChainKey): RpcClient {
  const url = net.mode === "live" ? net.rpc[key] : undefined;
  if (!url) return transport(net, key);
  let t = batching.get(url);
  if (!t) batching.set(url, (t = new BatchingHttpClient(url, LIVE_TIMEOUT_MS)));
  return t;
}

const readers = new Map<string, Promise<ChainReader>>();

/** A read-only client per network and chain, shared by every query (chain-reader.ts). */
export function queryClient(net: NetworkSnapshot, key: ChainKey): Promise<ChainReader> {
  const id = `${net.mode}|${net.chainIds[key]}|${net.rpc[key] ?? ""}`;
  let c = readers.get(id);
  if (!c) {
    const created = Promise.resolve().then(() => ChainReader.create(readTransport(net, key)));
    created.catch(() => readers.delete(id));
    readers.set(id, created);
    c = created;
  }
  return c;
}

/**
 * A protobuf RPC client for gRPC queries CosmJS has no extension for (gov v1, MilkyWay
 * restaking): pass it to a cosmjs-types `QueryClientImpl` or call `.request(service, method, bytes)`.
 * It is the same chain's reader's, so both share one CometBFT client.
 */
export async function protobufRpc(net: NetworkSnapshot, key: ChainKey): Promise<ProtobufRpcClient> {
  return (await queryClient(net, key)).rpc;
}
