"use client";

import { useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { ChoiceGroup } from "@/components/stake/choice-group";
import { ConfirmDialog } from "@/components/stake/confirm-dialog";
import { FactList } from "@/components/stake/fact-list";
import { Button } from "@/components/ui/button";
import { useMilkywayBalance } from "@/hooks/use-restake";
import { formatAmount, formatForInput } from "@/lib/amount/format";
import { formatMicroUsd } from "@/lib/amount/way-card-math";
import { formatApr } from "@/lib/protocol/restaking-apr";
import { collateralAsset, maxUnlock, projectedLimit, type WayCard } from "@/lib/protocol/way-card";
import { checkTokenAmount, checkUnlock } from "@/lib/protocol/way-card-checks";
import { wayCardMsgs } from "@/lib/protocol/way-card-msgs";
import { networkFeeText } from "@/lib/tx/fee-estimate";
import type { WayCardContext } from "./way-card-context";
import { WayCardFailure } from "./way-card-failure";

type Mode = "lock" | "unlock";

/** Lock milkTIA to raise the credit limit, or unlock what the debt does not need. */
export function WayCardCollateral({ ctx, card }: { ctx: WayCardContext; card: WayCard }) {
  const [mode, setMode] = useState<Mode>("lock");
  const [amount, setAmount] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const asset = collateralAsset(ctx.params);
  const balance = useMilkywayBalance(ctx.net, ctx.owner, asset.denom);
  const fmt = (v: bigint) => `${formatAmount(v, asset.exponent)} ${asset.symbol}`;
  const unlockMax = maxUnlock(card, ctx.params);
  const noRate = ctx.params.redemptionRate === null;

  const check =
    mode === "lock"
      ? balance.data === undefined
        ? ({ ok: false, message: "" } as const)
        : noRate
          ? ({ ok: false, message: "The card program has not posted milkTIA's rate yet; try after its next epoch." } as const)
          : checkTokenAmount(amount, { decimals: asset.exponent, symbol: asset.symbol, max: balance.data, maxLabel: "your balance" })
      : checkUnlock(card, ctx.params, amount, asset.exponent, asset.symbol);
  const error = amount.trim() === "" || check.ok ? undefined : check.message || undefined;
  const after = check.ok ? (mode === "lock" ? card.collateral + check.value : card.collateral - check.value) : null;
  const limitAfter = after !== null ? projectedLimit(ctx.params, after, card.horizonDays) : null;
  const ready = check.ok && !ctx.busy;
  const label = mode === "lock" ? "Lock" : "Unlock";

  return (
    <form
      aria-label="Collateral"
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) setConfirming(true);
      }}
    >
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Locked: <strong className="tabular-nums">{fmt(card.collateral)}</strong>. Credit limit = its value × APR ({formatApr(ctx.params.apr)}) × {card.horizonDays} / 365, rounded
        down. {card.owed > 0n ? `While ${formatMicroUsd(card.owed)} is owed, at most ${fmt(unlockMax)} can be unlocked.` : "Nothing is owed, so all of it can be unlocked."}
      </p>
      <ChoiceGroup<Mode>
        legend="Action"
        name="way-collateral-mode"
        inline
        value={mode}
        onChange={(m) => {
          setMode(m);
          setAmount("");
          setDone(null);
        }}
        choices={[
          { value: "lock", label: "Lock" },
          { value: "unlock", label: "Unlock" },
        ]}
      />
      <AmountField
        id="way-collateral-amount"
        label={`Amount to ${mode} (${asset.symbol})`}
        symbol={asset.symbol}
        value={amount}
        onChange={(v) => {
          setAmount(v);
          setDone(null);
        }}
        onMax={() => {
          const max = mode === "lock" ? balance.data : unlockMax;
          if (max !== undefined) setAmount(formatForInput(max, asset.exponent));
        }}
        maxDisabled={mode === "lock" ? balance.data === undefined : unlockMax === 0n}
        balance={mode === "lock" ? (balance.data !== undefined ? `Wallet: ${fmt(balance.data)}` : "Wallet: loading…") : `Unlockable now: ${fmt(unlockMax)}`}
        hint={limitAfter !== null ? `Credit limit after: ${formatMicroUsd(limitAfter)}` : undefined}
        error={error}
      />
      <Button type="submit" disabled={!ready} pending={ctx.pending === mode} pendingLabel="Waiting for inclusion">
        {label} collateral
      </Button>
      <div aria-live="polite" className="text-sm text-emerald-700 dark:text-emerald-400">
        {done}
      </div>
      <WayCardFailure ctx={ctx} action={["lock", "unlock"]} />
      <ConfirmDialog
        open={confirming}
        title={`${label} collateral`}
        description="Check the details; your wallet asks you to sign next."
        confirmLabel={`${label} ${check.ok ? fmt(check.value) : ""}`}
        confirmDisabled={!ready}
        onClose={() => setConfirming(false)}
        networkFee={networkFeeText("milkyway")}
        onConfirm={() => {
          if (!check.ok) return;
          const v = check.value;
          setConfirming(false);
          const msg = mode === "lock" ? wayCardMsgs.lock(ctx.contract, ctx.owner, asset.denom, v) : wayCardMsgs.unlock(ctx.contract, ctx.owner, v);
          ctx.send(mode, [msg], `${label} ${fmt(v)}`, () => {
            setAmount("");
            setDone(`${mode === "lock" ? "Locked" : "Unlocked"} ${fmt(v)}.`);
          });
        }}
      >
        {check.ok && after !== null && limitAfter !== null ? (
          <FactList
            idPrefix="way-collateral-confirm"
            facts={[
              { id: "amount", label: mode === "lock" ? "You lock" : "You unlock", value: fmt(check.value), strong: true },
              { id: "after", label: "Collateral after", value: fmt(after) },
              { id: "limit", label: "Credit limit after", value: formatMicroUsd(limitAfter) },
              { id: "chain", label: "Signed for chain", value: ctx.chainId },
              { id: "contract", label: "Contract", value: ctx.contract, breakAll: true },
            ]}
          />
        ) : null}
      </ConfirmDialog>
    </form>
  );
}
