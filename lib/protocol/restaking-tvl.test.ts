import { describe, expect, it } from "vitest";
import { parseDec } from "../amount/decimal";
import type { DenomPrice } from "./restaking-apr";
import { poolAprCovers, restakingUsd } from "./restaking-tvl";

const P: Record<string, DenomPrice> = {
  mt: { denom: "mt", ticker: "MT", exponent: 6, price: parseDec("5"), updatedMs: null },
  umilk: { denom: "umilk", ticker: "MILK", exponent: 6, price: parseDec("0.05"), updatedMs: null },
};
const priceOf = (d: string) => P[d] ?? null;
const M = 1_000_000n;

const base = {
  // 1,000 mt in pool 1, half of its shares trusting service 1.
  pools: [{ id: 1, denom: "mt", tokens: 1_000n * M, shares: parseDec("1000000000") }],
  operators: [
    { id: 1, active: true, commission: parseDec("0.1"), joinedServices: [1], tokens: [{ denom: "mt", amount: 200n * M }] },
    { id: 2, active: false, commission: 0n, joinedServices: [1], tokens: [{ denom: "mt", amount: 999n * M }] },
  ],
  services: [{ id: 1, active: true, securingPools: [1], allowedOperators: [], tokens: [{ denom: "mt", amount: 100n * M }], trustedPoolShares: { 1: parseDec("500000000") } }],
  // 1,000 MILK/day = $50/day = $18,250/yr.
  plans: [{ serviceId: 1, perDay: { denom: "umilk", amount: 1_000n * M }, startMs: 0, endMs: 10 }],
  nowMs: 5,
  priceOf,
};

describe("restakingUsd", () => {
  it("values trusted pool tokens, eligible operators and the service's own stake", () => {
    const r = restakingUsd(base);
    // 500 (trusted half of the pool) + 200 (active operator) + 100 (own) = 800 mt = $4,000.
    expect(r.services.get(1)!.trustedTvl.value).toBe(parseDec("4000"));
    expect(r.services.get(1)!.tvl.value).toBe(parseDec("500"));
    // 18,250 / 4,000 = 4.5625
    expect(r.services.get(1)!.apr).toEqual({ kind: "apr", apr: parseDec("4.5625") });
    expect(r.pools.get(1)!.tvl.value).toBe(parseDec("5000"));
    expect(r.pools.get(1)!.apr).toEqual({ kind: "apr", apr: parseDec("4.5625") });
    expect(r.operators.get(1)!.apr).toEqual({ kind: "apr", apr: parseDec("4.10625") });
    expect(r.operators.get(2)!.apr).toEqual({ kind: "no-plan" });
  });

  it("splits each plan between pools, operators and direct delegators by the plan's weights", () => {
    const distribution = { pools: { weight: 6, kind: "basic" as const, weights: [] }, operators: { weight: 3, kind: "basic" as const, weights: [] }, users: { weight: 1 } };
    const r = restakingUsd({ ...base, plans: [{ ...base.plans[0], distribution }] });
    // $18,250 a year: pools 6/10 = $10,950 over the trusted $2,500 → 438 %.
    expect(r.pools.get(1)!.apr).toEqual({ kind: "apr", apr: parseDec("4.38") });
    // operators 3/10 = $5,475 over $1,000 → 547.5 %, less 10 % commission.
    expect(r.operators.get(1)!.apr).toEqual({ kind: "apr", apr: parseDec("4.9275") });
    // direct delegators 1/10 = $1,825 over $500 → 365 %: the service's own APR is theirs.
    expect(r.services.get(1)!.apr).toEqual({ kind: "apr", apr: parseDec("3.65") });
    expect(r.services.get(1)!.perDayTo.get("umilk")).toEqual({ pools: 600n * M, operators: 300n * M, users: 100n * M });
  });

  it("a service nobody delegates to directly has no direct rate yet, and its users' share goes to the others", () => {
    const distribution = { pools: { weight: 6, kind: "basic" as const, weights: [] }, operators: { weight: 3, kind: "basic" as const, weights: [] }, users: { weight: 1 } };
    const r = restakingUsd({ ...base, services: [{ ...base.services[0], tokens: [] }], plans: [{ ...base.plans[0], distribution }] });
    expect(r.services.get(1)!.apr).toEqual({ kind: "no-tvl" });
    // pools 6/9 of $18,250 over $2,500.
    expect(r.pools.get(1)!.apr).toEqual({ kind: "apr", apr: (parseDec("18250") * 6n * 10n ** 18n) / (9n * parseDec("2500")) });
  });

  it("an operator not on a service's allow-list neither adds TVL nor earns", () => {
    const r = restakingUsd({ ...base, services: [{ ...base.services[0], allowedOperators: [9] }] });
    expect(r.services.get(1)!.trustedTvl.value).toBe(parseDec("3000"));
    expect(r.operators.get(1)!.apr).toEqual({ kind: "no-plan" });
  });

  it("an inactive service pays nothing; an unpriced reward denom says no price", () => {
    expect(restakingUsd({ ...base, services: [{ ...base.services[0], active: false }] }).pools.get(1)!.apr).toEqual({ kind: "no-plan" });
    const r = restakingUsd({ ...base, plans: [{ ...base.plans[0], perDay: { denom: "zzz", amount: 1n } }] });
    expect(r.services.get(1)!.apr).toEqual({ kind: "no-price", denoms: ["zzz"] });
  });

  describe("pool APR for a connected user counts only the services it trusts with the pool", () => {
    // A second service borrowing pool 1, paying 2,000 MILK/day to its own trusted TVL.
    const two = {
      ...base,
      services: [...base.services, { ...base.services[0], id: 2, tokens: [], trustedPoolShares: { 1: parseDec("1000000000") } }],
      plans: [...base.plans, { serviceId: 2, perDay: { denom: "umilk", amount: 2_000n * M }, startMs: 0, endMs: 10 }],
    };
    it("without a user: every borrowing service, said so", () => {
      const p = restakingUsd(two).pools.get(1)!;
      expect(p.covers).toEqual([1, 2]);
      expect(p.basis).toBe("all-services");
      // 4.5625 + $36,500 / (the whole pool, 1,000 mt = $5,000; operator 1 did not join service 2) = 4.5625 + 7.3
      expect(p.apr).toEqual({ kind: "apr", apr: parseDec("4.5625") + parseDec("7.3") });
    });
    it("a user trusting nobody earns nothing from the pool", () => {
      const p = restakingUsd({ ...two, trust: new Map() }).pools.get(1)!;
      expect(p.covers).toEqual([]);
      expect(p.basis).toBe("your-trust");
      expect(p.apr).toEqual({ kind: "not-trusted" });
    });
    it("trust for another pool does not count; trust for this pool or every pool does", () => {
      expect(restakingUsd({ ...two, trust: new Map([[2, new Set([7])]]) }).pools.get(1)!.apr).toEqual({ kind: "not-trusted" });
      const only2 = restakingUsd({ ...two, trust: new Map([[2, new Set([1])]]) }).pools.get(1)!;
      expect(only2.covers).toEqual([2]);
      expect(only2.apr).toEqual({ kind: "apr", apr: parseDec("7.3") });
      expect(restakingUsd({ ...two, trust: new Map([[1, "all" as const]]) }).pools.get(1)!.apr).toEqual({ kind: "apr", apr: parseDec("4.5625") });
    });
  });

  it("says in words which services a pool APR covers", () => {
    const name = (id: number) => `S${id}`;
    expect(poolAprCovers({ covers: [1, 2], basis: "all-services" }, name)).toBe("If you trust every service borrowing it: S1, S2");
    expect(poolAprCovers({ covers: [2], basis: "your-trust" }, name)).toBe("From the services you trust with it: S2");
    expect(poolAprCovers({ covers: [], basis: "your-trust" }, name)).toBe("Trust a service with this pool to earn");
    expect(poolAprCovers({ covers: [], basis: "all-services" }, name)).toBe("No service borrows this pool");
  });
});
