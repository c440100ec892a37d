"use client";

import { useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { ConfirmDialog } from "@/components/stake/confirm-dialog";
import { FactList, type Fact } from "@/components/stake/fact-list";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useLstClock } from "@/hooks/use-lst-clock";
import { useLstBalance, useLstPendingBatch } from "@/hooks/use-lst-queries";
import { formatForInput } from "@/lib/amount/format";
import { displayExactToken, displayRate, displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { When } from "@/components/ui/when";
import { chainConfig } from "@/lib/chains/networks";
import { checkAmount, claimEstimateMs, feeReserve, liquidUnstakeMsg, maxAmount, requestValue } from "@/lib/protocol/liquid-staking";
import { type StakeContext } from "./stake-context";
import { networkFeeText } from "@/lib/tx/fee-estimate";
import type { ChainKey } from "@/lib/stores/network-store";
import { LstElsewhere } from "./lst-elsewhere";
import { ChoiceGroup } from "@/components/stake/choice-group";
import { RouteOptions } from "@/components/stake/route-options";
import { usePoolRoute } from "@/hooks/use-pool-route";
import { parseAmount } from "@/lib/amount/parse";
import { redemptionRate } from "@/lib/protocol/liquid-staking";
import { compareUnstakeRoutes, percent } from "@/lib/protocol/pool-routes";
import { swapExactInMsg, swappedOut } from "@/lib/protocol/osmosis-msgs";
import { classifyReadError } from "@/lib/queries/read-errors";
import { TOLERANCE, unstakeRouteCards, type Tolerance, type UnstakeVia } from "./route-cards";

const SLIPPAGE = [
  { value: "10", label: "0.1%" },
  { value: "50", label: "0.5%" },
  { value: "100", label: "1%" },
] as const;
type Slippage = (typeof SLIPPAGE)[number]["value"];

/** `onMoveHere`: opens the Move tab on a move of the LST from another chain to the contract's. */
export function UnstakePanel({ ctx, onMoveHere }: { ctx: StakeContext; onMoveHere: (from: ChainKey) => void }) {
  const { net, lst, keys, names } = ctx;
  const [amount, setAmount] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [picked, setPicked] = useState<UnstakeVia | null>(null);
  const [slippage, setSlippage] = useState<Slippage>("50");
  const [tolerance, setTolerance] = useState<Tolerance>("100");
  const now = useLstClock(net.mode);
  const sender = ctx.connected ? ctx.addresses[lst.chainId] : undefined;
  const balance = useLstBalance(net, keys.protocol, sender, lst.lstDenom);
  const pending = useLstPendingBatch(net, lst);
  const fee = chainConfig(keys.protocol).feeTokens[0];
  // The LST is never the fee token today, but the rule is the same as for staking.
  const reserve = fee.denom === lst.lstDenom ? feeReserve(fee.minGasPrice) : 0n;

  const check = checkAmount(amount, { decimals: lst.decimals, symbol: lst.symbol, balance: balance.data, reserve });
  const error = amount.trim() === "" || check.ok ? undefined : check.message;
  const batch = pending.data;
  const estimate = check.ok && ctx.state && batch ? requestValue(batch, check.value, ctx.state) : undefined;
  const claimAt = batch && ctx.config && now !== null ? claimEstimateMs(batch.nextActionMs, now, ctx.config.unbondingPeriodS) : undefined;
  // Exact where the user signs or reads what happened; rounded (exact on hover, focus, copy) in the form.
  const fmtNative = (v: bigint) => displayExactToken(v, lst.decimals, lst.nativeSymbol).text;
  const fmtLst = (v: bigint) => displayExactToken(v, lst.decimals, lst.symbol).text;
  const showNative = (v: bigint) => <DisplayValue shown={displayToken(v, lst.decimals, lst.nativeSymbol)} />;
  const showLst = (v: bigint) => <DisplayValue shown={displayToken(v, lst.decimals, lst.symbol)} />;
  const typed = parseAmount(amount, lst.decimals);
  const poolRoute = usePoolRoute(net, lst, "sell-lst", typed.ok && typed.value > 0n ? typed.value : undefined);
  const hasPool = poolRoute.poolId !== undefined;
  const routes =
    hasPool && check.ok && ctx.state
      ? compareUnstakeRoutes(
          { amountIn: check.value, rate: redemptionRate(ctx.state), slippageBps: BigInt(slippage), toleranceBps: BigInt(tolerance), lstSymbol: lst.symbol },
          ctx.stopped
            ? { out: null, reason: "The contract is stopped: it refuses new unstake requests, so the queue cannot run." }
            : estimate !== undefined
              ? { out: estimate, claimAtMs: claimAt ?? null }
              : { out: null, reason: "Loading the open batch…" },
          poolRoute.quote.data ?? null,
        )
      : null;
  // The queue stays the default (the user picks the pool); in wind-down the queue cannot run,
  // so the pool, the only way out, is.
  const via: UnstakeVia = hasPool ? (picked ?? (ctx.stopped ? "sell" : "wait")) : "wait";
  const sellLeg = via === "sell" ? (routes?.sell ?? null) : null;
  const poolError = poolRoute.quote.isError ? `The pool could not quote this amount: ${classifyReadError(poolRoute.quote.error).message}` : null;
  const ready =
    via === "sell"
      ? ctx.connected && !!sender && check.ok && !ctx.busy && sellLeg !== null && sellLeg.guard.ok && sellLeg.amountOut > 0n
      : ctx.connected && !!sender && check.ok && !ctx.stopped && !ctx.busy && estimate !== undefined;

  const loading = <Skeleton className="ml-auto h-4 w-24" />;
  const due =
    batch && now !== null
      ? batch.nextActionMs > now
        ? <When ms={batch.nextActionMs} nowMs={now} />
        : "due now, at the coordinator's next run"
      : loading;
  const facts: Fact[] = [
    { id: "estimate", label: "You get (estimate)", value: estimate !== undefined ? showNative(estimate) : "—", strong: true },
    { id: "batch", label: "Joins batch", value: batch ? `#${batch.id}` : loading },
    { id: "due", label: "Batch is submitted", value: due },
    { id: "claim", label: "Estimated claim date", value: claimAt !== undefined ? <When ms={claimAt} nowMs={now} /> : loading },
    {
      id: "unbonding",
      label: `Unbonding on ${names.native}`,
      value: ctx.config ? `${Math.round(ctx.config.unbondingPeriodS / 86_400)} d` : loading,
    },
  ];

  const confirm = () => {
    if (via === "sell") {
      if (!check.ok || !sender || !sellLeg || poolRoute.poolId === undefined) return;
      const value = check.value;
      const poolId = poolRoute.poolId;
      setConfirming(false);
      setDone(null);
      ctx.send(
        "unstake",
        { net, chain: keys.protocol, msgs: [swapExactInMsg(sender, poolId, { denom: lst.lstDenom, amount: value }, lst.ibcDenom, sellLeg.minOut)], label: `Sell ${fmtLst(value)} on pool #${poolId}` },
        (result) => {
          setAmount("");
          const got = swappedOut(result.events, lst.ibcDenom);
          setDone(`Sold ${fmtLst(value)} for ${got !== undefined ? fmtNative(got) : lst.nativeSymbol} on pool #${poolId}.`);
        },
      );
      return;
    }
    if (!check.ok || !sender) return;
    const value = check.value;
    setConfirming(false);
    setDone(null);
    ctx.send("unstake", { net, chain: keys.protocol, msgs: [liquidUnstakeMsg(lst, sender, value)], label: `Unstake ${fmtLst(value)}` }, () => {
      setAmount("");
      setDone(`Requested to unstake ${fmtLst(value)}. It appears in your unstake requests below.`);
    });
  };
  const failure = ctx.failure?.action === "unstake" ? ctx.failure.error : null;

  return (
    <form
      className="space-y-5"
      aria-label={`Unstake ${lst.symbol}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) setConfirming(true);
      }}
    >
      {ctx.stopped ? (
        <div role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm leading-6 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <p className="font-semibold">Unstaking through the queue cannot run</p>
          <p>
            The {lst.symbol} contract is stopped, and a stopped contract refuses both new unstake requests and claims
            (withdraw). Your open requests and their batches are listed below and stay recorded.
            {hasPool
              ? ` You can still exit now by selling ${lst.symbol} on Osmosis pool #${poolRoute.poolId}; the quote is measured against the last redemption rate${ctx.state ? ` (1 ${lst.symbol} = ${displayRate(redemptionRate(ctx.state)).text} ${lst.nativeSymbol})` : ""}.`
              : ""}
          </p>
        </div>
      ) : (
        <p className="text-sm leading-6 text-slate-600 dark:text-slate-300">
          Your {lst.symbol} joins the open batch. The {lst.nativeSymbol} amount is fixed when the batch is submitted,
          then unbonds on {names.native}; you claim it here when it has arrived.
          {hasPool ? ` Or sell it now on Osmosis pool #${poolRoute.poolId}, at the pool's price.` : ""}
        </p>
      )}
      <AmountField
        id="unstake-amount"
        label={`Amount to unstake (${lst.symbol})`}
        symbol={lst.symbol}
        value={amount}
        onChange={(v) => {
          setAmount(v);
          setDone(null);
        }}
        onMax={balance.data !== undefined ? () => setAmount(formatForInput(maxAmount(balance.data!, reserve), lst.decimals)) : undefined}
        maxDisabled={balance.data === undefined}
        balance={!sender ? undefined : balance.data !== undefined ? <>Balance on {names.protocol}: {showLst(balance.data)}</> : "Balance: loading…"}
        error={error}
        disabled={ctx.stopped && !hasPool}
      />
      {hasPool ? (
        <RouteOptions<UnstakeVia>
          legend={`Wait or sell now`}
          name="unstake-via"
          value={via}
          onChange={setPicked}
          options={unstakeRouteCards(
            lst,
            check.ok ? routes : null,
            poolRoute.poolId!,
            check.ok ? poolError : null,
            ctx.config ? Math.round(ctx.config.unbondingPeriodS / 86_400) : null,
            batch ? batch.id : null,
            now,
          )}
        />
      ) : null}
      <LstElsewhere ctx={ctx} here={keys.protocol} purpose={`Only ${lst.symbol} on ${names.protocol} can be unstaked.`} onMove={onMoveHere} />
      {via === "wait" ? <FactList idPrefix="unstake-preview" facts={facts} /> : null}
      {hasPool ? (
        <details className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800">
          <summary className="cursor-pointer font-medium">
            Selling: slippage {SLIPPAGE.find((x) => x.value === slippage)!.label}, rate guard {TOLERANCE.find((x) => x.value === tolerance)!.label}
          </summary>
          <p className="mt-2 text-slate-600 dark:text-slate-400">
            The trade guard refuses a sale that pays less than the redemption rate by more than your limit. Your minimum
            out is the stricter of the slippage floor and the guard, and the chain itself refuses the swap if the pool
            would pay less by the time it is included.
          </p>
          <div className="mt-3 space-y-3">
            <ChoiceGroup<Slippage> legend="Slippage tolerance" name="unstake-slippage" value={slippage} onChange={setSlippage} choices={SLIPPAGE} inline />
            <ChoiceGroup<Tolerance> legend="Worst price against the redemption rate" name="unstake-tolerance" value={tolerance} onChange={setTolerance} choices={TOLERANCE} inline />
          </div>
        </details>
      ) : null}
      <div className="space-y-2">
        <Button type="submit" className="w-full sm:w-auto" disabled={!ready} pending={ctx.pending === "unstake"} pendingLabel="Waiting for inclusion">
          {!ctx.connected ? "Connect a wallet to unstake" : via === "sell" ? `Sell on pool #${poolRoute.poolId}` : ctx.stopped ? "Unstaking is stopped" : "Unstake"}
        </Button>
        <div aria-live="polite" className="text-sm">
          {done ? <p className="text-emerald-700 dark:text-emerald-400">{done}</p> : null}
        </div>
        {failure ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {failure.title}: {failure.detail}
          </p>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirming}
        title={via === "sell" ? `Confirm sale on pool #${poolRoute.poolId}` : "Confirm unstake"}
        description={
          via === "sell"
            ? `The swap pays at least the minimum below or the chain refuses it; nothing is swapped then.`
            : `The ${lst.nativeSymbol} amount is an estimate at today's rate; it is fixed when the batch is submitted.`
        }
        confirmLabel={via === "sell" ? "Confirm sale" : "Confirm unstake"}
        confirmDisabled={!ready}
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
        networkFee={networkFeeText(keys.protocol)}
      >
        {via === "sell" && check.ok && sellLeg ? (
          <FactList
            idPrefix="unstake-confirm"
            facts={[
              { id: "in", label: "You sell", value: fmtLst(check.value), strong: true },
              { id: "out", label: "You receive now (quoted)", value: fmtNative(sellLeg.amountOut), strong: true },
              { id: "floor", label: "Minimum accepted (the chain refuses less)", value: fmtNative(sellLeg.minOut) },
              { id: "vs", label: "Against the redemption rate", value: `${percent(sellLeg.loss)}` },
              { id: "impact", label: "Price impact", value: percent(sellLeg.priceImpact) },
              { id: "route", label: "Route", value: `Swap on Osmosis pool #${poolRoute.poolId}` },
              { id: "chain", label: "Signed for chain", value: lst.chainId },
              { id: "sender", label: "From address", value: sender ?? "", breakAll: true },
            ]}
          />
        ) : check.ok ? (
          <FactList
            idPrefix="unstake-confirm"
            facts={[
              { id: "in", label: "You unstake", value: fmtLst(check.value), strong: true },
              { id: "out", label: "You get (estimate)", value: estimate !== undefined ? fmtNative(estimate) : "—", strong: true },
              { id: "batch", label: "Batch", value: batch ? `#${batch.id}` : "—" },
              { id: "claim", label: "Estimated claim date", value: claimAt !== undefined ? <When ms={claimAt} nowMs={now} /> : "—" },
              { id: "chain", label: "Signed for chain", value: lst.chainId },
              { id: "sender", label: "From address", value: sender ?? "", breakAll: true },
              { id: "contract", label: "Contract", value: lst.contract, breakAll: true },
            ]}
          />
        ) : null}
      </ConfirmDialog>
    </form>
  );
}
