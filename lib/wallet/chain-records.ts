/**
 * The chain records cosmos-kit's ChainProvider is given: one small hand-written record per chain
 * of the network in the chain-registry v1 snake_case shape it expects (v2 camelCase objects break
 * it, and a whole registry would cost hundreds of kB). The extensions' `addChain` turns the same
 * record into their chain suggestion.
 */
import { chainConfig } from "../chains/networks";
import type { NetworkSnapshot } from "../chains/networks";
import { CHAIN_KEYS, type ChainKey } from "../stores/network-store";

export interface ChainRecordLike {
  name: string;
  /** chain-registry v1 `Chain` (snake_case); only the fields cosmos-kit and the Keplr conversion read. */
  chain: Record<string, unknown>;
  assetList: { chain_name: string; assets: Array<Record<string, unknown>> };
  preferredEndpoints?: { rpc?: string[]; rest?: string[] };
}

/** Where `npm run devnet` serves a chain by default: JSON-RPC at /<chain-id>, REST under it. */
export const DEVNET_BASE = "http://127.0.0.1:26657";

/**
 * The REST base that goes with an RPC URL: the devnet serves REST at `<rpc>/rest` (a URL whose
 * path is the chain-id is a devnet endpoint). A real node's REST lives elsewhere and the app is
 * only configured with RPC, so there the RPC URL stands in (the wallet knows real chains anyway
 * and is only asked to add one it does not know).
 */
export function restFor(rpc: string, chainId: string): string {
  const trimmed = rpc.replace(/\/+$/, "");
  return trimmed.endsWith(`/${chainId}`) ? `${trimmed}/rest` : rpc;
}

/**
 * A hand-written chain record in the chain-registry v1 snake_case shape cosmos-kit converts for
 * experimentalSuggestChain. The simulated chains point at the devnet's default address, so a real
 * extension reads balances, staking and rewards from a running `npm run devnet` (the same genesis
 * as the in-tab simulator; the devnet's world, not the tab's) and can send there too.
 */
export function chainRecord(net: NetworkSnapshot, key: ChainKey): ChainRecordLike {
  const cfg = chainConfig(key);
  const chainId = net.chainIds[key];
  const rpc = net.mode === "simulator" ? `${DEVNET_BASE}/${chainId}` : (net.rpc[key] ?? "");
  const rest = restFor(rpc, chainId);
  const display = cfg.stakeSymbol.toLowerCase();
  const chain = {
    chain_name: chainId,
    chain_id: chainId,
    pretty_name: net.mode === "simulator" ? cfg.name : cfg.name.replace(/ \(simulated\)$/, ""),
    status: "live",
    network_type: net.mode === "simulator" ? "devnet" : "mainnet",
    bech32_prefix: cfg.bech32Prefix,
    slip44: 118,
    codebase: { cosmos_sdk_version: "0.50.0", cosmwasm_enabled: cfg.modules.includes("wasm") },
    fees: {
      // Gas prices stay decimal strings in our records; Keplr's ChainInfo wants numbers here.
      fee_tokens: cfg.feeTokens.map((t) => ({
        denom: t.denom,
        fixed_min_gas_price: Number(t.minGasPrice),
        low_gas_price: Number(t.minGasPrice),
        average_gas_price: Number(t.minGasPrice) * 1.5,
        high_gas_price: Number(t.minGasPrice) * 2,
      })),
    },
    staking: { staking_tokens: [{ denom: cfg.stakeDenom }] },
    apis: { rpc: [{ address: rpc }], rest: [{ address: rest }] },
  };
  const assetList = {
    chain_name: chainId,
    assets: [
      {
        base: cfg.stakeDenom,
        display,
        name: cfg.stakeSymbol,
        symbol: cfg.stakeSymbol,
        denom_units: [
          { denom: cfg.stakeDenom, exponent: 0 },
          { denom: display, exponent: cfg.decimals },
        ],
      },
    ],
  };
  return { name: chainId, chain, assetList, preferredEndpoints: { rpc: [rpc], rest: [rest] } };
}

/** The records of every chain the network uses (a live chain left without a chain-id is skipped). */
export function chainRecords(net: NetworkSnapshot): ChainRecordLike[] {
  return CHAIN_KEYS.filter((k) => Boolean(net.chainIds[k])).map((k) => chainRecord(net, k));
}
