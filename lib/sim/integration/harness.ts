import { DirectSecp256k1HdWallet, type OfflineSigner } from "@cosmjs/proto-signing";
import { makeCosmoshubPath, Secp256k1HdWallet } from "@cosmjs/amino";
import { SigningCosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import { GasPrice } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { simChain } from "../../chains/sim-chains";
import { createAppAminoTypes } from "../../cosmos/amino-types";
import { allMilkywayMsgTypes } from "../../cosmos/proto/all-milkyway-msgs";
import { allOsmosisMsgTypes } from "../../cosmos/proto/osmosis-registry-types";
import { createAppRegistry } from "../../cosmos/registry";
import { InProcessRpcClient } from "../../cosmos/transport/in-process-rpc-client";
import { createGenesisWorld } from "../genesis";
import { handleRpc } from "../rpc/handler";
import { restoreWorld, serializeWorld } from "../persist";
import type { World } from "../state";

/** A throwaway test mnemonic (CosmJS's own test vector); never holds real funds. */
export const TEST_MNEMONIC =
  "surround miss nominee dream gap cross assault thank captain prosper drop duty group candy wealth weather scale put";

let cached: string | undefined;

/** A fresh world per test, cloned from one genesis (a full genesis run is the slow part). */
export function freshWorld(): World {
  cached ??= serializeWorld(createGenesisWorld({ days: 0 }));
  return restoreWorld(cached);
}

export type SignMode = "direct" | "amino";

export async function makeSigner(chainId: string, mode: SignMode, account = 0): Promise<OfflineSigner> {
  const prefix = simChain(chainId).bech32Prefix;
  const hdPaths = [makeCosmoshubPath(account)];
  return mode === "direct"
    ? DirectSecp256k1HdWallet.fromMnemonic(TEST_MNEMONIC, { prefix, hdPaths })
    : Secp256k1HdWallet.fromMnemonic(TEST_MNEMONIC, { prefix, hdPaths });
}

/**
 * The app's registry plus every MilkyWay Msg (admin ones included): tests drive the chain as
 * operators and services do too, while the page registers only what it sends.
 */
export function fullRegistry() {
  const registry = createAppRegistry();
  for (const [url, type] of [...allMilkywayMsgTypes(), ...allOsmosisMsgTypes()]) if (!registry.lookupType(url)) registry.register(url, type);
  return registry;
}

export async function connect(world: World, chainId: string, signer: OfflineSigner) {
  const cfg = simChain(chainId);
  const comet = Comet38Client.create(new InProcessRpcClient(() => world, chainId));
  const client = await SigningCosmWasmClient.createWithSigner(comet, signer, {
    registry: fullRegistry(),
    aminoTypes: createAppAminoTypes(),
    gasPrice: GasPrice.fromString(`${cfg.feeTokens[0].minGasPrice}${cfg.feeTokens[0].denom}`),
    broadcastPollIntervalMs: 0,
  });
  const [{ address }] = await signer.getAccounts();
  return { client, address, comet };
}

export async function rpc(world: World, chainId: string, method: string, params: unknown) {
  const res = await handleRpc(world, chainId, { jsonrpc: "2.0", id: 1, method, params });
  if ("error" in res) throw new Error(res.error.data ?? res.error.message);
  return res.result as any;
}

export async function fund(world: World, chainId: string, address: string, coins: { denom: string; amount: string }[]) {
  return rpc(world, chainId, "sim_faucet", { address, coins });
}

export async function advanceSeconds(world: World, seconds: number) {
  return rpc(world, "celestia-sim-1", "sim_advance", { seconds });
}
