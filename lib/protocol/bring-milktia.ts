import type { EncodeObject } from "@cosmjs/proto-signing";
import { TRANSFER_TIMEOUT_MS, transferMsg } from "./ibc-transfer";

/**
 * Bringing milkTIA from Osmosis to MilkyWay to restake it (issue: one action, two signed
 * steps). Step 1 is an ICS-20 transfer on Osmosis over the direct Osmosis ↔ MilkyWay channel
 * (protocol doc §0: `channel-89298` on Osmosis, `channel-0` on MilkyWay); the voucher that
 * lands is exactly milkTIA on MilkyWay, `ibc/16065…` = hash(`transfer/channel-0/factory/…/umilkTIA`),
 * so no unwinding through Celestia is needed. Step 2 is the restake on MilkyWay.
 * Between the two the pending step lives in localStorage, so leaving the page can be resumed.
 */

export const OSMOSIS_TO_MILKYWAY_CHANNEL = "channel-89298";
export const MILKYWAY_FROM_OSMOSIS_CHANNEL = "channel-0";

export function bringTransferMsg(args: { milkTiaOnOsmosis: string; amount: bigint; sender: string; receiver: string; nowMs: number }): EncodeObject {
  return transferMsg({ sourceChannel: OSMOSIS_TO_MILKYWAY_CHANNEL, denom: args.milkTiaOnOsmosis, amount: args.amount, sender: args.sender, receiver: args.receiver, nowMs: args.nowMs });
}

/** What survives a reload between step 1 and step 2. */
export interface PendingBring {
  v: 1;
  /** MilkyWay chain-id and the user's address there: the storage key, and a guard against mixing networks. */
  chainId: string;
  address: string;
  /** Base units of milkTIA sent in step 1 (and restaked in step 2). */
  amount: bigint;
  /** Restaking target key of step 2, e.g. "pool:1". */
  target: string;
  /** ICS-20 packet sequence on the Osmosis channel, to find its receipt on MilkyWay. */
  sequence: string;
  txHash: string;
  /** Clock time of step 1 (simulated time in the simulator). */
  sentMs: number;
}

export const pendingBringKey = (chainId: string, address: string) => `milkyway:bring-milktia:v1:${chainId}:${address}`;

export function serializePendingBring(p: PendingBring): string {
  return JSON.stringify({ ...p, amount: p.amount.toString() });
}

/** Parses what localStorage holds; anything malformed, foreign or stale-shaped is null (and should be dropped). */
export function parsePendingBring(raw: string | null, chainId: string, address: string): PendingBring | null {
  if (!raw) return null;
  let o: unknown;
  try {
    o = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!o || typeof o !== "object") return null;
  const r = o as Record<string, unknown>;
  if (r.v !== 1 || r.chainId !== chainId || r.address !== address) return null;
  if (typeof r.amount !== "string" || !/^[1-9]\d{0,38}$/.test(r.amount)) return null;
  if (typeof r.target !== "string" || !/^(pool|operator|service):\d+$/.test(r.target)) return null;
  if (typeof r.sequence !== "string" || !/^\d+$/.test(r.sequence)) return null;
  if (typeof r.txHash !== "string" || typeof r.sentMs !== "number" || !Number.isFinite(r.sentMs)) return null;
  return { v: 1, chainId, address, amount: BigInt(r.amount), target: r.target, sequence: r.sequence, txHash: r.txHash, sentMs: r.sentMs };
}

export type BringPhase = "in-flight" | "arrived" | "refused" | "timed-out";

/**
 * Clock skew between this app and MilkyWay's block time: the packet is only surely past its
 * deadline once MilkyWay's clock is, so "timed out" waits this much longer than the deadline.
 */
export const TIMEOUT_GRACE_MS = 60_000;

/**
 * Where the transfer is, from its receipt on MilkyWay: none yet = in flight; an error
 * acknowledgement = refused (Osmosis refunds it). A transfer the relayer never delivers before
 * its deadline (`TRANSFER_TIMEOUT_MS` after step 1, the timeout step 1 put in the packet) can no
 * longer be received and is refunded on Osmosis: no receipt (`null`, the query answered) after
 * the deadline is "timed-out". `undefined` (not read yet) never decides anything.
 */
export function bringPhase(receipt: "ok" | "error" | null | undefined, timing?: { sentMs: number; nowMs: number | null }): BringPhase {
  if (receipt === "ok") return "arrived";
  if (receipt === "error") return "refused";
  if (receipt === null && timing && timing.nowMs !== null && timing.nowMs >= timing.sentMs + TRANSFER_TIMEOUT_MS + TIMEOUT_GRACE_MS) return "timed-out";
  return "in-flight";
}

/** Step 2's target must still be offered; a saved one that is gone is never swapped silently. */
export function step2Target<T extends { key: string }>(saved: string, targets: ReadonlyArray<T>, targetsReady: boolean): { kind: "found"; target: T } | { kind: "loading" } | { kind: "gone" } {
  const t = targets.find((x) => x.key === saved);
  if (t) return { kind: "found", target: t };
  return targetsReady ? { kind: "gone" } : { kind: "loading" };
}

export type Step2Check = { ok: true } | { ok: false; message: string };

/** Step 2 restakes exactly what arrived; refuse before signing if it is no longer there. */
export function checkStep2(amount: bigint, balanceOnMilkyway: bigint | undefined, fmt: (v: bigint) => string): Step2Check {
  if (balanceOnMilkyway === undefined) return { ok: false, message: "Reading your milkTIA balance on MilkyWay…" };
  if (balanceOnMilkyway < amount) {
    return { ok: false, message: `Only ${fmt(balanceOnMilkyway)} is on MilkyWay now, less than the ${fmt(amount)} brought over. Dismiss this and restake what you hold below.` };
  }
  return { ok: true };
}
