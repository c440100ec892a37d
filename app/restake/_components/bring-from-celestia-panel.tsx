"use client";

import { useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { ConfirmDialog } from "@/components/stake/confirm-dialog";
import { FactList } from "@/components/stake/fact-list";
import { MoveProgressView } from "@/components/stake/move-progress-view";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { useMoveRoute, type SendTx } from "@/hooks/use-move-route";
import { formatForInput } from "@/lib/amount/format";
import { displayExactToken, displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { CHAIN_NAMES } from "@/lib/chains/chain-names";
import { lstBySymbol } from "@/lib/chains/networks";
import { movableTokensOf, routeBetween } from "@/lib/chains/token-places";
import { checkDelegateAmount } from "@/lib/protocol/restaking";
import { networkFeeText } from "@/lib/tx/fee-estimate";
import type { RestakeContext } from "./restake-context";

/**
 * milkTIA from one-click stakes lands on Celestia, and only milkTIA that came to MilkyWay from
 * Osmosis can be restaked: this brings it along that route (Celestia → Osmosis → MilkyWay, two
 * signed transfers) with progress that survives a reload; the delegate form above then restakes it.
 */
export function BringFromCelestiaPanel({ ctx, addresses, send }: { ctx: RestakeContext; addresses: Readonly<Record<string, string>>; send: SendTx }) {
  const { net, user } = ctx;
  const lst = lstBySymbol(net, "milkTIA");
  const token = lst ? movableTokensOf(lst)[1] : undefined;
  const [amount, setAmount] = useState("");
  const [confirming, setConfirming] = useState(false);
  const flow = useMoveRoute({
    net,
    tokens: token ? [token] : [],
    selected: token,
    scope: user ? { mode: net.mode, lstSymbol: "restake-bring-milkTIA", address: user } : null,
    addresses,
    nowMs: ctx.now,
    label: (t, v, to) => `Bring ${displayExactToken(v, t.decimals, t.symbol).text} to ${CHAIN_NAMES[to]}`,
  });
  if (!token || !user) return null;
  const onCelestia = flow.balances.get("celestia");
  if (!flow.progress && !(onCelestia && onCelestia > 0n)) return null;

  const route = routeBetween(token, "celestia", "milkyway") ?? [];
  const check = checkDelegateAmount(amount, token.decimals, onCelestia, token.symbol);
  const error = amount.trim() === "" || check.ok ? undefined : check.message;
  const inFlight = flow.progress !== null && !flow.done;
  const ready = check.ok && !ctx.busy && !inFlight && ctx.now !== null && !!flow.addressOn("celestia") && !!flow.addressOn("osmosis") && flow.balances.get("osmosis") !== undefined;
  const fmt = (v: bigint) => displayExactToken(v, token.decimals, token.symbol).text;
  const show = (v: bigint) => <DisplayValue shown={displayToken(v, token.decimals, token.symbol)} />;

  return (
    <Card as="section" aria-labelledby="bring-celestia-heading" className="min-w-0 space-y-3">
      <CardTitle id="bring-celestia-heading" level={3}>
        Bring milkTIA from Celestia
      </CardTitle>
      <p className="text-sm leading-6 text-slate-600 dark:text-slate-300">
        {onCelestia ? <>You have {show(onCelestia)} on Celestia (from one-click stakes). </> : ""}
        It reaches MilkyWay through Osmosis — the way it came — so it arrives as the milkTIA the restaking pool takes. Two
        transfers, you sign each; then restake it with the form above.
      </p>
      <form
        className="space-y-3"
        aria-label="Bring milkTIA from Celestia"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) setConfirming(true);
        }}
      >
        <AmountField
          id="bring-celestia-amount"
          label="Amount to bring (milkTIA)"
          symbol="milkTIA"
          value={amount}
          onChange={setAmount}
          onMax={onCelestia !== undefined ? () => setAmount(formatForInput(onCelestia, token.decimals)) : undefined}
          balance={onCelestia !== undefined ? <>On Celestia: {show(onCelestia)}</> : undefined}
          error={error}
        />
        <Button type="submit" disabled={!ready} pending={ctx.busy && !!ctx.busyLabel?.startsWith("Bring")} pendingLabel="Waiting for inclusion">
          Bring to MilkyWay
        </Button>
      </form>
      <MoveProgressView flow={flow} busy={ctx.busy} pending={ctx.busy && !!ctx.busyLabel?.startsWith("Bring")} onContinue={() => flow.continueRoute(send)} />
      <ConfirmDialog
        open={confirming}
        title="Confirm transfer"
        description="The first of two transfers: Celestia → Osmosis. You sign the second (Osmosis → MilkyWay) when it has arrived."
        confirmLabel="Confirm transfer"
        confirmDisabled={!ready}
        onConfirm={() => {
          if (!check.ok) return;
          setConfirming(false);
          flow.start(send, token, "celestia", "milkyway", check.value);
          setAmount("");
        }}
        onClose={() => setConfirming(false)}
        networkFee={networkFeeText("celestia")}
      >
        {check.ok ? (
          <FactList
            idPrefix="bring-celestia-confirm"
            facts={[
              { id: "amount", label: "You send", value: fmt(check.value), strong: true },
              { id: "route", label: "Route", value: ["celestia", ...route.map((h) => h.to.key)].map((k) => CHAIN_NAMES[k as keyof typeof CHAIN_NAMES]).join(" → ") },
              { id: "chain", label: "Signed for chain", value: net.chainIds.celestia },
            ]}
          />
        ) : null}
      </ConfirmDialog>
    </Card>
  );
}
