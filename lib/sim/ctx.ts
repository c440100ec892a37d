import { simChain, type SimChainConfig } from "../chains/sim-chains";
import { Journal, type Rec } from "./journal";
import { event, type SdkEvent } from "./events";
import { sdk } from "./errors";
import type { ChainState, World } from "./state";

/** Flat per-write gas (the SDK's WriteCostFlat), charged when a message finishes. */
export const GAS_PER_WRITE = 2_000;

/**
 * Everything a message handler, a block hook or a contract call can touch: one chain's state
 * behind a journal, the world (for IBC packets and the clock), events and gas.
 */
export class Ctx {
  readonly events: SdkEvent[] = [];
  gasUsed = 0;
  /** Index of the message being executed, stamped on events as `msg_index` (SDK 0.50). */
  msgIndex: number | null = null;

  constructor(
    readonly world: World,
    readonly chain: ChainState,
    readonly journal: Journal,
    readonly gasLimit = Number.MAX_SAFE_INTEGER,
  ) {}

  get cfg(): SimChainConfig {
    return simChain(this.chain.chainId);
  }

  get timeMs(): number {
    return this.chain.timeMs;
  }

  get height(): number {
    return this.chain.height;
  }

  set<V>(rec: Rec<V>, key: string, value: V): void {
    this.journal.set(rec, key, value);
  }

  del<V>(rec: Rec<V>, key: string): void {
    this.journal.del(rec, key);
  }

  sub<V>(rec: Rec<Rec<V>>, key: string): Rec<V> {
    return this.journal.sub(rec, key);
  }

  /** Next value of a chain counter (starting at 1), journaled. */
  nextId(name: string): number {
    const next = (this.chain.counters[name] ?? 0) + 1;
    this.set(this.chain.counters, name, next);
    return next;
  }

  emit(type: string, attrs: Record<string, string | number | bigint | boolean>): void {
    const e = event(type, attrs);
    if (this.msgIndex !== null) e.attributes.push({ key: "msg_index", value: String(this.msgIndex) });
    this.events.push(e);
  }

  consumeGas(amount: number, descriptor: string): void {
    this.gasUsed += amount;
    if (this.gasUsed > this.gasLimit) {
      throw sdk.outOfGas(
        `out of gas in location: ${descriptor}; gasWanted: ${this.gasLimit}, gasUsed: ${this.gasUsed}`,
      );
    }
  }

  /** Run `fn` atomically: on throw, undo its writes and drop its events, then rethrow. */
  atomic<T>(fn: () => T): T {
    const mark = this.journal.mark();
    const evs = this.events.length;
    try {
      return fn();
    } catch (e) {
      this.journal.rollbackTo(mark);
      this.events.length = evs;
      throw e;
    }
  }
}
