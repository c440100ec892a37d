import type { EncodeObject, OfflineSigner } from "@cosmjs/proto-signing";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import type { NetworkSnapshot } from "../chains/networks";
import type { ChainKey } from "../stores/network-store";

export type TxPhase = "signing" | "broadcasting" | "included" | "failed" | "rejected";

export class TxFailedError extends Error {
  constructor(readonly result: DeliverTxResponse) {
    super(result.rawLog ?? `Transaction failed with code ${result.code}`);
    this.name = "TxFailedError";
  }
}

/** Simulated gas × this margin: enough for state that moves between simulation and inclusion. */
const GAS_MARGIN = 1.4;

/**
 * Sign, broadcast and wait for inclusion. Success means included with code 0; an included
 * failure throws TxFailedError carrying the result (the fee was still paid).
 */
export async function executeTx(args: {
  net: NetworkSnapshot;
  chain: ChainKey;
  signer: OfflineSigner;
  sender: string;
  msgs: EncodeObject[];
  memo?: string;
  onPhase?: (phase: TxPhase) => void;
}): Promise<DeliverTxResponse> {
  const { signingClient } = await import("../cosmos/signing-client");
  const client = await signingClient(args.net, args.chain, args.signer);
  args.onPhase?.("signing");
  const result = await client.signAndBroadcast(args.sender, args.msgs, GAS_MARGIN, args.memo ?? "");
  if (result.code !== 0) throw new TxFailedError(result);
  args.onPhase?.("included");
  return result;
}
