import { lstsFor, type NetworkSnapshot } from "../chains/networks";
import { wayCardContractOn } from "../chains/way-card";
import { queryClient } from "../cosmos/clients";
import { assetRegistry } from "../protocol/assets";
import { decodeHistoryTx, type SearchedTx } from "../protocol/history-decode";
import type { HistoryRow } from "../protocol/history";
import type { ChainKey } from "../stores/network-store";
import { mapWithConcurrency } from "./concurrency";

/** Block reads in flight at once per chain (one per transaction, for its time). */
const BLOCK_CONCURRENCY = 6;

export interface ChainHistory {
  /** The newest `limit` transactions (or all of them, if fewer), newest first. */
  rows: HistoryRow[];
  /** How many the node found in all: more than `rows.length` means older ones are not shown. */
  total: number;
}

/**
 * Decoded rows by chain, hash and height. A transaction never changes once included, so the
 * per-second refreshes of the simulator only decode (and look up block times for) new ones.
 * The height is in the key because a reset simulator may include the same bytes again later.
 */
const decoded = new Map<string, HistoryRow>();

async function blockTimeMs(c: Awaited<ReturnType<typeof queryClient>>, height: number): Promise<number | null> {
  try {
    const ms = Date.parse((await c.getBlock(height)).header.time);
    return Number.isNaN(ms) ? null : ms;
  } catch {
    // Pruned node (the simulator keeps the last 500 blocks): the row shows "time unknown".
    return null;
  }
}

/**
 * The user's transactions on one chain: those they paid for (failed ones included, whose
 * message events are rolled back, hence tx.fee_payer rather than message.sender) and those
 * that transferred coins to them (IBC receives, sends from others).
 */
export async function chainHistory(net: NetworkSnapshot, key: ChainKey, address: string, limit: number): Promise<ChainHistory> {
  // The address goes into a query string: refuse anything but bech32 characters.
  if (!/^[a-z0-9]+$/.test(address)) throw new Error(`Not a valid address: ${address}`);
  const chainId = net.chainIds[key];
  const c = await queryClient(net, key);
  const [own, incoming] = await Promise.all([c.searchTx(`tx.fee_payer='${address}'`), c.searchTx(`transfer.recipient='${address}'`)]);
  const byHash = new Map<string, SearchedTx>();
  for (const t of [...own, ...incoming]) byHash.set(t.hash, t);
  const assets = assetRegistry(net);
  const lstContracts = new Set(lstsFor(net).map((l) => l.contract));
  const card = net.mode === "simulator" ? wayCardContractOn(chainId) : null;
  const contractNames = new Map(card ? [[card, { name: "Way Card", kind: "Way Card" as const }]] : []);
  // Newest first, and only a page of them: each needs its block read for the time.
  const all = [...byHash.values()].sort((a, b) => b.height - a.height);
  const page = all.slice(0, limit);
  const rows = await mapWithConcurrency(page, BLOCK_CONCURRENCY, async (t) => {
    const cacheKey = `${net.mode}:${chainId}:${address}:${t.hash}:${t.height}`;
    const cached = decoded.get(cacheKey);
    if (cached) return cached;
    const timeMs = await blockTimeMs(c, t.height);
    const row = decodeHistoryTx(t, { chain: key, chainId, address, timeMs, assets, lstContracts, contractNames });
    // A missing time may be a transient error: only complete rows are kept.
    if (timeMs !== null) decoded.set(cacheKey, row);
    return row;
  });
  return { rows, total: all.length };
}
