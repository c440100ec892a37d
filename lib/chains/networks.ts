import { SIM_LSTS, type LstRecord } from "./lsts";
import { SIM_CHAINS, type SimChainConfig } from "./sim-chains";
import type { ChainIds, ChainKey, NetworkMode } from "../stores/network-store";

/** Everything a query or transaction needs to know about where it goes; serialisable. */
export interface NetworkSnapshot {
  mode: NetworkMode;
  chainIds: ChainIds;
  /** Live mode only: CometBFT RPC URL per chain. */
  rpc: Partial<Record<ChainKey, string>>;
  /** Live mode only: explorer transaction URL templates set in Settings ({hash} is replaced). */
  explorers?: Partial<Record<ChainKey, string>>;
}

const SIM_KEY: Record<string, ChainKey> = {
  "celestia-sim-1": "celestia",
  "osmosis-sim-1": "osmosis",
  "milkyway-sim-1": "milkyway",
  "babylon-sim-1": "babylon",
  "initia-sim-1": "initia",
  "moo-sim-1": "moo",
};

export function chainKeyOfSim(simChainId: string): ChainKey {
  return SIM_KEY[simChainId];
}

/** Chain parameters by role; live chains share prefixes, denoms and gas prices with their models. */
export function chainConfig(key: ChainKey): SimChainConfig {
  return SIM_CHAINS.find((c) => SIM_KEY[c.chainId] === key)!;
}

export function chainIdOf(net: NetworkSnapshot, key: ChainKey): string {
  return net.chainIds[key];
}

/**
 * LST deployments for a network. The simulator deploys the contracts at their mainnet
 * addresses, so denoms are identical and only chain-ids differ.
 */
export function lstsFor(net: NetworkSnapshot): LstRecord[] {
  return SIM_LSTS.map((l) => ({
    ...l,
    chainId: net.chainIds[chainKeyOfSim(l.chainId)],
    nativeChainId: net.chainIds[chainKeyOfSim(l.nativeChainId)],
  }));
}

export function lstBySymbol(net: NetworkSnapshot, symbol: string): LstRecord | undefined {
  return lstsFor(net).find((l) => l.symbol === symbol);
}

/** Live RPC endpoints from the build environment (the Settings page can override them). */
export function envRpcEndpoints(): Partial<Record<ChainKey, string>> {
  return {
    celestia: process.env.NEXT_PUBLIC_RPC_CELESTIA,
    osmosis: process.env.NEXT_PUBLIC_RPC_OSMOSIS,
    milkyway: process.env.NEXT_PUBLIC_RPC_MILKYWAY,
    babylon: process.env.NEXT_PUBLIC_RPC_BABYLON,
    initia: process.env.NEXT_PUBLIC_RPC_INITIA,
    moo: process.env.NEXT_PUBLIC_RPC_MOO,
  };
}
