"use client";

import { useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { ConfirmDialog } from "@/components/stake/confirm-dialog";
import { FactList } from "@/components/stake/fact-list";
import { RangeChart } from "@/components/liquidity/range-chart";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useLstBalance } from "@/hooks/use-lst-queries";
import { useClLiquidity, useClUserPositions } from "@/hooks/use-osmosis-pools";
import { DEC_SCALE, decToLossyNumber, decToString, type Dec } from "@/lib/amount/decimal";
import { displayPercent, displayRate } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { formatForInput } from "@/lib/amount/format";
import { parseAmount } from "@/lib/amount/parse";
import { depositAmounts, liquidityForAmounts, pairedAmount0, pairedAmount1 } from "@/lib/protocol/cl-liquidity";
import { distributionBars, rangeSentence, rangeStatus } from "@/lib/protocol/cl-position";
import { BIGDEC_SCALE, rangeToTicks, tickToPrice, tickToSqrtPrice } from "@/lib/protocol/cl-ticks";
import { collectSpreadRewardsMsg, createPositionMsg, withdrawPositionMsg } from "@/lib/protocol/osmosis-msgs";
import type { ClPoolView } from "@/lib/reads/osmosis-pools";
import { networkFeeText } from "@/lib/tx/fee-estimate";
import { DECIMALS, fmtCoin, showCoin, symbolOf, type PoolContext } from "./pool-context";

/** The pool's price (token1 per token0) from its sqrt price, rounded down to 18 digits. */
export function priceOf(pool: ClPoolView): Dec {
  return (pool.currentSqrtPrice * pool.currentSqrtPrice) / BIGDEC_SCALE / (BIGDEC_SCALE / DEC_SCALE);
}

/** A price for an input field: 6 decimals floored, trailing zeros trimmed (parseable). */
const fmtPrice = (d: Dec) => decToString(d, { maxFractionDigits: 6, rounding: "floor", trim: true });
/** A price on screen: the display rule for rates (6 decimals floored), exact on hover, focus and copy. */
const showPrice = (d: Dec) => <DisplayValue shown={displayRate(d)} />;
const coin = (amount: bigint, denom: string) => <DisplayValue shown={showCoin(amount, denom)} />;

export function ClPoolPanel({ ctx, pool }: { ctx: PoolContext; pool: ClPoolView }) {
  const { net, address } = ctx;
  const s0 = symbolOf(pool.token0);
  const s1 = symbolOf(pool.token1);
  const price = priceOf(pool);
  const [lowerText, setLowerText] = useState(() => fmtPrice((price * 95n) / 100n));
  const [upperText, setUpperText] = useState(() => fmtPrice((price * 105n) / 100n));
  const [a0, setA0] = useState("");
  const [a1, setA1] = useState("");
  const [edited, setEdited] = useState<0 | 1>(0);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const liquidity = useClLiquidity(net, pool.id);
  const positions = useClUserPositions(net, address, pool.id);
  const bal0 = useLstBalance(net, "osmosis", address, pool.token0);
  const bal1 = useLstBalance(net, "osmosis", address, pool.token1);

  const lower = parseAmount(lowerText, 18);
  const upper = parseAmount(upperText, 18);
  const range = lower.ok && upper.ok ? rangeToTicks(lower.value, upper.value, pool.tickSpacing) : { ok: false as const, message: "Enter both prices as decimals, e.g. 1.05." };
  const sqrtL = range.ok ? tickToSqrtPrice(range.lowerTick) : 0n;
  const sqrtU = range.ok ? tickToSqrtPrice(range.upperTick) : 0n;
  const status = range.ok ? rangeStatus(pool.currentTick, range.lowerTick, range.upperTick) : null;

  // One side is typed, the other follows from the range and price (rounded up: what the deposit needs).
  const typed0 = parseAmount(a0, DECIMALS);
  const typed1 = parseAmount(a1, DECIMALS);
  let amount0: bigint | null = typed0.ok ? typed0.value : a0.trim() === "" ? 0n : null;
  let amount1: bigint | null = typed1.ok ? typed1.value : a1.trim() === "" ? 0n : null;
  if (range.ok && edited === 0 && amount0 !== null) amount1 = pairedAmount1(amount0, sqrtL, sqrtU, pool.currentSqrtPrice) ?? 0n;
  if (range.ok && edited === 1 && amount1 !== null) amount0 = pairedAmount0(amount1, sqrtL, sqrtU, pool.currentSqrtPrice) ?? 0n;
  const liq = range.ok && amount0 !== null && amount1 !== null ? liquidityForAmounts(amount0, amount1, sqrtL, sqrtU, pool.currentSqrtPrice) : 0n;
  const dep = range.ok && liq > 0n ? depositAmounts(liq, sqrtL, sqrtU, pool.currentSqrtPrice) : null;
  const over0 = dep && bal0.data !== undefined && dep.amount0 > bal0.data;
  const over1 = dep && bal1.data !== undefined && dep.amount1 > bal1.data;
  const amountError = (typed0.ok || a0.trim() === "" ? null : typed0.message) ?? (typed1.ok || a1.trim() === "" ? null : typed1.message) ?? (over0 ? `That needs more ${s0} than you hold.` : over1 ? `That needs more ${s1} than you hold.` : null);
  const ready = !!address && range.ok && dep !== null && (dep.amount0 > 0n || dep.amount1 > 0n) && !amountError && !ctx.busy;

  // The chart's window: 20% either side of the price (its edges rounded down, for labels only).
  const view = { low: (price * 8n) / 10n, high: (price * 12n) / 10n };
  const bars = liquidity.data ? distributionBars(liquidity.data, decToLossyNumber(view.low), decToLossyNumber(view.high)) : [];

  const create = () => {
    if (!ready || !range.ok || !dep || !address) return;
    setConfirming(false);
    setDone(null);
    const min = (x: bigint) => (x * 99n) / 100n;
    ctx.send(
      "create",
      {
        net,
        chain: "osmosis",
        msgs: [createPositionMsg(address, pool.id, range.lowerTick, range.upperTick, [{ denom: pool.token0, amount: dep.amount0 }, { denom: pool.token1, amount: dep.amount1 }], min(dep.amount0), min(dep.amount1))],
        label: `Add liquidity to pool #${pool.id}`,
      },
      () => {
        setA0("");
        setA1("");
        setDone(`Position created in pool #${pool.id}. It is listed under your positions.`);
      },
    );
  };
  const failure = ctx.failure?.action === "create" ? ctx.failure.error : null;

  return (
    <div className="grid gap-4 lg:grid-cols-[3fr_2fr] [&>*]:min-w-0">
      <Card as="section" aria-labelledby="cl-add-heading" className="space-y-4">
        <CardTitle id="cl-add-heading" level={3}>
          Add liquidity in a price range
        </CardTitle>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Current price: <strong className="tabular-nums">{showPrice(price)}</strong> {s1} per {s0} · spread factor{" "}
          {displayPercent(pool.spreadFactor).text} · tick spacing {pool.tickSpacing}
        </p>
        {liquidity.isError ? (
          <QueryErrorInline error={liquidity.error} />
        ) : !liquidity.data ? (
          <Skeleton className="h-40 w-full" />
        ) : (
          <RangeChart
            bars={bars}
            viewLow={view.low}
            viewHigh={view.high}
            current={price}
            range={range.ok ? { low: tickToPrice(range.lowerTick), high: tickToPrice(range.upperTick) } : null}
            inRange={status === "in-range"}
            unit={`${s1} per ${s0}`}
          />
        )}
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <PriceField id="cl-lower" label={`Lower price (${s1} per ${s0})`} value={lowerText} onChange={setLowerText} />
          <PriceField id="cl-upper" label={`Upper price (${s1} per ${s0})`} value={upperText} onChange={setUpperText} />
        </div>
        {!range.ok ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {range.message}
          </p>
        ) : (
          <p className={status === "in-range" ? "text-sm text-emerald-800 dark:text-emerald-300" : "text-sm text-amber-900 dark:text-amber-200"} data-testid="cl-range-status">
            {rangeSentence(status!, s0, s1)} Range on the pool&rsquo;s ticks: {showPrice(tickToPrice(range.lowerTick))} to {showPrice(tickToPrice(range.upperTick))}.
          </p>
        )}
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <AmountField
            id="cl-amount0"
            label={`${s0} to deposit`}
            symbol={s0}
            value={edited === 0 ? a0 : amount0 !== null ? formatForInput(amount0, DECIMALS) : ""}
            onChange={(v) => {
              setEdited(0);
              setA0(v);
              setDone(null);
            }}
            onMax={bal0.data !== undefined ? () => (setEdited(0), setA0(formatForInput(bal0.data!, DECIMALS))) : undefined}
            balance={address && bal0.data !== undefined ? <>Balance: {coin(bal0.data, pool.token0)}</> : undefined}
          />
          <AmountField
            id="cl-amount1"
            label={`${s1} to deposit`}
            symbol={s1}
            value={edited === 1 ? a1 : amount1 !== null ? formatForInput(amount1, DECIMALS) : ""}
            onChange={(v) => {
              setEdited(1);
              setA1(v);
              setDone(null);
            }}
            onMax={bal1.data !== undefined ? () => (setEdited(1), setA1(formatForInput(bal1.data!, DECIMALS))) : undefined}
            balance={address && bal1.data !== undefined ? <>Balance: {coin(bal1.data, pool.token1)}</> : undefined}
          />
        </div>
        {amountError ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {amountError}
          </p>
        ) : null}
        <Button onClick={() => ready && setConfirming(true)} disabled={!ready} pending={ctx.pending === "create"} pendingLabel="Waiting for inclusion">
          {address ? "Add liquidity" : "Connect a wallet to add liquidity"}
        </Button>
        <div aria-live="polite" className="text-sm">
          {done ? <p className="text-emerald-700 dark:text-emerald-400">{done}</p> : null}
        </div>
        {failure ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {failure.title}: {failure.detail}
          </p>
        ) : null}
        <ConfirmDialog
          open={confirming}
          title={`Confirm new position in pool #${pool.id}`}
          description="These are the exact amounts the position takes; the chain refuses it if it would take less than 99% of either."
          confirmLabel="Confirm position"
          confirmDisabled={!ready}
          onConfirm={create}
          onClose={() => setConfirming(false)}
          networkFee={networkFeeText("osmosis")}
        >
          {range.ok && dep ? (
            <FactList
              idPrefix="cl-confirm"
              facts={[
                { id: "a0", label: `${s0} in`, value: fmtCoin(dep.amount0, pool.token0), strong: true },
                { id: "a1", label: `${s1} in`, value: fmtCoin(dep.amount1, pool.token1), strong: true },
                { id: "range", label: "Price range", value: `${fmtPrice(tickToPrice(range.lowerTick))} – ${fmtPrice(tickToPrice(range.upperTick))}` },
                { id: "ticks", label: "Ticks", value: `${range.lowerTick} to ${range.upperTick}` },
                { id: "status", label: "Right now", value: status === "in-range" ? "in range (earns spread rewards)" : "out of range (earns nothing until the price enters)" },
                { id: "sender", label: "From address", value: address ?? "", breakAll: true },
              ]}
            />
          ) : null}
        </ConfirmDialog>
      </Card>
      <Card as="section" aria-labelledby="cl-positions-heading">
        <CardTitle id="cl-positions-heading" level={3}>
          Your positions in pool #{pool.id.toString()}
        </CardTitle>
        <div className="mt-3 space-y-3">
          {!address ? (
            <p className="text-sm text-slate-600 dark:text-slate-300">Connect a wallet to see your positions.</p>
          ) : positions.isError ? (
            <QueryErrorInline error={positions.error} />
          ) : !positions.data ? (
            <Skeleton className="h-24 w-full" />
          ) : positions.data.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-300">No positions in this pool yet.</p>
          ) : (
            <ul className="space-y-3" aria-label="Your positions">
              {positions.data.map((p) => {
                const st = rangeStatus(pool.currentTick, p.lowerTick, p.upperTick);
                const id = p.positionId.toString();
                return (
                  <li key={id} className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800" data-testid={`position-${id}`}>
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <span className="font-medium">Position #{id}</span>
                      <Badge tone={st === "in-range" ? "success" : "warning"}>{st === "in-range" ? "In range" : "Out of range"}</Badge>
                    </div>
                    <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{rangeSentence(st, s0, s1)}</p>
                    <FactList
                      idPrefix={`pos-${id}`}
                      className="mt-2"
                      facts={[
                        { id: "range", label: "Range", value: <>{showPrice(tickToPrice(p.lowerTick))} – {showPrice(tickToPrice(p.upperTick))}</> },
                        { id: "a0", label: s0, value: coin(p.asset0.amount, pool.token0) },
                        { id: "a1", label: s1, value: coin(p.asset1.amount, pool.token1) },
                        {
                          id: "rewards",
                          label: "Spread rewards",
                          value: p.spreadRewards.length ? <>{p.spreadRewards.map((c, i) => <span key={c.denom}>{i > 0 ? ", " : ""}{coin(c.amount, c.denom)}</span>)}</> : "none yet",
                        },
                      ]}
                    />
                    <div className="mt-2 flex flex-wrap gap-2">
                      <Button
                        size="sm"
                        variant="secondary"
                        disabled={ctx.busy || p.spreadRewards.length === 0}
                        pending={ctx.pending === `collect-${id}`}
                        onClick={() =>
                          address && ctx.send(`collect-${id}`, { net, chain: "osmosis", msgs: [collectSpreadRewardsMsg(address, [p.positionId])], label: `Collect spread rewards of position #${id}` })
                        }
                      >
                        Collect rewards
                      </Button>
                      <Button
                        size="sm"
                        variant="secondary"
                        disabled={ctx.busy}
                        pending={ctx.pending === `withdraw-${id}`}
                        onClick={() =>
                          address &&
                          ctx.send(`withdraw-${id}`, {
                            net,
                            chain: "osmosis",
                            msgs: [withdrawPositionMsg(address, p.positionId, p.liquidityWire)],
                            label: `Withdraw position #${id} (${fmtCoin(p.asset0.amount, pool.token0)} + ${fmtCoin(p.asset1.amount, pool.token1)})`,
                          })
                        }
                      >
                        Withdraw all
                      </Button>
                    </div>
                    {ctx.failure && (ctx.failure.action === `collect-${id}` || ctx.failure.action === `withdraw-${id}`) ? (
                      <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
                        {ctx.failure.error.title}: {ctx.failure.error.detail}
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      </Card>
    </div>
  );
}

function PriceField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        inputMode="decimal"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="mt-1 block h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm tabular-nums focus-visible:outline-2 focus-visible:outline-milk-500 dark:border-slate-700 dark:bg-slate-950"
      />
    </div>
  );
}

function QueryErrorInline({ error }: { error: unknown }) {
  return (
    <p role="alert" className="text-sm text-red-700 dark:text-red-400">
      Could not load: {error instanceof Error ? error.message : String(error)}
    </p>
  );
}
