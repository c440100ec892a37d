"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { lstsFor, type NetworkSnapshot } from "@/lib/chains/networks";
import { CARD_USD, milkywayPriceDenoms } from "@/lib/protocol/assets";
import { chainKeyOf } from "@/lib/protocol/liquid-staking";
import type { PortfolioSources } from "@/lib/protocol/portfolio-inputs";
import { MILKTIA_ON_MILKYWAY } from "@/lib/chains/lsts";
import { lstStateQuery, unstakeRequestsQuery } from "@/lib/queries/liquid-staking";
import { allBalancesQuery } from "@/lib/queries/bank";
import { denomPricesQuery } from "@/lib/queries/prices";
import { wayCardQuery } from "@/lib/queries/way-card";
import { operatorsQuery, poolsQuery, servicesQuery, userDelegationsQuery, userRewardsQuery, userUnbondingsQuery } from "@/lib/queries/restaking";
import { targetLabel } from "@/lib/protocol/restaking";
import { stakeDelegationsQuery, stakeRewardsQuery, stakeUnbondingsQuery, validatorsQuery } from "@/lib/queries/staking";
import { CHAIN_KEYS } from "@/lib/stores/network-store";

/**
 * Every query the portfolio reads, reusing the factories of the stake and restake screens (same
 * keys, so their caches are shared). Returns the raw sources plus which of them failed.
 */
export function usePortfolio(net: NetworkSnapshot & { hydrated: boolean }, addresses: Record<string, string>, enabled: boolean) {
  const on = enabled && net.hydrated;
  const milk = addresses[net.chainIds.milkyway];
  const lsts = useMemo(() => lstsFor(net), [net]);
  const balances = useQueries({ queries: CHAIN_KEYS.map((k) => ({ ...allBalancesQuery(net, k, addresses[net.chainIds[k]]), enabled: on })) });
  const states = useQueries({ queries: lsts.map((l) => ({ ...lstStateQuery(net, l), enabled: on })) });
  const requests = useQueries({ queries: lsts.map((l) => ({ ...unstakeRequestsQuery(net, l, addresses[l.chainId]), enabled: on })) });
  const singles = [
    useQuery({ ...stakeDelegationsQuery(net, milk), enabled: on }),
    useQuery({ ...stakeUnbondingsQuery(net, milk), enabled: on }),
    useQuery({ ...stakeRewardsQuery(net, milk), enabled: on }),
    useQuery({ ...userDelegationsQuery(net, milk), enabled: on }),
    useQuery({ ...userUnbondingsQuery(net, milk), enabled: on }),
    useQuery({ ...userRewardsQuery(net, milk), enabled: on }),
  ] as const;
  const validators = useQuery({ ...validatorsQuery(net), enabled: on });
  // Restaking targets by name (the Restake screen's reads, so its cache is shared).
  const pools = useQuery({ ...poolsQuery(net), enabled: on });
  const operators = useQuery({ ...operatorsQuery(net), enabled: on });
  const services = useQuery({ ...servicesQuery(net), enabled: on });
  // Prices are public and optional: a failure leaves values unpriced, not the portfolio broken.
  const prices = useQuery({ ...denomPricesQuery(net, milkywayPriceDenoms(net)), enabled: net.hydrated });
  // The card exists only where the network has one (the query stays idle elsewhere).
  const card = useQuery({ ...wayCardQuery(net, milk), enabled: on });
  const [del, unb, rew, rDel, rUnb, rRew] = singles;

  const sources: PortfolioSources = {
    balances: CHAIN_KEYS.map((k, i) => ({ chain: k, coins: balances[i].data })),
    milkDelegations: del.data,
    milkUnbondings: unb.data,
    milkRewards: rew.data?.total,
    restaked: rDel.data,
    restakeUnbondings: rUnb.data,
    restakeRewards: rRew.data?.total,
    lsts: lsts.map((l, i) => ({ lst: l, chain: chainKeyOf(net, l.chainId), state: states[i].data, requests: requests[i].data })),
    validatorName: (a) => validators.data?.find((v) => v.address === a)?.moniker ?? a,
    targetName: (t) => targetLabel(t, { pools: pools.data, operators: operators.data, services: services.data }),
    card: card.data
      ? [
          { detail: "Card balance", coin: { denom: CARD_USD, amount: card.data.balance } },
          { detail: "Owed on the card (repaid from incoming rewards)", coin: { denom: CARD_USD, amount: -card.data.owed } },
          { detail: "Collateral locked by the card", coin: { denom: card.data.collateralDenom || MILKTIA_ON_MILKYWAY, amount: card.data.collateral } },
        ]
      : undefined,
  };
  const all = [...balances, ...states, ...requests, ...singles, card];
  return {
    sources,
    states: states.map((s) => s.data),
    lsts,
    prices: prices.data,
    pricesError: prices.error,
    retryPrices: () => void prices.refetch(),
    // isLoading, not isPending: a query with nothing to ask (no card on this network) never settles.
    loading: all.some((q) => q.isLoading),
    errors: all.filter((q) => q.isError).map((q) => ({ error: q.error, retry: () => void q.refetch() })),
  };
}
