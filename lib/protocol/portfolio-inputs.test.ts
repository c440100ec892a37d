import { describe, expect, it } from "vitest";
import { SIM_LSTS } from "../chains/lsts";
import { portfolioInputs } from "./portfolio-inputs";
import { targetLabel } from "./restaking";
import type { Batch } from "./liquid-staking";

const lst = SIM_LSTS[0];
const state = { totalNative: 2_000n, totalLst: 1_000n, totalRewards: 0n, totalFees: 0n };
const batch = (status: Batch["status"], extra: Partial<Batch> = {}): Batch => ({ id: 1, total: 100n, expected: 150n, received: 0n, requestCount: 1, nextActionMs: 0, status, ...extra });

describe("portfolioInputs", () => {
  it("places every source in its category with exact amounts", () => {
    const rows = portfolioInputs({
      balances: [{ chain: "osmosis", coins: [{ denom: "uosmo", amount: 5n }] }, { chain: "celestia", coins: undefined }],
      milkDelegations: [{ validator: "milkvaloper1a", amount: 10n }],
      milkUnbondings: [{ validator: "milkvaloper1a", amount: 3n, completionMs: Date.UTC(2026, 11, 1) }],
      milkRewards: [{ denom: "umilk", amount: 2n }],
      restaked: [{ target: { kind: "pool", id: 1 }, balance: [{ denom: "ibc/X", amount: 7n }] }],
      restakeRewards: [{ denom: "umilk", amount: 1n }],
      lsts: [
        {
          lst,
          chain: "osmosis",
          state,
          requests: [
            { batchId: 4, amount: 10n, batch: batch("pending") },
            { batchId: 2, amount: 50n, batch: batch("received", { id: 2, received: 140n }) },
          ],
        },
      ],
      card: [{ detail: "Way Card balance", coin: { denom: "umilk", amount: 9n } }],
      validatorName: () => "Alpha",
    });
    expect(rows.map((r) => [r.category, r.detail, r.coin.amount])).toEqual([
      ["Liquid", "Wallet", 5n],
      ["Staked", "Validator Alpha", 10n],
      ["Restaked", "Pool #1", 7n],
      ["Unbonding", "MILK unstake from Alpha, until 2026-12-01", 3n],
      // Pending: valued at today's rate, 10 × 2000/1000.
      ["Unbonding", "milkTIA unstake request, batch #4 (pending, estimate)", 20n],
      // Received: its share of what arrived, 140 × 50/100.
      ["Claimable", "milkTIA unstake request, batch #2 (received, ready to claim)", 70n],
      ["Claimable", "MILK staking rewards", 2n],
      ["Claimable", "Restaking rewards", 1n],
      ["Card", "Way Card balance", 9n],
    ]);
  });

  it("names restaking targets as the Restake screen does, not by kind and number", () => {
    const names = { pools: [{ id: 1, denom: "ibc/16065EE5282C5217685C8F084FC44864C25C706AC37356B0D62811D50B96920F" }], operators: [{ id: 2, moniker: "Nebula Restake" }], services: [{ id: 3, name: "Milky Oracle" }] };
    const rows = portfolioInputs({
      balances: [],
      lsts: [],
      restaked: [
        { target: { kind: "operator", id: 2 }, balance: [{ denom: "u", amount: 1n }] },
        { target: { kind: "service", id: 3 }, balance: [{ denom: "u", amount: 1n }] },
        { target: { kind: "service", id: 9 }, balance: [{ denom: "u", amount: 1n }] },
      ],
      targetName: (t) => targetLabel(t, names),
    });
    expect(rows.map((r) => r.detail)).toEqual(["Operator · Nebula Restake", "Service · Milky Oracle", "Service · #9"]);
    expect(targetLabel({ kind: "pool", id: 1 }, names)).toBe("Pool 1 · milkTIA");
  });

  it("skips an LST whose state has not loaded rather than guessing its value", () => {
    expect(portfolioInputs({ balances: [], lsts: [{ lst, chain: "osmosis", state: undefined, requests: [{ batchId: 1, amount: 1n, batch: batch("pending") }] }] })).toEqual([]);
  });
});
