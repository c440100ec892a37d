import { queryOptions, skipToken } from "@tanstack/react-query";
import type { NetworkSnapshot } from "../chains/networks";
import type { ChainKey, NetworkMode } from "../stores/network-store";
import { read } from "../reads/run";
import { queryKey } from "./keys";

/** An IBC packet's receipt on the chain it was sent to: "ok", "error" (refunded), or null while in flight. */
export function packetReceiptQuery(net: NetworkSnapshot, key: ChainKey | undefined, dstChannel: string, sequence: string | undefined) {
  return queryOptions({
    queryKey: queryKey(net, key ? net.chainIds[key] : "", "ibc", "recv-packet", { channel: dstChannel, sequence }),
    queryFn: key && sequence !== undefined ? () => read("packetReceipt", net, key, dstChannel, sequence) : skipToken,
  });
}

/**
 * How often a transfer's receipt (or arrival) is read again: every 3 s on a live chain while its
 * outcome is open, then never (public RPCs rate-limit, and a decided outcome cannot change). "Timed
 * out" counts as decided: past the packet's timeout the destination refuses its delivery, so no
 * receipt can appear (one its node's indexer lists late would be missed; the refund still shows in
 * the source balance). In the simulator, never: every change of the world already refetches.
 */
export function transferPollMs(mode: NetworkMode, decided: boolean): number | false {
  return mode === "live" && !decided ? 3_000 : false;
}
