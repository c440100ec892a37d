import { toBech32 } from "@cosmjs/encoding";
import { MILKYWAY_SIM } from "../../../chains/sim-chains";
import { Ctx } from "../../ctx";
import { Journal } from "../../journal";
import { STATE_FORMAT, STATE_VERSION, type ChainState, type World } from "../../state";
import { balanceOf, mintCoins } from "../bank";
import { restakingModule } from "./module";
import { initRestakingState, type RestakingGenesisParams, type RestakingState } from "./state";

/** A one-chain world (MilkyWay sim) for unit tests of the restaking module. */
export interface TestWorld {
  world: World;
  chain: ChainState;
  st(): RestakingState;
  /** A fresh Ctx over the chain (own journal). */
  ctx(): Ctx;
  /** Runs `fn` as a transaction: all or nothing. */
  tx<T>(fn: (ctx: Ctx) => T): T;
  /** Ends the current block, then starts the next one `ms` later (BeginBlock runs). */
  advance(ms: number): void;
  fund(addr: string, amount: bigint, denom: string): void;
  balance(addr: string, denom: string): bigint;
}

export const GENESIS_MS = Date.UTC(2025, 0, 1);

export function addr(n: number): string {
  const bytes = new Uint8Array(20);
  bytes[0] = 7;
  bytes[18] = (n >> 8) & 0xff;
  bytes[19] = n & 0xff;
  return toBech32("milk", bytes);
}

export function makeWorld(genesis: RestakingGenesisParams = {}): TestWorld {
  const chain: ChainState = {
    chainId: MILKYWAY_SIM,
    height: 1,
    timeMs: GENESIS_MS,
    counters: {},
    accounts: {},
    balances: {},
    supply: {},
    wasm: { contracts: {}, storage: {} },
    ibc: { packets: {}, traces: {} },
    restaking: initRestakingState(genesis),
    txs: {},
    blocks: {},
    mempool: [],
  };
  const world: World = {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    seed: 1,
    timeMs: GENESIS_MS,
    genesisTimeMs: GENESIS_MS,
    rng: 1,
    chains: { [MILKYWAY_SIM]: chain },
    faults: {},
    actors: {},
    history: [],
  };
  const ctx = () => new Ctx(world, chain, new Journal());
  const tw: TestWorld = {
    world,
    chain,
    st: () => chain.restaking!,
    ctx,
    tx(fn) {
      const c = ctx();
      return c.atomic(() => fn(c));
    },
    advance(ms) {
      restakingModule.endBlock!(ctx());
      chain.height += 1;
      chain.timeMs += ms;
      world.timeMs = chain.timeMs;
      restakingModule.beginBlock!(ctx());
    },
    fund(a, amount, denom) {
      mintCoins(ctx(), a, [{ denom, amount }]);
    },
    balance: (a, denom) => balanceOf(chain, a, denom),
  };
  // The first BeginBlock only records the allocation time.
  restakingModule.beginBlock!(ctx());
  return tw;
}
