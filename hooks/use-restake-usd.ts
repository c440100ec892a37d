"use client";

import { useMemo } from "react";
import { useDenomPrices } from "@/hooks/use-prices";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { MILKTIA_ON_MILKYWAY } from "@/lib/chains/lsts";
import { restakingUsd } from "@/lib/protocol/restaking-tvl";
import { draftFromEntries, type TrustDraft } from "@/lib/protocol/restaking-trust";
import { useUserTrust } from "@/hooks/use-restake";
import { priceLookup } from "@/lib/queries/prices";
import type { OperatorView, PlanView, PoolView, ServiceView } from "@/lib/queries/restaking";

type Views = { pools?: PoolView[]; operators?: OperatorView[]; services?: ServiceView[]; plans?: PlanView[] };

/**
 * Prices of every restaked or reward denom, and the USD TVL/APR of every target (null until all
 * is loaded). `trust`: the connected user's saved trust, so pool APRs count only what it earns.
 */
export function useRestakeUsd(net: NetworkSnapshot, v: Views, nowMs: number | null, trust: TrustDraft | null = null) {
  const denoms = useMemo(
    () => [
      ...(v.pools ?? []).map((p) => p.denom),
      ...(v.plans ?? []).map((p) => p.perDay.denom),
      ...(v.operators ?? []).flatMap((o) => o.tokens.map((c) => c.denom)),
      ...(v.services ?? []).flatMap((s) => s.tokens.map((c) => c.denom)),
      MILKTIA_ON_MILKYWAY,
    ],
    [v.pools, v.plans, v.operators, v.services],
  );
  const prices = useDenomPrices(net, denoms);
  const usd = useMemo(
    () =>
      v.pools && v.operators && v.services && v.plans && prices.data && nowMs !== null
        ? restakingUsd({ pools: v.pools, operators: v.operators, services: v.services, plans: v.plans, nowMs, priceOf: priceLookup(prices.data), trust })
        : null,
    [v.pools, v.operators, v.services, v.plans, prices.data, nowMs, trust],
  );
  return { prices, usd };
}

/**
 * The connected user's saved trust as the APR maths takes it: null without a user or until it
 * has loaded (the best case, every service), so Restake and Yield show the same APR per target.
 */
export function useTrustForApr(net: NetworkSnapshot, user: string | undefined): TrustDraft | null {
  const trust = useUserTrust(net, user);
  return useMemo(() => (user && trust.data ? draftFromEntries(trust.data) : null), [user, trust.data]);
}
