import { lstsFor, type NetworkSnapshot } from "../chains/networks";
import { wayCardContractOn } from "../chains/way-card";
// A file, not the package index: reads run in the workers (lib/cosmos/chain-reader.ts says why).
import { Comet38Client } from "@cosmjs/tendermint-rpc/build/comet38/comet38client.js";
import { queryClient, transport } from "../cosmos/clients";
import { assetRegistry } from "../protocol/assets";
import { decodeHistoryTx, type SearchedTx } from "../protocol/history-decode";
import type { HistoryRow } from "../protocol/history";
import type { ChainKey } from "../stores/network-store";
import { mapWithConcurrency } from "./concurrency";
import { anchorsOf, estimateBlockTime, knownBlockTime, loadBlockTimes, rememberBlockTime, saveBlockTimes } from "./block-times";

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

type Client = Awaited<ReturnType<typeof queryClient>>;

async function blockTimeMs(c: Client, height?: number): Promise<{ height: number; ms: number } | null> {
  try {
    const b = await c.getBlock(height);
    const ms = Date.parse(b.header.time);
    return Number.isNaN(ms) ? null : { height: b.header.height, ms };
  } catch {
    // Pruned node (the simulator keeps the last 500 blocks).
    return null;
  }
}

/**
 * A block's time: read from the node and remembered; remembered from an earlier read; or, for a
 * block pruned before this browser saw it, estimated between the nearest known blocks.
 */
async function rowTime(c: Client, scope: string, height: number, latest: () => Promise<unknown>): Promise<{ ms: number | null; estimated: boolean }> {
  const remembered = knownBlockTime(scope, height);
  if (remembered !== null) return { ms: remembered, estimated: false };
  const read = await blockTimeMs(c, height);
  if (read) {
    rememberBlockTime(scope, height, read.ms);
    return { ms: read.ms, estimated: false };
  }
  await latest();
  const ms = estimateBlockTime(height, anchorsOf(scope));
  return { ms, estimated: ms !== null };
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
  const scope = `${net.mode}:${chainId}`;
  await loadBlockTimes(scope);
  // The node's earliest and newest blocks anchor the estimates; asked once, only if a pruned block needs it.
  let head: Promise<unknown> | null = null;
  const latest = () =>
    (head ??= Comet38Client.create(transport(net, key))
      .status()
      .then(({ syncInfo: s }) => {
        rememberBlockTime(scope, s.latestBlockHeight, s.latestBlockTime.getTime());
        if (s.earliestBlockHeight && s.earliestBlockTime) rememberBlockTime(scope, s.earliestBlockHeight, s.earliestBlockTime.getTime());
      })
      .catch(() => undefined));
  const rows = await mapWithConcurrency(page, BLOCK_CONCURRENCY, async (t) => {
    const cacheKey = `${net.mode}:${chainId}:${address}:${t.hash}:${t.height}`;
    const cached = decoded.get(cacheKey);
    if (cached) return cached;
    const time = await rowTime(c, scope, t.height, latest);
    const row: HistoryRow = { ...decodeHistoryTx(t, { chain: key, chainId, address, timeMs: time.ms, assets, lstContracts, contractNames }), ...(time.estimated ? { timeEstimated: true } : {}) };
    // Only rows with a time read from a block are final; an estimate improves as blocks are seen.
    if (time.ms !== null && !time.estimated) decoded.set(cacheKey, row);
    return row;
  });
  await saveBlockTimes(scope);
  return { rows, total: all.length };
}
