"use client";

import { useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { ChoiceGroup } from "@/components/stake/choice-group";
import { useMilkywayBalance } from "@/hooks/use-restake";
import { formatForInput } from "@/lib/amount/format";
import { displayExactMicroUsd, displayExactToken, displayMicroUsd, displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { displayPercent } from "@/lib/amount/display";
import { collateralAsset, maxUnlock, projectedLimit, type WayCard } from "@/lib/protocol/way-card";
import { checkTokenAmount, checkUnlock } from "@/lib/protocol/way-card-checks";
import { wayCardMsgs } from "@/lib/protocol/way-card-msgs";
import { chainFacts, useCardAction, WayCardConfirm, WayCardSubmit } from "./way-card-action";
import type { WayCardContext } from "./way-card-context";

type Mode = "lock" | "unlock";

/** Lock milkTIA to raise the credit limit, or unlock what the debt does not need. */
export function WayCardCollateral({ ctx, card }: { ctx: WayCardContext; card: WayCard }) {
  const [mode, setMode] = useState<Mode>("lock");
  const [amount, setAmount] = useState("");
  const act = useCardAction(ctx);
  const asset = collateralAsset(ctx.params);
  const balance = useMilkywayBalance(ctx.net, ctx.owner, asset.denom);
  // Exact in the confirmation and transaction labels; rounded (exact on hover, focus, copy) in the form.
  const fmt = (v: bigint) => displayExactToken(v, asset.exponent, asset.symbol).text;
  const show = (v: bigint) => <DisplayValue shown={displayToken(v, asset.exponent, asset.symbol)} />;
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
        if (ready) act.ask();
      }}
    >
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Locked: <strong className="tabular-nums">{show(card.collateral)}</strong>. Credit limit = its value × APR ({displayPercent(ctx.params.apr).text}) × {card.horizonDays} / 365, rounded
        down. {card.owed > 0n ? <>While <DisplayValue shown={displayMicroUsd(card.owed, "ceil")} /> is owed, at most {show(unlockMax)} can be unlocked.</> : "Nothing is owed, so all of it can be unlocked."}
      </p>
      <ChoiceGroup<Mode>
        legend="Action"
        name="way-collateral-mode"
        inline
        value={mode}
        onChange={(m) => {
          setMode(m);
          setAmount("");
          act.clearDone();
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
          act.clearDone();
        }}
        onMax={() => {
          const max = mode === "lock" ? balance.data : unlockMax;
          if (max !== undefined) setAmount(formatForInput(max, asset.exponent));
        }}
        maxDisabled={mode === "lock" ? balance.data === undefined : unlockMax === 0n}
        balance={mode === "lock" ? (balance.data !== undefined ? <>Wallet: {show(balance.data)}</> : "Wallet: loading…") : <>Unlockable now: {show(unlockMax)}</>}
        hint={limitAfter !== null ? <>Credit limit after: <DisplayValue shown={displayMicroUsd(limitAfter)} /></> : undefined}
        error={error}
      />
      <WayCardSubmit ctx={ctx} action={mode} failureFor={["lock", "unlock"]} done={act.done} type="submit" disabled={!ready}>
        {label} collateral
      </WayCardSubmit>
      <WayCardConfirm
        open={act.confirming}
        title={`${label} collateral`}
        confirmLabel={`${label} ${check.ok ? fmt(check.value) : ""}`}
        confirmDisabled={!ready}
        onClose={act.cancel}
        onConfirm={() => {
          if (!check.ok) return;
          const v = check.value;
          const msg = mode === "lock" ? wayCardMsgs.lock(ctx.contract, ctx.owner, asset.denom, v) : wayCardMsgs.unlock(ctx.contract, ctx.owner, v);
          act.send(mode, [msg], `${label} ${fmt(v)}`, `${mode === "lock" ? "Locked" : "Unlocked"} ${fmt(v)}.`, () => setAmount(""));
        }}
        idPrefix="way-collateral-confirm"
        facts={
          check.ok && after !== null && limitAfter !== null
            ? [
                { id: "amount", label: mode === "lock" ? "You lock" : "You unlock", value: fmt(check.value), strong: true },
                { id: "after", label: "Collateral after", value: fmt(after) },
                { id: "limit", label: "Credit limit after", value: displayExactMicroUsd(limitAfter).text },
                ...chainFacts(ctx),
              ]
            : null
        }
      />
    </form>
  );
}
