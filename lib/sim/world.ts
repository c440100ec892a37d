import { fromBase64, toBase64 } from "@cosmjs/encoding";
import { SIM_CHAINS } from "../chains/sim-chains";
import { produceBlock } from "./block";
import { chainApp } from "./chain-app";
import { relay, RELAY_DELAY_MS } from "./relayer";
import { runActors } from "./actors/actors";
import { asSdkError, checkTx } from "./tx/pipeline";
import { decodeTx, txHash } from "./tx/decode";
import { rec } from "./journal";
import { STATE_FORMAT, STATE_VERSION, type ChainState, type Faults, type World } from "./state";

/** Longest single step of the clock; per-block modules are exact for any step size. */
export const MAX_STEP_MS = 3_600_000;

export function emptyChain(chainId: string, timeMs: number): ChainState {
  return {
    chainId,
    height: 0,
    timeMs,
    counters: rec(),
    accounts: rec(),
    balances: rec(),
    supply: rec(),
    wasm: { contracts: rec(), storage: rec() },
    ibc: { packets: rec(), traces: rec() },
    txs: rec(),
    blocks: rec(),
    mempool: [],
  };
}

export function emptyWorld(seed: number, genesisTimeMs: number): World {
  const chains: World["chains"] = rec();
  for (const c of SIM_CHAINS) chains[c.chainId] = emptyChain(c.chainId, genesisTimeMs);
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    seed,
    timeMs: genesisTimeMs,
    genesisTimeMs,
    rng: (seed >>> 0) || 0x9e3779b9,
    chains,
    faults: {},
    actors: rec(),
    history: [],
  };
}

function faultApplies(f: Faults, chainId: string): boolean {
  return !f.chainId || f.chainId === chainId;
}

/** Packets the relayer will carry: a stalled relayer carries none, so small steps would be wasted work. */
function hasOutstandingPackets(world: World): boolean {
  const f = world.faults;
  for (const c of Object.values(world.chains)) {
    if (f.relayerStalled && faultApplies(f, c.chainId)) continue;
    for (const _ in c.ibc.packets) return true;
  }
  return false;
}

/** One step of the world: a block on every chain (with due mempool txs), relayer, actors. */
function step(world: World, toMs: number): void {
  world.timeMs = toMs;
  for (const chain of Object.values(world.chains)) {
    const due = chain.mempool.filter((m) => m.blocksLeft <= 1);
    chain.mempool = chain.mempool.filter((m) => m.blocksLeft > 1).map((m) => ({ ...m, blocksLeft: m.blocksLeft - 1 }));
    const txs = due.map((m) => decodeTx(chainApp(chain.chainId), fromBase64(m.tx)));
    produceBlock(world, chain, txs);
  }
  relay(world);
  runActors(world);
}

/**
 * Moves the whole world's clock. Steps are at most an hour, and one relay delay while packets
 * are in flight, so IBC timeouts only happen when the relayer really is stalled.
 */
export function advanceTo(world: World, targetMs: number): void {
  while (world.timeMs < targetMs) {
    const maxStep = hasOutstandingPackets(world) || hasHeldTxs(world) ? RELAY_DELAY_MS : MAX_STEP_MS;
    step(world, Math.min(targetMs, world.timeMs + maxStep));
  }
}

function hasHeldTxs(world: World): boolean {
  return Object.values(world.chains).some((c) => c.mempool.length > 0);
}

export function advanceBlocks(world: World, blocks: number): void {
  for (let i = 0; i < blocks; i++) step(world, world.timeMs + RELAY_DELAY_MS);
}

export interface BroadcastResult {
  code: number;
  codespace: string;
  log: string;
  hash: string;
}

/** broadcast_tx_sync: CheckTx, then inclusion in a new block (or held by the delay fault). */
export async function broadcastTx(world: World, chainId: string, bytes: Uint8Array): Promise<BroadcastResult> {
  const chain = world.chains[chainId];
  const hash = txHash(bytes);
  const f = world.faults;
  if (f.rejectNextCheckTx && faultApplies(f, chainId)) {
    const log = f.rejectNextCheckTx;
    f.rejectNextCheckTx = null;
    return { code: 19, codespace: "sdk", log, hash };
  }
  const known = () => Object.prototype.hasOwnProperty.call(chain.txs, hash) || chain.mempool.some((m) => txHash(fromBase64(m.tx)) === hash);
  // CometBFT's mempool cache: the same bytes again are refused before they run (ErrTxInMempoolCache).
  const duplicate = { code: 19, codespace: "sdk", log: "tx already exists in cache", hash };
  if (known()) return duplicate;
  let tx;
  try {
    tx = await checkTx(chain, bytes);
  } catch (e) {
    const err = asSdkError(e);
    return { code: err.code, codespace: err.codespace, log: err.message, hash };
  }
  // The same bytes may have been included while this copy's signature was being checked.
  if (known()) return duplicate;
  if (f.delayInclusionBlocks && f.delayInclusionBlocks > 0 && faultApplies(f, chainId)) {
    chain.mempool = [...chain.mempool, { tx: toBase64(bytes), blocksLeft: f.delayInclusionBlocks }];
    return { code: 0, codespace: "", log: "", hash };
  }
  let failWith: string | null = null;
  if (f.failNextDeliverTx && faultApplies(f, chainId)) {
    failWith = f.failNextDeliverTx;
    f.failNextDeliverTx = null;
  }
  produceBlock(world, chain, [tx], failWith);
  return { code: 0, codespace: "", log: "", hash };
}
