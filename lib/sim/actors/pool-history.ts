/**
 * Daily samples of every Osmosis pool since genesis — spot price, liquidity, cumulative volume —
 * the series a live app reads from an indexer (Osmosis keeps no price history on chain). The
 * simulator keeps them with its actors' bookkeeping and serves them through `sim_pool_history`.
 * Read from the chain's own state: the pool manager's SpotPrice maths, the pools' balances and
 * the volume it tracks.
 */
import { OSMOSIS_SIM } from "../../chains/sim-chains";
import { SIM_OSMOSIS_POOLS } from "../../chains/osmosis-pools";
import { balanceOf } from "../modules/bank";
import { bigDecToDec } from "../modules/osmosis/math/osmomath/big-dec";
import { legacyDecText } from "../modules/osmosis/cl-keeper";
import { osmosisStateOf, poolAddress } from "../modules/osmosis/pool-store";
import { OSMO, routeSpotPrice } from "../modules/osmosis/router";
import type { World } from "../state";

const K_HISTORY = "pool-history/points";
/** About 13 months of daily points per pool. */
export const MAX_POOL_HISTORY_POINTS = 400;

export interface PoolHistoryPoint {
  timeMs: number;
  /** Price of one `denoms[0]` in `denoms[1]` (the pool list's order), 18 decimals; null without liquidity. */
  spotPrice: string | null;
  /** The pool's holdings (its account's balances of its two tokens), base units. */
  liquidity: Array<{ denom: string; amount: string }>;
  /** Volume since genesis as the pool manager tracks it (TotalVolumeForPool): uosmo only, empty until any is counted. */
  volume: Array<{ denom: string; amount: string }>;
}

/**
 * Stored compactly (the world is saved and shipped as genesis.json): per pool, rows of
 * [timeMs, spotPrice | "", liquidity amounts (the pool's two denoms sorted), uosmo volume].
 * Expanded when served.
 */
type Row = Array<string | number>;
type Store = Record<string, Row[]>;

function store(world: World): Store {
  return (world.actors[K_HISTORY] as Store | undefined) ?? {};
}

function toRow(p: PoolHistoryPoint): Row {
  return [p.timeMs, p.spotPrice ?? "", ...p.liquidity.map((c) => c.amount), p.volume.find((v) => v.denom === OSMO)?.amount ?? "0"];
}

function fromRow(poolId: number, r: Row): PoolHistoryPoint {
  const denoms = [...SIM_OSMOSIS_POOLS.find((p) => p.id === poolId)!.denoms].sort();
  const rest = r.slice(2) as string[];
  return {
    timeMs: r[0] as number,
    spotPrice: r[1] === "" ? null : (r[1] as string),
    liquidity: denoms.map((denom, i) => ({ denom, amount: rest[i] })),
    volume: [{ denom: OSMO, amount: rest[denoms.length] ?? "0" }].filter((v) => v.amount !== "0"),
  };
}

export function samplePool(world: World, poolId: number): PoolHistoryPoint {
  const chain = world.chains[OSMOSIS_SIM];
  const def = SIM_OSMOSIS_POOLS.find((p) => p.id === poolId)!;
  let spotPrice: string | null = null;
  try {
    spotPrice = legacyDecText(bigDecToDec(routeSpotPrice(chain, BigInt(poolId), def.denoms[1], def.denoms[0])));
  } catch {
    spotPrice = null;
  }
  const addr = poolAddress("osmo", BigInt(poolId));
  const liquidity = [...def.denoms].sort().map((denom) => ({ denom, amount: balanceOf(chain, addr, denom).toString() }));
  const vols = osmosisStateOf(chain).volumes[String(poolId)] ?? {};
  const volume = Object.keys(vols)
    .sort()
    .map((denom) => ({ denom, amount: vols[denom].toString() }));
  return { timeMs: world.timeMs, spotPrice, liquidity, volume };
}

/** Appends one sample per pool (called once per simulated day by the pool market). */
export function recordPoolHistory(world: World): void {
  const chain = world.chains[OSMOSIS_SIM];
  if (!chain?.osmosis) return;
  const next: Store = { ...store(world) };
  for (const def of SIM_OSMOSIS_POOLS) {
    if (!chain.osmosis.poolTypes[String(def.id)]) continue;
    const points = [...(next[def.id] ?? []), toRow(samplePool(world, def.id))];
    next[def.id] = points.slice(-MAX_POOL_HISTORY_POINTS);
  }
  world.actors[K_HISTORY] = next;
}

/** The samples of one pool, oldest first, with the pool as it is now as the last point. */
export function poolHistory(world: World, poolId: number): PoolHistoryPoint[] {
  const past = (store(world)[poolId] ?? []).map((r) => fromRow(poolId, r));
  // Right after a daily sample "now" is that sample: one point per time.
  if (past.at(-1)?.timeMs === world.timeMs) return past;
  return [...past, samplePool(world, poolId)];
}
