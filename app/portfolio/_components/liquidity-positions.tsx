"use client";

import { useQuery } from "@tanstack/react-query";
import { QueryError } from "@/components/dashboard/query-error";
import { FactList } from "@/components/stake/fact-list";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useLstState } from "@/hooks/use-lst-queries";
import { useClUserPositions, useOsmosisPool } from "@/hooks/use-osmosis-pools";
import { DEC_SCALE, type Dec } from "@/lib/amount/decimal";
import { displayPercent, displayRate, displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { lstBySymbol, type NetworkSnapshot } from "@/lib/chains/networks";
import { OSMOSIS_DENOMS } from "@/lib/chains/osmosis-pools";
import { redemptionRate } from "@/lib/protocol/liquid-staking";
import { lstYieldPerYear, rangeSentence, rangeStatus, valueVsHolding } from "@/lib/protocol/cl-position";
import { BIGDEC_SCALE, tickToPrice } from "@/lib/protocol/cl-ticks";
import { windowYield } from "@/lib/protocol/yield";
import { clPositionDepositQuery } from "@/lib/queries/osmosis-pools";
import { rateHistoryQuery } from "@/lib/queries/liquid-staking";
import type { ClPositionView } from "@/lib/reads/osmosis-pools";

const SYMBOL = new Map<string, string>(Object.entries(OSMOSIS_DENOMS).map(([s, d]) => [d, s]));
const sym = (d: string) => SYMBOL.get(d) ?? d;
/** Rounded by the display rule, the exact amount on hover, focus and copy. */
const fmt = (v: bigint, denom?: string) => <DisplayValue shown={displayToken(v, 6, denom === undefined ? undefined : sym(denom))} />;
const fmtPrice = (d: Dec) => <DisplayValue shown={displayRate(d)} />;

/** Every concentrated position the user holds on Osmosis, with what it is worth against holding. */
export function LiquidityPositions({ net, address }: { net: NetworkSnapshot; address: string | undefined }) {
  const positions = useClUserPositions(net, address);
  const milkTia = lstBySymbol(net, "milkTIA")!;
  const state = useLstState(net, milkTia);
  const history = useQuery(rateHistoryQuery(net, milkTia));
  const apy = history.data ? (windowYield(history.data.samples, 30)?.apy ?? null) : null;
  const rate = state.data ? redemptionRate(state.data) : null;
  return (
    <section aria-labelledby="positions-liquidity" className="space-y-3">
      <div>
        <h2 id="positions-liquidity" className="text-xl font-semibold tracking-tight">
          Liquidity
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          Your concentrated-liquidity positions on Osmosis: what they hold now, spread rewards earned, the staking yield of
          their milkTIA, and their value against simply holding what you deposited.
        </p>
      </div>
      {!address ? null : positions.isError ? (
        <QueryError what="Your liquidity positions" error={positions.error} onRetry={() => void positions.refetch()} />
      ) : !positions.data ? (
        <Skeleton className="h-24 w-full" />
      ) : positions.data.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">
          No liquidity positions. Add one on the Liquidity page.
        </p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {positions.data.map((p) => (
            <PositionCard key={p.positionId.toString()} net={net} p={p} rate={rate} apy={apy} milkTiaDenom={milkTia.lstDenom} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PositionCard({ net, p, rate, apy, milkTiaDenom }: { net: NetworkSnapshot; p: ClPositionView; rate: Dec | null; apy: Dec | null; milkTiaDenom: string }) {
  const pool = useOsmosisPool(net, p.poolId);
  const deposit = useQuery(clPositionDepositQuery(net, p.positionId));
  const cl = pool.data?.kind === "concentrated" ? pool.data : null;
  const price = cl ? (cl.currentSqrtPrice * cl.currentSqrtPrice) / BIGDEC_SCALE / (BIGDEC_SCALE / DEC_SCALE) : null;
  const status = cl ? rangeStatus(cl.currentTick, p.lowerTick, p.upperTick) : null;
  const reward = (denom: string) => p.spreadRewards.find((c) => c.denom === denom)?.amount ?? 0n;
  const vs =
    price !== null && deposit.data
      ? valueVsHolding(
          { amount0: p.asset0.amount, amount1: p.asset1.amount },
          { amount0: reward(p.asset0.denom), amount1: reward(p.asset1.denom) },
          deposit.data,
          price,
        )
      : null;
  const lstPart = p.asset0.denom === milkTiaDenom ? p.asset0.amount : p.asset1.denom === milkTiaDenom ? p.asset1.amount : 0n;
  const unit = sym(p.asset1.denom);
  const id = p.positionId.toString();
  return (
    <Card as="li" data-testid={`portfolio-position-${id}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-medium">
          Position #{id} · pool #{p.poolId.toString()}
        </span>
        {status ? <Badge tone={status === "in-range" ? "success" : "warning"}>{status === "in-range" ? "In range" : "Out of range"}</Badge> : null}
      </div>
      {status ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{rangeSentence(status, sym(p.asset0.denom), sym(p.asset1.denom))}</p> : null}
      <FactList
        idPrefix={`pf-pos-${id}`}
        className="mt-3"
        facts={[
          { id: "range", label: "Range", value: <>{fmtPrice(tickToPrice(p.lowerTick))} – {fmtPrice(tickToPrice(p.upperTick))} {unit} per {sym(p.asset0.denom)}</> },
          { id: "a0", label: `${sym(p.asset0.denom)} in it`, value: fmt(p.asset0.amount, p.asset0.denom) },
          { id: "a1", label: `${sym(p.asset1.denom)} in it`, value: fmt(p.asset1.amount, p.asset1.denom) },
          { id: "rewards", label: "Spread rewards earned (unclaimed)", value: p.spreadRewards.length ? <>{p.spreadRewards.map((c, i) => <span key={c.denom}>{i > 0 ? ", " : ""}{fmt(c.amount, c.denom)}</span>)}</> : "none yet" },
          {
            id: "lst-yield",
            label: "Staking yield of its milkTIA",
            value:
              lstPart === 0n
                ? "no milkTIA in it now"
                : rate !== null && apy !== null
                  ? <>{displayPercent(apy).text} APY ≈ <DisplayValue shown={displayToken(lstYieldPerYear(lstPart, rate, apy), 6, "TIA")} /> a year</>
                  : "…",
          },
          {
            id: "value",
            label: `Value now (in ${unit})`,
            value: vs ? fmt(vs.position) : price === null ? "…" : deposit.isPending ? "…" : "—",
          },
          {
            id: "holding",
            label: `Had you held the deposit`,
            value: vs ? fmt(vs.holding) : deposit.data === null ? "deposit not found in the node's history" : "…",
          },
          {
            id: "diff",
            label: "Difference",
            value: vs ? <>{vs.difference >= 0n ? "+" : ""}<DisplayValue shown={displayToken(vs.difference, 6, unit)} /></> : "—",
            strong: true,
          },
        ]}
      />
    </Card>
  );
}
