/**
 * "Earned by source" for the Rewards page, from what the chain can tell us exactly:
 * - liquid staking: holding × (rate now − rate then) per LST, from the oracle's history;
 * - restaking and MILK staking: rewards paid in the window, from the `withdraw_rewards` events
 *   of the user's transactions.
 * Pending rewards are shown apart: the chain does not say when they accrued.
 */
import type { HistoryRow, RewardSource } from "./history";
import type { CoinAmount } from "./restaking";
import { DAY_S, sampleAt, valueGrowth, type RateSample } from "./yield";

export interface LstEarning {
  /** Native base units, floored; null when the history does not reach back that far. */
  day: bigint | null;
  week: bigint | null;
}

/** Value growth of a holding over the last day and week, ending at the newest sample. */
export function lstEarnings(holding: bigint, samples: ReadonlyArray<RateSample>): LstEarning {
  const last = samples.at(-1);
  if (!last) return { day: null, week: null };
  const over = (seconds: number) => {
    const from = sampleAt(samples, last.timeS - seconds);
    return from ? valueGrowth(holding, from.rate, last.rate) : null;
  };
  return { day: over(DAY_S), week: over(7 * DAY_S) };
}

/**
 * Rewards of `source` paid to the user by successful transactions with a block time in
 * (now − seconds, now], summed from their `withdraw_rewards` events (HistoryRow.rewards), so a
 * Way Card top-up, a mixed claim or a reward auto-paid on a delegation change counts for the
 * source that paid it, at the amount paid.
 */
export function claimedWithin(rows: ReadonlyArray<HistoryRow>, source: RewardSource, nowMs: number, seconds: number): CoinAmount[] {
  const from = nowMs - seconds * 1000;
  const sums = new Map<string, bigint>();
  for (const r of rows) {
    if (!r.ok || r.timeMs === null || r.timeMs <= from || r.timeMs > nowMs) continue;
    for (const p of r.rewards) {
      if (p.source !== source) continue;
      for (const c of p.coins) sums.set(c.denom, (sums.get(c.denom) ?? 0n) + c.amount);
    }
  }
  return [...sums].map(([denom, amount]) => ({ denom, amount })).sort((a, b) => a.denom.localeCompare(b.denom));
}
