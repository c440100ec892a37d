/**
 * Signature checks ahead of time, on another core. A broadcast's curve maths (most of its cost)
 * is started in a worker thread as soon as the request arrives, while the main thread is still
 * running earlier transactions; when the transaction's turn comes, CheckTx finds the answer ready.
 *
 * Nothing about which transactions pass changes: CheckTx still derives the sign bytes and key from
 * the state at its turn, and a precomputed answer is used only for exactly that (signature, sign
 * bytes, key); anything else is checked on the spot.
 */
import { Worker } from "node:worker_threads";
import { fromBase64 } from "@cosmjs/encoding";
import { simChain } from "../../lib/chains/sim-chains";
import { chainApp } from "../../lib/sim/chain-app";
import type { World } from "../../lib/sim/state";
import { assertTxWellFormed, signedPayload } from "../../lib/sim/tx/ante";
import { decodeTx } from "../../lib/sim/tx/decode";
import { sdkSignatureShapeOk, type Secp256k1Verifier } from "../../lib/sim/tx/secp256k1-verify";
import { validateBasic } from "../../lib/sim/tx/validate-basic";

/** The worker: OpenSSL ECDSA over batches of (signature, message, compressed key). */
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const { createPublicKey, verify } = require("node:crypto");
const SPKI = Buffer.from("3036301006072a8648ce3d020106052b8104000a032200", "hex");
const keys = new Map();
parentPort.on("message", (batch) => {
  const out = batch.map(({ id, sig, msg, pub }) => {
    try {
      const k64 = Buffer.from(pub).toString("base64");
      let key = keys.get(k64);
      if (!key) {
        key = createPublicKey({ key: Buffer.concat([SPKI, pub]), format: "der", type: "spki" });
        if (keys.size >= 10000) keys.clear();
        keys.set(k64, key);
      }
      return { id, ok: verify("sha256", msg, { key, dsaEncoding: "ieee-p1363" }, sig) };
    } catch {
      return { id, ok: false };
    }
  });
  parentPort.postMessage(out);
});
`;

/** Precomputed answers kept for at most this many checks (a client that never comes back). */
const ANSWERS_MAX = 20_000;

const keyOf = (sig: Uint8Array, msg: Uint8Array, pub: Uint8Array) =>
  `${Buffer.from(sig).toString("base64")}|${Buffer.from(pub).toString("base64")}|${Buffer.from(msg).toString("base64")}`;

export class VerifyPool {
  private worker: Worker | null = null;
  private nextId = 1;
  private waiting = new Map<number, { key: string; done: () => void }>();
  private queued: { id: number; sig: Uint8Array; msg: Uint8Array; pub: Uint8Array }[] = [];
  private answers = new Map<string, boolean>();
  private broken = false;
  private flushScheduled = false;

  constructor(private readonly onError: (e: unknown) => void) {}

  private start(): Worker | null {
    if (this.worker || this.broken) return this.worker;
    const w = new Worker(WORKER_SOURCE, { eval: true });
    w.unref();
    w.on("message", (out: { id: number; ok: boolean }[]) => {
      for (const { id, ok } of out) {
        const p = this.waiting.get(id);
        if (!p) continue;
        this.waiting.delete(id);
        if (this.answers.size >= ANSWERS_MAX) this.answers.clear();
        this.answers.set(p.key, ok);
        p.done();
      }
    });
    const fail = (e: unknown) => {
      // Without the worker every check is done on the spot, as before; nobody waits forever.
      this.onError(e);
      this.broken = true;
      this.worker = null;
      for (const p of this.waiting.values()) p.done();
      this.waiting.clear();
    };
    w.on("error", fail);
    w.on("exit", (code) => code !== 0 && fail(new Error(`verify worker exited with ${code}`)));
    this.worker = w;
    return w;
  }

  /**
   * Starts the checks a broadcast of `txBase64` on `chainId` will need and resolves when they are
   * done. Never throws: a tx that cannot be decoded or checked yet is left to CheckTx.
   */
  prefetch(world: World, chainId: string, txBase64: unknown): Promise<void> {
    const chain = world.chains[chainId];
    if (!chain || typeof txBase64 !== "string" || txBase64.length > 1_400_000) return Promise.resolve();
    const jobs: Promise<void>[] = [];
    try {
      const tx = decodeTx(chainApp(chainId), fromBase64(txBase64));
      const cfg = simChain(chainId);
      validateBasic(tx, chain.height);
      assertTxWellFormed(cfg, chain, tx);
      for (let i = 0; i < tx.signers.length; i++) {
        const { signBytes, pubkey, signature } = signedPayload(cfg, chain, tx, i);
        if (!sdkSignatureShapeOk(signature) || pubkey.length !== 33) continue;
        const key = keyOf(signature, signBytes, pubkey);
        if (this.answers.has(key) || !this.start()) continue;
        const id = this.nextId++;
        jobs.push(new Promise<void>((done) => this.waiting.set(id, { key, done })));
        this.queued.push({ id, sig: signature, msg: signBytes, pub: pubkey });
      }
    } catch {
      return Promise.resolve();
    }
    if (this.queued.length && !this.flushScheduled) {
      // One message per turn of the event loop carries every check queued during it.
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
    return Promise.all(jobs).then(() => undefined);
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queued;
    this.queued = [];
    if (batch.length === 0) return;
    const w = this.start();
    if (!w) {
      for (const j of batch) this.waiting.get(j.id)?.done();
      return;
    }
    w.postMessage(batch);
  }

  /** Wraps the on-the-spot verifier: an answer computed ahead is used once, for exactly its inputs. */
  verifier(onTheSpot: Secp256k1Verifier): Secp256k1Verifier {
    return (sig, msg, pub) => {
      const key = keyOf(sig, msg, pub);
      const ready = this.answers.get(key);
      if (ready === undefined) return onTheSpot(sig, msg, pub);
      this.answers.delete(key);
      return ready;
    };
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.broken = true;
    this.worker = null;
    if (!w) return;
    w.removeAllListeners();
    await w.terminate();
  }
}
