import type { NetworkSnapshot } from "../chains/networks";
import { queryClient } from "../cosmos/clients";
import { packetOutcome, recvPacketQuery } from "../protocol/liquid-staking";
import type { ChainKey } from "../stores/network-store";

/** The latest height this chain's node reports. */
export async function height(net: NetworkSnapshot, key: ChainKey): Promise<number> {
  return (await queryClient(net, key)).getHeight();
}

/** An IBC packet's receipt on the receiving chain: "ok", "error" (it will be refunded), or null while in flight. */
export async function packetReceipt(net: NetworkSnapshot, key: ChainKey, dstChannel: string, sequence: string): Promise<"ok" | "error" | null> {
  const c = await queryClient(net, key);
  const [tx] = await c.searchTx(recvPacketQuery(dstChannel, sequence));
  return tx ? packetOutcome(tx.events, dstChannel, sequence) : null;
}
