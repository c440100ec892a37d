import { TRANSFER_TIMEOUT_MS } from "./ibc-transfer";

/**
 * Where one IBC transfer (one hop of a move) is, from what its destination chain says. Every
 * flow that moves tokens between chains reads it the same way, so a refused or stalled transfer
 * is never shown as "on its way" forever.
 */
export type HopPhase = "in-flight" | "arrived" | "refused" | "timed-out";

/**
 * Clock skew between this app and the destination's block time: a packet is only surely past its
 * deadline once the destination's clock is, so "timed out" waits this much longer than the deadline.
 */
export const TIMEOUT_GRACE_MS = 60_000;

/**
 * `receipt` is the destination's receipt of the packet: "ok", "error" (an error acknowledgement:
 * the source refunds it), `null` (the query answered: none yet) or `undefined` (not read, or no
 * packet sequence was recorded). `balanceRose`: the destination balance exceeds what it was
 * before sending, which is how a hop sent without a known sequence (and only such a hop) is told to
 * have arrived.
 * A packet the relayer never delivers before its deadline (`TRANSFER_TIMEOUT_MS` after sending,
 * the timeout the transfer carries) can no longer be received and is refunded on the source:
 * no receipt after the deadline is "timed-out". `undefined` never decides a failure.
 */
export function hopPhase(args: {
  receipt: "ok" | "error" | null | undefined;
  /** Whether the packet's sequence was recorded: then only its receipt can say it arrived. */
  sequenceKnown: boolean;
  balanceRose: boolean;
  sentMs?: number;
  nowMs: number | null;
}): HopPhase {
  if (args.receipt === "ok") return "arrived";
  if (args.receipt === "error") return "refused";
  // Any other deposit (another transfer, an unbonding, a faucet) also raises the balance; with a
  // known sequence that would call a stalled or timed-out packet "arrived".
  if (args.balanceRose && !args.sequenceKnown) return "arrived";
  if (args.receipt === null && args.sentMs !== undefined && args.nowMs !== null && args.nowMs >= args.sentMs + TRANSFER_TIMEOUT_MS + TIMEOUT_GRACE_MS) return "timed-out";
  return "in-flight";
}

/**
 * Whether nothing the destination says later can change the phase: a receipt is final, and a
 * packet past its deadline (and the grace) can no longer be received.
 */
export function hopDecided(phase: HopPhase | null): boolean {
  return phase === "arrived" || phase === "refused" || phase === "timed-out";
}
