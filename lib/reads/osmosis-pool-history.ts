/**
 * What an Osmosis pool did over time, for fee APR and charts.
 *
 * Osmosis keeps no price or liquidity history on chain, only the running volume total
 * (TotalVolumeForPool, uosmo). So:
 * - simulator mode reads the simulator's daily samples since genesis (`sim_pool_history`: spot
 *   price, holdings, that volume total — each read from the chain's state the day it was taken);
 * - live mode reads the volume total at the latest height and at the height about a day before
 *   (an ABCI query at a past height: a node with the SDK's default pruning keeps that), or a
 *   shorter span where the node keeps less; it has no chart series (that would need an indexer).
 */
// Files, not the packages' indexes: those are CommonJS and pull in everything they re-export
// (stargate's signing clients and every module's codecs) into the worker that runs this read.
import { Comet38Client } from "@cosmjs/tendermint-rpc/build/comet38/comet38client.js";
import { QueryClient } from "@cosmjs/stargate/build/queryclient/queryclient.js";
import type { NetworkSnapshot } from "../chains/networks";
import { protobufRpc, transport } from "../cosmos/clients";
import { parseDec, type Dec } from "../amount/decimal";
import * as PM from "../cosmos/proto/gen/osmosis/poolmanager/v1beta1/query";
import * as PR from "../cosmos/proto/gen/osmosis/protorev/v1beta1/query";
import { POOLMANAGER_QUERY } from "../cosmos/proto/gen/query-paths";
import type { CoinAmount } from "./osmosis-pools";
import { osmosisSpotPrice } from "./osmosis-pools";
import type { VolumeReading } from "../protocol/pool-fee-apr";

/** Osmosis's bond denom: the only denom TotalVolumeForPool counts in. */
export const OSMO_DENOM = "uosmo";

export interface PoolHistoryPoint {
  timeMs: number;
  /** Price of the pool's first token (token0 / the list's first) in its second; null without liquidity. */
  spotPrice: Dec | null;
  liquidity: CoinAmount[];
  /** TotalVolumeForPool's uosmo amount at that time. */
  volumeOsmo: bigint;
}

export type PoolHistory = { available: true; points: PoolHistoryPoint[] } | { available: false; reason: string };

const osmoOf = (coins: ReadonlyArray<{ denom: string; amount: string }>) => BigInt(coins.find((c) => c.denom === OSMO_DENOM)?.amount ?? "0");

interface RawPoint {
  timeMs: number;
  spotPrice: string | null;
  liquidity: Array<{ denom: string; amount: string }>;
  volume: Array<{ denom: string; amount: string }>;
}

/** The pool's daily series since genesis (simulator), or why there is none (live). */
export async function poolHistory(net: NetworkSnapshot, poolId: bigint): Promise<PoolHistory> {
  if (net.mode !== "simulator") {
    return { available: false, reason: "Osmosis keeps no price or liquidity history on chain; charting it needs an indexer, which live mode does not use." };
  }
  const res = await transport(net, "osmosis").execute({ jsonrpc: "2.0", id: 1, method: "sim_pool_history", params: { poolId: Number(poolId) } });
  const points = (res.result as { points: RawPoint[] }).points;
  return {
    available: true,
    points: points.map((p) => ({
      timeMs: p.timeMs,
      spotPrice: p.spotPrice === null ? null : parseDec(p.spotPrice),
      liquidity: p.liquidity.map((c) => ({ denom: c.denom, amount: BigInt(c.amount) })),
      volumeOsmo: osmoOf(p.volume),
    })),
  };
}

async function volumeAt(q: QueryClient, poolId: bigint, height?: number): Promise<bigint> {
  const req = PM.TotalVolumeForPoolRequest.encode({ poolId }).finish();
  const res = await q.queryAbci(POOLMANAGER_QUERY.totalVolumeForPool, req, height);
  return osmoOf(PM.TotalVolumeForPoolResponse.decode(res.value).volume);
}

/**
 * Two readings of the pool's volume total to measure fees between: a week of the simulator's
 * daily samples (less right after genesis), or in live mode now and about a day ago.
 */
export async function poolVolumeWindow(net: NetworkSnapshot, poolId: bigint): Promise<{ start: VolumeReading; end: VolumeReading } | null> {
  if (net.mode === "simulator") {
    const h = await poolHistory(net, poolId);
    if (!h.available || h.points.length < 2) return null;
    const { windowStart, FEE_WINDOW_TARGET_MS } = await import("../protocol/pool-fee-apr");
    const start = windowStart(h.points, FEE_WINDOW_TARGET_MS.simulator)!;
    const end = h.points[h.points.length - 1];
    return { start: { timeMs: start.timeMs, volumeOsmo: start.volumeOsmo }, end: { timeMs: end.timeMs, volumeOsmo: end.volumeOsmo } };
  }
  const comet = await Comet38Client.create(transport(net, "osmosis"));
  const q = new QueryClient(comet);
  const status = await comet.status();
  const top = status.syncInfo.latestBlockHeight;
  const topMs = status.syncInfo.latestBlockTime.getTime();
  // Block time from the last 100 blocks, to find the height about a day back.
  const probe = Math.max(1, top - 100);
  const probeMs = (await comet.block(probe)).block.header.time.getTime();
  const perBlock = top > probe ? (topMs - probeMs) / (top - probe) : 0;
  if (!(perBlock > 0)) return null;
  const { FEE_WINDOW_TARGET_MS } = await import("../protocol/pool-fee-apr");
  const dayBack = Math.round(FEE_WINDOW_TARGET_MS.live / perBlock);
  const endVol = await volumeAt(q, poolId, top);
  // A day back where the node keeps it; a pruning node answers a shorter window (the APR says how long).
  let lastError: unknown = null;
  for (const back of [dayBack, Math.round(dayBack / 4), 400, 100]) {
    const startHeight = Math.max(1, top - back);
    if (startHeight >= top) continue;
    try {
      const [startMs, startVol] = await Promise.all([comet.block(startHeight).then((b) => b.block.header.time.getTime()), volumeAt(q, poolId, startHeight)]);
      return { start: { timeMs: startMs, volumeOsmo: startVol }, end: { timeMs: topMs, volumeOsmo: endVol } };
    } catch (e) {
      lastError = e;
    }
  }
  throw new Error(`The Osmosis RPC keeps no state even 100 blocks back, so fees cannot be measured: ${(lastError as Error)?.message ?? "no answer"}.`);
}

/**
 * A token's price in OSMO (uosmo per base unit) where the chain itself prices it: protorev's
 * highest-liquidity OSMO pool for the token (the pool trackVolume values volume through).
 */
export async function osmoPriceOf(net: NetworkSnapshot, denom: string): Promise<{ poolId: bigint; osmoPerToken: Dec }> {
  const rpc = await protobufRpc(net, "osmosis");
  const r = PR.QueryGetProtoRevPoolResponse.decode(
    await rpc.request("osmosis.protorev.v1beta1.Query", "GetProtoRevPool", PR.QueryGetProtoRevPoolRequest.encode({ baseDenom: OSMO_DENOM, otherDenom: denom }).finish()),
  );
  return { poolId: r.poolId, osmoPerToken: await osmosisSpotPrice(net, r.poolId, denom, OSMO_DENOM) };
}
