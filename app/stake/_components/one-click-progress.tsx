"use client";

import { IbcProgress, type ProgressStep, type StepState } from "@/components/stake/ibc-progress";
import type { OneClickPhase } from "@/hooks/use-lst-ibc-progress";
import type { LstRecord } from "@/lib/chains/lsts";
import { TRANSFER_TIMEOUT_MS } from "@/lib/protocol/ibc-transfer";

const ORDER: OneClickPhase[] = ["sent", "received", "minted"];

/** Maps a one-click stake's phase to the three legs the user waits for. */
export function OneClickProgress({ phase, lst, names, onDismiss }: { phase: OneClickPhase; lst: LstRecord; names: { native: string; protocol: string; dest: string }; onDismiss: () => void }) {
  const failed = phase === "refused" || phase === "timed-out";
  const reached = failed ? 0 : ORDER.indexOf(phase);
  const state = (i: number): StepState => {
    if (failed) return i === 0 ? "done" : i === 1 ? "failed" : "todo";
    return i <= reached ? "done" : i === reached + 1 ? "current" : "todo";
  };
  const steps: ProgressStep[] = [
    { id: "sent", label: `Sent from ${names.native} (transaction included)`, state: state(0) },
    { id: "received", label: phase === "timed-out" ? `Timed out before reaching ${names.protocol}` : `Received and staked on ${names.protocol}`, state: state(1) },
    { id: "minted", label: `${lst.symbol} arrived on ${names.dest}`, state: state(2) },
  ];
  const announcement =
    phase === "sent"
      ? `Your ${lst.nativeSymbol} is on its way to ${names.protocol}.`
      : phase === "received"
        ? `Staked on ${names.protocol}; your ${lst.symbol} is on its way to ${names.dest}.`
        : phase === "minted"
          ? `Done: your ${lst.symbol} arrived on ${names.dest}.`
          : phase === "timed-out"
            ? `Your ${lst.nativeSymbol} did not reach ${names.protocol} within ${TRANSFER_TIMEOUT_MS / 60_000} minutes (the timeout it carried), so nothing was staked; ${names.native} refunds it to your address once a relayer reports the timeout.`
            : `The contract refused the stake; your ${lst.nativeSymbol} is refunded to your ${names.native} address.`;
  return <IbcProgress title="One-click stake progress" steps={steps} announcement={announcement} onDismiss={onDismiss} />;
}
