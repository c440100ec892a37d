"use client";

import { PricesNote } from "@/components/restake/prices-note";
import { OperatorsTable, PoolsTable, ServicesTable } from "@/components/restake/targets-tables";
import { Card, CardTitle } from "@/components/ui/card";
import type { useRestakeUsd } from "@/hooks/use-restake-usd";
import { displayPercent, displayRate, displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { denomSymbol, type Target } from "@/lib/protocol/restaking";
import { poolAprCovers } from "@/lib/protocol/restaking-tvl";
import type { TrustDraft } from "@/lib/protocol/restaking-trust";
import type { OperatorView, PoolView, ServiceView } from "@/lib/queries/restaking";
import { classifyReadError } from "@/lib/queries/read-errors";

const D = 6;

type RestakeUsd = ReturnType<typeof useRestakeUsd>;

/** The "You trust it" cell: every pool, some pools, or none. */
function trustSummary(draft: TrustDraft, serviceId: number, securing: ReadonlyArray<number>): string {
  const p = draft.get(serviceId);
  if (p === "all") return "Yes";
  const some = p ? securing.filter((id) => p.has(id)) : [];
  return some.length === 0 ? "No" : `Pool ${some.join(", ")} only`;
}

/** The chain's pools, operators and services with their value, APR and the prices behind them. */
export function RestakeTargetTables({
  pools,
  operators,
  services,
  dailyBySvc,
  prices,
  usd,
  tvlFor,
  aprFor,
  directUsdFor,
  opName,
  svcName,
  trusted,
}: {
  pools: ReadonlyArray<PoolView> | undefined;
  operators: ReadonlyArray<OperatorView> | undefined;
  services: ReadonlyArray<ServiceView> | undefined;
  /** MILK per day each service pays from the plans running now, all groups together. */
  dailyBySvc: ReadonlyMap<number, bigint>;
  prices: RestakeUsd["prices"];
  usd: RestakeUsd["usd"];
  tvlFor: (t: Target) => string;
  aprFor: (t: Target) => string;
  /** USD value delegated to a service itself. */
  directUsdFor: (serviceId: number) => string;
  opName: ReadonlyMap<number, string>;
  svcName: ReadonlyMap<number, string>;
  /** The user's trust, or null without a wallet (the "You trust it" column stays empty). */
  trusted: TrustDraft | null;
}) {
  return (
    <>
      <Card as="section" aria-labelledby="restake-pools-heading" className="render-when-near min-w-0 space-y-3">
        <CardTitle id="restake-pools-heading" level={3}>
          Pools
        </CardTitle>
        <PricesNote
          prices={prices.data ? Object.entries(prices.data).map(([denom, p]) => ({ denom, symbol: denomSymbol(denom), usd: p ? displayRate(p.price, 8).text : null })) : undefined}
          error={prices.error ? classifyReadError(prices.error).message : null}
        />
        <PoolsTable
          rows={pools?.map((p) => {
            // What the plans of the services borrowing this pool hand the pools group, shared with their other pools.
            let toPools = 0n;
            for (const s of services ?? []) if (s.securingPools.includes(p.id)) toPools += usd?.services.get(s.id)?.perDayTo.get("umilk")?.pools ?? 0n;
            return {
              id: p.id,
              symbol: denomSymbol(p.denom),
              tvl: <DisplayValue shown={displayToken(p.tokens, D, denomSymbol(p.denom))} />,
              tvlUsd: tvlFor({ kind: "pool", id: p.id }),
              apr: aprFor({ kind: "pool", id: p.id }),
              aprCovers: usd?.pools.get(p.id) ? poolAprCovers(usd.pools.get(p.id)!, (id) => svcName.get(id) ?? `#${id}`) : "",
              emission: <>up to <DisplayValue shown={displayToken(toPools, D, "MILK")} /></>,
            };
          })}
        />
      </Card>
      <Card as="section" aria-labelledby="restake-operators-heading" className="render-when-near min-w-0 space-y-3">
        <CardTitle id="restake-operators-heading" level={3}>
          Operators
        </CardTitle>
        <OperatorsTable
          rows={operators?.map((o) => ({
            id: o.id,
            moniker: o.moniker,
            status: o.status,
            active: o.active,
            commission: displayPercent(o.commission).text,
            services: o.joinedServices.map((id) => svcName.get(id) ?? `#${id}`).join(", "),
            tvlUsd: tvlFor({ kind: "operator", id: o.id }),
            apr: aprFor({ kind: "operator", id: o.id }),
          }))}
        />
      </Card>
      <Card as="section" aria-labelledby="restake-services-heading" className="render-when-near min-w-0 space-y-3">
        <CardTitle id="restake-services-heading" level={3}>
          Services
        </CardTitle>
        <ServicesTable
          rows={services?.map((s) => ({
            id: s.id,
            name: s.name,
            description: s.description,
            status: s.status,
            active: s.active,
            pools: s.securingPools.map((id) => `Pool ${id}`).join(", "),
            operators: s.allowedOperators.map((id) => opName.get(id) ?? `#${id}`).join(", "),
            emission: <DisplayValue shown={displayToken(dailyBySvc.get(s.id) ?? 0n, D)} />,
            securedUsd: tvlFor({ kind: "service", id: s.id }),
            directEmission: usd ? <DisplayValue shown={displayToken(usd.services.get(s.id)?.perDayTo.get("umilk")?.users ?? 0n, D)} /> : "…",
            directUsd: directUsdFor(s.id),
            apr: aprFor({ kind: "service", id: s.id }),
            trusted: trusted ? trustSummary(trusted, s.id, s.securingPools) : null,
          }))}
        />
      </Card>
    </>
  );
}
