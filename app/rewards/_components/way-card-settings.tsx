"use client";

import { useState } from "react";
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { Fact } from "@/components/stake/fact-list";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/way-card/text-field";
import { displayExactMicroUsd, displayExactToken, displayMicroUsd, displayPeriod } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { assetOf, collateralAsset, projectedLimit, type WayCard } from "@/lib/protocol/way-card";
import { checkClose, checkHorizon, checkSharePercent } from "@/lib/protocol/way-card-checks";
import { wayCardMsgs } from "@/lib/protocol/way-card-msgs";
import { chainFacts as chainFactsOf, WayCardConfirm } from "./way-card-action";
import type { WayCardAction, WayCardContext } from "./way-card-context";
import { WayCardFailure } from "./way-card-failure";

interface Pending {
  action: WayCardAction;
  title: string;
  confirmLabel: string;
  facts: Fact[];
  msg: EncodeObject;
  label: string;
}

/** Auto top-up share, horizon, freeze and close; each confirmed with its exact effect. */
export function WayCardSettings({ ctx, card }: { ctx: WayCardContext; card: WayCard }) {
  const { params } = ctx;
  const [share, setShare] = useState(String(card.autoTopUpBps / 100));
  const [horizon, setHorizon] = useState(String(card.horizonDays));
  const [confirm, setConfirm] = useState<Pending | null>(null);
  const shareCheck = checkSharePercent(share, params.autoTopUpBps);
  const horizonCheck = checkHorizon(horizon, params.horizonDays, card, params);
  const closeCheck = checkClose(card, params);
  const milk = assetOf(params, params.refundDenom)!;
  const col = collateralAsset(params);
  const chainFacts = chainFactsOf(ctx);
  const ask = (p: Pending) => setConfirm(p);

  return (
    <div className="space-y-6">
      <form
        aria-label="Change the auto top-up share"
        noValidate
        className="flex flex-wrap items-start gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (!shareCheck.ok || ctx.busy) return;
          ask({
            action: "auto",
            title: "Change the auto top-up share",
            confirmLabel: "Save share",
            facts: [{ id: "share", label: "Share of yield to the balance", value: `${shareCheck.value / 100}%`, strong: true }, ...chainFacts],
            msg: wayCardMsgs.setAutoTopUp(ctx.contract, ctx.owner, shareCheck.value),
            label: `Set auto top-up to ${shareCheck.value / 100}%`,
          });
        }}
      >
        <TextField
          id="way-share"
          label="Auto top-up share of yield"
          suffix="%"
          value={share}
          onChange={setShare}
          hint="After repaying what is owed; the rest stays locked as collateral."
          error={shareCheck.ok ? undefined : shareCheck.message}
        />
        <Button type="submit" className="mt-7" variant="secondary" disabled={!shareCheck.ok || shareCheck.value === card.autoTopUpBps || ctx.busy} pending={ctx.pending === "auto"}>
          Save share
        </Button>
      </form>

      <form
        aria-label="Change the credit horizon"
        noValidate
        className="flex flex-wrap items-start gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (!horizonCheck.ok || ctx.busy) return;
          ask({
            action: "horizon",
            title: "Change the credit horizon",
            confirmLabel: "Save horizon",
            facts: [
              { id: "days", label: "Horizon", value: displayPeriod(horizonCheck.value), strong: true },
              { id: "limit", label: "Credit limit after", value: displayExactMicroUsd(projectedLimit(params, card.collateral, horizonCheck.value)).text },
              ...chainFacts,
            ],
            msg: wayCardMsgs.setHorizon(ctx.contract, ctx.owner, horizonCheck.value),
            label: `Set horizon to ${horizonCheck.value} days`,
          });
        }}
      >
        <TextField
          id="way-horizon"
          label="Credit horizon"
          suffix="days"
          inputMode="numeric"
          value={horizon}
          onChange={setHorizon}
          hint={horizonCheck.ok ? <>Credit limit would be <DisplayValue shown={displayMicroUsd(projectedLimit(params, card.collateral, horizonCheck.value))} />.</> : undefined}
          error={horizonCheck.ok ? undefined : horizonCheck.message}
        />
        <Button type="submit" className="mt-7" variant="secondary" disabled={!horizonCheck.ok || horizonCheck.value === card.horizonDays || ctx.busy} pending={ctx.pending === "horizon"}>
          Save horizon
        </Button>
      </form>
      <WayCardFailure ctx={ctx} action={["auto", "horizon"]} />

      <div className="flex flex-wrap gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
        <Button
          variant="secondary"
          disabled={ctx.busy}
          pending={ctx.pending === "freeze"}
          onClick={() =>
            ask({
              action: "freeze",
              title: card.frozen ? "Unfreeze the card" : "Freeze the card",
              confirmLabel: card.frozen ? "Unfreeze" : "Freeze",
              facts: [{ id: "effect", label: "Effect", value: card.frozen ? "Purchases allowed again" : "Purchases refused; top-ups and repayments continue", strong: true }, ...chainFacts],
              msg: card.frozen ? wayCardMsgs.unfreeze(ctx.contract, ctx.owner) : wayCardMsgs.freeze(ctx.contract, ctx.owner),
              label: card.frozen ? "Unfreeze Way Card" : "Freeze Way Card",
            })
          }
        >
          {card.frozen ? "Unfreeze card" : "Freeze card"}
        </Button>
        <Button
          variant="danger"
          disabled={ctx.busy || !closeCheck.ok}
          pending={ctx.pending === "close"}
          aria-describedby={!closeCheck.ok ? "way-close-refusal" : undefined}
          onClick={() => {
            if (!closeCheck.ok) return;
            ask({
              action: "close",
              title: "Close the card",
              confirmLabel: "Close card",
              facts: [
                { id: "refund", label: "Balance refunded", value: `${displayExactMicroUsd(card.balance).text} → ${displayExactToken(closeCheck.value, milk.exponent, milk.symbol).text} (rounded down)`, strong: true },
                { id: "collateral", label: "Collateral returned", value: displayExactToken(card.collateral, col.exponent, col.symbol).text, strong: true },
                ...chainFacts,
              ],
              msg: wayCardMsgs.close(ctx.contract, ctx.owner),
              label: "Close Way Card",
            });
          }}
        >
          Close card
        </Button>
      </div>
      {!closeCheck.ok ? (
        <p id="way-close-refusal" className="text-sm text-slate-600 dark:text-slate-400">
          {closeCheck.message}
        </p>
      ) : null}
      <WayCardFailure ctx={ctx} action={["freeze", "close"]} />

      <WayCardConfirm
        open={confirm !== null}
        title={confirm?.title ?? ""}
        confirmLabel={confirm?.confirmLabel ?? ""}
        confirmDisabled={ctx.busy}
        onClose={() => setConfirm(null)}
        onConfirm={() => {
          if (!confirm) return;
          setConfirm(null);
          ctx.send(confirm.action, [confirm.msg], confirm.label);
        }}
        idPrefix="way-settings-confirm"
        facts={confirm?.facts ?? null}
      />
    </div>
  );
}
