import { queryOptions, skipToken } from "@tanstack/react-query";
import type { NetworkSnapshot } from "../chains/networks";
import { read } from "../reads/run";
import { queryKey } from "./keys";
import { POOLS_AREA } from "./osmosis-pools";

const key = (net: NetworkSnapshot, op: string, params: Record<string, unknown> = {}) => queryKey(net, net.chainIds.osmosis, POOLS_AREA, op, params);

/** A pool's daily series since genesis (simulator) or why there is none (live). */
export function poolHistoryQuery(net: NetworkSnapshot, poolId: bigint | undefined) {
  return queryOptions({ queryKey: key(net, "history", { poolId }), queryFn: poolId !== undefined ? () => read("poolHistory", net, poolId) : skipToken, staleTime: 60_000 });
}

/** Two readings of the pool's OSMO volume total to measure fees between. */
export function poolVolumeWindowQuery(net: NetworkSnapshot, poolId: bigint | undefined) {
  return queryOptions({ queryKey: key(net, "volume-window", { poolId }), queryFn: poolId !== undefined ? () => read("poolVolumeWindow", net, poolId) : skipToken, staleTime: 60_000 });
}

/** A token's price in OSMO through protorev's OSMO pool for it; OSMO itself is 1 without asking. */
export function osmoPriceQuery(net: NetworkSnapshot, denom: string | undefined) {
  return queryOptions({
    queryKey: key(net, "osmo-price", { denom }),
    queryFn: denom === undefined ? skipToken : denom === "uosmo" ? () => Promise.resolve({ poolId: 0n, osmoPerToken: 10n ** 18n }) : () => read("osmoPriceOf", net, denom),
  });
}

export function takerFeeQuery(net: NetworkSnapshot, denom0: string | undefined, denom1: string | undefined) {
  return queryOptions({
    queryKey: key(net, "taker-fee", { denom0, denom1 }),
    queryFn: denom0 !== undefined && denom1 !== undefined ? () => read("takerFee", net, denom0, denom1) : skipToken,
  });
}
