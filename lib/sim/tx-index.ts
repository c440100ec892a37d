import type { ChainState } from "./state";

/**
 * Retention of the tx index: the newest USER_TX_RETENTION user transactions per chain are kept
 * (actor records for SYSTEM_TX_RETENTION_MS, see block.ts). Older ones are pruned so a long-running
 * devnet's state stays bounded; `tx` then says the hash may have been pruned.
 */
export const USER_TX_RETENTION = 20_000;

/** Key in `chain.counters`: heights below this have been pruned from the tx index (0 = none). */
export const TX_INDEX_PRUNED_BELOW = "txIndexPrunedBelow";

/** Drops the oldest indexed txs (insertion order = height order) beyond `keep`. */
export function pruneTxIndex(chain: ChainState, keep = USER_TX_RETENTION): void {
  const hashes = Object.keys(chain.txs);
  let excess = hashes.length - keep;
  if (excess <= 0) return;
  let below = chain.counters[TX_INDEX_PRUNED_BELOW] ?? 0;
  for (const h of hashes) {
    if (excess-- <= 0) break;
    below = Math.max(below, chain.txs[h].height + 1);
    delete chain.txs[h];
  }
  chain.counters[TX_INDEX_PRUNED_BELOW] = below;
}
