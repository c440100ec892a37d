"use client";

import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { LazyLineChart } from "@/components/charts/lazy-line-chart";
import { QueryError } from "@/components/dashboard/query-error";
import { FeeApr } from "@/components/liquidity/fee-apr";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { usePoolFeeApr, usePoolHistory } from "@/hooks/use-pool-fee-apr";
import { lstsFor, type NetworkSnapshot } from "@/lib/chains/networks";
import { liquidityRows, priceRows, rateRowsOver, volumeRows, type SeriesRow } from "@/lib/protocol/pool-series";
import { rateHistoryQuery } from "@/lib/queries/liquid-staking";
import { DECIMALS, symbolOf } from "./pool-context";

const points = (rows: ReadonlyArray<SeriesRow>) => rows.map((r) => ({ x: r.timeS, xLabel: r.when, value: r.value }));

/**
 * The pool over time: its fee APR from the chain's volume count, and its price (against the LST's
 * redemption rate where the pool trades an LST), daily volume and holdings since genesis.
 */
export function PoolHistorySection({ net, poolId }: { net: NetworkSnapshot; poolId: bigint }) {
  const fees = usePoolFeeApr(net, poolId);
  const history = usePoolHistory(net, poolId);
  const pair = fees.pair;
  const lst = pair ? lstsFor(net).find((l) => l.lstDenom === pair[0]) : undefined;
  const rates = useQuery({ ...rateHistoryQuery(net, lst ?? lstsFor(net)[0]), enabled: lst !== undefined });
  const [base, quote] = pair ? [symbolOf(pair[0]), symbolOf(pair[1])] : ["", ""];
  const pts = history.data?.available ? history.data.points : null;

  const rows = useMemo(() => {
    if (!pts || !pair || pts.length === 0) return null;
    const from = pts[0].timeMs;
    const to = pts[pts.length - 1].timeMs;
    return {
      price: priceRows(pts),
      rate: lst && rates.data ? rateRowsOver(rates.data.samples, from, to) : [],
      volume: volumeRows(pts),
      liquidity: liquidityRows(pts, pair[0], pair[1], symbolOf(pair[1])),
    };
  }, [pts, pair, lst, rates.data]);

  return (
    <Card as="section" aria-labelledby="pool-history-heading" className="space-y-4">
      <h2 id="pool-history-heading" className="text-lg font-semibold">
        Pool #{poolId.toString()} over time
      </h2>
      <dl className="grid gap-4 sm:grid-cols-2">
        <FeeApr fees={fees} mode={net.mode} poolId={poolId} valueSymbol={quote} />
      </dl>
      {history.isError ? (
        <QueryError what={`Pool #${poolId}'s history`} error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data && !history.data.available ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{history.data.reason}</p>
      ) : !rows ? (
        <Skeleton className="h-48 w-full" />
      ) : (
        <div className="space-y-6">
          <LazyLineChart
            title={lst ? `${base} price on the pool and its redemption rate` : `${base} price on the pool`}
            description={
              lst
                ? `How many ${quote} one ${base} bought on pool #${poolId} each day since genesis, and how many it redeems for through the contract.`
                : `How many ${quote} one ${base} bought on pool #${poolId} each day since genesis.`
            }
            yUnit={`${quote} per ${base}`}
            yFormat={{ kind: "rate" }}
            xKind="utc-seconds"
            series={[
              { id: "pool-price", label: "Pool price", tone: "milk", points: points(rows.price) },
              ...(rows.rate.length > 0 ? [{ id: "redemption-rate", label: "Redemption rate", tone: "emerald" as const, points: points(rows.rate) }] : []),
            ]}
            table={{
              caption: `Pool #${poolId} price by day`,
              columns: ["Time (UTC)", `Pool price (${quote} per ${base})`],
              rows: rows.price.map((r) => [r.when, r.label]),
            }}
          />
          <LazyLineChart
            title="Volume per day"
            description={`The volume Osmosis counted on pool #${poolId} each day, in OSMO.`}
            yUnit="OSMO"
            yFormat={{ kind: "token", decimals: DECIMALS, symbol: "OSMO" }}
            xKind="utc-seconds"
            series={[{ id: "volume", label: "Volume", tone: "amber", points: points(rows.volume) }]}
            table={{ caption: `Pool #${poolId} volume by day`, columns: ["Day ending (UTC)", "Volume"], rows: rows.volume.map((r) => [r.when, r.label]) }}
          />
          <LazyLineChart
            title="Liquidity"
            description={`What pool #${poolId} held each day, valued in ${quote} at that day's pool price.`}
            yUnit={quote}
            yFormat={{ kind: "token", decimals: DECIMALS, symbol: quote }}
            xKind="utc-seconds"
            series={[{ id: "liquidity", label: "Liquidity", tone: "milk", points: points(rows.liquidity) }]}
            table={{ caption: `Pool #${poolId} liquidity by day`, columns: ["Time (UTC)", `Value (${quote})`], rows: rows.liquidity.map((r) => [r.when, r.label]) }}
          />
        </div>
      )}
    </Card>
  );
}
