import { parseBig, stringifyBig } from "../bigjson";
import type { SimCoin } from "../coins";
import { sdk } from "../errors";
import { ContractError, type ContractApi, type ContractResponse, type SimContract } from "./types";

/**
 * An in-memory stand-in for the wasm host, for unit tests of contracts: one bank, any number of
 * contracts each with its own storage, records of every side effect, settable block time, and
 * all-or-nothing execution like a real transaction.
 *
 * Stored values go through the persisted JSON form and are deep-frozen, so a contract that
 * mutates what it read, or stores something that would not survive a save, fails loudly.
 */

export interface IbcTransferRecord {
  from: string;
  sequence: number;
  channel: string;
  receiver: string;
  coin: SimCoin;
  timeoutNs: bigint;
  memo: string;
  callback: boolean;
}

export interface Records {
  mints: Array<{ contract: string; denom: string; amount: bigint; to: string }>;
  burns: Array<{ contract: string; denom: string; amount: bigint }>;
  sends: Array<{ from: string; to: string; coins: SimCoin[] }>;
  ibc: IbcTransferRecord[];
  executes: Array<{ from: string; contract: string; msg: unknown; funds: SimCoin[] }>;
  events: Array<{ contract: string; type: string; attrs: Record<string, string> }>;
  /** Reply entry-point runs, each of which adds its own `wasm` event on a chain. */
  replies: Array<{ contract: string; attributes: Array<{ key: string; value: string }> }>;
}

type Store = Map<string, unknown>;

export class FakeHost {
  timeNs: bigint;
  height = 1;
  readonly chainId: string;
  readonly records: Records = { mints: [], burns: [], sends: [], ibc: [], executes: [], events: [], replies: [] };
  private balances = new Map<string, Map<string, bigint>>();
  private stores = new Map<string, Store>();
  private contracts = new Map<string, SimContract>();
  private nextSequence = 1;
  /** The price feed contracts read through `oraclePrice`: ticker → 18-decimal USD price. */
  readonly prices = new Map<string, bigint>();

  constructor(opts: { timeSeconds?: number; chainId?: string } = {}) {
    this.timeNs = BigInt(opts.timeSeconds ?? 1_700_000_000) * 1_000_000_000n;
    this.chainId = opts.chainId ?? "osmosis-sim-1";
  }

  // --- time ----------------------------------------------------------------------------------

  get nowSeconds(): number {
    return Number(this.timeNs / 1_000_000_000n);
  }

  setTimeSeconds(s: number): void {
    this.timeNs = BigInt(s) * 1_000_000_000n;
  }

  advanceSeconds(s: number): void {
    this.timeNs += BigInt(s) * 1_000_000_000n;
    this.height += 1;
  }

  // --- bank ----------------------------------------------------------------------------------

  balance(addr: string, denom: string): bigint {
    return this.balances.get(addr)?.get(denom) ?? 0n;
  }

  fund(addr: string, denom: string, amount: bigint): void {
    this.credit(addr, denom, amount);
  }

  private credit(addr: string, denom: string, amount: bigint): void {
    let m = this.balances.get(addr);
    if (!m) this.balances.set(addr, (m = new Map()));
    m.set(denom, (m.get(denom) ?? 0n) + amount);
  }

  private debit(addr: string, denom: string, amount: bigint): void {
    const have = this.balance(addr, denom);
    if (have < amount) throw sdk.insufficientFunds(`spendable balance ${have}${denom} is smaller than ${amount}${denom}`);
    this.balances.get(addr)!.set(denom, have - amount);
  }

  private transfer(from: string, to: string, coins: SimCoin[]): void {
    for (const c of coins) {
      if (c.amount < 0n) throw sdk.invalidCoins(`negative amount ${c.amount}${c.denom}`);
      this.debit(from, c.denom, c.amount);
      this.credit(to, c.denom, c.amount);
    }
  }

  // --- contracts -----------------------------------------------------------------------------

  /** Raw view of a contract's storage, for assertions. */
  storage(address: string): ReadonlyMap<string, unknown> {
    return this.stores.get(address) ?? new Map();
  }

  instantiate(address: string, contract: SimContract, sender: string, msg: unknown, funds: SimCoin[] = []): ContractResponse {
    return this.atomic(() => {
      this.contracts.set(address, contract);
      this.stores.set(address, new Map());
      this.transfer(sender, address, funds);
      return contract.instantiate(this.api(address), { sender, funds }, clone(msg));
    });
  }

  /** MsgExecuteContract: funds move, the contract runs; any throw undoes everything. */
  execute(address: string, sender: string, msg: unknown, funds: SimCoin[] = []): ContractResponse {
    return this.atomic(() => this.executeInner(sender, address, msg, funds));
  }

  sudo(address: string, msg: unknown): ContractResponse {
    return this.atomic(() => {
      const c = this.contract(address);
      if (!c.sudo) throw new Error(`contract ${address} has no sudo entry point`);
      return c.sudo(this.api(address), clone(msg));
    });
  }

  query<T = unknown>(address: string, msg: unknown): T {
    const out = this.contract(address).query(this.api(address, true), clone(msg));
    // What a client receives is JSON: a bigint leaking into a response would be a bug.
    return JSON.parse(JSON.stringify(out)) as T;
  }

  private contract(address: string): SimContract {
    const c = this.contracts.get(address);
    if (!c) throw new Error(`no contract at ${address}`);
    return c;
  }

  private executeInner(sender: string, address: string, msg: unknown, funds: SimCoin[]): ContractResponse {
    const c = this.contract(address);
    this.transfer(sender, address, funds);
    return c.execute(this.api(address), { sender, funds: funds.map((f) => ({ ...f })) }, clone(msg));
  }

  api(address: string, readonly = false): ContractApi {
    const store = () => {
      let s = this.stores.get(address);
      if (!s) this.stores.set(address, (s = new Map()));
      return s;
    };
    const ro = () => {
      if (readonly) throw new ContractError("Write access denied in a query");
    };
    return {
      env: { block: { height: this.height, timeNs: this.timeNs, chainId: this.chainId }, contract: { address } },
      get: <T>(key: string) => store().get(key) as T | undefined,
      set: (key, value) => {
        ro();
        store().set(key, deepFreeze(parseBig(stringifyBig(value))));
      },
      del: (key) => {
        ro();
        store().delete(key);
      },
      keys: (prefix) => [...store().keys()].filter((k) => k.startsWith(prefix)).sort(),
      balance: (addr, denom) => this.balance(addr, denom),
      bankSend: (to, coins) => {
        ro();
        const positive = coins.filter((c) => c.amount > 0n);
        this.transfer(address, to, positive);
        this.records.sends.push({ from: address, to, coins: positive.map((c) => ({ ...c })) });
      },
      mint: (denom, amount, to) => {
        ro();
        if (!denom.startsWith(`factory/${address}/`)) throw new ContractError(`unauthorized: denom ${denom} is not admin'd by ${address}`);
        this.credit(to ?? address, denom, amount);
        this.records.mints.push({ contract: address, denom, amount, to: to ?? address });
      },
      burn: (denom, amount) => {
        ro();
        this.debit(address, denom, amount);
        this.records.burns.push({ contract: address, denom, amount });
      },
      ibcTransfer: (a) => {
        ro();
        // The tokens leave the contract (escrowed or burned by ICS-20).
        this.debit(address, a.coin.denom, a.coin.amount);
        const sequence = this.nextSequence++;
        this.records.ibc.push({ from: address, sequence, ...a, coin: { ...a.coin } });
        return sequence;
      },
      execute: (contract, msg, funds) => {
        ro();
        this.records.executes.push({ from: address, contract, msg: clone(msg), funds });
        this.executeInner(address, contract, msg, funds);
      },
      query: <T>(contract: string, msg: unknown) => this.query<T>(contract, msg),
      event: (type, attrs) => {
        ro();
        this.records.events.push({ contract: address, type, attrs });
      },
      reply: (attributes) => {
        ro();
        this.records.replies.push({ contract: address, attributes: attributes.map((a) => ({ ...a })) });
      },
      oraclePrice: (ticker) => this.prices.get(ticker) ?? null,
    };
  }

  /** Snapshot-and-restore, the fake's version of a transaction's cache context. */
  private atomic<T>(fn: () => T): T {
    const balances = new Map([...this.balances].map(([a, m]) => [a, new Map(m)] as const));
    const stores = new Map([...this.stores].map(([a, s]) => [a, new Map(s)] as const));
    const contracts = new Map(this.contracts);
    const lengths = Object.fromEntries(Object.entries(this.records).map(([k, v]) => [k, v.length]));
    const seq = this.nextSequence;
    try {
      return fn();
    } catch (e) {
      this.balances = balances;
      this.stores = stores;
      this.contracts = contracts;
      for (const [k, n] of Object.entries(lengths)) (this.records as unknown as Record<string, unknown[]>)[k].length = n;
      this.nextSequence = seq;
      throw e;
    }
  }
}

function clone<T>(v: T): T {
  return v === undefined ? v : parseBig<T>(stringifyBig(v));
}

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === "object" && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) deepFreeze(x);
  }
  return v;
}
