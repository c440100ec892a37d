import { describe, expect, it } from "vitest";
import { parseDec } from "../amount/decimal";
import { claimedWithin, lstEarnings } from "./earnings";
import type { HistoryRow } from "./history";

const DAY = 86_400;
const s = (t: number, r: string) => ({ timeS: t, rate: parseDec(r) });

describe("lstEarnings", () => {
  it("is holding × rate change over a day and a week, floored", () => {
    const samples = [s(0, "1.0"), s(6 * DAY, "1.006"), s(7 * DAY, "1.007")];
    // 1,000,000 × 0.001 = 1,000 over the day; × 0.007 = 7,000 over the week.
    expect(lstEarnings(1_000_000n, samples)).toEqual({ day: 1_000n, week: 7_000n });
    expect(lstEarnings(333n, samples)).toEqual({ day: 0n, week: 2n });
  });
  it("says unknown when history is too short, and zero holdings earn zero", () => {
    expect(lstEarnings(1n, [s(0, "1")])).toEqual({ day: null, week: null });
    expect(lstEarnings(1n, [])).toEqual({ day: null, week: null });
    expect(lstEarnings(0n, [s(0, "1"), s(DAY, "2")])).toEqual({ day: 0n, week: null });
  });
});

describe("claimedWithin", () => {
  const row = (timeMs: number | null, rewards: HistoryRow["rewards"], ok = true) => ({ type: "anything", timeMs, ok, receivedCoins: [], rewards }) as unknown as HistoryRow;
  const milk = (amount: bigint) => [{ denom: "umilk", amount }];
  const now = 10 * DAY * 1000;
  const rows = [
    row(now - 1000, [{ source: "restaking", coins: milk(5n) }]),
    row(now - 2 * DAY * 1000, [{ source: "restaking", coins: milk(7n) }]),
    row(now - 1000, [{ source: "restaking", coins: milk(100n) }], false),
    row(null, [{ source: "restaking", coins: milk(100n) }]),
    // A mixed claim (or a Way Card top-up from rewards) credits each source with its own payout.
    row(now - 1000, [
      { source: "milk-staking", coins: milk(3n) },
      { source: "restaking", coins: [{ denom: "uother", amount: 2n }] },
    ]),
    row(now + 1000, [{ source: "restaking", coins: milk(100n) }]),
  ];
  it("sums the payouts of one source inside the window", () => {
    expect(claimedWithin(rows, "restaking", now, DAY)).toEqual([
      { denom: "umilk", amount: 5n },
      { denom: "uother", amount: 2n },
    ]);
    expect(claimedWithin(rows, "restaking", now, 7 * DAY)).toEqual([
      { denom: "umilk", amount: 12n },
      { denom: "uother", amount: 2n },
    ]);
    expect(claimedWithin(rows, "milk-staking", now, DAY)).toEqual([{ denom: "umilk", amount: 3n }]);
    expect(claimedWithin([], "milk-staking", now, DAY)).toEqual([]);
  });
});
