import { queryOptions } from "@tanstack/react-query";
import type { NetworkSnapshot } from "../chains/networks";
import type { ChainKey } from "../stores/network-store";
import { read } from "../reads/run";
import { queryKey } from "./keys";

/** No new block for this long (about five CometBFT blocks) and the chain looks halted, or its node lags. */
export const STALL_AFTER_MS = 30_000;
/** The stalled-chains notice looks at the heads this often. */
export const HEALTH_CHECK_MS = 5_000;

/** The latest height this chain's node reports; live mode polls it like every other read. */
export function chainHeadQuery(net: NetworkSnapshot, key: ChainKey) {
  return queryOptions({
    queryKey: queryKey(net, net.chainIds[key], "status", "head"),
    queryFn: () => read("height", net, key),
  });
}

export interface HeadWatch {
  height: number;
  /** Wall-clock time this height was first seen. */
  sinceMs: number;
}

/**
 * Follows the reported height over time. Wall clock, not block time: a devnet's or a test
 * chain's block times need not be near now, but a healthy chain's height always moves.
 */
export function watchHead(prev: HeadWatch | undefined, height: number, nowMs: number): HeadWatch {
  return prev && prev.height === height ? prev : { height, sinceMs: nowMs };
}

export function isStalled(w: HeadWatch | undefined, nowMs: number): boolean {
  return w !== undefined && nowMs - w.sinceMs >= STALL_AFTER_MS;
}
