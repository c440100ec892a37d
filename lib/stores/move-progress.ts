/**
 * A Move-tab transfer between its two steps (included on the source chain, not yet arrived),
 * kept in localStorage so a reload shows its progress again; arrival is then read from the
 * destination balance, as before the reload.
 */
import type { NetworkMode } from "./network-store";

const PREFIX = "milkyway:move:";

export interface MoveProgress {
  direction: "deposit" | "withdraw";
  amount: bigint;
  /** Destination balance before the transfer; arrival is when it is exceeded. */
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
    localStorage.setItem(storageKey(scope), JSON.stringify({ v: 1, direction: m.direction, amount: m.amount.toString(), baseline: m.baseline.toString() }));
  } catch {
    // Storage blocked: the progress lasts until a reload, as before.
  }
}

export function loadMoveProgress(scope: MoveScope): MoveProgress | null {
  try {
    const raw = localStorage.getItem(storageKey(scope));
    if (!raw) return null;
    const s = JSON.parse(raw) as Record<string, unknown>;
    const int = (v: unknown) => typeof v === "string" && /^\d{1,40}$/.test(v);
    if (s.v !== 1 || (s.direction !== "deposit" && s.direction !== "withdraw") || !int(s.amount) || !int(s.baseline)) return null;
    return { direction: s.direction, amount: BigInt(s.amount as string), baseline: BigInt(s.baseline as string) };
  } catch {
    return null;
  }
}
