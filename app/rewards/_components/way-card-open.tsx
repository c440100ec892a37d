"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { HowItWorks } from "@/components/way-card/how-it-works";
import { TextField } from "@/components/way-card/text-field";
import { displayPercent, displayPeriod } from "@/lib/amount/display";
import { checkHorizon, checkSharePercent } from "@/lib/protocol/way-card-checks";
import { wayCardMsgs } from "@/lib/protocol/way-card-msgs";
import { useCardAction, WayCardConfirm } from "./way-card-action";
import type { WayCardContext } from "./way-card-context";
import { WayCardFailure } from "./way-card-failure";

/** No card yet: the model explained, the two settings, and Open. */
export function WayCardOpen({ ctx }: { ctx: WayCardContext }) {
  const { params } = ctx;
  const [share, setShare] = useState(String(params.autoTopUpBps.default / 100));
  const [horizon, setHorizon] = useState(String(params.horizonDays.default));
  const act = useCardAction(ctx);
  const shareCheck = checkSharePercent(share, params.autoTopUpBps);
  const horizonCheck = checkHorizon(horizon, params.horizonDays, null, params);
  const ready = shareCheck.ok && horizonCheck.ok && !ctx.busy;

  return (
    <div className="space-y-5">
      <HowItWorks />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        milkTIA&rsquo;s APR from its redemption rate over the last {params.aprWindowDays} days: <strong className="tabular-nums">{displayPercent(params.apr).text}</strong>.
      </p>
      <form
        aria-label="Open a Way Card"
        noValidate
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) act.ask();
        }}
      >
        <div className="flex flex-wrap gap-6">
          <TextField
            id="way-open-share"
            label="Auto top-up share of yield"
            suffix="%"
            value={share}
            onChange={setShare}
            hint="After repaying what you owe, this share of each day's yield goes to the balance."
            error={share.trim() === "" || shareCheck.ok ? undefined : shareCheck.message}
          />
          <TextField
            id="way-open-horizon"
            label="Credit horizon"
            suffix="days"
            inputMode="numeric"
            value={horizon}
            onChange={setHorizon}
            hint={`How many days of projected yield you may spend ahead (${params.horizonDays.min}–${params.horizonDays.max}).`}
            error={horizon.trim() === "" || horizonCheck.ok ? undefined : horizonCheck.message}
          />
        </div>
        <Button type="submit" disabled={!ready} pending={ctx.pending === "open"} pendingLabel="Waiting for inclusion">
          Open card
        </Button>
        <WayCardFailure ctx={ctx} action="open" />
      </form>
      <WayCardConfirm
        open={act.confirming}
        title="Open your Way Card"
        description="Opening costs nothing but the network fee; your wallet asks you to sign next."
        confirmLabel="Open card"
        confirmDisabled={!ready}
        onClose={act.cancel}
        onConfirm={() => {
          if (!shareCheck.ok || !horizonCheck.ok) return;
          act.send("open", [wayCardMsgs.open(ctx.contract, ctx.owner, { autoTopUpBps: shareCheck.value, horizonDays: horizonCheck.value })], "Open Way Card");
        }}
        idPrefix="way-open-confirm"
        facts={[
          { id: "share", label: "Auto top-up share", value: shareCheck.ok ? `${shareCheck.value / 100}%` : "—", strong: true },
          { id: "horizon", label: "Credit horizon", value: horizonCheck.ok ? displayPeriod(horizonCheck.value) : "—", strong: true },
          { id: "chain", label: "Signed for chain", value: ctx.chainId },
          { id: "sender", label: "From address", value: ctx.owner, breakAll: true },
          { id: "contract", label: "Contract", value: ctx.contract, breakAll: true },
        ]}
      />
    </div>
  );
}
