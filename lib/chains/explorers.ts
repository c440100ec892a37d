import { LIVE_CHAIN_IDS, type ChainIds, type ChainKey, type NetworkMode } from "../stores/network-store";

/**
 * Where a transaction can be looked at, per chain, in live mode: the network config's template
 * (set in Settings, e.g. a testnet explorer or the devnet's own REST route), else a public
 * explorer for the mainnet chain-ids. A live network pointed elsewhere without a template has no
 * explorer we can name, and the simulator's transactions exist only in this browser (rows show
 * their block instead).
 */
const TX_URL: Partial<Record<ChainKey, string>> = {
  celestia: "https://www.mintscan.io/celestia/tx/{hash}",
  osmosis: "https://www.mintscan.io/osmosis/tx/{hash}",
  milkyway: "https://www.mintscan.io/milkyway/tx/{hash}",
  babylon: "https://www.mintscan.io/babylon/tx/{hash}",
  initia: "https://scan.initia.xyz/interwoven-1/txs/{hash}",
};

export function explorerTxUrl(net: { mode: NetworkMode; chainIds: ChainIds; explorers?: Partial<Record<ChainKey, string>> }, chain: ChainKey, hash: string): string | null {
  if (net.mode !== "live") return null;
  const template = net.explorers?.[chain] ?? (net.chainIds[chain] === LIVE_CHAIN_IDS[chain] ? TX_URL[chain] : undefined);
  return template && /^[0-9A-Fa-f]{64}$/.test(hash) ? template.replace("{hash}", hash.toUpperCase()) : null;
}

/** "3F2A1C…9B0E": enough to recognise a hash at a glance; the whole one is copied and exported. */
export function shortHash(hash: string): string {
  return hash.length > 14 ? `${hash.slice(0, 6)}…${hash.slice(-4)}` : hash;
}
