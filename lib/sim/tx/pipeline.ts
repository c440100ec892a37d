import { toBase64 } from "@cosmjs/encoding";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { simChain } from "../../chains/sim-chains";
import { chainApp } from "../chain-app";
import { Ctx, GAS_PER_WRITE } from "../ctx";
import { SdkError } from "../errors";
import { Journal } from "../journal";
import type { ChainState, IndexedTxRecord, World } from "../state";
import { applyAnte, assertTxWellFormed, verifySignatures } from "./ante";
import { decodeTx, type DecodedTx } from "./decode";
import { validateBasic } from "./validate-basic";

export interface TxOutcome {
  code: number;
  codespace: string;
  log: string;
  data: Uint8Array;
  gasWanted: number;
  gasUsed: number;
  events: Ctx["events"];
}

export function asSdkError(e: unknown): SdkError {
  if (e instanceof SdkError) return e;
  // A bug in a module must not crash the node: the SDK recovers panics the same way.
  return new SdkError("sdk", 111222, `panic: ${(e as Error)?.message ?? String(e)}`);
}

/** CheckTx: decode, well-formedness, fee, sequence and signatures. No state change. */
export async function checkTx(chain: ChainState, bytes: Uint8Array): Promise<DecodedTx> {
  const app = chainApp(chain.chainId);
  const tx = decodeTx(app, bytes);
  const cfg = simChain(chain.chainId);
  // CheckTx runs at the last committed height.
  validateBasic(tx, chain.height);
  assertTxWellFormed(cfg, chain, tx);
  await verifySignatures(cfg, chain, tx);
  return tx;
}

/** Runs a decoded tx in the current block: ante (kept even on failure), then messages atomically. */
export function runTx(
  world: World,
  chain: ChainState,
  tx: DecodedTx,
  opts: { simulate?: boolean; failWith?: string | null } = {},
  journal = new Journal(),
): TxOutcome {
  // A simulation keeps its undo log so the caller can roll everything back.
  const finish = () => (opts.simulate ? undefined : journal.commit());
  const gasWanted = opts.simulate ? Number.MAX_SAFE_INTEGER : Number(tx.authInfo.fee?.gasLimit ?? 0n);
  const ctx = new Ctx(world, chain, journal, gasWanted);
  const fail = (e: unknown, log: string): TxOutcome => {
    const err = asSdkError(e);
    return { code: err.code, codespace: err.codespace, log, data: new Uint8Array(), gasWanted, gasUsed: ctx.gasUsed, events: ctx.events };
  };
  try {
    validateBasic(tx, chain.height);
    applyAnte(ctx, tx, opts.simulate);
  } catch (e) {
    journal.rollbackTo(0);
    ctx.events.length = 0;
    finish();
    return fail(e, asSdkError(e).message);
  }
  const anteEvents = ctx.events.length;
  const mark = journal.mark();
  let msgIndex = 0;
  try {
    if (opts.failWith) throw new SdkError("sim", 1, opts.failWith);
    const msgResponses = tx.msgs.map((m, i) => {
      msgIndex = i;
      ctx.msgIndex = i;
      ctx.emit("message", { action: m.typeUrl, sender: m.route.signers(m.value)[0] ?? "", module: m.route.module });
      const value = m.route.handle(ctx, m.value);
      ctx.consumeGas(m.route.gas, m.typeUrl);
      return { typeUrl: `${m.typeUrl}Response`, value };
    });
    ctx.msgIndex = null;
    ctx.consumeGas(journal.writes * GAS_PER_WRITE, "WriteFlat");
    const data = TxMsgData.encode({ data: [], msgResponses }).finish();
    finish();
    return { code: 0, codespace: "", log: "", data, gasWanted, gasUsed: ctx.gasUsed, events: ctx.events };
  } catch (e) {
    journal.rollbackTo(mark);
    ctx.events.length = anteEvents;
    ctx.msgIndex = null;
    const err = asSdkError(e);
    const log = err.codespace === "sdk" && err.code === 11 ? err.message : `failed to execute message; message index: ${msgIndex}: ${err.message}`;
    finish();
    return fail(err, log);
  }
}

export function indexTx(chain: ChainState, tx: DecodedTx, index: number, out: TxOutcome): IndexedTxRecord {
  const rec: IndexedTxRecord = {
    hash: tx.hash,
    height: chain.height,
    index,
    tx: toBase64(tx.bytes),
    code: out.code,
    codespace: out.codespace,
    log: out.log,
    data: toBase64(out.data),
    gasWanted: out.gasWanted,
    gasUsed: out.gasUsed,
    events: out.events,
    timeMs: chain.timeMs,
  };
  // A duplicate of an indexed tx never replaces the first entry (CometBFT keeps the first result).
  if (!Object.prototype.hasOwnProperty.call(chain.txs, tx.hash)) chain.txs[tx.hash] = rec;
  return rec;
}

/** `/cosmos.tx.v1beta1.Service/Simulate`: run without signatures, then undo everything. */
export function simulate(world: World, chain: ChainState, request: Uint8Array): Uint8Array {
  const req = SimulateRequest.decode(request);
  const tx = decodeTx(chainApp(chain.chainId), req.txBytes);
  const journal = new Journal();
  let out: TxOutcome;
  try {
    out = runTx(world, chain, tx, { simulate: true }, journal);
  } finally {
    journal.rollbackTo(0);
  }
  if (out.code !== 0) throw new SdkError(out.codespace, out.code, out.log);
  return SimulateResponse.encode({
    // A simulation runs on an infinite gas meter, whose limit baseapp reports as gas wanted
    // (SetUpContextDecorator, storetypes.NewInfiniteGasMeter: math.MaxUint64).
    gasInfo: { gasWanted: 18_446_744_073_709_551_615n, gasUsed: BigInt(out.gasUsed) },
    result: {
      data: new Uint8Array(),
      log: "",
      events: out.events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ ...a, index: true })) })),
      msgResponses: TxMsgData.decode(out.data).msgResponses,
    },
  }).finish();
}
