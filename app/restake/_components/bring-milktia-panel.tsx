"use client";

import type { DeliverTxResponse } from "@cosmjs/stargate";
import { useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { ConfirmDialog } from "@/components/stake/confirm-dialog";
import { FactList } from "@/components/stake/fact-list";
import { MoveProgressView } from "@/components/stake/move-progress-view";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { DisplayValue } from "@/components/ui/display-value";
import { SelectField } from "@/components/ui/select-field";
import { useMoveRoute } from "@/hooks/use-move-route";
import { displayExactToken, displayToken } from "@/lib/amount/display";
import { formatForInput } from "@/lib/amount/format";
import { CHAIN_NAMES } from "@/lib/chains/chain-names";
import { lstBySymbol } from "@/lib/chains/networks";
import { movableTokensOf, routeBetween } from "@/lib/chains/token-places";
import { checkStep2, step2Target } from "@/lib/protocol/bring-milktia";
import { checkDelegateAmount, delegateMsg } from "@/lib/protocol/restaking";
import { bringV1AsMove, bringV1Key } from "@/lib/stores/move-progress";
import type { ChainKey } from "@/lib/stores/network-store";
import type { TxRequest } from "@/lib/tx/mutation-options";
import { networkFeeText } from "@/lib/tx/fee-estimate";
import type { RestakeContext } from "./restake-context";

/** Where milkTIA can be held outside MilkyWay, in the order offered (Osmosis is one transfer away). */
const SOURCES: ReadonlyArray<ChainKey> = ["osmosis", "celestia"];

type Props = {
  ctx: RestakeContext;
  addresses: Readonly<Record<string, string>>;
  /** milkTIA balance on MilkyWay (the restake after the move is of it). */
  milkywayBalance: bigint | undefined;
  /** Transfers are "move" transactions, the restake a restaking delegation. */
  send: (kind: "move" | "restake", req: TxRequest, onSuccess?: (r: DeliverTxResponse) => void) => void;
};

/**
 * milkTIA held on Osmosis or Celestia is brought to MilkyWay before it can be restaked: a move
 * along its route (the same mechanism and progress as the Stake page's Move tab: from Celestia it
 * unwinds through Osmosis so it lands as the milkTIA the pool takes), then the restake in the target
 * chosen before the move. Every step is signed by the user; the progress and the chosen target are
 * saved, so a user who leaves in between is offered the next step on return (or in another tab).
 */
export function BringMilkTiaPanel({ ctx, addresses, milkywayBalance, send }: Props) {
  const { net, user } = ctx;
  const lst = lstBySymbol(net, "milkTIA");
  const token = lst ? movableTokensOf(lst)[1] : undefined;
  const [amount, setAmount] = useState("");
  const [fromPick, setFromPick] = useState<ChainKey | null>(null);
  const [targetKey, setTargetKey] = useState("");
  const [confirming, setConfirming] = useState<"move" | "restake" | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const flow = useMoveRoute({
    net,
    tokens: token ? [token] : [],
    selected: token,
    scope: user ? { mode: net.mode, lstSymbol: "restake-bring-milkTIA", address: user } : null,
    addresses,
    nowMs: ctx.now,
    label: (t, v, to) => `Bring ${displayExactToken(v, t.decimals, t.symbol).text} to ${CHAIN_NAMES[to]}`,
    destination: "milkyway",
    legacy: user ? { key: bringV1Key(net.chainIds.milkyway, user), read: (raw) => bringV1AsMove(raw, net.chainIds.milkyway, user) } : undefined,
  });
  if (!token || !user) return null;
  const held = SOURCES.filter((k) => (flow.balances.get(k) ?? 0n) > 0n);
  // While the restake that finishes the flow is pending: its inclusion forgets the progress a moment
  // before the done line is set, and the card (with its live region) must stay mounted in between.
  if (!flow.progress && !done && !ctx.busyFinishing && held.length === 0) return null;

  const fmt = (v: bigint) => displayExactToken(v, token.decimals, token.symbol).text;
  const show = (v: bigint) => <DisplayValue shown={displayToken(v, token.decimals, token.symbol)} />;
  const milkTiaTargets = ctx.targets.filter((t) => t.symbol === "milkTIA");
  const targetOptions = milkTiaTargets.map((t) => ({ value: t.key, label: t.label }));
  const move = (() => {
    const p = flow.progress;
    if (!p) return null;
    // The restake goes where the user chose before the move; if that is gone it asks again, never picks another.
    const saved = p.then ? step2Target(p.then, milkTiaTargets, ctx.targetsReady) : ({ kind: "gone" } as const);
    const target = saved.kind === "found" ? saved.target : undefined;
    const check = checkStep2(p.amount, milkywayBalance, fmt);
    const label = target ? `Restake ${fmt(p.amount)} in ${target.label}` : "";
    return { p, saved, target, check, label, can: flow.done && check.ok && !!target && !ctx.busy };
  })();

  // The form: where from, how much, and where the restake goes after.
  const from = fromPick ?? held[0] ?? SOURCES[0];
  const balance = flow.balances.get(from);
  const route = routeBetween(token, from, "milkyway") ?? [];
  const target = milkTiaTargets.find((t) => t.key === targetKey) ?? milkTiaTargets[0];
  const check = checkDelegateAmount(amount, token.decimals, balance, token.symbol);
  const error = amount.trim() === "" || check.ok ? undefined : check.message;
  const ready =
    check.ok && !!target && !ctx.busy && !flow.progress && ctx.now !== null && !!flow.addressOn(from) && route.length > 0 && flow.balances.get(route[0].to.key) !== undefined;
  const transferPending = ctx.busy && !!ctx.busyLabel?.startsWith("Bring");
  const pathText = [from, ...route.map((h) => h.to.key)].map((k) => CHAIN_NAMES[k]).join(" → ");
  const signatures = route.length + 1;

  return (
    <Card as="section" aria-labelledby="bring-milktia-heading" className="min-w-0 space-y-4">
      <CardTitle id="bring-milktia-heading" level={3}>
        Bring milkTIA to MilkyWay
      </CardTitle>
      {/* Mounted while a move is waiting, so its text appearing is announced. */}
      <p aria-live="polite" className={done ? "text-sm font-medium text-emerald-700 dark:text-emerald-400" : "sr-only"}>
        {done ?? ""}
      </p>
      {move ? (
        <MoveProgressView
          flow={flow}
          title="Bring milkTIA: progress"
          busy={ctx.busy}
          pending={transferPending}
          onContinue={() => flow.continueRoute((req) => send("move", req))}
          followUp={{
            label: `Restake in ${move.target?.label ?? "the target you choose"}`,
            announcement: `${fmt(move.p.amount)} is on MilkyWay. Sign the restake to finish.`,
          }}
        >
          {flow.done && move.saved.kind === "gone" ? (
            <div className="flex flex-col gap-1.5">
              <p id="bring-target-gone" role="alert" className="text-sm text-red-700 dark:text-red-400">
                {move.p.then ? `Where you chose to restake (${move.p.then}) is no longer offered. ` : ""}Choose where to restake it.
              </p>
              <SelectField
                id="bring-restake-target"
                label="Restake in"
                describedByIds="bring-target-gone"
                placeholder="Choose…"
                value=""
                disabled={ctx.busy}
                options={targetOptions}
                onChange={(v) => {
                  if (v) flow.setThen(v);
                }}
              />
            </div>
          ) : null}
          {flow.done && !move.check.ok ? (
            <p role="alert" className="text-sm text-red-700 dark:text-red-400">
              {move.check.message}
            </p>
          ) : null}
          {!flow.failed ? (
            <Button onClick={() => setConfirming("restake")} disabled={!move.can} pending={ctx.busy && ctx.busyLabel === move.label}>
              Restake it
            </Button>
          ) : null}
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Dismiss forgets this progress only: milkTIA that arrived stays in your MilkyWay balance and can be restaked above.
          </p>
        </MoveProgressView>
      ) : (
        <form
          className="space-y-4"
          aria-label="Bring milkTIA to MilkyWay"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (ready) setConfirming("move");
          }}
        >
          <p className="text-sm leading-6 text-slate-600 dark:text-slate-300">
            Restaking happens on MilkyWay, so milkTIA held elsewhere is brought over first — from Celestia (one-click
            stakes land there) through Osmosis, the way it came, so it arrives as the milkTIA the restaking pool takes.
            You sign each transfer, then the restake; if you leave in between, the next step waits here.
          </p>
          <SelectField
            id="bring-from"
            label="From"
            value={from}
            disabled={ctx.busy}
            options={SOURCES.map((k) => {
              const b = flow.balances.get(k);
              return { value: k, label: `${CHAIN_NAMES[k]}${b !== undefined ? ` (${displayToken(b, token.decimals, token.symbol).text})` : ""}` };
            })}
            onChange={(v) => {
              setFromPick(v as ChainKey);
              setAmount("");
            }}
          />
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Route: {pathText} ({signatures} signatures: {route.length === 1 ? "the transfer" : `${route.length} transfers`}, then the restake)
          </p>
          <AmountField
            id="bring-amount"
            label="Amount of milkTIA to bring"
            symbol="milkTIA"
            value={amount}
            onChange={setAmount}
            onMax={balance ? () => setAmount(formatForInput(balance, token.decimals)) : undefined}
            balance={balance !== undefined ? <>On {CHAIN_NAMES[from]}: {show(balance)}</> : `On ${CHAIN_NAMES[from]}: loading…`}
            error={error}
            disabled={ctx.busy}
          />
          <SelectField id="bring-target" label="Then restake in" value={target?.key ?? ""} disabled={ctx.busy} options={targetOptions} onChange={setTargetKey} />
          <Button type="submit" disabled={!ready} pending={transferPending} pendingLabel="Waiting for inclusion">
            Bring to MilkyWay
          </Button>
        </form>
      )}

      <ConfirmDialog
        open={confirming === "move"}
        title="Confirm: bring milkTIA to MilkyWay"
        description={
          route.length > 1 ?
            `IBC transfers along ${pathText}. This signature sends it to ${CHAIN_NAMES[route[0].to.key]}; you sign the next transfer when it has arrived, then the restake.`
          : `An IBC transfer from ${CHAIN_NAMES[from]}. When it has arrived, you sign the restake.`
        }
        confirmLabel="Sign transfer"
        confirmDisabled={!ready}
        networkFee={networkFeeText(from)}
        onConfirm={() => {
          if (!check.ok || !target) return;
          setConfirming(null);
          setDone(null);
          flow.start((req) => send("move", req), token, from, "milkyway", check.value, target.key);
          setAmount("");
        }}
        onClose={() => setConfirming(null)}
      >
        {check.ok && target && route.length ? (
          <FactList
            idPrefix="bring-confirm"
            facts={[
              { id: "amount", label: "You send", value: fmt(check.value), strong: true },
              { id: "from", label: "From", value: `${CHAIN_NAMES[from]} (${net.chainIds[from]})` },
              { id: "to", label: "To", value: `MilkyWay (${net.chainIds.milkyway})` },
              { id: "route", label: "Route", value: pathText },
              { id: "channel", label: "Channel", value: route[0].channel },
              { id: "then", label: "Then restakes in", value: target.label },
              { id: "chain", label: "Signed for chain", value: net.chainIds[from] },
            ]}
          />
        ) : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === "restake"}
        title="Confirm restake"
        description="Restakes the milkTIA that arrived on MilkyWay."
        confirmLabel="Sign restake"
        confirmDisabled={!move?.can}
        networkFee={networkFeeText("milkyway")}
        onConfirm={() => {
          if (!move?.can || !move.target) return;
          const { p, target: t, label } = move;
          setConfirming(null);
          // The transaction forgets the progress on inclusion (flow.finishedRecord), even if this screen has gone.
          send("restake", { net, chain: "milkyway", msgs: [delegateMsg(user, t.target, { denom: t.denom, amount: p.amount })], label, record: flow.finishedRecord }, () => {
            setDone(`Done: ${fmt(p.amount)} brought from ${CHAIN_NAMES[p.from]} and restaked in ${t.label}.`);
          });
        }}
        onClose={() => setConfirming(null)}
      >
        {move?.target ? (
          <FactList
            idPrefix="bring-restake"
            facts={[
              { id: "amount", label: "Amount", value: fmt(move.p.amount), strong: true },
              { id: "target", label: "Restake in", value: move.target.label },
              { id: "chain", label: "Signed for chain", value: net.chainIds.milkyway },
            ]}
          />
        ) : null}
      </ConfirmDialog>
    </Card>
  );
}
