import { describe, expect, it } from "vitest";
import { parseDec } from "../amount/decimal";
import { NO_PRICES, buildPositions, portfolioTotals, symbolPrices, unitPrice, usdOf, type Valuation } from "./portfolio";

const d = (s: string) => parseDec(s);
const assets = new Map([
  ["utia", { symbol: "TIA", decimals: 6, lst: false }],
  ["ibc/TIA", { symbol: "TIA", decimals: 6, lst: false }],
  ["umilkTIA", { symbol: "milkTIA", decimals: 6, lst: true }],
  ["umilk", { symbol: "MILK", decimals: 6, lst: false }],
]);
const prices: Valuation = {
  priceOfSymbol: (s) => ({ TIA: d("5.25"), MILK: d("0.1") })[s] ?? null,
  lstRates: new Map([["milkTIA", { nativeSymbol: "TIA", rate: d("1.2") }]]),
};

describe("valuation", () => {
  it("prices an LST through its rate when it has no price of its own, floored", () => {
    expect(unitPrice("milkTIA", prices)).toBe(d("6.3"));
    expect(unitPrice("TIA", prices)).toBe(d("5.25"));
    expect(unitPrice("OSMO", prices)).toBeNull();
    expect(unitPrice("milkTIA", NO_PRICES)).toBeNull();
  });
  it("values base units exactly and rounds down", () => {
    expect(usdOf(1_500_000n, 6, d("5.25"))).toBe(d("7.875"));
    expect(usdOf(1n, 6, d("0.1"))).toBe(d("0.0000001"));
    expect(usdOf(0n, 6, d("5"))).toBe(0n);
  });
});

describe("positions and totals", () => {
  const positions = buildPositions(
    [
      { category: "Liquid", chain: "celestia", detail: "Wallet", coin: { denom: "utia", amount: 2_000_000n } },
      { category: "Liquid", chain: "osmosis", detail: "Wallet", coin: { denom: "umilkTIA", amount: 1_000_000n } },
      { category: "Staked", chain: "milkyway", detail: "Validator A", coin: { denom: "umilk", amount: 10_000_000n } },
      { category: "Claimable", chain: "milkyway", detail: "Rewards", coin: { denom: "uweird", amount: 7n } },
      { category: "Liquid", chain: "osmosis", detail: "Wallet", coin: { denom: "uosmo", amount: 0n } },
    ],
    assets,
    prices,
  );

  it("drops empty positions and keeps unknown denoms, unpriced", () => {
    expect(positions.map((p) => p.amountText)).toEqual(["2 TIA", "1 milkTIA", "10 MILK", "7 uweird"]);
    // Nothing here needs rounding: the screen shows the same text.
    expect(positions.map((p) => p.amount.text)).toEqual(["2 TIA", "1 milkTIA", "10 MILK", "7 uweird"]);
    expect(positions[3].usd).toBeNull();
  });

  it("totals priced positions exactly and counts the unpriced apart", () => {
    const t = portfolioTotals(positions, assets);
    expect(t.usd).toBe(d("10.5") + d("6.3") + d("1"));
    expect(t.unpriced).toBe(1);
    expect(t.byCategory.Liquid.usd).toBe(d("16.8"));
    expect(t.byCategory.Claimable).toEqual({ usd: 0n, unpriced: 1 });
    expect(t.bySymbol.get("TIA")).toEqual({ amount: 2_000_000n, decimals: 6 });
  });

  it("gives duplicate positions distinct ids", () => {
    const dup = buildPositions(
      [
        { category: "Unbonding", chain: "milkyway", detail: "Validator A", coin: { denom: "umilk", amount: 1n } },
        { category: "Unbonding", chain: "milkyway", detail: "Validator A", coin: { denom: "umilk", amount: 1n } },
      ],
      assets,
      NO_PRICES,
    );
    expect(new Set(dup.map((p) => p.id)).size).toBe(2);
  });
});

describe("symbolPrices", () => {
  it("prices a symbol from any of its MilkyWay denoms, and USD at $1", () => {
    const of = symbolPrices(assets, { "ibc/TIA": { price: d("5") }, umilk: null });
    expect(of("TIA")).toBe(d("5"));
    expect(of("MILK")).toBeNull();
    expect(of("USD")).toBe(d("1"));
    expect(symbolPrices(assets, undefined)("TIA")).toBeNull();
  });
  it("lists debts as negative positions and values them down", () => {
    const [owed] = buildPositions([{ category: "Card", chain: "milkyway", detail: "Owed", coin: { denom: "umilk", amount: -15n } }], assets, prices);
    expect(owed.amountText).toBe("-0.000015 MILK");
    expect(owed.amount).toEqual({ text: "-0.000015 MILK", exact: "-0.000015 MILK" });
    expect(owed.usd).toBe(-d("0.0000015"));
  });
});
