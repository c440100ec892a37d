/**
 * Live mode is kind to public RPCs. No query polls on its own: for each chain something on screen
 * reads, the node pushes its new blocks and transactions over its websocket (or, where it offers
 * none or the socket fails, one head read about once a block asks whether the chain moved; a
 * socket is tried again every SOCKET_RETRY_MS), and when it moved only the reads the new blocks
 * can have changed are marked stale and refetched:
 * - a read about an account or a contract, when a transaction of the block touched it (its
 *   address is among the transaction's event values);
 * - a chain-wide read (pools, tallies), when the block carried a message that changes its area
 *   (the SDK's `message.action` event names each message's type; the invalidation table says
 *   what each type changes), at most every CHAIN_WIDE_MS;
 * - everything else once a minute (SWEEP_MS) per chain, all at once so the calls travel in one
 *   or two batched requests: what changes with time alone (rewards, unbondings, proposal status,
 *   prices) and what changes without a transaction (end-block payouts, a devnet's faucet);
 * - slow-moving reads (parameters, contract configuration, validator sets) never: they keep a
 *   long staleTime of their own.
 * While the tab is hidden nothing is asked; what moved meanwhile is caught up when it is shown.
 */
import type { Query, QueryClient } from "@tanstack/react-query";
import type { NetworkSnapshot } from "../chains/networks";
import type { ChainKey } from "../stores/network-store";
import { areasToInvalidate } from "../tx/invalidation";
import { HEALTH_CHECK_MS, STALL_AFTER_MS } from "./chain-head";
import { SLOW_OPERATIONS } from "./slow-reads";

/** About a block on the chains the product reads: the polling fallback's cadence. */
export const HEAD_POLL_MS = 6_000;
/** Per chain, every block-bound read is refreshed this often, together (a sweep). */
export const SWEEP_MS = 60_000;
/** A chain-wide read refetches at most this often, however busy the chain. */
export const CHAIN_WIDE_MS = 30_000;
/** Polled (no websocket): what the blocks held is unknown, so a read refreshes at most this often. */
export const POLLED_REFRESH_MS = 30_000;
/**
 * However a chain's head is learnt, a moving chain's must be learnt again well within
 * STALL_AFTER_MS, or the stalled-chains notice names a chain that is fine. The watch ticks every
 * HEAD_POLL_MS, so a check due after HEAD_CHECK_MS happens within HEAD_CHECK_MS + HEAD_POLL_MS,
 * and the notice looks every HEALTH_CHECK_MS: 12 + 6 + 5 = 23 s, leaving 7 s for the read itself.
 */
export const HEAD_CHECK_MS = STALL_AFTER_MS - HEALTH_CHECK_MS - HEAD_POLL_MS - 7_000;
/**
 * With a websocket, one head read this long after the last pushed block: a halted chain (no
 * pushes, same head: the socket is kept) or a socket that stopped delivering (the head moved:
 * dropped for polling). Longer, and every chain looked stalled whenever pushes stopped.
 */
export const SILENT_SOCKET_MS = HEAD_CHECK_MS;
/** After a socket failed (or the endpoint offers none), a new one is tried this much later. */
export const SOCKET_RETRY_MS = 5 * 60_000;
/** After a NewBlock, wait this long for its Tx events before deciding what changed. */
export const TX_EVENTS_GRACE_MS = 300;

/** What is known about the blocks a chain made since its reads were last refreshed. */
export interface BlockNews {
  height: number;
  /** Transactions included (0 when none is known; polling cannot tell). */
  txs: number;
  /** Event attribute values of those transactions; null when unknown (polled). */
  touched: ReadonlySet<string> | null;
  /** When the first of these blocks arrived: a read fetched after it already reflects it. */
  sinceMs?: number;
  /** This chain's minute is up: every block-bound read fetched before these blocks is refreshed. */
  sweep?: boolean;
}

const BECH32 = /^[a-z][a-z0-9]{0,30}1[02-9ac-hj-np-z]{6,}$/;

/** The accounts, contracts (and, for a packet, its sequence) a read is about, from its key's params. */
export function subjectsOf(queryKey: ReadonlyArray<unknown>): string[] {
  const params = (queryKey[4] ?? {}) as Record<string, unknown>;
  const out = Object.values(params).filter((v): v is string => typeof v === "string" && BECH32.test(v));
  if (queryKey[2] === "ibc" && params.sequence !== undefined) out.push(String(params.sequence));
  return out;
}

const areasCache = new WeakMap<ReadonlySet<string>, Set<string>>();

/** The query areas the messages in these event values change (through the invalidation table). */
export function areasTouched(touched: ReadonlySet<string>): Set<string> {
  let out = areasCache.get(touched);
  if (!out) {
    // Message type URLs ("/cosmos.gov.v1.MsgVote") are the values of `message.action`.
    const actions = [...touched].filter((v) => /^\/[\w.]+\.Msg\w+$/.test(v));
    out = new Set(actions.length ? areasToInvalidate(actions) : []);
    areasCache.set(touched, out);
  }
  return out;
}

/** Whether the news can have changed the answer of a read fetched at `fetchedAtMs`. */
export function canHaveChanged(queryKey: ReadonlyArray<unknown>, fetchedAtMs: number, news: BlockNews, nowMs: number): boolean {
  const op = String(queryKey[3]);
  if (op === "head" || SLOW_OPERATIONS.has(op)) return false;
  const age = nowMs - fetchedAtMs;
  const fetchedBefore = news.sinceMs === undefined || fetchedAtMs < news.sinceMs;
  if (news.sweep) return fetchedBefore;
  if (news.touched === null) return age >= POLLED_REFRESH_MS;
  const subjects = subjectsOf(queryKey);
  if (subjects.some((s) => news.touched!.has(s))) return fetchedBefore;
  return subjects.length === 0 && age >= CHAIN_WIDE_MS && areasTouched(news.touched).has(String(queryKey[2]));
}

/** Without a socket, a chain watched only for its health (the stalled-chain notice reads its head) is polled this often. */
export const HEALTH_POLL_MS = HEAD_CHECK_MS;

/**
 * The chain-ids live queries on screen read from (key: ["live", chainId, area, operation, …]):
 * "reads" when something besides the chain's head is on screen, "head" when only the head is.
 */
export function chainsInUse(client: QueryClient): Map<string, "reads" | "head"> {
  const out = new Map<string, "reads" | "head">();
  for (const q of client.getQueryCache().findAll({ queryKey: ["live"], type: "active" })) {
    const id = String(q.queryKey[1]);
    if (q.queryKey[3] !== "head") out.set(id, "reads");
    else if (!out.has(id)) out.set(id, "head");
  }
  return out;
}

/** Marks stale (and refetches, if on screen) what the news on `chainId` can have changed. */
export function chainMoved(client: QueryClient, chainId: string, news: BlockNews, nowMs: number): Promise<void> {
  return client.invalidateQueries(
    {
      queryKey: ["live", chainId],
      // Leave in-flight fetches (and their retries) alone; a read never fetched has nothing stale.
      predicate: (q: Query) => q.state.fetchStatus === "idle" && canHaveChanged(q.queryKey, q.state.dataUpdatedAt, news, nowMs),
    },
    { cancelRefetch: false },
  );
}

export interface LiveHeadsArgs {
  client: QueryClient;
  net: NetworkSnapshot;
  keyOf: (chainId: string) => ChainKey | undefined;
  /** A chain's latest height (the app's own read): the fallback, and a check on a quiet socket. */
  height: (key: ChainKey) => Promise<number>;
  /** Pushed blocks for a chain, where its node offers them; returns the unsubscribe function. */
  subscribe?: (key: ChainKey, h: { onBlock: (height: number) => void; onTx: (height: number, values: string[]) => void; onError: (e: unknown) => void }) => () => void;
  /** A height learnt from a push, for whoever watches heads (the chain-health banner). */
  onHeight?: (key: ChainKey, height: number) => void;
  /** How a chain's new blocks are learnt now: pushed over its websocket, or polled (none, or it failed). */
  onTransport?: (key: ChainKey, how: "pushed" | "polled" | null) => void;
  visible: () => boolean;
  /** Calls back when the tab is shown again; returns the unsubscribe function. */
  onShown?: (f: () => void) => () => void;
  everyMs?: number;
  now?: () => number;
}

interface ChainWatch {
  key: ChainKey;
  /** Height the reads were last brought up to date with. */
  seen?: number;
  pending: { height: number; txs: number; touched: Set<string>; sinceMs: number } | null;
  /** "open": subscribed (or opening); "failed": none, or it broke, and the head is polled. */
  socket: "none" | "open" | "failed";
  close?: () => void;
  lastPushMs: number;
  lastPollMs: number;
  failedAtMs: number;
  /** Which subscription is current (a socket is tried again after SOCKET_RETRY_MS). */
  gen: number;
  /** A head read is in flight: one per chain at a time, and a slow node delays only its own chain. */
  polling: boolean;
  lastSweepMs: number;
  flushTimer?: ReturnType<typeof setTimeout>;
}

/** Runs the head watch until stopped. */
export function startLiveHeads(args: LiveHeadsArgs): () => void {
  const now = args.now ?? Date.now;
  const every = args.everyMs ?? HEAD_POLL_MS;
  const watches = new Map<string, ChainWatch>();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = (chainId: string, w: ChainWatch) => {
    if (!w.pending || !args.visible()) return;
    const sweep = now() - w.lastSweepMs >= SWEEP_MS;
    if (sweep) w.lastSweepMs = now();
    const news: BlockNews = { height: w.pending.height, txs: w.pending.txs, touched: w.pending.touched, sinceMs: w.pending.sinceMs, sweep };
    w.pending = null;
    w.seen = news.height;
    void chainMoved(args.client, chainId, news, now());
  };

  const socketFailed = (w: ChainWatch) => {
    w.close?.();
    w.close = undefined;
    w.socket = "failed";
    w.failedAtMs = now();
    args.onTransport?.(w.key, "polled");
  };

  const startSocket = (chainId: string, w: ChainWatch) => {
    if (!args.subscribe) return;
    w.socket = "open";
    w.lastPushMs = now();
    args.onTransport?.(w.key, "pushed");
    // A retried socket is a new subscription: the old one's late calls count for nothing.
    const gen = ++w.gen;
    const live = () => !stopped && w.socket === "open" && w.gen === gen;
    try {
      const close = args.subscribe(w.key, {
        onBlock: (height) => {
          if (!live()) return;
          w.lastPushMs = now();
          args.onHeight?.(w.key, height);
          if (w.seen === undefined) {
            w.seen = height;
            return;
          }
          if (height <= w.seen) return;
          w.pending = { height, txs: w.pending?.txs ?? 0, touched: w.pending?.touched ?? new Set(), sinceMs: w.pending?.sinceMs ?? now() };
          // A block's Tx events may arrive just after its NewBlock: decide once they are in.
          if (!w.flushTimer) {
            w.flushTimer = setTimeout(() => {
              w.flushTimer = undefined;
              flush(chainId, w);
            }, TX_EVENTS_GRACE_MS);
          }
        },
        onTx: (height, values) => {
          if (!live()) return;
          const p = (w.pending ??= { height: Math.max(height, w.seen ?? height), txs: 0, touched: new Set(), sinceMs: now() });
          p.txs++;
          for (const v of values) p.touched.add(v);
        },
        onError: () => {
          // No websocket here (or it broke): poll this chain's head from the next tick on.
          if (live()) socketFailed(w);
        },
      });
      if (live()) w.close = close;
      else close();
    } catch {
      socketFailed(w);
    }
  };

  const poll = async (chainId: string, w: ChainWatch) => {
    w.lastPollMs = now();
    w.polling = true;
    const gen = w.gen;
    const pushAt = w.lastPushMs;
    const h = await args.height(w.key).catch(() => null);
    w.polling = false;
    if (h === null || stopped || watches.get(chainId) !== w) return;
    // Only a socket that was open, the same one, and silent through the whole read is not
    // delivering: a block pushed (or a socket reopened) while the read was out is the socket working.
    const silent = w.socket === "open" && w.gen === gen && w.lastPushMs === pushAt;
    // With a socket open this is the check on a quiet one: at most one per SILENT_SOCKET_MS.
    if (w.socket === "open") w.lastPushMs = now();
    const before = w.seen;
    if (before === undefined) {
      w.seen = h;
      return;
    }
    // A pushed block not yet flushed carries its Tx list: it flushes as usual.
    if (h <= Math.max(before, w.pending?.height ?? before)) return;
    w.seen = h;
    // The chain moved but the socket said nothing for SILENT_SOCKET_MS: it is not delivering. Poll.
    if (silent) socketFailed(w);
    // Polled (or blocks a quiet socket missed): what they held is unknown.
    w.pending = null;
    await chainMoved(args.client, chainId, { height: h, txs: 0, touched: null }, now());
  };

  const tick = () => {
    if (stopped) return;
    const inUse = chainsInUse(args.client);
    for (const [chainId, w] of watches) {
      if (inUse.has(chainId)) continue;
      w.close?.();
      if (w.flushTimer) clearTimeout(w.flushTimer);
      watches.delete(chainId);
      args.onTransport?.(w.key, null);
    }
    for (const [chainId, use] of inUse) {
      const key = args.keyOf(chainId);
      if (!key) continue;
      let w = watches.get(chainId);
      if (!w) {
        w = { key, pending: null, socket: "none", lastPushMs: 0, lastPollMs: 0, lastSweepMs: now(), failedAtMs: 0, gen: 0, polling: false };
        watches.set(chainId, w);
        startSocket(chainId, w);
      } else if (w.socket === "failed" && now() - w.failedAtMs >= SOCKET_RETRY_MS) {
        // A node restarted, or a proxy dropped the socket: pushes are worth another try.
        startSocket(chainId, w);
      }
      if (!args.visible() || w.polling) continue;
      // Not awaited: a node that does not answer holds up its own chain's next read, no other's.
      if (w.socket === "open") {
        if (now() - w.lastPushMs >= SILENT_SOCKET_MS) void poll(chainId, w);
      } else if (use === "reads" || now() - w.lastPollMs >= HEALTH_POLL_MS) void poll(chainId, w);
    }
    if (!stopped) timer = setTimeout(() => tick(), every);
  };

  const unShown = args.onShown?.(() => {
    for (const [chainId, w] of watches) flush(chainId, w);
  });
  tick();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    unShown?.();
    for (const w of watches.values()) {
      w.close?.();
      if (w.flushTimer) clearTimeout(w.flushTimer);
      args.onTransport?.(w.key, null);
    }
    watches.clear();
  };
}
