import { queryOptions, skipToken } from "@tanstack/react-query";
import type { NetworkSnapshot } from "../chains/networks";
import type { ChainKey } from "../stores/network-store";
import { read } from "../reads/run";
import { queryKey } from "./keys";

/** An IBC packet's receipt on the chain it was sent to: "ok", "error" (refunded), or null while in flight. */
export function packetReceiptQuery(net: NetworkSnapshot, key: ChainKey | undefined, dstChannel: string, sequence: string | undefined) {
  return queryOptions({
    queryKey: queryKey(net, key ? net.chainIds[key] : "", "ibc", "recv-packet", { channel: dstChannel, sequence }),
    queryFn: key && sequence !== undefined ? () => read("packetReceipt", net, key, dstChannel, sequence) : skipToken,
  });
}
