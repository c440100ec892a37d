import type { QueryClient } from "@tanstack/react-query";
import { lstsFor, type NetworkSnapshot } from "../chains/networks";
import { govParamsQuery, proposalsQuery } from "./gov";
import { lstConfigQuery, lstStateQuery, pendingBatchQuery } from "./liquid-staking";
import { operatorsQuery, poolsQuery, servicesQuery } from "./restaking";

type Prefetch = { queryKey: ReadonlyArray<unknown>; prefetch: (c: QueryClient) => Promise<void> };
const prefetch = <T extends { queryKey: ReadonlyArray<unknown> }>(o: T): Prefetch => ({
  queryKey: o.queryKey,
  prefetch: (c) => c.prefetchQuery(o as Parameters<QueryClient["prefetchQuery"]>[0]),
});

/**
 * The public reads the main routes open with, keyed exactly as their screens key them, so a
 * click on a nav link finds the data in the cache. Wallet-specific reads are left to the screens.
 */
export function routeQueries(net: NetworkSnapshot) {
  const lsts = lstsFor(net);
  return {
    /** Independent reads: the dashboard's and /stake's LST state and config, /restake's tables. */
    direct: [
      ...lsts.flatMap((l) => [prefetch(lstStateQuery(net, l)), prefetch(lstConfigQuery(net, l)), prefetch(pendingBatchQuery(net, l))]),
      prefetch(poolsQuery(net)),
      prefetch(operatorsQuery(net)),
      prefetch(servicesQuery(net)),
    ],
    /** /governance's proposals need the deposit denom from its params first. */
    governance: { params: govParamsQuery(net), proposals: (denom: string) => proposalsQuery(net, denom) },
  };
}

/**
 * Fills the cache with every route's first public reads (idle time, after the route on screen has
 * its data). Each read runs where reads run (the simulator's worker); a failure is left for the
 * screen that needs the data to show and retry.
 */
export async function prefetchRouteReads(client: QueryClient, net: NetworkSnapshot): Promise<void> {
  const q = routeQueries(net);
  await Promise.allSettled([
    ...q.direct.map((o) => o.prefetch(client)),
    client.fetchQuery(q.governance.params).then((p) => client.prefetchQuery(q.governance.proposals(p.depositDenom))),
  ]);
}
