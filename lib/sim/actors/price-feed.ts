import { MILKYWAY_SIM } from "../../chains/sim-chains";
import type { Dec } from "../../amount/decimal";
import { Ctx } from "../ctx";
import { Journal } from "../journal";
import { quantizePrice } from "../modules/oracle-state";
import { setPrice } from "../modules/restaking/pricing";
import type { World } from "../state";

const DAY_MS = 86_400_000;
/** Largest daily move, in basis points either way: a quiet market, not a crash simulator. */
export const MAX_DAILY_BPS = 300;
/** A price never leaves [anchor / 2, anchor × 2], the anchor being its price on the first day. */
export const BAND = 2n;
/** Days caught up in one call at most, so a corrupted clock cannot spin forever. */
const MAX_CATCH_UP = 1_000;

const K_LAST = "price-feed/lastMs";
const K_RNG = "price-feed/rng";
const K_ANCHORS = "price-feed/anchors";

/**
 * Its own xorshift32 stream, seeded from the world's seed: the drift is deterministic per
 * world, and it does not shift the shared stream that users and governance draw from (a
 * world with and without the feed would otherwise diverge everywhere).
 */
function nextUnit(world: World): number {
  let x = ((world.actors[K_RNG] as number | undefined) ?? ((world.seed ^ 0x5eed_f00d) >>> 0 || 0x2545f491)) | 0;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  const next = x >>> 0;
  world.actors[K_RNG] = next;
  return next / 0x1_0000_0000;
}

/** One day's move of one price: ±MAX_DAILY_BPS, clamped to the band, quantized for the oracle. */
export function driftOnce(price: Dec, anchor: Dec, unit: number): Dec {
  const bps = BigInt(Math.floor(unit * (2 * MAX_DAILY_BPS + 1)) - MAX_DAILY_BPS);
  let next = (price * (10_000n + bps)) / 10_000n;
  const lo = anchor / BAND;
  const hi = anchor * BAND;
  if (next < lo) next = lo;
  if (next > hi) next = hi;
  const q = quantizePrice(next);
  return q > 0n ? q : price;
}

/**
 * Daily `TICKER/USD` drift on MilkyWay's oracle: a small bounded random walk, once per
 * simulated day since genesis, so USD values and APRs move like a market would.
 */
export function runPriceFeed(world: World): void {
  const chain = world.chains[MILKYWAY_SIM];
  const st = chain?.restaking;
  if (!st) return;
  let last = (world.actors[K_LAST] as number | undefined) ?? world.genesisTimeMs;
  if (world.timeMs - last < DAY_MS) return;
  const anchors = { ...((world.actors[K_ANCHORS] as Record<string, string> | undefined) ?? {}) };
  const ctx = new Ctx(world, chain, new Journal());
  for (let i = 0; i < MAX_CATCH_UP && world.timeMs - last >= DAY_MS; i++) {
    for (const ticker of Object.keys(st.prices).sort()) {
      const price = st.prices[ticker];
      anchors[ticker] ??= price.toString();
      setPrice(ctx, ticker, driftOnce(price, BigInt(anchors[ticker]), nextUnit(world)));
    }
    last += DAY_MS;
  }
  world.actors[K_ANCHORS] = anchors;
  world.actors[K_LAST] = last;
}
