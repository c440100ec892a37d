/**
 * Bringing milkTIA to MilkyWay to restake it. The transfer itself is a move along the token's
 * route (lib/chains/token-places.ts, hooks/use-move-route.ts): from Osmosis one ICS-20 transfer
 * over the direct Osmosis ↔ MilkyWay channel (protocol doc §0: `channel-89298` on Osmosis,
 * `channel-0` on MilkyWay), whose voucher is exactly milkTIA on MilkyWay, `ibc/16065…` =
 * hash(`transfer/channel-0/factory/…/umilkTIA`); from Celestia it unwinds to Osmosis first.
 * What follows the move is the restake on MilkyWay, in the target chosen before the move.
 */

/** The restake's target must still be offered; a saved one that is gone is never swapped silently. */
export function step2Target<T extends { key: string }>(saved: string, targets: ReadonlyArray<T>, targetsReady: boolean): { kind: "found"; target: T } | { kind: "loading" } | { kind: "gone" } {
  const t = targets.find((x) => x.key === saved);
  if (t) return { kind: "found", target: t };
  return targetsReady ? { kind: "gone" } : { kind: "loading" };
}

export type Step2Check = { ok: true } | { ok: false; message: string };

/** The restake is of exactly what arrived; refuse before signing if it is no longer there. */
export function checkStep2(amount: bigint, balanceOnMilkyway: bigint | undefined, fmt: (v: bigint) => string): Step2Check {
  if (balanceOnMilkyway === undefined) return { ok: false, message: "Reading your milkTIA balance on MilkyWay…" };
  if (balanceOnMilkyway < amount) {
    return { ok: false, message: `Only ${fmt(balanceOnMilkyway)} is on MilkyWay now, less than the ${fmt(amount)} brought over. Dismiss this and restake what you hold above.` };
  }
  return { ok: true };
}
