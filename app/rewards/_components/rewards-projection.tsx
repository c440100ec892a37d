"use client";

import { PERIOD } from "@/lib/time/periods";
import { useMemo, useState } from "react";
import { LazyLineChart } from "@/components/charts/lazy-line-chart";
import { ProjectionField } from "@/components/dashboard/projection-field";
import { Stat } from "@/components/dashboard/stat";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import { useRateHistories } from "@/hooks/use-yield";
import { displayPercent, displayToken } from "@/lib/amount/display";
import { lstsFor } from "@/lib/chains/networks";
import { parseProjectionForm, project, type ProjectionForm } from "@/lib/protocol/projection";
import { percentString, windowYield } from "@/lib/protocol/yield";

const START: ProjectionForm = { amount: "1000", lstApyPercent: "", restakeAprPercent: "5", cardSharePercent: "25", days: "365" };

/** What-if calculator: liquid stake alone, plus restaking, plus routing a share to the card. */
export function RewardsProjection() {
  const net = useNetworkSnapshot();
  const lsts = useMemo(() => lstsFor(net), [net]);
  const histories = useRateHistories(net, lsts);
  const [symbol, setSymbol] = useState(lsts[0]?.symbol ?? "milkTIA");
  const [form, setForm] = useState<ProjectionForm>(START);
  const [touched, setTouched] = useState<Partial<Record<keyof ProjectionForm, boolean>>>({});
  const index = Math.max(0, lsts.findIndex((l) => l.symbol === symbol));
  const lst = lsts[index];
  const measured = histories[index]?.data ? windowYield(histories[index].data!.samples, 30) : null;
  // Until the user types an APY, the measured 30-day one is used (shown as the placeholder).
  const apyInput = form.lstApyPercent === "" && measured ? percentString(measured.apy) : form.lstApyPercent;
  // Cheap (one pass over the days); the React compiler memoises it on its inputs.
  const parsed = parseProjectionForm({ ...form, lstApyPercent: apyInput }, lst.decimals, lst.nativeSymbol);
  const result = parsed.ok ? project(parsed.value) : null;
  const errors = parsed.ok ? {} : parsed.errors;
  const set = (k: keyof ProjectionForm) => (v: string) => {
    setForm((f) => ({ ...f, [k]: v }));
    setTouched((t) => ({ ...t, [k]: true }));
  };
  const err = (k: keyof ProjectionForm) => (touched[k] || form[k] !== "" ? errors[k] : undefined);
  const amt = (v: bigint) => displayToken(v, lst.decimals, lst.nativeSymbol).text;
  // Cumulative yield per charted day: all three lines start at zero, so they share one scale.
  const series = (result?.series ?? []).map((p) => {
    const lstYield = p.value - (result?.series[0].value ?? 0n);
    return { day: p.day, lst: lstYield, total: lstYield + p.rewards, card: p.card };
  });

  const summary = result
    ? `Over ${result.series.at(-1)?.day ?? form.days} days: liquid stake alone yields ${amt(result.stakeOnly.yield)}; plus restaking ${amt(result.withRestaking.yield)}, of which ${amt(result.withCard.toCard)} is routed to the card.`
    : "Fix the fields marked above to see the projection.";

  return (
    <div className="space-y-4">
      <Card>
        <form className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" onSubmit={(e) => e.preventDefault()} aria-describedby="projection-note">
          <SelectField
            id="proj-lst"
            label="Liquid staking token"
            size="md"
            tight
            value={symbol}
            options={lsts.map((l) => ({ value: l.symbol, label: `${l.symbol} (stake ${l.nativeSymbol})` }))}
            onChange={setSymbol}
          />
          <ProjectionField id="proj-amount" label={`Amount to stake (${lst.nativeSymbol})`} value={form.amount} onChange={set("amount")} error={err("amount")} inputMode="decimal" />
          <ProjectionField
            id="proj-apy"
            label="Liquid staking APY (%)"
            value={form.lstApyPercent}
            onChange={set("lstApyPercent")}
            error={err("lstApyPercent")}
            inputMode="decimal"
            placeholder={measured ? percentString(measured.apy) : "e.g. 10"}
            hint={measured ? `Empty uses the measured APY (${PERIOD.month}), ${displayPercent(measured.apy).text}.` : "No measured APY yet: enter one."}
          />
          <ProjectionField id="proj-apr" label="Restaking APR (%)" value={form.restakeAprPercent} onChange={set("restakeAprPercent")} error={err("restakeAprPercent")} inputMode="decimal" />
          <ProjectionField id="proj-share" label="Share of restaking rewards to the card (%)" value={form.cardSharePercent} onChange={set("cardSharePercent")} error={err("cardSharePercent")} inputMode="decimal" />
          <ProjectionField id="proj-days" label="Horizon (days)" value={form.days} onChange={set("days")} error={err("days")} inputMode="numeric" />
        </form>
        <p id="projection-note" className="mt-3 text-xs leading-5 text-slate-500 dark:text-slate-400">
          Constant rates, daily compounding of the redemption rate, restaking rewards paid daily on the staked value and not
          reinvested, valued 1:1 in {lst.nativeSymbol}. Every step rounds down. A projection, not a promise.
        </p>
      </Card>
      {/* One line for screen readers as the inputs change; the cards, chart and table are read on demand. */}
      <p aria-live="polite" className="sr-only">
        {summary}
      </p>
      <div className="space-y-4">
        {result ? (
          <>
            <div className="grid gap-4 lg:grid-cols-3">
              <Card as="section" aria-labelledby="strategy-1">
                <h3 id="strategy-1" className="font-semibold">1. Liquid stake alone</h3>
                <dl className="mt-3 space-y-3">
                  <Stat label="Position at the end" value={amt(result.stakeOnly.endValue)} />
                  <Stat label="Yield" value={amt(result.stakeOnly.yield)} />
                </dl>
              </Card>
              <Card as="section" aria-labelledby="strategy-2">
                <h3 id="strategy-2" className="font-semibold">2. Plus restaking</h3>
                <dl className="mt-3 space-y-3">
                  <Stat label="Restaking rewards" value={amt(result.withRestaking.rewards)} />
                  <Stat label="Yield" value={amt(result.withRestaking.yield)} />
                </dl>
              </Card>
              <Card as="section" aria-labelledby="strategy-3">
                <h3 id="strategy-3" className="font-semibold">3. Plus routing to the card</h3>
                <dl className="mt-3 space-y-3">
                  <Stat label="Routed to the card" value={amt(result.withCard.toCard)} />
                  <Stat label="Rewards kept" value={amt(result.withCard.kept)} note={`Same total yield: ${amt(result.withCard.yield)}`} />
                </dl>
              </Card>
            </div>
            <Card>
              <LazyLineChart
                title={`Projected yield in ${lst.nativeSymbol} over ${result.series.at(-1)!.day} days`}
                description="Cumulative yield of liquid staking alone, of liquid staking plus restaking, and the part of the restaking rewards routed to the card."
                yUnit={lst.nativeSymbol}
                yFormat={{ kind: "token", decimals: lst.decimals, symbol: lst.nativeSymbol }}
                xKind="number"
                xUnit="d"
                series={[
                  { id: "stake", label: "Liquid stake alone", tone: "milk", points: series.map((p) => ({ x: p.day, xLabel: `day ${p.day}`, value: p.lst })) },
                  { id: "restake", label: "Plus restaking", tone: "emerald", points: series.map((p) => ({ x: p.day, xLabel: `day ${p.day}`, value: p.total })) },
                  { id: "card", label: "Routed to the card", tone: "amber", points: series.map((p) => ({ x: p.day, xLabel: `day ${p.day}`, value: p.card })) },
                ]}
                table={{
                  caption: "Projected yield by day",
                  columns: ["Day", "Liquid stake alone", "Plus restaking", "Routed to the card"],
                  rows: series.map((p) => [String(p.day), amt(p.lst), amt(p.total), amt(p.card)]),
                }}
              />
            </Card>
          </>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-300">Fix the fields marked above to see the projection.</p>
        )}
      </div>
    </div>
  );
}
