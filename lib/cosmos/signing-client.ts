/**
 * The signing client, apart from the read clients: the message registry, the amino converters
 * and CosmJS's signing code are only needed once a user signs, so lib/tx/execute.ts loads this
 * module then, and a page that only reads never evaluates them.
 */
import { SigningCosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import type { OfflineSigner } from "@cosmjs/proto-signing";
import { GasPrice } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { chainConfig, type NetworkSnapshot } from "../chains/networks";
import { getSim } from "../sim-host/sim-client";
import type { ChainKey } from "../stores/network-store";
import { createAppAminoTypes } from "./amino-types";
import { transport } from "./clients";
import { createAppRegistry } from "./registry";

/** A signing client for one transaction's signer; cheap to build, never cached across wallets. */
export async function signingClient(net: NetworkSnapshot, key: ChainKey, signer: OfflineSigner): Promise<SigningCosmWasmClient> {
  // The simulator's RPC is answered through the tab's handle: start it if no read has yet.
  if (net.mode === "simulator") await getSim();
  const cfg = chainConfig(key);
  const fee = cfg.feeTokens[0];
  return SigningCosmWasmClient.createWithSigner(Comet38Client.create(transport(net, key)), signer, {
    registry: createAppRegistry(),
    aminoTypes: createAppAminoTypes(),
    gasPrice: GasPrice.fromString(`${fee.minGasPrice}${fee.denom}`),
    // CosmJS waits 3 s before its first poll by default; the simulator includes at once.
    broadcastPollIntervalMs: net.mode === "simulator" ? 0 : 2_500,
  });
}

