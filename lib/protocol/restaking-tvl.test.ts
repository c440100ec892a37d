import { describe, expect, it } from "vitest";
import { parseDec } from "../amount/decimal";
import type { DenomPrice } from "./restaking-apr";
import { restakingUsd } from "./restaking-tvl";

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
});
