"use client";

import { IbcProgress, type ProgressStep } from "@/components/stake/ibc-progress";
import { Button } from "@/components/ui/button";
import type { useMoveRoute } from "@/hooks/use-move-route";
import { displayExactToken } from "@/lib/amount/display";
import { CHAIN_NAMES } from "@/lib/chains/chain-names";

type Flow = ReturnType<typeof useMoveRoute>;

/** Each hop of a move as two steps (sent, arrived), and the button that signs the next hop. */
export function MoveProgressView({ flow, busy, pending, onContinue }: { flow: Flow; busy: boolean; pending: boolean; onContinue: () => void }) {
  const { progress: p, route, moving } = flow;
  if (!p || !route || !moving) return null;
  const fmt = displayExactToken(p.amount, moving.decimals, moving.symbol).text;
  const steps: ProgressStep[] = route.flatMap((h, i) => {
    const before = i < p.hop;
    const here = i === p.hop;
    return [
      { id: `sent-${i}`, label: `Sent from ${CHAIN_NAMES[h.from.key]} (transaction included)`, state: before || (here && p.sent) ? "done" : here ? "current" : "todo" },
      { id: `arrived-${i}`, label: `Arrived on ${CHAIN_NAMES[h.to.key]}`, state: before || (here && flow.arrived) ? "done" : here && p.sent ? "current" : "todo" },
    ] satisfies ProgressStep[];
  });
  const next = flow.waitingForNext ? route[p.hop + 1] : undefined;
  const announcement = flow.done
    ? `Done: ${fmt} arrived.`
    : next
      ? `${fmt} reached ${CHAIN_NAMES[next.from.key]}. Sign the next transfer to continue to ${CHAIN_NAMES[next.to.key]}.`
      : `${fmt} is on its way.`;
  return (
    <div className="space-y-3">
      <IbcProgress title="Transfer progress" steps={steps} announcement={announcement} onDismiss={flow.dismiss} />
      {next ? (
        <Button onClick={onContinue} disabled={busy} pending={pending} pendingLabel="Waiting for inclusion">
          Continue: send to {CHAIN_NAMES[next.to.key]}
        </Button>
      ) : null}
    </div>
  );
}
