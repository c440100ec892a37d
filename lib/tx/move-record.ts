import type { DeliverTxResponse } from "@cosmjs/stargate";
import { sentPacketSequence } from "../protocol/liquid-staking";
import { writeMoveProgress, type MoveProgress, type MoveScope } from "../stores/move-progress";
import { saveOneClickTrack, type OneClickTrack, type TrackScope } from "../stores/one-click-track";

/**
 * What a transaction's inclusion changes in a saved move. It travels with the request and is
 * applied by the mutation itself (lib/tx/mutation-options.ts), not by the screen that sent it:
 * TanStack Query drops a `mutate(vars, { onSuccess })` callback once the component that called it
 * has unmounted, and a user who leaves right after signing must still find the transfer in flight
 * when they come back.
 */
export type MoveRecord =
  /** A hop's transfer: once included, the progress is this hop, sent, with its packet sequence. */
  | { kind: "hop-sent"; scope: MoveScope; legacyKey?: string; progress: Omit<MoveProgress, "sent" | "sequence"> & { sentMs: number }; channel: string }
  /** The step that completes the flow (the Bring's restake): once included, the progress is forgotten. */
  | { kind: "finished"; scope: MoveScope; legacyKey?: string }
  /** A one-click stake's transfer to the protocol's chain: once included, its packet is the track to resume. */
  | { kind: "one-click-sent"; scope: TrackScope; channel: string; dest: OneClickTrack["dest"]; baseline: bigint; sentMs: number };

export function recordMoveOutcome(record: MoveRecord, result: Pick<DeliverTxResponse, "events">): void {
  if (record.kind === "finished") {
    writeMoveProgress(record.scope, null, record.legacyKey);
    return;
  }
  if (record.kind === "one-click-sent") {
    // Without its packet's sequence there is nothing to follow on the chains.
    const sequence = sentPacketSequence(result.events, record.channel);
    if (sequence) saveOneClickTrack(record.scope, { lst: record.scope.lst, sequence, dest: record.dest, baseline: record.baseline, sentMs: record.sentMs });
    return;
  }
  // Without a sequence the hop is still tracked, by its destination balance.
  const sequence = sentPacketSequence(result.events, record.channel);
  writeMoveProgress(record.scope, { ...record.progress, sent: true, ...(sequence ? { sequence } : {}) }, record.legacyKey);
}
