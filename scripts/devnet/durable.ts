/**
 * Nothing acknowledged is lost: every input that changes the world (a broadcast, a control
 * method, a clock tick) is appended to a journal file as it runs (inputs run one at a time, in
 * journal order), and its answer is sent only after the journal is fsynced (group commit: one fsync covers every entry written meanwhile).
 * The simulator is deterministic, so snapshot + journal replay rebuilds exactly the world clients
 * were told about. The journal is compacted into the snapshot periodically and at shutdown.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";
import { restoreWorld, serializeWorld } from "../../lib/sim/persist";
import type { World } from "../../lib/sim/state";

/**
 * An input that changes the world: a JSON-RPC call (method, params) on a chain, or a clock tick.
 * `sv`: every secp256k1 check the call made passed, so a replay (the same inputs over the same
 * state) need not do the curve maths again.
 */
export type JournalInput = { k: "rpc"; c: string; m: string; p: unknown; sv?: 1 } | { k: "tick"; t: number };
export type JournalEntry = JournalInput & { s: number };

/** Key the snapshot carries next to the world: the last journal entry it contains. */
const SEQ_KEY = "journalSeq";

export interface Loaded {
  world: World;
  /** Entries after the snapshot, to replay in order. */
  replay: JournalEntry[];
  lastSeq: number;
  /** Bytes of a torn last line that were dropped (a crash mid-write; never acknowledged). */
  tornBytes: number;
}

export function journalPathOf(statePath: string): string {
  return `${statePath}.journal`;
}

/** Reads the snapshot (or makes one with `fresh`) and the journal entries not yet in it. */
export function loadDurable(statePath: string, fresh: () => World): Loaded {
  let world: World;
  let snapSeq = 0;
  if (existsSync(statePath)) {
    world = restoreWorld(readFileSync(statePath, "utf8"));
    const s = (world as unknown as Record<string, unknown>)[SEQ_KEY];
    snapSeq = typeof s === "number" && Number.isSafeInteger(s) && s >= 0 ? s : 0;
    delete (world as unknown as Record<string, unknown>)[SEQ_KEY];
  } else world = fresh();
  const replay: JournalEntry[] = [];
  let lastSeq = snapSeq;
  let tornBytes = 0;
  const jp = journalPathOf(statePath);
  if (existsSync(jp)) {
    const text = readFileSync(jp, "utf8");
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!line) continue;
      let e: JournalEntry;
      try {
        e = JSON.parse(line) as JournalEntry;
      } catch {
        // Only the last line can be torn by a crash; anything else is damage worth stopping for.
        if (i >= lines.length - 2) {
          tornBytes = line.length;
          break;
        }
        throw new Error(`journal ${jp} is damaged at line ${i + 1}`);
      }
      if (typeof e?.s !== "number") throw new Error(`journal ${jp} is damaged at line ${i + 1}`);
      if (e.s <= lastSeq) continue;
      replay.push(e);
      lastSeq = e.s;
    }
  }
  return { world, replay, lastSeq, tornBytes };
}

function fsyncDir(path: string): void {
  try {
    const fd = openSync(dirname(path), "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some filesystems cannot fsync a directory; the rename is still atomic.
  }
}

/** Writes the snapshot atomically (tmp, fsync, rename, fsync dir). Returns its size in bytes. */
export function writeSnapshot(statePath: string, world: World, seq: number): number {
  mkdirSync(dirname(statePath), { recursive: true });
  const text = serializeWorld({ ...world, [SEQ_KEY]: seq } as World);
  const tmp = `${statePath}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, statePath);
  fsyncDir(statePath);
  return Buffer.byteLength(text);
}

export class DurableJournal {
  private fh: FileHandle | null = null;
  private pending: string[] = [];
  private pendingBytes = 0;
  private flushing: Promise<void> | null = null;
  private waiters: { seq: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  private failed: Error | null = null;
  /** Last entry appended / last entry known to be on disk. */
  seq: number;
  durableSeq: number;
  /** Entries in the journal file since the last compaction. */
  entries = 0;
  bytes = 0;

  constructor(
    readonly path: string,
    lastSeq: number,
  ) {
    this.seq = lastSeq;
    this.durableSeq = lastSeq;
  }

  /** Starts an empty journal (after a snapshot holds everything so far). */
  async reset(): Promise<void> {
    await this.fh?.close();
    this.fh = await open(this.path, "w");
    await this.fh.sync();
    fsyncDir(this.path);
    this.entries = 0;
    this.bytes = 0;
  }

  append(entry: JournalInput): number {
    const s = ++this.seq;
    const line = `${JSON.stringify({ s, ...entry })}\n`;
    this.pending.push(line);
    this.pendingBytes += line.length;
    this.entries++;
    this.bytes += line.length;
    this.kick();
    return s;
  }

  /** Resolves once every entry up to `seq` is on disk. */
  durable(seq = this.seq): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    if (seq <= this.durableSeq) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ seq, resolve, reject }));
  }

  private kick(): void {
    if (this.flushing || this.pending.length === 0) return;
    this.flushing = this.flushLoop().finally(() => {
      this.flushing = null;
      this.kick();
    });
  }

  private async flushLoop(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.join("");
      const upTo = this.seq;
      this.pending = [];
      this.pendingBytes = 0;
      try {
        if (!this.fh) throw new Error("journal is not open");
        await this.fh.write(batch);
        await this.fh.datasync();
      } catch (e) {
        this.failed = e as Error;
        for (const w of this.waiters.splice(0)) w.reject(this.failed);
        return;
      }
      this.durableSeq = upTo;
      const ready = this.waiters.filter((w) => w.seq <= upTo);
      this.waiters = this.waiters.filter((w) => w.seq > upTo);
      for (const w of ready) w.resolve();
    }
  }

  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  async close(): Promise<void> {
    await this.idle();
    await this.fh?.close();
    this.fh = null;
  }
}

/** A queue: the world changes one input at a time, in the order the journal records them. */
export class Exclusive {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T> | T): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
