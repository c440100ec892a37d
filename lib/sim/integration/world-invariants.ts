/**
 * Whole-world invariants for property tests: checks that must hold after any sequence of user
 * actions and clock moves. Each check throws with a message naming what broke and where.
 */
import { SIM_LSTS, type LstRecord } from "../../chains/lsts";
import { queryContractJson } from "../modules/wasm";
import { balanceOf } from "../modules/bank";
import type { UnbondingRecord } from "../modules/restaking/state";
import type { World } from "../state";

interface BatchJson {
  id: number;
  batch_total_liquid_stake: string;
  status: "pending" | "submitted" | "received";
  received_native_unstaked: string;
}
interface RequestJson {
  batch_id: number;
  user: string;
  amount: string;
}

/** What a run is compared against: each LST's N and L, and each batch's open requests. */
export interface Baseline {
  lst: Record<string, { N: bigint; L: bigint; openRequests: Record<number, bigint> }>;
}

const deployed = (world: World) => SIM_LSTS.filter((l) => world.chains[l.chainId].wasm.contracts[l.contract]);
const q = <T>(world: World, lst: LstRecord, msg: unknown) => queryContractJson(world, world.chains[lst.chainId], lst.contract, msg) as T;

function lstTotals(world: World, lst: LstRecord) {
  const s = q<{ total_native_token: string; total_liquid_stake_token: string }>(world, lst, { state: {} });
  return { N: BigInt(s.total_native_token), L: BigInt(s.total_liquid_stake_token) };
}

function requestSums(world: World, lst: LstRecord): Record<number, bigint> {
  const out: Record<number, bigint> = {};
  for (const r of q<RequestJson[]>(world, lst, { all_unstake_requests: {} })) out[r.batch_id] = (out[r.batch_id] ?? 0n) + BigInt(r.amount);
  return out;
}

export function baselineOf(world: World): Baseline {
  const lst: Baseline["lst"] = {};
  for (const l of deployed(world)) lst[l.symbol] = { ...lstTotals(world, l), openRequests: requestSums(world, l) };
  return { lst };
}

function fail(message: string): never {
  throw new Error(`invariant broken: ${message}`);
}

export function checkNoNegativeBalance(world: World): void {
  for (const chain of Object.values(world.chains)) {
    for (const [addr, denoms] of Object.entries(chain.balances)) {
      for (const [denom, v] of Object.entries(denoms)) if (v < 0n) fail(`${chain.chainId}: ${addr} holds ${v}${denom}`);
    }
  }
}

/** The bank's supply record agrees with the sum of all balances, per chain and denom. */
export function checkSupply(world: World): void {
  for (const chain of Object.values(world.chains)) {
    const sum: Record<string, bigint> = {};
    for (const denoms of Object.values(chain.balances)) for (const [d, v] of Object.entries(denoms)) sum[d] = (sum[d] ?? 0n) + v;
    for (const d of new Set([...Object.keys(sum), ...Object.keys(chain.supply)])) {
      if ((chain.supply[d] ?? 0n) !== (sum[d] ?? 0n)) fail(`${chain.chainId}: supply of ${d} is ${chain.supply[d] ?? 0n} but balances add up to ${sum[d] ?? 0n}`);
    }
  }
}

/**
 * Per LST: the redemption rate N/L never falls (no slashing in this world); batches add up;
 * withdrawals never pay out more than a batch received; the contract can pay every open claim.
 */
export function checkLiquidStaking(world: World, base: Baseline, withdrawnInRun: (lst: LstRecord) => Record<number, bigint>): void {
  for (const lst of deployed(world)) {
    const start = base.lst[lst.symbol];
    const now = lstTotals(world, lst);
    if (start.L > 0n && now.L > 0n && now.N * start.L < start.N * now.L) {
      fail(`${lst.symbol} redemption rate fell from ${start.N}/${start.L} to ${now.N}/${now.L}`);
    }
    const open = requestSums(world, lst);
    const { batches } = q<{ batches: BatchJson[] }>(world, lst, { batches: {} });
    const pending = q<BatchJson>(world, lst, { pending_batch: {} });
    if (BigInt(pending.batch_total_liquid_stake) !== (open[pending.id] ?? 0n)) {
      fail(`${lst.symbol} pending batch ${pending.id} total ${pending.batch_total_liquid_stake} ≠ Σ requests ${open[pending.id] ?? 0n}`);
    }
    const paid = withdrawnInRun(lst);
    let owed = 0n;
    for (const b of batches) {
      const T = BigInt(b.batch_total_liquid_stake);
      if ((open[b.id] ?? 0n) > T) fail(`${lst.symbol} batch ${b.id}: open requests ${open[b.id]} exceed its total ${T}`);
      if (b.status !== "received") {
        if (paid[b.id]) fail(`${lst.symbol} batch ${b.id} paid ${paid[b.id]} while ${b.status}`);
        continue;
      }
      const R = BigInt(b.received_native_unstaked);
      // Claims open at the start of the run bound what the run may pay: paid·T ≤ R·open₀.
      const open0 = start.openRequests[b.id] ?? T;
      if ((paid[b.id] ?? 0n) * T > R * open0) fail(`${lst.symbol} batch ${b.id} paid ${paid[b.id]} in this run; received ${R}, open share ${open0}/${T}`);
      owed += T === 0n ? 0n : (R * (open[b.id] ?? 0n)) / T;
    }
    const held = balanceOf(world.chains[lst.chainId], lst.contract, lst.ibcDenom);
    if (held < owed) fail(`${lst.symbol} contract holds ${held}${lst.ibcDenom} but owes ${owed} to open claims`);
  }
}

/** Each restaking target's address holds exactly its recorded tokens plus its pending unbondings. */
export function checkRestaking(world: World): void {
  for (const chain of Object.values(world.chains)) {
    const st = chain.restaking;
    if (!st) continue;
    const pending: Record<string, Record<string, bigint>> = {};
    for (const u of Object.values(st.unbondings) as UnbondingRecord[]) {
      const k = `${u.type}/${u.targetId}`;
      pending[k] ??= {};
      for (const e of u.entries) for (const [d, v] of Object.entries(e.balance)) pending[k][d] = (pending[k][d] ?? 0n) + v;
    }
    const targets: [string, string, Record<string, bigint>][] = [
      ...Object.values(st.pools).map((p) => [`1/${p.id}`, p.address, { [p.denom]: p.tokens }] as [string, string, Record<string, bigint>]),
      ...Object.values(st.operators).map((o) => [`2/${o.id}`, o.address, { ...o.tokens }] as [string, string, Record<string, bigint>]),
      ...Object.values(st.services).map((s) => [`3/${s.id}`, s.address, { ...s.tokens }] as [string, string, Record<string, bigint>]),
    ];
    for (const [key, address, tokens] of targets) {
      const denoms = new Set([...st.params.allowedDenoms, ...Object.keys(tokens), ...Object.keys(pending[key] ?? {})]);
      for (const d of denoms) {
        const expected = (tokens[d] ?? 0n) + (pending[key]?.[d] ?? 0n);
        const actual = balanceOf(chain, address, d);
        if (actual !== expected) fail(`${chain.chainId} target ${key} holds ${actual}${d}; tokens + unbonding = ${expected}`);
      }
    }
  }
}

/** Σ withdraw payouts per batch recorded in the contract's events since `fromHeight` (skipping `skipTxs` of that block). */
export function withdrawalsSince(world: World, lst: LstRecord, fromHeight: number, skipTxs: number): Record<number, bigint> {
  const chain = world.chains[lst.chainId];
  const out: Record<number, bigint> = {};
  for (let h = fromHeight; h <= chain.height; h++) {
    const hashes = chain.blocks[h]?.txs ?? [];
    for (const hash of h === fromHeight ? hashes.slice(skipTxs) : hashes) {
      const t = chain.txs[hash];
      if (!t || t.code !== 0) continue;
      for (const e of t.events) {
        if (e.type !== "wasm") continue;
        const a = Object.fromEntries(e.attributes.map((x) => [x.key, x.value]));
        if (a._contract_address === lst.contract && a.action === "execute_withdraw") out[Number(a.batch)] = (out[Number(a.batch)] ?? 0n) + BigInt(a.amount);
      }
    }
  }
  return out;
}
