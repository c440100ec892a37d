"use client";

import { skipToken, useQuery } from "@tanstack/react-query";
import type { LstRecord } from "@/lib/chains/lsts";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { queryClient } from "@/lib/cosmos/clients";
import { packetOutcome, recvPacketQuery } from "@/lib/protocol/liquid-staking";
import { balanceQuery } from "@/lib/queries/bank";
import { queryKey } from "@/lib/queries/keys";
import { protocolKey } from "@/lib/queries/liquid-staking";
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

/** Live chains are polled; in the simulator every world change already refetches. */
const livePoll = (net: NetworkSnapshot) => (net.mode === "live" ? 3_000 : false);

export function useLstIbcProgress(net: NetworkSnapshot, track: OneClickTrack | null): OneClickPhase | null {
  // The packet receipt on the contract chain (tx_search on recv_packet). Its factory belongs in
  // lib/queries once an IBC area exists there; it is kept here, small, until then.
  const recv = useQuery({
    queryKey: queryKey(net, track?.lst.chainId ?? "", "ibc", "recv-packet", {
      channel: track?.lst.protocolChannel,
      sequence: track?.sequence,
    }),
    queryFn: track
      ? async () => {
          const c = await queryClient(net, protocolKey(net, track.lst));
          const [tx] = await c.searchTx(recvPacketQuery(track.lst.protocolChannel, track.sequence));
          return tx ? packetOutcome(tx.events) : null;
        }
      : skipToken,
    refetchInterval: (q) => (q.state.data ? false : livePoll(net)),
  });
  const dest = useQuery({
    ...balanceQuery(net, track?.dest.key ?? "celestia", track?.dest.address, track?.dest.denom ?? ""),
    refetchInterval: livePoll(net),
  });
  if (!track) return null;
  if (dest.data !== undefined && dest.data > track.baseline) return "minted";
  if (recv.data === "error") return "refused";
  if (recv.data === "ok") return "received";
  return "sent";
}
