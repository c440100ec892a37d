"use client";

import type { ReactNode } from "react";
import { IbcProgress, type ProgressStep } from "@/components/stake/ibc-progress";
import { Button } from "@/components/ui/button";
import type { useMoveRoute } from "@/hooks/use-move-route";
import { displayExactToken } from "@/lib/amount/display";
import { CHAIN_NAMES } from "@/lib/chains/chain-names";
import { TRANSFER_TIMEOUT_MS } from "@/lib/protocol/ibc-transfer";

type Flow = ReturnType<typeof useMoveRoute>;

/** A step that waits for the move to finish (a restake of what arrived), with what to say then. */
export interface FollowUp {
  label: string;
  /** The live sentence once every hop has arrived, e.g. "Sign the restake". */
  announcement: string;
}

/**
 * Each hop of a move as two steps (sent, arrived), the button that signs the next hop, and what
 * happens to a hop that is refused or timed out (its source refunds it; dismiss to start again).
 * The one progress view of every flow that moves tokens between chains (Move tab, Restake).
 */
export function MoveProgressView({
  flow,
  busy,
  pending,
  onContinue,
  title = "Transfer progress",
  followUp,
  children,
}: {
  flow: Flow;
  busy: boolean;
  pending: boolean;
  onContinue: () => void;
  title?: string;
  followUp?: FollowUp;
  /** Below the steps (e.g. the follow-up's own controls). */
  children?: ReactNode;
}) {
  const { progress: p, route, moving } = flow;
  if (!p || !route || !moving) return null;
  const fmt = displayExactToken(p.amount, moving.decimals, moving.symbol).text;
  const steps: ProgressStep[] = route.flatMap((h, i) => {
    const before = i < p.hop;
    const here = i === p.hop;
    const failed = here && flow.failed;
    return [
      { id: `sent-${i}`, label: `${fmt} sent from ${CHAIN_NAMES[h.from.key]} (transaction included)`, state: before || (here && p.sent) ? "done" : here ? "current" : "todo" },
      {
        id: `arrived-${i}`,
        label: failed && flow.phase === "timed-out" ? `Timed out before reaching ${CHAIN_NAMES[h.to.key]}` : failed ? `Refused by ${CHAIN_NAMES[h.to.key]}` : `Arrived on ${CHAIN_NAMES[h.to.key]}`,
        state: failed ? "failed" : before || (here && flow.arrived) ? "done" : here && p.sent ? "current" : "todo",
      },
    ] satisfies ProgressStep[];
  });
  if (followUp) steps.push({ id: "follow-up", label: followUp.label, state: flow.done ? "current" : "todo" });
  const hop = route[p.hop];
  const next = flow.waitingForNext ? route[p.hop + 1] : undefined;
  const announcement =
    flow.phase === "refused" ? `${CHAIN_NAMES[hop.to.key]} refused the transfer; ${CHAIN_NAMES[hop.from.key]} refunds your ${moving.symbol}. Dismiss this to start again.`
    : flow.phase === "timed-out" ?
      `The transfer timed out: it did not reach ${CHAIN_NAMES[hop.to.key]} within ${TRANSFER_TIMEOUT_MS / 60_000} minutes (the timeout it carried), so ${CHAIN_NAMES[hop.from.key]} refunds your ${moving.symbol}. Dismiss this to start again.`
    : flow.done ? (followUp?.announcement ?? `Done: ${fmt} arrived.`)
    : next ? `${fmt} reached ${CHAIN_NAMES[next.from.key]}. Sign the next transfer to continue to ${CHAIN_NAMES[next.to.key]}.`
    : `${fmt} is on its way. You can leave: this waits here for you.`;
  return (
    <div className="space-y-3">
      <IbcProgress title={title} steps={steps} announcement={announcement} onDismiss={flow.dismiss} />
      {next ? (
        <Button onClick={onContinue} disabled={busy} pending={pending} pendingLabel="Waiting for inclusion">
          Continue: send to {CHAIN_NAMES[next.to.key]}
        </Button>
      ) : null}
      {children}
    </div>
  );
}
