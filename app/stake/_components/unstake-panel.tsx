"use client";

import { useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { ConfirmDialog } from "@/components/stake/confirm-dialog";
import { FactList, type Fact } from "@/components/stake/fact-list";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useLstClock } from "@/hooks/use-lst-clock";
import { useLstBalance, useLstPendingBatch } from "@/hooks/use-lst-queries";
import { formatAmount, formatForInput } from "@/lib/amount/format";
import { chainConfig } from "@/lib/chains/networks";
import { checkAmount, claimEstimateMs, feeReserve, liquidUnstakeMsg, maxAmount, requestValue } from "@/lib/protocol/liquid-staking";
import { formatCountdown } from "@/lib/time/countdown";
import { type StakeContext } from "./stake-context";
import { formatUtc } from "@/lib/time/format";
import { networkFeeText } from "@/lib/tx/fee-estimate";
import type { ChainKey } from "@/lib/stores/network-store";
import { LstElsewhere } from "./lst-elsewhere";

/** `onMoveHere`: opens the Move tab on a move of the LST from another chain to the contract's. */
export function UnstakePanel({ ctx, onMoveHere }: { ctx: StakeContext; onMoveHere: (from: ChainKey) => void }) {
  const { net, lst, keys, names } = ctx;
  const [amount, setAmount] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
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
  const fmtNative = (v: bigint) => `${formatAmount(v, lst.decimals)} ${lst.nativeSymbol}`;
  const fmtLst = (v: bigint) => `${formatAmount(v, lst.decimals)} ${lst.symbol}`;
  const ready = ctx.connected && !!sender && check.ok && !ctx.stopped && !ctx.busy && estimate !== undefined;

  const loading = <Skeleton className="ml-auto h-4 w-24" />;
  const due =
    batch && now !== null
      ? batch.nextActionMs > now
        ? `in ${formatCountdown(batch.nextActionMs - now) ?? "0s"} (${formatUtc(batch.nextActionMs)})`
        : "due now, at the coordinator's next run"
      : loading;
  const facts: Fact[] = [
    { id: "estimate", label: "You get (estimate)", value: estimate !== undefined ? fmtNative(estimate) : "—", strong: true },
    { id: "batch", label: "Joins batch", value: batch ? `#${batch.id}` : loading },
    { id: "due", label: "Batch is submitted", value: due },
    { id: "claim", label: "Estimated claim date", value: claimAt !== undefined ? formatUtc(claimAt) : loading },
    {
      id: "unbonding",
      label: `Unbonding on ${names.native}`,
      value: ctx.config ? `${Math.round(ctx.config.unbondingPeriodS / 86_400)} days` : loading,
    },
  ];

  const confirm = () => {
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
      <p className="text-sm leading-6 text-slate-600 dark:text-slate-300">
        Your {lst.symbol} joins the open batch. The {lst.nativeSymbol} amount is fixed when the batch is submitted,
        then unbonds on {names.native}; you claim it here when it has arrived.
      </p>
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
        balance={!sender ? undefined : balance.data !== undefined ? `Balance on ${names.protocol}: ${fmtLst(balance.data)}` : "Balance: loading…"}
        error={error}
        disabled={ctx.stopped}
      />
      <LstElsewhere ctx={ctx} here={keys.protocol} purpose={`Only ${lst.symbol} on ${names.protocol} can be unstaked.`} onMove={onMoveHere} />
      <FactList idPrefix="unstake-preview" facts={facts} />
      <div className="space-y-2">
        <Button type="submit" className="w-full sm:w-auto" disabled={!ready} pending={ctx.pending === "unstake"} pendingLabel="Waiting for inclusion">
          {!ctx.connected ? "Connect a wallet to unstake" : ctx.stopped ? "Unstaking is stopped" : "Unstake"}
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
        title="Confirm unstake"
        description={`The ${lst.nativeSymbol} amount is an estimate at today's rate; it is fixed when the batch is submitted.`}
        confirmLabel="Confirm unstake"
        confirmDisabled={!ready}
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
        networkFee={networkFeeText(keys.protocol)}
      >
        {check.ok ? (
          <FactList
            idPrefix="unstake-confirm"
            facts={[
              { id: "in", label: "You unstake", value: fmtLst(check.value), strong: true },
              { id: "out", label: "You get (estimate)", value: estimate !== undefined ? fmtNative(estimate) : "—", strong: true },
              { id: "batch", label: "Batch", value: batch ? `#${batch.id}` : "—" },
              { id: "claim", label: "Estimated claim date", value: claimAt !== undefined ? formatUtc(claimAt) : "—" },
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
