/**
 * A transfer in progress along a token's route (one or more IBC hops), kept in localStorage so a
 * reload, or another tab, shows it again: which hop is in flight, its packet sequence (to find
 * the destination's receipt), when it was sent (to tell a timeout) and the destination balance
 * before it was sent (arrival for a hop whose sequence is unknown).
 */
import { CHAIN_KEYS, type ChainKey, type NetworkMode } from "./network-store";
import { changeSignal } from "./change-signal";

const PREFIX = "milkyway:move:";

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
  /** The hop's ICS-20 packet sequence on its source channel, when the inclusion reported it. */
  sequence?: string;
  /** Clock time the hop was sent (simulated time in the simulator), for its 10-minute deadline. */
  sentMs?: number;
  /** What the user chose to do once it has arrived, e.g. a restake target key ("pool:1"). */
  then?: string;
}

export interface MoveScope {
  mode: NetworkMode;
  /** The flow's name: an LST symbol for the Move tab, or e.g. "restake-bring-milkTIA". */
  lstSymbol: string;
  /** The user's address on the native chain (one key per account). */
  address: string;
}

export function moveProgressKey(s: MoveScope): string {
  return `${PREFIX}${s.mode}:${s.lstSymbol}:${s.address}`;
}

/** The storage text of a progress. */
export function serializeMoveProgress(m: MoveProgress): string {
  const { amount, baseline, ...rest } = m;
  return JSON.stringify({ v: 2, ...rest, amount: amount.toString(), baseline: baseline.toString() });
}

/** Saves (or with null, forgets) the progress; false when storage is blocked. */
export function saveMoveProgress(scope: MoveScope, m: MoveProgress | null): boolean {
  try {
    if (!m) localStorage.removeItem(moveProgressKey(scope));
    else localStorage.setItem(moveProgressKey(scope), serializeMoveProgress(m));
    return true;
  } catch {
    return false;
  }
}

const changes = changeSignal();

/** Calls `cb` on every change of any saved move, from this tab or another. */
export const subscribeMoveProgress = changes.subscribe;

// Where a progress lives when storage is blocked: it then lasts until a reload.
const memory = new Map<string, string | null>();

/** The storage text under `key` (or what was kept in memory because storage was blocked). */
export function readMoveProgressRaw(key: string): string | null {
  if (memory.has(key)) return memory.get(key)!;
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Saves (or with null, forgets) the progress and tells every reader. Module state, not a hook's,
 * so a transaction that is included after its screen has gone still records what it did. The
 * first change after a save of an earlier version (`legacyKey`) was read supersedes that save.
 */
export function writeMoveProgress(scope: MoveScope, m: MoveProgress | null, legacyKey?: string): void {
  const key = moveProgressKey(scope);
  if (saveMoveProgress(scope, m)) memory.delete(key);
  else memory.set(key, m ? serializeMoveProgress(m) : null);
  if (legacyKey) {
    try {
      window.localStorage.removeItem(legacyKey);
    } catch {
      memory.set(legacyKey, null);
    }
  }
  changes.notify();
}

/** What the storage text holds, or null when there is none or it is not one this version wrote. */
export function parseMoveProgress(raw: string | null): MoveProgress | null {
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Record<string, unknown>;
    const int = (v: unknown) => typeof v === "string" && /^\d{1,40}$/.test(v);
    const chain = (v: unknown): v is ChainKey => typeof v === "string" && (CHAIN_KEYS as string[]).includes(v);
    if (!s || typeof s !== "object") return null;
    if (s.v !== 2 || typeof s.symbol !== "string" || !chain(s.from) || !chain(s.to) || !int(s.amount) || !int(s.baseline)) return null;
    if (typeof s.hop !== "number" || !Number.isInteger(s.hop) || s.hop < 0 || s.hop > 8 || typeof s.sent !== "boolean") return null;
    // Optional since they were added (saves from before still resume, arrival read from the balance).
    if (s.sequence !== undefined && !(typeof s.sequence === "string" && /^\d{1,20}$/.test(s.sequence))) return null;
    if (s.sentMs !== undefined && !(typeof s.sentMs === "number" && Number.isFinite(s.sentMs))) return null;
    if (s.then !== undefined && !(typeof s.then === "string" && /^[a-z]+:\d{1,12}$/.test(s.then))) return null;
    const m: MoveProgress = { symbol: s.symbol, from: s.from, to: s.to, amount: BigInt(s.amount as string), hop: s.hop, sent: s.sent, baseline: BigInt(s.baseline as string) };
    if (s.sequence !== undefined) m.sequence = s.sequence as string;
    if (s.sentMs !== undefined) m.sentMs = s.sentMs as number;
    if (s.then !== undefined) m.then = s.then as string;
    return m;
  } catch {
    return null;
  }
}

/** Where the Restake bring kept its one Osmosis → MilkyWay transfer before it became a move. */
export const bringV1Key = (milkywayChainId: string, address: string) => `milkyway:bring-milktia:v1:${milkywayChainId}:${address}`;

/**
 * A bring saved by the earlier Restake flow (v1: always with its packet sequence, so arrival is
 * read from the receipt and the missing balance baseline never counts) as the move that replaced
 * it, so a user who was between the transfer and the restake is still offered the restake.
 * Anything malformed, or another chain's or account's, is null.
 */
export function bringV1AsMove(raw: string | null, milkywayChainId: string, address: string): MoveProgress | null {
  if (!raw) return null;
  try {
    const r = JSON.parse(raw) as Record<string, unknown>;
    if (!r || typeof r !== "object" || r.v !== 1 || r.chainId !== milkywayChainId || r.address !== address) return null;
    if (typeof r.amount !== "string" || !/^[1-9]\d{0,38}$/.test(r.amount)) return null;
    if (typeof r.target !== "string" || !/^(pool|operator|service):\d{1,12}$/.test(r.target)) return null;
    if (typeof r.sequence !== "string" || !/^\d{1,20}$/.test(r.sequence)) return null;
    if (typeof r.sentMs !== "number" || !Number.isFinite(r.sentMs)) return null;
    return { symbol: "milkTIA", from: "osmosis", to: "milkyway", amount: BigInt(r.amount), hop: 0, sent: true, baseline: 0n, sequence: r.sequence, sentMs: r.sentMs, then: r.target };
  } catch {
    return null;
  }
}
