"use client";

import { When } from "@/components/ui/when";
import { DisplayValue } from "@/components/ui/display-value";
import { useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { ConfirmDialog } from "@/components/stake/confirm-dialog";
import { FactList } from "@/components/stake/fact-list";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";
import { useMilkywayBalance } from "@/hooks/use-restake";
import { formatForInput } from "@/lib/amount/format";
import { displayExactToken, displayToken } from "@/lib/amount/display";
import { checkDelegateAmount, checkUndelegateAmount, delegateMsg, undelegateMsg, unbondingEntryState } from "@/lib/protocol/restaking";
import type { TxRequest } from "@/lib/tx/mutation-options";
import type { RestakeContext } from "./restake-context";
import { networkFeeText } from "@/lib/tx/fee-estimate";

const DECIMALS = 6;

type Props = {
  ctx: RestakeContext;
  mode: "delegate" | "undelegate";
  send: (req: TxRequest, onSuccess: () => void) => void;
};

/** Delegate to, or undelegate from, a pool, operator or service; refusals show before signing. */
export function DelegatePanel({ ctx, mode, send }: Props) {
  const [key, setKey] = useState(ctx.targets[0]?.key ?? "");
  const [input, setInput] = useState("");
  const [confirming, setConfirming] = useState(false);
  const opt = ctx.targets.find((t) => t.key === key) ?? ctx.targets[0];
  const balance = useMilkywayBalance(ctx.net, ctx.user, opt?.denom ?? "");
  if (!opt) {
    if (ctx.targetsReady) return <p className="text-sm">No restaking targets are available yet.</p>;
    // The form's shape while the targets load, so the tables below do not jump when it arrives.
    return (
      <SkeletonRegion label="Loading restaking targets" className="space-y-4">
        <Skeleton className="h-[4.25rem] w-full" />
        <Skeleton className="h-12 w-full" />
        <Skeleton className="h-24 w-full" />
        <Skeleton className="h-10 w-32" />
      </SkeletonRegion>
    );
  }

  const delegated = ctx.delegated(opt.key, opt.denom);
  const entries = ctx.unbondingEntries(opt.key);
  const entryState = unbondingEntryState(entries, ctx.maxEntries);
  const check =
    mode === "delegate" ? checkDelegateAmount(input, DECIMALS, balance.data, opt.symbol) : checkUndelegateAmount(input, DECIMALS, delegated, opt.symbol);
  const full = mode === "undelegate" && entryState === "full";
  const error =
    input.trim() === "" ? undefined
    : !check.ok ? check.message
    : full ? `You already have ${entries} unbondings in progress for ${opt.label}, the chain's limit of ${ctx.maxEntries}. Wait for one to complete.`
    : undefined;
  const canSubmit = Boolean(ctx.user) && check.ok && !full && !ctx.busy;
  const verb = mode === "delegate" ? "Delegate" : "Undelegate";
  const days = Math.round(ctx.unbondingSec / 86_400);
  // Exact: the confirmation shows what is signed.
  const amountText = check.ok ? displayExactToken(check.value, DECIMALS, opt.symbol).text : "";
  const show = (v: bigint) => <DisplayValue shown={displayToken(v, DECIMALS, opt.symbol)} />;
  const available = mode === "delegate" ? balance.data : delegated;

  const submit = () => {
    if (!check.ok || !ctx.user || full) return;
    const coin = { denom: opt.denom, amount: check.value };
    const msg = mode === "delegate" ? delegateMsg(ctx.user, opt.target, coin) : undelegateMsg(ctx.user, opt.target, coin);
    setConfirming(false);
    send({ net: ctx.net, chain: "milkyway", msgs: [msg], label: `${verb} ${amountText}` }, () => setInput(""));
  };

  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (canSubmit) setConfirming(true);
      }}
    >
      <SelectField
        id={`${mode}-target`}
        label={mode === "delegate" ? "Delegate to" : "Undelegate from"}
        value={opt.key}
        options={ctx.targets.map((t) => ({ value: t.key, label: t.label }))}
        onChange={(v) => {
          setKey(v);
          setInput("");
        }}
      />
      {mode === "delegate" ? (
        <FactList
          idPrefix={`${mode}-target-facts`}
          facts={[
            { id: "tvl", label: opt.target.kind === "service" ? "Secured value (USD)" : "Total restaked (USD)", value: ctx.usd(opt.target).tvl },
            { id: "apr", label: "Estimated APR", value: ctx.usd(opt.target).apr },
          ]}
        />
      ) : null}
      <AmountField
        id={`${mode}-amount`}
        label={`Amount to ${mode}`}
        symbol={opt.symbol}
        value={input}
        onChange={setInput}
        onMax={available !== undefined && available > 0n ? () => setInput(formatForInput(available, DECIMALS)) : undefined}
        balance={
          ctx.user ?
            mode === "delegate" ?
              <>Balance: {balance.data === undefined ? `… ${opt.symbol}` : show(balance.data)}</>
            : <>Delegated: {show(delegated)}</>
          : undefined
        }
        error={error}
        hint={
          mode === "undelegate" ?
            entryState === "last" ?
              `You have ${entries} unbondings in progress here; this one reaches the limit of ${ctx.maxEntries}.`
            : `Tokens return after ${days} days of unbonding.`
          : undefined
        }
        disabled={ctx.busy}
      />
      <Button type="submit" disabled={!canSubmit} pending={ctx.busy}>
        {ctx.user ? verb : `Connect a wallet to ${mode}`}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={mode === "delegate" ? "Confirm delegation" : "Confirm undelegation"}
        description={
          mode === "delegate" ? ctx.earnsFrom(opt.target) : `Your tokens stop earning now and come back after ${days} days.`
        }
        confirmLabel={`${verb} now`}
        onConfirm={submit}
        onClose={() => setConfirming(false)}
        networkFee={networkFeeText("milkyway")}
        confirmDisabled={!canSubmit}
      >
        <FactList
          idPrefix={`${mode}-confirm`}
          facts={[
            { id: "target", label: mode === "delegate" ? "Delegate to" : "Undelegate from", value: opt.label },
            { id: "amount", label: "Amount", value: amountText, strong: true },
            ...(mode === "delegate" ? [{ id: "apr", label: "Estimated APR", value: ctx.usd(opt.target).apr }] : []),
            ...(mode === "undelegate" && ctx.now !== null ?
              [{ id: "until", label: "Available", value: <When ms={ctx.now + ctx.unbondingSec * 1000} nowMs={ctx.now} /> }]
            : []),
            { id: "chain", label: "Chain", value: ctx.chainId },
          ]}
        />
      </ConfirmDialog>
    </form>
  );
}
