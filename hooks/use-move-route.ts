"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import type { TxRequest } from "@/lib/tx/mutation-options";
import type { MoveRecord } from "@/lib/tx/move-record";
import { useLstBalances } from "@/hooks/use-lst-queries";
import { chainIdOf, type NetworkSnapshot } from "@/lib/chains/networks";
import { routeBetween, type Hop, type MovableToken } from "@/lib/chains/token-places";
import { transferMsg } from "@/lib/protocol/ibc-transfer";
import { hopDecided, hopPhase } from "@/lib/protocol/transfer-phase";
import { packetReceiptQuery, transferPollMs } from "@/lib/queries/ibc";
import {
  moveProgressKey,
  parseMoveProgress,
  readMoveProgressRaw,
  serializeMoveProgress,
  subscribeMoveProgress,
  writeMoveProgress,
  type MoveProgress,
  type MoveScope,
} from "@/lib/stores/move-progress";
import type { ChainKey } from "@/lib/stores/network-store";

/** Sends a transaction; what its inclusion does to the progress travels in `req.record`. */
export type SendTx = (req: TxRequest) => void;

/** Each of the token's balances by chain (undefined while loading or without an address). */
function useTokenBalances(net: NetworkSnapshot, token: MovableToken | undefined, addresses: Readonly<Record<string, string>>) {
  const places = token?.places ?? [];
  const results = useLstBalances(
    net,
    places.map((p) => ({ key: p.key, address: addresses[chainIdOf(net, p.key)], denom: p.denom })),
  );
  const out = new Map<ChainKey, bigint | undefined>();
  places.forEach((p, i) => out.set(p.key, results[i]?.data));
  return out;
}

/**
 * A move of one token along its route (one IBC transfer per hop, each signed by the user),
 * saved per account so a reload or another tab shows where it is. A hop has arrived when the
 * destination's receipt of its packet says so (or, for a hop sent without a known sequence, when
 * the destination balance exceeds what it was before); an error receipt is refused and no receipt
 * past the packet's deadline is timed out: both are refunded on the source chain.
 */
export function useMoveRoute(args: {
  net: NetworkSnapshot;
  tokens: ReadonlyArray<MovableToken>;
  /** The token picked in the form, whose balances the form shows. */
  selected: MovableToken | undefined;
  scope: MoveScope | null;
  addresses: Readonly<Record<string, string>>;
  nowMs: number | null;
  /** The toast's words for one hop, e.g. "Move 25 TIA to Osmosis". */
  label: (token: MovableToken, amount: bigint, to: ChainKey) => string;
  /** Only moves to this chain are this flow's (the Restake bring: MilkyWay). */
  destination?: ChainKey;
  /** A save an earlier version of this flow kept elsewhere, read as this flow's while it has none of its own. */
  legacy?: { key: string; read: (raw: string | null) => MoveProgress | null };
}) {
  const { net, scope, addresses } = args;
  const key = scope ? moveProgressKey(scope) : null;
  const legacyKey = args.legacy?.key;
  const readLegacy = args.legacy?.read;
  const raw = useSyncExternalStore(
    subscribeMoveProgress,
    () => {
      if (!key) return null;
      const own = readMoveProgressRaw(key);
      if (own !== null || !legacyKey || !readLegacy) return own;
      const m = readLegacy(readMoveProgressRaw(legacyKey));
      return m ? serializeMoveProgress(m) : null;
    },
    () => null,
  );
  const saved = useMemo(() => parseMoveProgress(raw), [raw]);
  const setProgress = useCallback(
    (m: MoveProgress | null) => {
      if (scope) writeMoveProgress(scope, m, legacyKey);
    },
    [scope, legacyKey],
  );

  // A save that names no route this screen can move (another token, a destination this flow does
  // not serve, a hop past the route's end: edited or foreign storage) is as if there were none, so
  // it can never hide the form behind a progress view with nothing to show or dismiss.
  const savedMoving = saved ? args.tokens.find((t) => t.symbol === saved.symbol) : undefined;
  const savedRoute = saved && savedMoving ? routeBetween(savedMoving, saved.from, saved.to) : null;
  const usable = Boolean(saved && savedRoute && saved.hop < savedRoute.length && (!args.destination || saved.to === args.destination));
  const progress = usable ? saved : null;
  const moving = usable ? savedMoving : undefined;
  const route = usable ? savedRoute : null;
  const selectedBalances = useTokenBalances(net, args.selected, addresses);
  const movingBalances = useTokenBalances(net, moving, addresses);
  const hop = route && progress ? route[progress.hop] : undefined;
  // "No receipt" only means timed out as of when it was read: after a jump of the simulated clock
  // the receipt is read again a frame later, and until then the jump alone must not call a packet
  // (perhaps relayed during the jump) timed out.
  const [readAt, setReadAt] = useState<{ updatedAt: number; nowMs: number | null }>({ updatedAt: 0, nowMs: null });
  const destNow = hop ? movingBalances.get(hop.to.key) : undefined;
  /** The hop's phase from a read of its receipt: a read newer than `readAt` is as of now. */
  const phaseOf = (receipt: "ok" | "error" | null | undefined, updatedAt: number) =>
    progress?.sent
      ? hopPhase({
          receipt,
          sequenceKnown: progress.sequence !== undefined,
          balanceRose: destNow !== undefined && destNow > progress.baseline,
          sentMs: progress.sentMs,
          nowMs: updatedAt === readAt.updatedAt ? readAt.nowMs : args.nowMs,
        })
      : null;
  const receipt = useQuery({
    ...packetReceiptQuery(net, hop?.to.key, hop?.dstChannel ?? "", progress?.sent ? progress.sequence : undefined),
    // Polled until the phase shown is decided (arrived, refused or timed out), then left alone.
    refetchInterval: (q) => transferPollMs(net.mode, hopDecided(phaseOf(q.state.data, q.state.dataUpdatedAt))),
  });
  if (receipt.dataUpdatedAt !== readAt.updatedAt) setReadAt({ updatedAt: receipt.dataUpdatedAt, nowMs: args.nowMs });
  const phase = phaseOf(receipt.data, receipt.dataUpdatedAt);
  const arrived = phase === "arrived";
  const last = route ? progress!.hop === route.length - 1 : false;

  const addressOn = (k: ChainKey) => addresses[chainIdOf(net, k)];

  /**
   * Sends one hop; the transaction itself records it in the progress (with its packet sequence)
   * once included, so it is recorded even if this screen has gone by then.
   */
  const sendHop = (send: SendTx, token: MovableToken, h: Hop, next: Omit<MoveProgress, "sent" | "baseline" | "sequence" | "sentMs">, baseline: bigint) => {
    const sender = addressOn(h.from.key);
    const receiver = addressOn(h.to.key);
    const nowMs = args.nowMs;
    if (!scope || !sender || !receiver || nowMs === null) return;
    send({
      net,
      chain: h.from.key,
      msgs: [transferMsg({ sourceChannel: h.channel, denom: h.from.denom, amount: next.amount, sender, receiver, nowMs })],
      label: args.label(token, next.amount, h.to.key),
      record: { kind: "hop-sent", scope, legacyKey, progress: { ...next, baseline, sentMs: nowMs }, channel: h.channel },
    });
  };

  return {
    progress,
    moving,
    route,
    /** The selected token's balance on each chain it can be on. */
    balances: selectedBalances,
    /** Where the hop in flight is; null before the first hop is included. */
    phase,
    arrived,
    /** The hop in flight was refused or timed out: its tokens are refunded on its source chain. */
    failed: phase === "refused" || phase === "timed-out",
    /** Every hop has arrived. */
    done: arrived && last,
    /** A hop has arrived and the next one waits for the user to sign it. */
    waitingForNext: arrived && !last,
    addressOn,
    start(send: SendTx, token: MovableToken, from: ChainKey, to: ChainKey, amount: bigint, then?: string) {
      const r = routeBetween(token, from, to);
      const baseline = r?.length ? selectedBalances.get(r[0].to.key) : undefined;
      // Without the destination's balance before sending, arrival could not be told apart.
      if (!r || r.length === 0 || baseline === undefined) return;
      sendHop(send, token, r[0], { symbol: token.symbol, from, to, amount, hop: 0, ...(then ? { then } : {}) }, baseline);
    },
    continueRoute(send: SendTx) {
      if (!progress || !route || !moving || !arrived || last) return;
      const h = route[progress.hop + 1];
      const baseline = movingBalances.get(h.to.key);
      if (baseline === undefined) return;
      const { symbol, from, to, amount, then } = progress;
      sendHop(send, moving, h, { symbol, from, to, amount, hop: progress.hop + 1, ...(then ? { then } : {}) }, baseline);
    },
    /** Changes what follows the move (a restake target that is no longer offered). */
    setThen: (then: string) => {
      if (progress) setProgress({ ...progress, then });
    },
    dismiss: () => setProgress(null),
    /** For the step that completes the flow: its inclusion forgets the progress (whatever the screen does by then). */
    finishedRecord: (scope ? { kind: "finished", scope, legacyKey } : undefined) satisfies MoveRecord | undefined,
  };
}
