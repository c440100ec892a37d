import { describe, expect, it } from "vitest";
import { parseDec } from "../amount/decimal";
import {
  aprText,
  coinUsd,
  coinsUsd,
  combinedApr,
  oraclePriceToDec,
  trustedPoolTokens,
  trustedTvlUsd,
  type DenomPrice,
  type PriceOf,
} from "./restaking-apr";

const price = (denom: string, usd: string, exponent = 6): DenomPrice => ({ denom, ticker: denom.toUpperCase(), exponent, price: parseDec(usd), updatedMs: null });
const PRICES: Record<string, DenomPrice> = { milktia: price("milktia", "5.62"), umilk: price("umilk", "0.048"), tia: price("tia", "5.2") };
const priceOf: PriceOf = (d) => PRICES[d] ?? null;

describe("oraclePriceToDec", () => {
  it("scales an integer with decimals to an 18-digit Dec exactly", () => {
    expect(oraclePriceToDec(562_000_000n, 8)).toBe(parseDec("5.62"));
    expect(oraclePriceToDec(4_800_000n, 8)).toBe(parseDec("0.048"));
    expect(oraclePriceToDec(7n, 18)).toBe(7n);
    expect(oraclePriceToDec(5n, 0)).toBe(parseDec("5"));
  });
  it("floors digits a LegacyDec cannot hold", () => {
    expect(oraclePriceToDec(19n, 19)).toBe(1n);
  });
  it("refuses nonsense", () => {
    expect(() => oraclePriceToDec(-1n, 8)).toThrow(RangeError);
    expect(() => oraclePriceToDec(1n, -1)).toThrow(RangeError);
  });
});

describe("USD values", () => {
  it("prices base units per whole token, floored like the rewards module", () => {
    expect(coinUsd(1_000_000n, PRICES.milktia)).toBe(parseDec("5.62"));
    // 1 base unit of milkTIA = 0.00000562 USD exactly.
    expect(coinUsd(1n, PRICES.milktia)).toBe(parseDec("0.00000562"));
    // floor at 18 digits: 1 unit at $1/3 per 10^6 → 333333333333 raw.
    expect(coinUsd(1n, { price: parseDec("0.333333333333333333"), exponent: 6 })).toBe(333_333_333_333n);
  });
  it("reports unpriced denoms instead of counting them as $0", () => {
    const r = coinsUsd(
      [
        { denom: "milktia", amount: 2_000_000n },
        { denom: "mystery", amount: 5n },
        { denom: "mystery", amount: 1n },
        { denom: "zero", amount: 0n },
      ],
      priceOf,
    );
    expect(r.value).toBe(parseDec("11.24"));
    expect(r.unpriced).toEqual(["mystery"]);
  });
});

describe("trusted pool tokens", () => {
  it("is floor(trusted shares × tokens / shares)", () => {
    // 1/3 of the shares of a 1,000,001-token pool → 333,333.67 → 333,333.
    expect(trustedPoolTokens(parseDec("1"), parseDec("3"), 1_000_001n)).toBe(333_333n);
    expect(trustedPoolTokens(parseDec("10"), parseDec("10"), 42n)).toBe(42n);
    expect(trustedPoolTokens(0n, parseDec("10"), 42n)).toBe(0n);
    expect(trustedPoolTokens(parseDec("1"), 0n, 42n)).toBe(0n);
  });
  it("adds pools, operators and the service's own stake into one trusted TVL", () => {
    const tvl = trustedTvlUsd(
      {
        pools: [{ denom: "milktia", trustedTokens: 10_000_000n }],
        operators: [[{ denom: "tia", amount: 1_000_000n }], [{ denom: "milktia", amount: 1_000_000n }]],
        own: [{ denom: "milktia", amount: 3_000_000n }],
      },
      priceOf,
    );
    expect(tvl.value).toBe(parseDec("56.2") + parseDec("5.2") + parseDec("5.62") + parseDec("16.86"));
  });
});

describe("APR", () => {
  it("combines services and takes the operator's commission", () => {
    const r = combinedApr([{ kind: "apr", apr: parseDec("0.1") }, { kind: "apr", apr: parseDec("0.05") }, { kind: "no-plan" }], parseDec("0.1"));
    expect(r).toEqual({ kind: "apr", apr: parseDec("0.135") });
    expect(combinedApr([])).toEqual({ kind: "no-plan" });
    expect(combinedApr([{ kind: "no-tvl" }])).toEqual({ kind: "no-tvl" });
    expect(combinedApr([{ kind: "apr", apr: 1n }, { kind: "no-price", denoms: ["a"] }])).toEqual({ kind: "no-price", denoms: ["a"] });
  });
  it("renders each state as text", () => {
    expect(aprText({ kind: "no-plan" })).toBe("No active plan");
    expect(aprText({ kind: "no-price", denoms: ["a", "b"] }, (d) => d.toUpperCase())).toBe("No price for A, B");
    expect(aprText({ kind: "no-tvl" })).toBe("No delegations earning yet");
    expect(aprText({ kind: "apr", apr: parseDec("0.17529") })).toBe("17.52%");
    expect(aprText({ kind: "apr", apr: parseDec("0.05") })).toBe("5.00%");
    expect(aprText({ kind: "not-trusted" })).toBe("0% (you trust no service with this pool)");
  });
});

