"use client";

import { useState } from "react";
import type { TxRequest } from "@/lib/tx/mutation-options";
import { useLstBalances } from "@/hooks/use-lst-queries";
import { chainIdOf, type NetworkSnapshot } from "@/lib/chains/networks";
import { routeBetween, type Hop, type MovableToken } from "@/lib/chains/token-places";
import { transferMsg } from "@/lib/protocol/ibc-transfer";
import { loadMoveProgress, saveMoveProgress, type MoveProgress, type MoveScope } from "@/lib/stores/move-progress";
import type { ChainKey } from "@/lib/stores/network-store";

export type SendTx = (req: TxRequest, onSuccess: () => void) => void;

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
 * saved per account so a reload shows where it is. A hop has arrived when its destination
 * balance exceeds what it was before the hop was sent.
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
}) {
  const { net, scope, addresses } = args;
  const [progress, setProgressState] = useState<MoveProgress | null>(null);
  const scopeId = scope ? `${scope.mode}:${scope.lstSymbol}:${scope.address}` : null;
  const [restoredFor, setRestoredFor] = useState<string | null>(null);
  if (scope && scopeId !== restoredFor) {
    setRestoredFor(scopeId);
    setProgressState(loadMoveProgress(scope));
  }
  const setProgress = (m: MoveProgress | null) => {
    setProgressState(m);
    if (scope) saveMoveProgress(scope, m);
  };

  const moving = progress ? args.tokens.find((t) => t.symbol === progress.symbol) : undefined;
  const route = progress && moving ? routeBetween(moving, progress.from, progress.to) : null;
  const selectedBalances = useTokenBalances(net, args.selected, addresses);
  const movingBalances = useTokenBalances(net, moving, addresses);
  const hop = route && progress ? route[progress.hop] : undefined;
  const destNow = hop ? movingBalances.get(hop.to.key) : undefined;
  const arrived = Boolean(progress?.sent && destNow !== undefined && destNow > progress.baseline);
  const last = route ? progress!.hop === route.length - 1 : false;

  const addressOn = (key: ChainKey) => addresses[chainIdOf(net, key)];

  /** Sends one hop; the progress records it once the transfer is included. */
  const sendHop = (send: SendTx, token: MovableToken, h: Hop, next: Omit<MoveProgress, "sent" | "baseline">, baseline: bigint) => {
    const sender = addressOn(h.from.key);
    const receiver = addressOn(h.to.key);
    if (!sender || !receiver || args.nowMs === null) return;
    send(
      {
        net,
        chain: h.from.key,
        msgs: [transferMsg({ sourceChannel: h.channel, denom: h.from.denom, amount: next.amount, sender, receiver, nowMs: args.nowMs })],
        label: args.label(token, next.amount, h.to.key),
      },
      () => setProgress({ ...next, sent: true, baseline }),
    );
  };

  return {
    progress,
    moving,
    route,
    /** The selected token's balance on each chain it can be on. */
    balances: selectedBalances,
    arrived,
    /** Every hop has arrived. */
    done: arrived && last,
    /** A hop has arrived and the next one waits for the user to sign it. */
    waitingForNext: arrived && !last,
    addressOn,
    start(send: SendTx, token: MovableToken, from: ChainKey, to: ChainKey, amount: bigint) {
      const r = routeBetween(token, from, to);
      const baseline = r?.length ? selectedBalances.get(r[0].to.key) : undefined;
      // Without the destination's balance before sending, arrival could not be told apart.
      if (!r || r.length === 0 || baseline === undefined) return;
      sendHop(send, token, r[0], { symbol: token.symbol, from, to, amount, hop: 0 }, baseline);
    },
    continueRoute(send: SendTx) {
      if (!progress || !route || !moving || !arrived || last) return;
      const h = route[progress.hop + 1];
      const baseline = movingBalances.get(h.to.key);
      if (baseline === undefined) return;
      sendHop(send, moving, h, { ...progress, hop: progress.hop + 1 }, baseline);
    },
    dismiss: () => setProgress(null),
  };
}
