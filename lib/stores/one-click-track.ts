/**
 * A one-click stake in flight, kept in localStorage so a reload (or a closed tab) resumes its
 * progress: the packet and the LST's arrival are then read back from the chains. Only what the
 * chain cannot tell us is saved — which packet, and the balance before it.
 */
import type { LstRecord } from "../chains/lsts";
import { CHAIN_KEYS, type ChainKey, type NetworkMode } from "./network-store";
import { changeSignal } from "./change-signal";

const PREFIX = "milkyway:one-click:";

/** A one-click stake after inclusion on the native chain: its packet and where the LST lands. */
export interface OneClickTrack {
  lst: LstRecord;
  sequence: string;
  dest: { key: ChainKey; address: string; denom: string };
  /** The destination balance before the stake; the LST has arrived once it is exceeded. */
  baseline: bigint;
  /** When the transfer was signed, on the chain's clock: past its timeout, no receipt means timed out. */
  sentMs?: number;
}

export interface TrackScope {
  mode: NetworkMode;
  lst: LstRecord;
  /** The staker's address on the native chain. */
  address: string;
}

interface Saved {
  v: 1;
  sequence: string;
  dest: { key: ChainKey; address: string; denom: string };
  baseline: string;
  /** Absent in saves from before it was kept: such a track is followed without a deadline. */
  sentMs?: number;
}

function storageKey(s: TrackScope): string {
  return `${PREFIX}${s.mode}:${s.lst.nativeChainId}:${s.lst.symbol}:${s.address}`;
}

// A stake included after its screen unmounted is saved by the mutation (lib/tx/move-record.ts)
// while a new screen may be showing: that screen subscribes.
const changes = changeSignal();
export const subscribeOneClickTrack = changes.subscribe;

export function saveOneClickTrack(scope: TrackScope, track: OneClickTrack | null): void {
  try {
    if (!track) localStorage.removeItem(storageKey(scope));
    else {
      const saved: Saved = { v: 1, sequence: track.sequence, dest: track.dest, baseline: track.baseline.toString(), ...(track.sentMs !== undefined ? { sentMs: track.sentMs } : {}) };
      localStorage.setItem(storageKey(scope), JSON.stringify(saved));
    }
  } catch {
    // Storage full or blocked: progress then lasts until a reload, as before.
    return;
  }
  changes.notify();
}

/** The saved track for this scope, or null (nothing saved, or a save that is not ours). */
export function loadOneClickTrack(scope: TrackScope): OneClickTrack | null {
  try {
    const raw = localStorage.getItem(storageKey(scope));
    if (!raw) return null;
    const s = JSON.parse(raw) as Partial<Saved>;
    const ok =
      s.v === 1 &&
      typeof s.sequence === "string" && /^\d{1,20}$/.test(s.sequence) &&
      typeof s.baseline === "string" && /^\d{1,40}$/.test(s.baseline) &&
      typeof s.dest?.address === "string" && typeof s.dest.denom === "string" &&
      (CHAIN_KEYS as readonly string[]).includes(s.dest.key as string) &&
      (s.sentMs === undefined || (Number.isSafeInteger(s.sentMs) && s.sentMs > 0));
    if (!ok) return null;
    return { lst: scope.lst, sequence: s.sequence!, dest: s.dest!, baseline: BigInt(s.baseline!), ...(s.sentMs !== undefined ? { sentMs: s.sentMs } : {}) };
  } catch {
    return null;
  }
}
