import { describe, expect, it } from "vitest";
import { parseDec } from "../amount/decimal";
import { amount0Delta, amount1Delta, depositAmounts, liquidity0, liquidity1, liquidityForAmounts, pairedAmount1, positionAmounts } from "./cl-liquidity";
import { BIGDEC_SCALE, isqrt, MAX_TICK, MIN_TICK, priceToTickFloor, rangeToTicks, sqrtBig, tickToPrice, tickToPriceBig, tickToSqrtPrice } from "./cl-ticks";

/** A decimal string → BigDec (× 10^36), for vectors quoted from the chain's tests. */
function big(s: string): bigint {
  const [i, f = ""] = s.split(".");
  return BigInt(i + f.padEnd(36, "0").slice(0, 36));
}

// Vectors: osmosis x/concentrated-liquidity/math/tick_test.go (TestTickToSqrtPrice cases) and
// the tick rules of math/tick.go: 9,000,000 ticks per power of ten, exponentAtPriceOne = -6.
describe("tickToPrice (Osmosis tick.go)", () => {
  it.each([
    [0, "1"],
    [1, "1.000001"],
    [-1, "0.9999999"],
    [9_000_000, "10"],
    [-9_000_000, "0.1"],
    [38_035_200, "30352"],
    [100, "1.0001"],
    [-100, "0.99999"],
    [MAX_TICK, "100000000000000000000000000000000000000"],
  ])("tick %i", (tick, price) => {
    expect(tickToPrice(tick)).toBe(parseDec(price));
  });

  it("stays exact below 10^-18 as a BigDec, where a Dec would be zero", () => {
    // 10^-30 is the lowest price a pool can hold (MinSpotPriceV2).
    expect(tickToPriceBig(MIN_TICK)).toBe(10n ** 6n);
    expect(tickToPrice(MIN_TICK)).toBe(0n);
  });

  it("refuses a tick outside the chain's bounds", () => {
    expect(() => tickToPriceBig(MAX_TICK + 1)).toThrow(/outside/);
    expect(() => tickToPriceBig(MIN_TICK - 1)).toThrow(/outside/);
    expect(() => tickToPriceBig(1.5)).toThrow(/outside/);
  });

  it("priceToTickFloor inverts tickToPrice and floors between ticks", () => {
    for (const t of [0, 1, -1, 100, 999_999, 38_035_200, -9_000_000, -8_999_999]) expect(priceToTickFloor(tickToPrice(t))).toBe(t);
    // 1.0000015 lies between tick 1 (1.000001) and tick 2 (1.000002).
    expect(priceToTickFloor(parseDec("1.0000015"))).toBe(1);
  });

  it("rangeToTicks widens to the spacing and refuses inverted or empty ranges", () => {
    expect(rangeToTicks(parseDec("0.95"), parseDec("1.05"), 100)).toEqual({ ok: true, lowerTick: -500_000, upperTick: 50_000 });
    // 1.00005 is tick 50; rounds up to the next multiple of 100.
    expect(rangeToTicks(parseDec("1"), parseDec("1.00005"), 100)).toEqual({ ok: true, lowerTick: 0, upperTick: 100 });
    expect(rangeToTicks(parseDec("1.1"), parseDec("1"), 100)).toMatchObject({ ok: false, message: /below the upper/ });
    expect(rangeToTicks(0n, parseDec("1"), 100)).toMatchObject({ ok: false, message: /greater than 0/ });
  });
});

describe("isqrt / sqrtBig", () => {
  it("floors square roots exactly, also past float precision", () => {
    expect(isqrt(0n)).toBe(0n);
    expect(isqrt(15n)).toBe(3n);
    expect(isqrt(16n)).toBe(4n);
    const n = 12345678901234567890123456789n;
    const r = isqrt(n);
    expect(r * r <= n && (r + 1n) * (r + 1n) > n).toBe(true);
  });
  it("√4 = 2 and √5000 agrees with the chain's sqrt5000 to its 18 digits", () => {
    expect(sqrtBig(4n * BIGDEC_SCALE)).toBe(2n * BIGDEC_SCALE);
    expect(sqrtBig(5000n * BIGDEC_SCALE) / 10n ** 18n).toBe(70_710678118654752440n);
    expect(tickToSqrtPrice(0)).toBe(BIGDEC_SCALE);
  });
});

// Vectors: osmosis x/concentrated-liquidity/math/math_test.go (TestLiquidity0/1, TestCalcAmount0/1Delta).
const sqrt4545 = big("67.416615162732695594");
const sqrt5000 = big("70.710678118654752440");
const sqrt5500 = big("74.161984870956629487");

describe("liquidity and amounts (Osmosis math.go)", () => {
  it("Liquidity1 happy path", () => {
    expect(liquidity1(5_000_000_000n, sqrt5000, sqrt4545)).toBe(big("1517882343.751510418088349649"));
  });
  it("Liquidity0 happy path, either argument order", () => {
    expect(liquidity0(1_000_000n, sqrt5000, sqrt5500)).toBe(big("1519437308.014768571720923239"));
    expect(liquidity0(1_000_000n, sqrt5500, sqrt5000)).toBe(big("1519437308.014768571720923239"));
  });
  it("CalcAmount0Delta round down", () => {
    expect(amount0Delta(big("1517882343.751510418088349649"), sqrt5000, sqrt5500, false)).toBe(big("998976.618347426388356629926969277767437533"));
  });
  it("CalcAmount1Delta round down and up", () => {
    expect(amount1Delta(big("1517882343.751510418088349649"), sqrt5000, sqrt4545, false)).toBe(big("4999999999.999999999999999999696837821702147054"));
    const L = big("931361973132462178951297");
    const a = big("0.000000152731791058");
    const b = big("30860351331.852813530648276680");
    expect(amount1Delta(L, a, b, false)).toBe(big("28742157707995443393876876754535992.801567623738751734"));
  });
});

describe("positions in a range", () => {
  const lower = tickToSqrtPrice(-500_000); // 0.95
  const upper = tickToSqrtPrice(50_000); // 1.05
  const L = 1_000_000n * BIGDEC_SCALE * 100n;

  it("holds only token0 below the range and only token1 above it", () => {
    const below = positionAmounts(L, lower, upper, tickToSqrtPrice(-600_000));
    expect(below.amount1).toBe(0n);
    expect(below.amount0).toBeGreaterThan(0n);
    const above = positionAmounts(L, lower, upper, tickToSqrtPrice(60_000));
    expect(above.amount0).toBe(0n);
    // L·(√b − √a), floored: the whole range converted to token1.
    expect(above.amount1).toBe((L * (upper - lower)) / BIGDEC_SCALE / BIGDEC_SCALE);
  });

  it("a deposit then a valuation never pays out more than was put in (up for deposits, down for payouts)", () => {
    const price = tickToSqrtPrice(10_000);
    const liq = liquidityForAmounts(5_000_000n, 5_000_000n, lower, upper, price);
    const dep = depositAmounts(liq, lower, upper, price);
    const out = positionAmounts(liq, lower, upper, price);
    expect(dep.amount0).toBeLessThanOrEqual(5_000_000n);
    expect(dep.amount1).toBeLessThanOrEqual(5_000_000n);
    expect(out.amount0).toBeLessThanOrEqual(dep.amount0);
    expect(out.amount1).toBeLessThanOrEqual(dep.amount1);
    expect(dep.amount0 - out.amount0).toBeLessThanOrEqual(1n);
  });

  it("pairedAmount1 is what the other side of the form needs; none when the range is above or below", () => {
    const price = tickToSqrtPrice(0);
    const need = pairedAmount1(1_000_000n, lower, upper, price)!;
    const liq = liquidityForAmounts(1_000_000n, need, lower, upper, price);
    const dep = depositAmounts(liq, lower, upper, price);
    expect(dep.amount1).toBeLessThanOrEqual(need);
    expect(need - dep.amount1).toBeLessThanOrEqual(1n);
    expect(pairedAmount1(1_000_000n, lower, upper, tickToSqrtPrice(-600_000))).toBe(0n);
    expect(pairedAmount1(1_000_000n, lower, upper, tickToSqrtPrice(60_000))).toBeNull();
  });
});
