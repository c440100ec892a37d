/**
 * A Move-tab transfer in progress (a route of one or more IBC hops), kept in localStorage so a
 * reload shows it again: which hop is in flight and the destination balance before it was
 * sent; arrival is read from that balance, as before the reload.
 */
import type { ChainKey, NetworkMode } from "./network-store";

const PREFIX = "milkyway:move:";
const CHAIN_KEYS: ReadonlyArray<ChainKey> = ["celestia", "osmosis", "milkyway", "babylon", "initia", "moo"];

export interface MoveProgress {
  /** The token moved (e.g. "TIA", "milkTIA"). */
  symbol: string;
  from: ChainKey;
  to: ChainKey;
  amount: bigint;
  /** Index of the hop being sent or in flight. */
  hop: number;
  /** The hop's transfer is included on its source chain. */
  sent: boolean;
  /** The hop's destination balance before it was sent; arrival is when it is exceeded. */
  baseline: bigint;
}

export interface MoveScope {
  mode: NetworkMode;
  lstSymbol: string;
  /** The user's address on the native chain (one key per account). */
  address: string;
}

function storageKey(s: MoveScope): string {
  return `${PREFIX}${s.mode}:${s.lstSymbol}:${s.address}`;
}

export function saveMoveProgress(scope: MoveScope, m: MoveProgress | null): void {
  try {
    if (!m) return localStorage.removeItem(storageKey(scope));
    const { amount, baseline, ...rest } = m;
    localStorage.setItem(storageKey(scope), JSON.stringify({ v: 2, ...rest, amount: amount.toString(), baseline: baseline.toString() }));
  } catch {
    // Storage blocked: the progress lasts until a reload, as before.
  }
}

/** The saved progress, or null when there is none or it is not one this version wrote. */
export function loadMoveProgress(scope: MoveScope): MoveProgress | null {
  try {
    const raw = localStorage.getItem(storageKey(scope));
    if (!raw) return null;
    const s = JSON.parse(raw) as Record<string, unknown>;
    const int = (v: unknown) => typeof v === "string" && /^\d{1,40}$/.test(v);
    const chain = (v: unknown): v is ChainKey => typeof v === "string" && (CHAIN_KEYS as string[]).includes(v);
    if (s.v !== 2 || typeof s.symbol !== "string" || !chain(s.from) || !chain(s.to) || !int(s.amount) || !int(s.baseline)) return null;
    if (typeof s.hop !== "number" || !Number.isInteger(s.hop) || s.hop < 0 || s.hop > 8 || typeof s.sent !== "boolean") return null;
    return { symbol: s.symbol, from: s.from, to: s.to, amount: BigInt(s.amount as string), hop: s.hop, sent: s.sent, baseline: BigInt(s.baseline as string) };
  } catch {
    return null;
  }
}
