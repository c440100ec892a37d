/**
 * Query results → portfolio positions. Each source keeps its own meaning: a restaked coin is
 * not also counted as liquid, an unstake request is valued by its batch (doc §1.4), rewards are
 * whole base units as the chain would pay them.
 */
import type { LstRecord } from "../chains/lsts";
import type { ChainKey } from "../stores/network-store";
import { requestValue, type Batch, type LstState } from "./liquid-staking";
import type { PositionInput } from "./portfolio";
import type { CoinAmount, Target } from "./restaking";

export interface PortfolioSources {
  balances: ReadonlyArray<{ chain: ChainKey; coins: ReadonlyArray<CoinAmount> | undefined }>;
  milkDelegations?: ReadonlyArray<{ validator: string; amount: bigint }>;
  milkUnbondings?: ReadonlyArray<{ validator: string; amount: bigint; completionMs: number }>;
  milkRewards?: ReadonlyArray<CoinAmount>;
  restaked?: ReadonlyArray<{ target: Target; balance: ReadonlyArray<CoinAmount> }>;
  restakeUnbondings?: ReadonlyArray<{ target: Target; entries: ReadonlyArray<{ completionMs: number; balance: ReadonlyArray<CoinAmount> }> }>;
  restakeRewards?: ReadonlyArray<CoinAmount>;
  lsts: ReadonlyArray<{
    lst: LstRecord;
    chain: ChainKey | undefined;
    state: LstState | undefined;
    requests: ReadonlyArray<{ batchId: number; amount: bigint; batch: Batch }> | undefined;
  }>;
  card?: ReadonlyArray<{ detail: string; coin: CoinAmount }>;
  validatorName?: (address: string) => string;
  /** "Operator · Nebula Restake", "Pool 1 · milkTIA"; without it, the kind and id. */
  targetName?: (t: Target) => string;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const targetId = (t: Target) => `${t.kind.charAt(0).toUpperCase()}${t.kind.slice(1)} #${t.id}`;

export function portfolioInputs(s: PortfolioSources): PositionInput[] {
  const out: PositionInput[] = [];
  const name = s.validatorName ?? ((a: string) => a);
  const targetName = s.targetName ?? targetId;
  for (const b of s.balances) for (const c of b.coins ?? []) out.push({ category: "Liquid", chain: b.chain, detail: "Wallet", coin: c });
  for (const d of s.milkDelegations ?? []) out.push({ category: "Staked", chain: "milkyway", detail: `Validator ${name(d.validator)}`, coin: { denom: "umilk", amount: d.amount } });
  for (const r of s.restaked ?? []) for (const c of r.balance) out.push({ category: "Restaked", chain: "milkyway", detail: targetName(r.target), coin: c });
  for (const u of s.milkUnbondings ?? [])
    out.push({ category: "Unbonding", chain: "milkyway", detail: `MILK unstake from ${name(u.validator)}, until ${day(u.completionMs)}`, coin: { denom: "umilk", amount: u.amount } });
  for (const u of s.restakeUnbondings ?? [])
    for (const e of u.entries) for (const c of e.balance) out.push({ category: "Unbonding", chain: "milkyway", detail: `Unrestake from ${targetName(u.target)}, until ${day(e.completionMs)}`, coin: c });
  for (const l of s.lsts) {
    if (!l.chain || !l.state) continue;
    for (const r of l.requests ?? []) {
      const value = requestValue(r.batch, r.amount, l.state);
      const received = r.batch.status === "received";
      out.push({
        category: received ? "Claimable" : "Unbonding",
        chain: l.chain,
        detail: `${l.lst.symbol} unstake request, batch #${r.batchId} (${r.batch.status}${received ? ", ready to claim" : ", estimate"})`,
        coin: { denom: l.lst.ibcDenom, amount: value },
      });
    }
  }
  for (const c of s.milkRewards ?? []) out.push({ category: "Claimable", chain: "milkyway", detail: "MILK staking rewards", coin: c });
  for (const c of s.restakeRewards ?? []) out.push({ category: "Claimable", chain: "milkyway", detail: "Restaking rewards", coin: c });
  for (const c of s.card ?? []) out.push({ category: "Card", chain: "milkyway", detail: c.detail, coin: c.coin });
  return out;
}
