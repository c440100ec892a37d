"use client";

import { useQuery } from "@tanstack/react-query";
import type { LstRecord } from "@/lib/chains/lsts";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { chainKeyOf } from "@/lib/protocol/liquid-staking";
import { balanceQuery } from "@/lib/queries/bank";
import { packetReceiptQuery, transferPollMs } from "@/lib/queries/ibc";
import type { ChainKey } from "@/lib/stores/network-store";

/** A one-click stake after inclusion on the native chain: its packet and where the LST lands. */
export interface OneClickTrack {
  lst: LstRecord;
  sequence: string;
  dest: { key: ChainKey; address: string; denom: string };
  /** The destination balance before the stake; the LST has arrived once it is exceeded. */
  baseline: bigint;
}

export type OneClickPhase = "sent" | "received" | "minted" | "refused";

export function useLstIbcProgress(net: NetworkSnapshot, track: OneClickTrack | null): OneClickPhase | null {
  // The packet receipt on the contract chain (tx_search on recv_packet).
  const recv = useQuery({
    // A track from another network (kept across a network switch) has no chain here: it waits.
    ...packetReceiptQuery(net, track ? chainKeyOf(net, track.lst.chainId) : undefined, track?.lst.protocolChannel ?? "", track?.sequence),
    // A receipt, once there, is final.
    refetchInterval: (q) => transferPollMs(net.mode, q.state.data === "ok" || q.state.data === "error"),
  });
  const dest = useQuery({
    ...balanceQuery(net, track?.dest.key ?? "celestia", track?.dest.address, track?.dest.denom ?? ""),
    // Read until the LST has landed or the packet was refused (then it never will).
    refetchInterval: (q) => transferPollMs(net.mode, !track || (q.state.data !== undefined && q.state.data > track.baseline) || recv.data === "error"),
  });
  if (!track) return null;
  if (dest.data !== undefined && dest.data > track.baseline) return "minted";
  if (recv.data === "error") return "refused";
  if (recv.data === "ok") return "received";
  return "sent";
}
