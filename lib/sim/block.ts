import { toBase64 } from "@cosmjs/encoding";
import { Any } from "cosmjs-types/google/protobuf/any";
import { TxBody, TxRaw, AuthInfo } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { chainApp } from "./chain-app";
import { Ctx } from "./ctx";
import { Journal } from "./journal";
import type { ChainState, IndexedTxRecord, World } from "./state";
import { asSdkError, indexTx, runTx } from "./tx/pipeline";
import { txHash, type DecodedTx } from "./tx/decode";
import { pruneTxIndex } from "./tx-index";

/** Blocks kept for the `block` RPC; older heights answer with an error like a pruned node. */
export const BLOCKS_KEPT = 500;

/** Actor records are kept this long; user transactions up to USER_TX_RETENTION per chain (tx-index.ts). */
export const SYSTEM_TX_RETENTION_MS = 7 * 86_400_000;

function pruneSystemTxs(chain: ChainState): void {
  const cutoff = chain.timeMs - SYSTEM_TX_RETENTION_MS;
  for (const [hash, t] of Object.entries(chain.txs)) if (t.system && t.timeMs < cutoff) delete chain.txs[hash];
  pruneTxIndex(chain);
}

/** Opens block height+1 at the world's time: BeginBlock of every module. */
export function beginBlock(world: World, chain: ChainState): void {
  chain.height += 1;
  chain.timeMs = Math.max(chain.timeMs, world.timeMs);
  chain.blocks[chain.height] = { height: chain.height, timeMs: chain.timeMs, txs: [] };
  delete chain.blocks[chain.height - BLOCKS_KEPT];
  if (chain.height % 200 === 0) pruneSystemTxs(chain);
  const ctx = new Ctx(world, chain, new Journal());
  for (const m of chainApp(chain.chainId).modules) m.beginBlock?.(ctx);
}

export function endBlock(world: World, chain: ChainState): void {
  const ctx = new Ctx(world, chain, new Journal());
  for (const m of chainApp(chain.chainId).modules) m.endBlock?.(ctx);
}

export function deliverInBlock(world: World, chain: ChainState, tx: DecodedTx, failWith?: string | null): IndexedTxRecord {
  const block = chain.blocks[chain.height];
  const out = runTx(world, chain, tx, { failWith });
  const rec = indexTx(chain, tx, block.txs.length, out);
  block.txs.push(tx.hash);
  return rec;
}

/** A block with the given user txs, as a validator would produce it. */
export function produceBlock(world: World, chain: ChainState, txs: DecodedTx[] = [], failWith?: string | null): IndexedTxRecord[] {
  beginBlock(world, chain);
  const recs = txs.map((tx, i) => deliverInBlock(world, chain, tx, i === 0 ? failWith : null));
  endBlock(world, chain);
  return recs;
}

/**
 * An action by an off-chain actor (relayer, coordinator) recorded as a tx in the current
 * block, so clients can find it with tx_search exactly as they would on a real chain.
 * The message is only a record; `fn` performs the state change atomically.
 */
export function systemTx(
  world: World,
  chain: ChainState,
  msg: { typeUrl: string; value: Uint8Array },
  fn: (ctx: Ctx) => void,
): { ok: boolean; error?: string } {
  const journal = new Journal();
  const ctx = new Ctx(world, chain, journal);
  let code = 0;
  let log = "";
  let codespace = "";
  try {
    ctx.msgIndex = 0;
    fn(ctx);
    journal.commit();
  } catch (e) {
    journal.rollbackTo(0);
    ctx.events.length = 0;
    const err = asSdkError(e);
    code = err.code;
    codespace = err.codespace;
    log = err.message;
  }
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: [Any.fromPartial(msg)], memo: "sim-actor" })).finish();
  const bytes = TxRaw.encode({ bodyBytes, authInfoBytes: AuthInfo.encode(AuthInfo.fromPartial({})).finish(), signatures: [] }).finish();
  const hash = txHash(bytes);
  const block = chain.blocks[chain.height];
  const rec: IndexedTxRecord = {
    hash,
    height: chain.height,
    index: block ? block.txs.length : 0,
    tx: toBase64(bytes),
    code,
    codespace,
    log,
    data: "",
    gasWanted: 0,
    gasUsed: ctx.gasUsed,
    events: ctx.events,
    timeMs: chain.timeMs,
    system: true,
  };
  chain.txs[hash] = rec;
  block?.txs.push(hash);
  return code === 0 ? { ok: true } : { ok: false, error: log };
}
