"use client";

import { useQuery } from "@tanstack/react-query";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import { useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { ConfirmDialog } from "@/components/stake/confirm-dialog";
import { FactList } from "@/components/stake/fact-list";
import { IbcProgress, type ProgressStep } from "@/components/stake/ibc-progress";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { useBringReceipt, usePendingBring } from "@/hooks/use-bring-milktia";
import type { TxRequest } from "@/lib/tx/mutation-options";
import { formatForInput } from "@/lib/amount/format";
import { displayExactToken, displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { lstBySymbol } from "@/lib/chains/networks";
import { bringPhase, bringTransferMsg, checkStep2, OSMOSIS_TO_MILKYWAY_CHANNEL, step2Target } from "@/lib/protocol/bring-milktia";
import { sentPacketSequence } from "@/lib/protocol/liquid-staking";
import { checkDelegateAmount, delegateMsg } from "@/lib/protocol/restaking";
import { balanceQuery } from "@/lib/queries/bank";
import { networkFeeText } from "@/lib/tx/fee-estimate";
import type { RestakeContext } from "./restake-context";

const D = 6;
/** Exact: confirmations, step labels and what happened. */
const fmt = (v: bigint) => displayExactToken(v, D, "milkTIA").text;
/** Rounded, exact on hover, focus and copy: balances read at a glance. */
const show = (v: bigint) => <DisplayValue shown={displayToken(v, D, "milkTIA")} />;

type Props = {
  ctx: RestakeContext;
  osmoAddress: string | undefined;
  /** milkTIA balance on MilkyWay (step 2 restakes from it). */
  milkywayBalance: bigint | undefined;
  /** Step 1 is an IBC transfer ("move"), step 2 a restaking delegation. */
  send: (kind: "move" | "restake", req: TxRequest, onSuccess: (r: DeliverTxResponse) => void) => void;
};

/**
 * milkTIA held on Osmosis is brought to MilkyWay before it can be restaked: one action, two
 * signatures (transfer on Osmosis, then restake on MilkyWay). The step in between is kept in
 * localStorage, so a user who leaves is offered "Continue step 2" or "Dismiss" on return.
 */
export function BringMilkTiaPanel({ ctx, osmoAddress, milkywayBalance, send }: Props) {
  const { net, user } = ctx;
  const lst = lstBySymbol(net, "milkTIA");
  const osmoBalance = useQuery(balanceQuery(net, "osmosis", osmoAddress, lst?.lstDenom ?? ""));
  const [pending, setPending] = usePendingBring(net.chainIds.milkyway, user);
  const receipt = useBringReceipt(net, pending);
  const milkTiaTargets = ctx.targets.filter((t) => t.symbol === "milkTIA");
  const [amount, setAmount] = useState("");
  const [targetKey, setTargetKey] = useState("");
  const [confirming, setConfirming] = useState<"step1" | "step2" | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (!lst || !user) return null;
  const hasOnOsmosis = osmoBalance.data !== undefined && osmoBalance.data > 0n;
  if (!pending && !done && !hasOnOsmosis) return null;

  // Step 2 restakes where the user chose in step 1; if that target is gone it asks again, never picks another.
  const saved = pending ? step2Target(pending.target, milkTiaTargets, ctx.targetsReady) : null;
  const target = pending ? (saved?.kind === "found" ? saved.target : undefined) : (milkTiaTargets.find((t) => t.key === targetKey) ?? milkTiaTargets[0]);
  const check = checkDelegateAmount(amount, D, osmoBalance.data, "milkTIA");
  const step1Error = amount.trim() === "" || check.ok ? undefined : check.message;
  const canStep1 = !!osmoAddress && check.ok && !!target && !ctx.busy && ctx.now !== null;
  const step1Label = (v: bigint) => `Step 1 of 2: bring ${fmt(v)} to MilkyWay`;
  const step2Label = (p: { amount: bigint }, t: { label: string }) => `Step 2 of 2: restake ${fmt(p.amount)} in ${t.label}`;

  const phase = bringPhase(receipt.data, pending ? { sentMs: pending.sentMs, nowMs: ctx.now } : undefined);
  const step2 = pending ? checkStep2(pending.amount, milkywayBalance, fmt) : null;
  const canStep2 = !!pending && phase === "arrived" && step2?.ok === true && !ctx.busy && !!target;
  const step1Pending = ctx.busy && check.ok && ctx.busyLabel === step1Label(check.value);
  const step2Pending = ctx.busy && !!pending && !!target && ctx.busyLabel === step2Label(pending, target);

  const signStep1 = () => {
    if (!check.ok || !osmoAddress || !target || ctx.now === null) return;
    const value = check.value;
    const sentMs = ctx.now;
    setConfirming(null);
    send(
      "move",
      {
        net,
        chain: "osmosis",
        msgs: [bringTransferMsg({ milkTiaOnOsmosis: lst.lstDenom, amount: value, sender: osmoAddress, receiver: user, nowMs: sentMs })],
        label: step1Label(value),
      },
      (r) => {
        setAmount("");
        setDone(null);
        const sequence = sentPacketSequence(r.events, OSMOSIS_TO_MILKYWAY_CHANNEL);
        // Without a sequence there is nothing to track; the milkTIA still arrives and shows in the balance.
        if (sequence) setPending({ v: 1, chainId: net.chainIds.milkyway, address: user, amount: value, target: target.key, sequence, txHash: r.transactionHash, sentMs });
      },
    );
  };

  const signStep2 = () => {
    if (!pending || !target || !canStep2) return;
    setConfirming(null);
    const p = pending;
    send(
      "restake",
      { net, chain: "milkyway", msgs: [delegateMsg(user, target.target, { denom: target.denom, amount: p.amount })], label: step2Label(p, target) },
      () => {
        // Done first: the panel (and its live region) must stay mounted when step 2 is forgotten.
        setDone(`Done: ${fmt(p.amount)} brought from Osmosis and restaked in ${target.label}.`);
        setPending(null);
      },
    );
  };

  const steps: ProgressStep[] = pending
    ? [
        { id: "sent", label: `Step 1: ${fmt(pending.amount)} sent from Osmosis (transaction included)`, state: "done" },
        { id: "arrived", label: phase === "timed-out" ? "Timed out before reaching MilkyWay" : "Arrived on MilkyWay", state: phase === "arrived" ? "done" : phase === "refused" || phase === "timed-out" ? "failed" : "current" },
        { id: "restake", label: `Step 2: restake in ${target?.label ?? pending.target}`, state: phase === "arrived" ? "current" : "todo" },
      ]
    : [];
  const announcement =
    phase === "refused"
      ? "MilkyWay refused the transfer; Osmosis refunds your milkTIA. Dismiss this to start again."
      : phase === "timed-out"
        ? "The transfer timed out: it did not reach MilkyWay within 10 minutes, so Osmosis refunds your milkTIA. Dismiss this to start again."
        : phase === "arrived"
          ? `${fmt(pending?.amount ?? 0n)} is on MilkyWay. Sign step 2 to restake it.`
          : "Your milkTIA is on its way to MilkyWay. You can leave: step 2 waits here for you.";

  return (
    <Card as="section" aria-labelledby="bring-milktia-heading" className="min-w-0 space-y-4">
      <CardTitle id="bring-milktia-heading" level={3}>
        Bring milkTIA from Osmosis
      </CardTitle>
      {/* Mounted while step 2 is still waiting, so its text appearing is announced. */}
      <p aria-live="polite" className={done ? "text-sm font-medium text-emerald-700 dark:text-emerald-400" : "sr-only"}>
        {done ?? ""}
      </p>
      {pending ? (
        <>
          <IbcProgress title="Bring milkTIA: progress" steps={steps} announcement={announcement} />
          {saved?.kind === "gone" && phase !== "refused" && phase !== "timed-out" ? (
            <div className="flex flex-col gap-1.5">
              <p id="bring-target-gone" role="alert" className="text-sm text-red-700 dark:text-red-400">
                Where you chose to restake ({pending.target}) is no longer offered. Choose where step 2 restakes.
              </p>
              <label htmlFor="bring-step2-target" className="text-sm font-medium">
                Restake in
              </label>
              <select
                id="bring-step2-target"
                aria-describedby="bring-target-gone"
                value=""
                disabled={ctx.busy}
                onChange={(e) => {
                  if (e.target.value) setPending({ ...pending, target: e.target.value });
                }}
                className="h-11 rounded-lg border border-slate-300 bg-white px-3 text-sm disabled:opacity-60 dark:border-slate-700 dark:bg-slate-900"
              >
                <option value="">Choose…</option>
                {milkTiaTargets.map((t) => (
                  <option key={t.key} value={t.key}>
                    {t.label}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {step2 && !step2.ok && phase === "arrived" ? (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {step2.message}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-3">
            {phase !== "refused" && phase !== "timed-out" ? (
              <Button onClick={() => setConfirming("step2")} disabled={!canStep2} pending={step2Pending}>
                Continue step 2
              </Button>
            ) : null}
            <Button variant="secondary" onClick={() => setPending(null)} disabled={ctx.busy}>
              Dismiss
            </Button>
          </div>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Dismiss forgets step 2 only: milkTIA that arrived stays in your MilkyWay balance and can be restaked above.
          </p>
        </>
      ) : (
        <form
          className="space-y-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (canStep1) setConfirming("step1");
          }}
        >
          <p className="text-sm text-slate-600 dark:text-slate-300">
            You hold {osmoBalance.data !== undefined ? show(osmoBalance.data) : "milkTIA"} on Osmosis. Restaking happens on
            MilkyWay, so it is brought over first. Two signatures: step 1 sends it over IBC from Osmosis ({net.chainIds.osmosis}),
            step 2 restakes it on MilkyWay ({net.chainIds.milkyway}). If you leave in between, step 2 waits here.
          </p>
          <AmountField
            id="bring-amount"
            label="Amount of milkTIA to bring"
            symbol="milkTIA"
            value={amount}
            onChange={setAmount}
            onMax={osmoBalance.data ? () => setAmount(formatForInput(osmoBalance.data!, D)) : undefined}
            balance={osmoBalance.data !== undefined ? <>On Osmosis: {show(osmoBalance.data)}</> : "On Osmosis: loading…"}
            error={step1Error}
            disabled={ctx.busy}
          />
          <div className="flex flex-col gap-1.5">
            <label htmlFor="bring-target" className="text-sm font-medium">
              Then restake in
            </label>
            <select
              id="bring-target"
              value={target?.key ?? ""}
              onChange={(e) => setTargetKey(e.target.value)}
              disabled={ctx.busy}
              className="h-11 rounded-lg border border-slate-300 bg-white px-3 text-sm disabled:opacity-60 dark:border-slate-700 dark:bg-slate-900"
            >
              {milkTiaTargets.map((t) => (
                <option key={t.key} value={t.key}>
                  {t.label}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" disabled={!canStep1} pending={step1Pending} pendingLabel="Waiting for inclusion">
            Bring to MilkyWay
          </Button>
        </form>
      )}

      <ConfirmDialog
        open={confirming === "step1"}
        title="Confirm step 1 of 2: bring milkTIA to MilkyWay"
        description="An IBC transfer from Osmosis. When it has arrived, you sign step 2 to restake it."
        confirmLabel="Sign step 1"
        confirmDisabled={!canStep1}
        networkFee={networkFeeText("osmosis")}
        onConfirm={signStep1}
        onClose={() => setConfirming(null)}
      >
        {check.ok && target ? (
          <FactList
            idPrefix="bring-confirm"
            facts={[
              { id: "amount", label: "You send", value: fmt(check.value), strong: true },
              { id: "from", label: "From", value: `Osmosis (${net.chainIds.osmosis})` },
              { id: "to", label: "To", value: `MilkyWay (${net.chainIds.milkyway})` },
              { id: "channel", label: "Channel", value: OSMOSIS_TO_MILKYWAY_CHANNEL },
              { id: "then", label: "Step 2 restakes in", value: target.label },
              { id: "chain", label: "Step 1 signed for chain", value: net.chainIds.osmosis },
            ]}
          />
        ) : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === "step2"}
        title="Confirm step 2 of 2: restake"
        description="Restakes the milkTIA that arrived from Osmosis."
        confirmLabel="Sign step 2"
        confirmDisabled={!canStep2}
        networkFee={networkFeeText("milkyway")}
        onConfirm={signStep2}
        onClose={() => setConfirming(null)}
      >
        {pending && target ? (
          <FactList
            idPrefix="bring-step2"
            facts={[
              { id: "amount", label: "Amount", value: fmt(pending.amount), strong: true },
              { id: "target", label: "Restake in", value: target.label },
              { id: "chain", label: "Signed for chain", value: net.chainIds.milkyway },
            ]}
          />
        ) : null}
      </ConfirmDialog>
    </Card>
  );
}
