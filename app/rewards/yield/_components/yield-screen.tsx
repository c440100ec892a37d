"use client";

import { PERIOD } from "@/lib/time/periods";
import { useMemo, type ReactNode } from "react";
import { LazyLineChart } from "@/components/charts/lazy-line-chart";
import { QueryError } from "@/components/dashboard/query-error";
import { Stat } from "@/components/dashboard/stat";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import { useMilkywayPrices, useLstStates, useRateHistories } from "@/hooks/use-yield";
import { decToString } from "@/lib/amount/decimal";
import type { LstRecord } from "@/lib/chains/lsts";
import { lstsFor } from "@/lib/chains/networks";
import { assetRegistry } from "@/lib/protocol/assets";
import { redemptionRate, type LstState } from "@/lib/protocol/liquid-staking";
import { symbolPrices, usdOf } from "@/lib/protocol/portfolio";
import { dailyRateRows } from "@/lib/protocol/rate-series";
import { formatUtc } from "@/lib/time/format";
import { windowYield, type WindowYield } from "@/lib/protocol/yield";
import type { RateHistory } from "@/lib/queries/liquid-staking";
import { YieldRestaking } from "./yield-restaking";
import { YieldSkeleton } from "./yield-skeleton";
import { YieldPool } from "./yield-pool";
import { DisplayValue } from "@/components/ui/display-value";
import { displayPercent, displayToken, displayUsd } from "@/lib/amount/display";

const exact = (d: bigint) => decToString(d, { trim: true });

function apyText(w: WindowYield | null): string {
  return w ? `${displayPercent(w.apy).text}` : "Not enough history";
}

/** Redemption-rate history, APY over 7 and 30 days and TVL for every LST. Public: no wallet. */
export function YieldScreen() {
  const net = useNetworkSnapshot();
  const lsts = useMemo(() => lstsFor(net), [net]);
  const histories = useRateHistories(net, lsts);
  const states = useLstStates(net, lsts);
  const prices = useMilkywayPrices(net);
  const priceOf = useMemo(() => (prices.data ? symbolPrices(assetRegistry(net), prices.data) : null), [prices.data, net]);
  if (!net.hydrated) return <YieldSkeleton />;
  return (
    <div className="space-y-6">
      {/* The price feed is shared by every card below: its failure, the reason and Retry, once. */}
      {prices.error ? <QueryError what="The price feed (USD values)" error={prices.error} onRetry={() => void prices.refetch()} /> : null}
      {lsts.map((lst, i) => (
        <LstYieldCard
          key={lst.symbol}
          lst={lst}
          history={histories[i].data}
          historyError={histories[i].error}
          state={states[i].data}
          stateError={states[i].error}
          priceOf={priceOf}
          pricesLoading={prices.isPending && !prices.isError}
          pricesFailed={prices.isError}
          retry={() => {
            if (histories[i].isError) void histories[i].refetch();
            if (states[i].isError) void states[i].refetch();
          }}
        />
      ))}
      <YieldPool net={net} />
      <YieldRestaking net={net} />
    </div>
  );
}

/**
 * N × native price; if the native token has no price, L × the LST's own price (the same value
 * seen from the other side). Never a guess when neither is priced.
 */
function tvlUsd(lst: LstRecord, state: LstState, priceOf: ((symbol: string) => bigint | null) | null, loading: boolean, failed: boolean): ReactNode {
  if (!priceOf) return failed ? "No prices: the price feed could not be read (see above)" : loading ? "Loading prices…" : "No prices available";
  const native = priceOf(lst.nativeSymbol);
  if (native !== null) return <DisplayValue shown={displayUsd(usdOf(state.totalNative, lst.decimals, native))} />;
  const own = priceOf(lst.symbol);
  if (own !== null) return <DisplayValue shown={displayUsd(usdOf(state.totalLst, lst.decimals, own))} />;
  return `No price for ${lst.nativeSymbol} or ${lst.symbol}`;
}

function LstYieldCard(props: {
  lst: LstRecord;
  history: RateHistory | undefined;
  historyError: unknown;
  state: LstState | undefined;
  stateError: unknown;
  priceOf: ((symbol: string) => bigint | null) | null;
  pricesLoading: boolean;
  pricesFailed: boolean;
  retry: () => void;
}) {
  const { lst, history, state } = props;
  const w7 = useMemo(() => (history ? windowYield(history.samples, 7) : null), [history]);
  const w30 = useMemo(() => (history ? windowYield(history.samples, 30) : null), [history]);
  const rows = useMemo(() => (history ? dailyRateRows(history.samples, 30) : []), [history]);
  const latest = history?.samples.at(-1);
  const headingId = `yield-${lst.symbol}`;
  const error = props.historyError ?? props.stateError;
  // While loading a skeleton; after a failure a dash (the alert above says why).
  const wait = (w: string, failed: unknown) => (failed ? "—" : <Skeleton className={`h-6 ${w}`} />);

  return (
    <Card as="section" aria-labelledby={headingId} className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {lst.symbol}
        </h2>
        {history && !history.oracle ? <Badge tone="warning">No rate oracle configured</Badge> : null}
      </div>
      {error ? <QueryError what={`${lst.symbol} yield data`} error={error} onRetry={props.retry} /> : null}
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat
          label="Latest oracle rate"
          value={latest ? exact(latest.rate) : history ? "No samples yet" : wait("w-32", props.historyError)}
          note={latest ? `${lst.nativeSymbol} per ${lst.symbol}, ${formatUtc(latest.timeS * 1000)}` : undefined}
        />
        <Stat
          label="Contract state rate (N/L)"
          value={state ? exact(redemptionRate(state)) : wait("w-32", props.stateError)}
          note="Native tokens held ÷ tokens issued, now"
        />
        <Stat
          label={`APY (${PERIOD.week})`}
          value={history ? apyText(w7) : wait("w-20", props.historyError)}
          note={w7 ? `${w7.partial ? "Partial window; " : ""}APR ${displayPercent(w7.apr).text}` : undefined}
        />
        <Stat
          label={`APY (${PERIOD.month})`}
          value={history ? apyText(w30) : wait("w-20", props.historyError)}
          note={w30 ? `${w30.partial ? `Only ${Math.floor((w30.toS - w30.fromS) / 86_400)} days of history; ` : ""}APR ${displayPercent(w30.apr).text}` : undefined}
        />
        <Stat
          label="TVL"
          value={state ? <DisplayValue shown={displayToken(state.totalNative, lst.decimals, lst.nativeSymbol)} /> : wait("w-40", props.stateError)}
          note={state ? <><DisplayValue shown={displayToken(state.totalLst, lst.decimals, lst.symbol)} /> issued</> : undefined}
        />
        <Stat label="TVL (USD)" value={state ? tvlUsd(lst, state, props.priceOf, props.pricesLoading, props.pricesFailed) : wait("w-28", props.stateError)} note="At the price feed's current prices" />
      </dl>
      {history && rows.length > 1 ? (
        <LazyLineChart
          title={`${lst.symbol} redemption rate, last ${PERIOD.month}`}
          description={`How many ${lst.nativeSymbol} one ${lst.symbol} redeems for, one point per day.`}
          yUnit={`${lst.nativeSymbol} per ${lst.symbol}`}
          yFormat={{ kind: "rate" }}
          xKind="utc-seconds"
          series={[{ id: lst.symbol, label: lst.symbol, tone: "milk", points: rows.map((r) => ({ x: r.timeS, xLabel: r.when, value: r.value })) }]}
          table={{ caption: `${lst.symbol} redemption rate by day`, columns: ["Time (UTC)", `${lst.nativeSymbol} per ${lst.symbol}`], rows: rows.map((r) => [r.when, r.rate]) }}
        />
      ) : history ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">The oracle has fewer than two samples, so there is no history to chart yet.</p>
      ) : !error ? (
        <Skeleton className="h-48 w-full" />
      ) : null}
    </Card>
  );
}
