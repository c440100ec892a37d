"use client";

import { IbcProgress, type ProgressStep, type StepState } from "@/components/stake/ibc-progress";
import type { OneClickPhase } from "@/hooks/use-lst-ibc-progress";
import type { LstRecord } from "@/lib/chains/lsts";

const ORDER: OneClickPhase[] = ["sent", "received", "minted"];

/** Maps a one-click stake's phase to the three legs the user waits for. */
export function OneClickProgress({ phase, lst, names, onDismiss }: { phase: OneClickPhase; lst: LstRecord; names: { native: string; protocol: string; dest: string }; onDismiss: () => void }) {
  const reached = phase === "refused" ? 0 : ORDER.indexOf(phase);
  const state = (i: number): StepState => {
    if (phase === "refused") return i === 0 ? "done" : i === 1 ? "failed" : "todo";
    return i <= reached ? "done" : i === reached + 1 ? "current" : "todo";
  };
  const steps: ProgressStep[] = [
    { id: "sent", label: `Sent from ${names.native} (transaction included)`, state: state(0) },
    { id: "received", label: `Received and staked on ${names.protocol}`, state: state(1) },
    { id: "minted", label: `${lst.symbol} arrived on ${names.dest}`, state: state(2) },
  ];
  const announcement =
    phase === "sent"
      ? `Your ${lst.nativeSymbol} is on its way to ${names.protocol}.`
      : phase === "received"
        ? `Staked on ${names.protocol}; your ${lst.symbol} is on its way to ${names.dest}.`
        : phase === "minted"
          ? `Done: your ${lst.symbol} arrived on ${names.dest}.`
          : `The contract refused the stake; your ${lst.nativeSymbol} is refunded to your ${names.native} address.`;
  return <IbcProgress title="One-click stake progress" steps={steps} announcement={announcement} onDismiss={onDismiss} />;
}
