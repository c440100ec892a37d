import { describe, expect, it } from "vitest";
import { parseDec } from "../amount/decimal";
import { liquidityRows, priceRows, rateRowsOver, volumeRows, type PoolSeriesPoint } from "./pool-series";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 7, 1);
const pt = (day: number, price: string | null, base: bigint, quote: bigint, vol: bigint): PoolSeriesPoint => ({
  timeMs: T0 + day * DAY,
  spotPrice: price === null ? null : parseDec(price),
  liquidity: [
    { denom: "base", amount: base },
    { denom: "quote", amount: quote },
  ],
  volumeOsmo: vol,
});

describe("pool chart rows", () => {
  const pts = [pt(0, "1", 1_000_000n, 1_000_000n, 0n), pt(1, "1.0123456789", 2_000_000n, 500_000n, 7_500_000n), pt(2, null, 0n, 0n, 9_000_001n)];

  it("prices with every digit, skipping samples without liquidity", () => {
    const r = priceRows(pts);
    expect(r.map((x) => x.label)).toEqual(["1", "1.0123456789"]);
    expect(r.map((x) => x.value)).toEqual([parseDec("1"), parseDec("1.0123456789")]);
    expect(r[1].when).toBe("2026-08-02 00:00 UTC");
    expect(r[1].timeS).toBe((T0 + DAY) / 1000);
  });

  it("volume per day from the running total, exact to the base unit", () => {
    expect(volumeRows(pts).map((x) => x.label)).toEqual(["7.5 OSMO", "1.500001 OSMO"]);
    expect(volumeRows(pts).map((x) => x.value)).toEqual([7_500_000n, 1_500_001n]);
    // A total that went down (a reset world) leaves that day out instead of a negative bar.
    expect(volumeRows([pt(0, "1", 1n, 1n, 10n), pt(1, "1", 1n, 1n, 4n), pt(2, "1", 1n, 1n, 6n)]).map((x) => x.label)).toEqual(["0.000002 OSMO"]);
  });

  it("values the holdings in the quote at the day's price, the base side rounded down", () => {
    // 2,000,000 × 1.0123456789 = 2,024,691.3578 → 2,024,691; + 500,000.
    expect(liquidityRows(pts, "base", "quote", "TIA").map((x) => x.label)).toEqual(["2 TIA", "2.524691 TIA"]);
    expect(liquidityRows(pts, "base", "quote", "TIA").map((x) => x.value)).toEqual([2_000_000n, 2_524_691n]);
  });

  it("keeps the redemption rates inside the pool's span", () => {
    const rates = [-1, 0, 1, 3].map((d) => ({ timeS: (T0 + d * DAY) / 1000, rate: parseDec("1.05") }));
    expect(rateRowsOver(rates, T0, T0 + 2 * DAY).map((x) => x.timeS)).toEqual([T0 / 1000, (T0 + DAY) / 1000]);
  });
});
