import { describe, expect, it } from "vitest";
import { parseDec } from "../amount/decimal";
import { BY_VALUE, planRates, type PlanDistribution } from "./restaking-plan-rates";

// 1,000 MILK a day at $0.048 = $17,520 a year.
const PER_DAY = 1_000_000_000n;
const MILK = { price: parseDec("0.048"), exponent: 6 };
const usd = (x: string) => parseDec(x);

const split = (pools: number, operators: number, users: number, kinds: Partial<Record<"pools" | "operators", PlanDistribution["pools"]>> = {}): PlanDistribution => ({
  pools: kinds.pools ?? { weight: pools, kind: "basic", weights: [] },
  operators: kinds.operators ?? { weight: operators, kind: "basic", weights: [] },
  users: { weight: users },
});

describe("planRates: a plan's rewards per dollar, split as x/rewards splits them", () => {
  const members = {
    pools: [
      { id: 1, value: usd("60000") },
      { id: 2, value: usd("20000") },
    ],
    operators: [{ id: 7, value: usd("17520") }],
    users: { id: 3, value: usd("1752") },
  };

  it("divides between groups by their weights, then by value inside a basic group", () => {
    const r = planRates(PER_DAY, MILK, split(6, 3, 1), members);
    // pools: 6/10 of $17,520 = $10,512 over $80,000 → 13.14 % for every pool.
    expect(r.pools.get(1)).toBe(usd("0.1314"));
    expect(r.pools.get(2)).toBe(usd("0.1314"));
    // operators: 3/10 = $5,256 over $17,520 → 30 %.
    expect(r.operators.get(7)).toBe(usd("0.3"));
    // direct delegators: 1/10 = $1,752 over $1,752 → 100 %: a small group's tenth is a high rate.
    expect(r.users).toBe(usd("1"));
  });

  it("a group holding nothing does not take a share of the weights", () => {
    const r = planRates(PER_DAY, MILK, split(6, 3, 1), { ...members, users: null });
    // pools 6/9 of $17,520 = $11,680 over $80,000 = 14.6 %.
    expect(r.pools.get(1)).toBe(usd("0.146"));
    expect(r.users).toBeNull();
  });

  it("with every weight zero, groups are paid by value: one average rate for all", () => {
    const r = planRates(PER_DAY, MILK, BY_VALUE, members);
    // $17,520 over $99,272 for everyone, floored.
    const avg = (usd("17520") * 10n ** 18n) / usd("99272");
    expect(r.pools.get(1)).toBe(avg);
    expect(r.operators.get(7)).toBe(avg);
    expect(r.users).toBe(avg);
  });

  it("egalitarian pays each member the same amount; weighted pays listed members by weight", () => {
    const egal = planRates(PER_DAY, MILK, split(1, 0, 0, { pools: { weight: 1, kind: "egalitarian", weights: [] } }), { pools: members.pools, operators: [], users: null });
    // $8,760 each: 14.6 % on $60,000, 43.8 % on $20,000.
    expect(egal.pools.get(1)).toBe(usd("0.146"));
    expect(egal.pools.get(2)).toBe(usd("0.438"));
    const w = planRates(PER_DAY, MILK, split(1, 0, 0, { pools: { weight: 1, kind: "weighted", weights: [{ targetId: 2, weight: 3 }, { targetId: 9, weight: 5 }] } }), {
      pools: members.pools,
      operators: [],
      users: null,
    });
    // Target 9 is not a member, so pool 2 alone takes the whole group: $17,520 over $20,000.
    expect(w.pools.get(2)).toBe(usd("0.876"));
    expect(w.pools.has(1)).toBe(false);
  });

  it("floors every rate once", () => {
    const r = planRates(1n, { price: parseDec("1"), exponent: 0 }, BY_VALUE, { pools: [{ id: 1, value: usd("1095") }], operators: [], users: null });
    // $365 a year over $1,095 = 0.333…, eighteen threes, never rounded up.
    expect(r.pools.get(1)).toBe(parseDec("0.333333333333333333"));
  });
});
