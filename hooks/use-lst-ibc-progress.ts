"use client";

import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { chainKeyOf } from "@/lib/protocol/liquid-staking";
import { hopDecided, hopPhase } from "@/lib/protocol/transfer-phase";
import { balanceQuery } from "@/lib/queries/bank";
import { packetReceiptQuery, transferPollMs } from "@/lib/queries/ibc";
import type { OneClickTrack } from "@/lib/stores/one-click-track";

/** "timed-out": not received before the transfer's deadline, so it never will be; the source refunds it. */
export type OneClickPhase = "sent" | "received" | "minted" | "refused" | "timed-out";

/**
 * Where a one-click stake is: its transfer's receipt on the protocol's chain (read as any other
 * hop, lib/protocol/transfer-phase.ts), then the LST's arrival. `nowMs` is the chains' clock
 * (useLstClock); null until it is known, and then nothing is called timed out.
 */
export function useLstIbcProgress(net: NetworkSnapshot, track: OneClickTrack | null, nowMs: number | null): OneClickPhase | null {
  // "No receipt" only means timed out as of when it was read: after a jump of the simulated clock
  // the receipt is read again, and until then the jump alone must not call the packet (perhaps
  // relayed during the jump) timed out.
  const [readAt, setReadAt] = useState<{ updatedAt: number; nowMs: number | null }>({ updatedAt: 0, nowMs: null });
  const transferPhase = (receipt: "ok" | "error" | null | undefined, updatedAt: number) =>
    hopPhase({ receipt, sequenceKnown: true, balanceRose: false, sentMs: track?.sentMs, nowMs: updatedAt === readAt.updatedAt ? readAt.nowMs : nowMs });
  // The packet receipt on the contract chain (tx_search on recv_packet).
  const recv = useQuery({
    // A track from another network (kept across a network switch) has no chain here: it waits.
    ...packetReceiptQuery(net, track ? chainKeyOf(net, track.lst.chainId) : undefined, track?.lst.protocolChannel ?? "", track?.sequence),
    // Read until received, refused or past its deadline; a receipt, once there, is final.
    refetchInterval: (q) => transferPollMs(net.mode, hopDecided(transferPhase(q.state.data, q.state.dataUpdatedAt))),
  });
  if (recv.dataUpdatedAt !== readAt.updatedAt) setReadAt({ updatedAt: recv.dataUpdatedAt, nowMs });
  const transfer = track ? transferPhase(recv.data, recv.dataUpdatedAt) : null;
  const dest = useQuery({
    ...balanceQuery(net, track?.dest.key ?? "celestia", track?.dest.address, track?.dest.denom ?? ""),
    // Read until the LST has landed, or the transfer failed (then it never will).
    refetchInterval: (q) =>
      transferPollMs(net.mode, !track || (q.state.data !== undefined && q.state.data > track.baseline) || transfer === "refused" || transfer === "timed-out"),
  });
  if (!track) return null;
  if (dest.data !== undefined && dest.data > track.baseline) return "minted";
  if (transfer === "refused" || transfer === "timed-out") return transfer;
  if (transfer === "arrived") return "received";
  return "sent";
}
