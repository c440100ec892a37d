"use client";

import Link from "next/link";
import { QueryError } from "@/components/dashboard/query-error";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useLstClock } from "@/hooks/use-lst-clock";
import { useOperators, usePools, useRewardsPlans, useServices } from "@/hooks/use-restake";
import { useRestakeUsd, useTrustForApr } from "@/hooks/use-restake-usd";
import { useWalletState } from "@/hooks/use-wallet";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { denomSymbol } from "@/lib/protocol/restaking";
import { aprText, type CoinsUsd } from "@/lib/protocol/restaking-apr";
import { CardsOnPhone } from "@/components/ui/cards-on-phone";
import { displayUsd } from "@/lib/amount/display";

const usdText = (v: CoinsUsd | undefined) => (!v ? undefined : v.unpriced.length ? `No price for ${v.unpriced.map(denomSymbol).join(", ")}` : displayUsd(v.value).text);

/**
 * Restaking APR estimates per pool, operator and service, computed exactly as the Restake page
 * does (lib/protocol/restaking-tvl.ts, with the same user's trust): what the chain pays each.
 */
export function YieldRestaking({ net }: { net: NetworkSnapshot }) {
  const now = useLstClock(net.mode);
  const pools = usePools(net);
  const operators = useOperators(net);
  const services = useServices(net);
  const plans = useRewardsPlans(net);
  const user = useWalletState((s) => s.addresses[net.chainIds.milkyway]);
  const trust = useTrustForApr(net, user);
  const { usd } = useRestakeUsd(net, { pools: pools.data, operators: operators.data, services: services.data, plans: plans.data }, now, trust);
  const failed = [pools, operators, services, plans].find((q) => q.isError);
  const cell = (s: string | undefined) => s ?? <Skeleton className="h-4 w-20" />;
  const rows = [
    ...(pools.data ?? []).map((p) => ({ key: `p${p.id}`, name: `Pool ${p.id} · ${denomSymbol(p.denom)}`, tvl: usdText(usd?.pools.get(p.id)?.tvl), apr: usd?.pools.get(p.id)?.apr })),
    ...(operators.data ?? [])
      .filter((o) => o.active)
      .map((o) => ({ key: `o${o.id}`, name: `Operator · ${o.moniker}`, tvl: usdText(usd?.operators.get(o.id)?.tvl), apr: usd?.operators.get(o.id)?.apr })),
    ...(services.data ?? []).map((s) => ({ key: `s${s.id}`, name: `Service · ${s.name}`, tvl: usdText(usd?.services.get(s.id)?.tvl), apr: usd?.services.get(s.id)?.apr })),
  ];

  return (
    <Card as="section" aria-labelledby="restaking-apr-heading" className="space-y-3">
      <h2 id="restaking-apr-heading" className="text-lg font-semibold">
        Restaking APRs
      </h2>
      <p className="text-sm leading-6 text-slate-600 dark:text-slate-300">
        Estimates of what a delegation to each target earns now, the same figures as on the Restake page: each running
        rewards plan splits its daily amount between pools, operators and the service&rsquo;s own delegators as the chain
        does, valued over a year at current prices and divided by what each of them holds. A pool adds up the services
        {user ? " you trust with it" : " that borrow it, if you trust them all"}; an operator&rsquo;s is after its commission.
        How to choose whom to trust is on the{" "}
        <Link href="/restake" className="font-medium text-milk-700 underline underline-offset-2 dark:text-milk-300">
          Restake page
        </Link>
        .
      </p>
      {failed ? <QueryError what="Restaking data" error={failed.error} onRetry={() => void failed.refetch()} /> : null}
      {rows.length === 0 && !failed ? (
        <Skeleton className="h-24 w-full" />
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Restaking APR estimates (scrolls sideways)">
          <CardsOnPhone>
          <table className="w-full min-w-[28rem] text-sm">
            <caption className="sr-only">Restaking APR estimates</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-600 dark:border-slate-800 dark:text-slate-400">
                <th scope="col" className="py-2 pr-4 font-medium">Target</th>
                <th scope="col" className="py-2 pr-4 font-medium">Delegated (USD)</th>
                <th scope="col" className="py-2 font-medium">APR</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row" className="py-2 pr-4 text-left font-medium">{r.name}</th>
                  <td className="py-2 pr-4 font-mono tabular-nums">{cell(r.tvl)}</td>
                  <td className="py-2 font-mono tabular-nums">{cell(r.apr ? aprText(r.apr, denomSymbol) : undefined)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </CardsOnPhone>
        </div>
      )}
    </Card>
  );
}
