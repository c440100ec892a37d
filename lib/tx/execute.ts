import type { EncodeObject, OfflineSigner } from "@cosmjs/proto-signing";
import { calculateFee, GasPrice, type DeliverTxResponse } from "@cosmjs/stargate";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { chainConfig, type NetworkSnapshot } from "../chains/networks";
import type { ChainKey } from "../stores/network-store";
import { TxFailedError, WalletSignError, type TxPhase } from "./tx-outcome";

export { TxFailedError, WalletSignError, type TxPhase } from "./tx-outcome";

/** Simulated gas × this margin: enough for state that moves between simulation and inclusion. */
const GAS_MARGIN = 1.4;

/**
 * Simulate, sign, broadcast and wait for inclusion, reporting each phase as it starts. Success
 * means included with code 0; an included failure throws TxFailedError carrying the result
 * (the fee was still paid).
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
  const memo = args.memo ?? "";
  const feeToken = chainConfig(args.chain).feeTokens[0];
  const gas = await client.simulate(args.sender, args.msgs, memo);
  const fee = calculateFee(Math.round(gas * GAS_MARGIN), GasPrice.fromString(`${feeToken.minGasPrice}${feeToken.denom}`));
  args.onPhase?.("signing");
  let signed: TxRaw;
  try {
    signed = await client.sign(args.sender, args.msgs, fee, memo);
  } catch (e) {
    throw new WalletSignError(e);
  }
  args.onPhase?.("broadcasting");
  const result = await client.broadcastTx(TxRaw.encode(signed).finish(), client.broadcastTimeoutMs, client.broadcastPollIntervalMs);
  if (result.code !== 0) throw new TxFailedError(result);
  args.onPhase?.("included");
  return result;
}
