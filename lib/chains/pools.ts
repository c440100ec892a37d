/**
 * Where each LST trades: the Osmosis pool the app quotes by default, per network mode. Live:
 * milkTIA/TIA pool #1475 on Osmosis mainnet (concentrated liquidity, spread factor 0.05%, tick
 * spacing 100, milkTIA as token0; milkTIA's price source on Osmosis since May 2024). The
 * simulator's Osmosis models the same pools under the same ids. Settings can replace an id.
 */
import type { NetworkMode } from "../stores/network-store";
import { SIM_MILKTIA_PRICE_POOL_ID } from "./osmosis-pools";

export interface PoolPreset {
  /** The LST this pool prices (its symbol). */
  lst: string;
  poolId: bigint;
}

export const POOL_PRESETS: Readonly<Record<NetworkMode, ReadonlyArray<PoolPreset>>> = {
  live: [{ lst: "milkTIA", poolId: 1475n }],
  simulator: [{ lst: "milkTIA", poolId: BigInt(SIM_MILKTIA_PRICE_POOL_ID) }],
};

/** LSTs that have a pool at all (the pool route is offered only for these). */
export function presetPoolId(mode: NetworkMode, lst: string): bigint | undefined {
  return POOL_PRESETS[mode].find((p) => p.lst === lst)?.poolId;
}

/** A pool id as typed: 1 to 20 digits, no sign, no leading zero, at most 2^64 − 1 (a uint64). */
export function parsePoolId(text: string): { ok: true; value: bigint } | { ok: false; message: string } {
  const t = text.trim();
  if (!/^[1-9]\d{0,19}$/.test(t)) return { ok: false, message: "Enter a pool number such as 1475 (digits only, greater than 0)." };
  const value = BigInt(t);
  if (value > 2n ** 64n - 1n) return { ok: false, message: "That is larger than any pool id can be." };
  return { ok: true, value };
}
