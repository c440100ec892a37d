/**
 * Vectors ported from osmosis-labs/osmosis x/concentrated-liquidity/math/tick_test.go (line
 * numbers are the case's line in that file at commit 9829d39c16). Expressions the Go tables
 * build (e.g. MinSpotPrice − 10^-19) are written out here in the same terms.
 */
import { describe, expect, it } from "vitest";
import { BIG_DEC_ONE, bigDec, bigDecFromDec, bigDecToDec, bigDecWithPrec, parseBigDec as b } from "../osmomath/big-dec";
import { dec, DEC_ONE } from "../osmomath/legacy-dec";
import { monotonicSqrt, monotonicSqrtBigDec } from "../osmomath/monotonic-sqrt";
import {
  MAX_SPOT_PRICE,
  MAX_SPOT_PRICE_BIG_DEC,
  MAX_SQRT_PRICE,
  MAX_TICK,
  MIN_CURRENT_TICK,
  MIN_CURRENT_TICK_V2,
  MIN_INITIALIZED_TICK,
  MIN_INITIALIZED_TICK_V2,
  MIN_SPOT_PRICE,
  MIN_SPOT_PRICE_BIG_DEC,
  MIN_SPOT_PRICE_V2,
  MIN_SQRT_PRICE,
} from "./cl-constants";
import {
  calculatePriceToTick,
  calculateSqrtPriceToTick,
  powTenBigDec,
  roundDownTickToSpacing,
  sqrtPriceToTickRoundDownSpacing,
  tickToPrice,
  tickToSqrtPrice,
} from "./tick";

const SRC = "x/concentrated-liquidity/math/tick_test.go";
const smallestBigDec = 1n;
const sdkULP = bigDecFromDec(1n);
/** tick_test.go:21 — MaxSpotPrice − 10^(38 − 6 − 1): one default tick spacing below max. */
const closestPriceBelowMaxPriceDefaultTickSpacing = MAX_SPOT_PRICE - dec(10n ** 31n);
const priceToTickRoundDownSpacing = (price: bigint, spacing: bigint) => roundDownTickToSpacing(calculatePriceToTick(price), spacing);

// tick_test.go:54 TestTickToSqrtPrice: the expected sqrt is MonotonicSqrt of the expected price
// (Dec path at or above MinSpotPrice, BigDec path below it), compared as strings.
const tickToSqrtPriceCases: { line: number; name: string; tickIndex: bigint; expectedPrice?: bigint; expectedError?: string }[] = [
  { line: 60, name: "Ten billionths cent increments at the millionths place: 1", tickIndex: -51630100n, expectedPrice: b("0.0000033699") },
  { line: 64, name: "Ten billionths cent increments at the millionths place: 2", tickIndex: -51630000n, expectedPrice: b("0.0000033700") },
  { line: 68, name: "One millionths cent increments at the hundredths place: 1", tickIndex: -11999800n, expectedPrice: b("0.070002") },
  { line: 72, name: "One millionths cent increments at the hundredths place: 2", tickIndex: -11999700n, expectedPrice: b("0.070003") },
  { line: 76, name: "One hundred thousandth cent increments at the tenths place: 1", tickIndex: -999800n, expectedPrice: b("0.90002") },
  { line: 80, name: "One hundred thousandth cent increments at the tenths place: 2", tickIndex: -999700n, expectedPrice: b("0.90003") },
  { line: 84, name: "One ten thousandth cent increments at the ones place: 1", tickIndex: 1000000n, expectedPrice: b("2") },
  { line: 88, name: "One dollar increments at the ten thousands place: 2", tickIndex: 1000100n, expectedPrice: b("2.0001") },
  { line: 92, name: "One thousandth cent increments at the tens place: 1", tickIndex: 9200100n, expectedPrice: b("12.001") },
  { line: 96, name: "One thousandth cent increments at the tens place: 2", tickIndex: 9200200n, expectedPrice: b("12.002") },
  { line: 100, name: "One cent increments at the hundreds place: 1", tickIndex: 18320100n, expectedPrice: b("132.01") },
  { line: 104, name: "One cent increments at the hundreds place: 2", tickIndex: 18320200n, expectedPrice: b("132.02") },
  { line: 108, name: "Ten cent increments at the thousands place: 1", tickIndex: 27732100n, expectedPrice: b("1732.10") },
  { line: 112, name: "Ten cent increments at the thousands place: 2", tickIndex: 27732200n, expectedPrice: b("1732.20") },
  { line: 116, name: "Dollar increments at the ten thousands place: 1", tickIndex: 36073200n, expectedPrice: b("10732") },
  { line: 120, name: "Dollar increments at the ten thousands place: 2", tickIndex: 36073300n, expectedPrice: b("10733") },
  { line: 124, name: "Max tick and min k", tickIndex: 342000000n, expectedPrice: MAX_SPOT_PRICE_BIG_DEC },
  { line: 128, name: "tickIndex is MinInitializedTickV1", tickIndex: MIN_INITIALIZED_TICK, expectedPrice: MIN_SPOT_PRICE_BIG_DEC },
  { line: 134, name: "max sqrt price, max tick -> max spot price", tickIndex: MAX_TICK, expectedPrice: MAX_SPOT_PRICE_BIG_DEC },
  { line: 144, name: "tickIndex is MinInitializedTickV2", tickIndex: MIN_INITIALIZED_TICK_V2, expectedPrice: MIN_SPOT_PRICE_V2 },
  { line: 148, name: "tickIndex is MinCurrentTickV2", tickIndex: MIN_CURRENT_TICK_V2, expectedPrice: MIN_SPOT_PRICE_V2 },
  { line: 168, name: "Gyen <> USD, tick -20594000 -> price 0.0074060", tickIndex: -20594000n, expectedPrice: b("0.007406000000000000") },
  { line: 172, name: "Gyen <> USD, tick -20594000 + 100 -> price 0.0074061", tickIndex: -20593900n, expectedPrice: b("0.007406100000000000") },
  { line: 176, name: "Spell <> USD, tick -29204000 -> price 0.00077960", tickIndex: -29204000n, expectedPrice: b("0.000779600000000000") },
  { line: 180, name: "Spell <> USD, tick -29204000 + 100 -> price 0.00077961", tickIndex: -29203900n, expectedPrice: b("0.000779610000000000") },
  { line: 184, name: "Atom <> Osmo, tick -12150000 -> price 0.068500", tickIndex: -12150000n, expectedPrice: b("0.068500000000000000") },
  { line: 188, name: "Atom <> Osmo, tick -12150000 + 100 -> price 0.068501", tickIndex: -12149900n, expectedPrice: b("0.068501000000000000") },
  { line: 192, name: "Boot <> Osmo, tick 64576000 -> price 25760000", tickIndex: 64576000n, expectedPrice: b("25760000") },
  { line: 196, name: "Boot <> Osmo, tick 64576000 + 100 -> price 25760000", tickIndex: 64576100n, expectedPrice: b("25761000") },
  { line: 200, name: "BTC <> USD, tick 38035200 -> price 30352", tickIndex: 38035200n, expectedPrice: b("30352") },
  { line: 204, name: "BTC <> USD, tick 38035200 + 100 -> price 30353", tickIndex: 38035300n, expectedPrice: b("30353") },
  { line: 208, name: "SHIB <> USD, tick -44821000 -> price 0.000011790", tickIndex: -44821000n, expectedPrice: b("0.00001179") },
  { line: 212, name: "SHIB <> USD, tick -44821100 + 100 -> price 0.000011791", tickIndex: -44820900n, expectedPrice: b("0.000011791") },
  { line: 216, name: "ETH <> BTC, tick -12104000 -> price 0.068960", tickIndex: -12104000n, expectedPrice: b("0.068960") },
  { line: 220, name: "ETH <> BTC, tick -121044000 + 1 -> price 0.068961", tickIndex: -12103900n, expectedPrice: b("0.068961") },
  { line: 224, name: "one tick spacing interval smaller than max sqrt price, max tick neg six - 100 -> one tick spacing interval smaller than max sqrt price", tickIndex: MAX_TICK - 100n, expectedPrice: b("99999000000000000000000000000000000000") },
  { line: 228, name: "max sqrt price, max tick neg six -> max spot price", tickIndex: MAX_TICK, expectedPrice: MAX_SPOT_PRICE_BIG_DEC },
  { line: 138, name: "tickIndex is MinCurrentTickV1", tickIndex: MIN_CURRENT_TICK, expectedPrice: MIN_SPOT_PRICE_BIG_DEC - bigDecFromDec(1n) / 10n },
  { line: 152, name: "tickIndex is MinInitializedTick + 1 ULP", tickIndex: MIN_INITIALIZED_TICK_V2 + 1n, expectedPrice: MIN_SPOT_PRICE_V2 + smallestBigDec },
  { line: 156, name: "tickIndex is MinInitializedTick + 2 ULP", tickIndex: MIN_INITIALIZED_TICK_V2 + 2n, expectedPrice: MIN_SPOT_PRICE_V2 + 2n * smallestBigDec },
  { line: 160, name: "error: tickIndex less than minimum", tickIndex: MIN_CURRENT_TICK_V2 - 1n, expectedError: `tickIndex must be greater than or equal to ${MIN_CURRENT_TICK_V2}` },
  { line: 164, name: "error: tickIndex greater than maximum", tickIndex: MAX_TICK + 1n, expectedError: `tickIndex must be less than or equal to ${MAX_TICK}` },
];

describe(`TickToSqrtPrice (${SRC}:54)`, () => {
  it.each(tickToSqrtPriceCases)("$line $name", ({ tickIndex, expectedPrice, expectedError }) => {
    if (expectedError) {
      expect(() => tickToSqrtPrice(tickIndex)).toThrow(expectedError);
      return;
    }
    const expected =
      expectedPrice! < MIN_SPOT_PRICE_BIG_DEC
        ? monotonicSqrtBigDec(expectedPrice!)
        : bigDecFromDec(monotonicSqrt(bigDecToDec(expectedPrice!)));
    expect(tickToSqrtPrice(tickIndex)).toBe(expected);
  });
});

// tick_test.go:335 TestPriceToTick (round-down spacing 1 must agree with CalculatePriceToTick).
const priceToTickCases: { line: number; name: string; price: bigint; tickExpected?: bigint; expectedError?: string }[] = [
  { line: 345, name: "BTC <> USD, tick 38035200 -> price 30352", price: b("30352"), tickExpected: 38035200n },
  { line: 349, name: "BTC <> USD, tick 38035300 + 100 -> price 30353", price: b("30353"), tickExpected: 38035300n },
  { line: 353, name: "SHIB <> USD, tick -44821000 -> price 0.000011790", price: b("0.000011790"), tickExpected: -44821000n },
  { line: 357, name: "SHIB <> USD, tick -44820900 -> price 0.000011791", price: b("0.000011791"), tickExpected: -44820900n },
  { line: 361, name: "ETH <> BTC, tick -12104000 -> price 0.068960", price: b("0.068960"), tickExpected: -12104000n },
  { line: 365, name: "ETH <> BTC, tick -12104000 + 100 -> price 0.068961", price: b("0.068961"), tickExpected: -12103900n },
  { line: 369, name: "max sqrt price -1, max neg tick six - 100 -> max tick neg six - 100", price: b("99999000000000000000000000000000000000"), tickExpected: MAX_TICK - 100n },
  { line: 377, name: "Gyen <> USD, tick -20594000 -> price 0.0074060", price: b("0.007406"), tickExpected: -20594000n },
  { line: 381, name: "Gyen <> USD, tick -20594000 + 100 -> price 0.0074061", price: b("0.0074061"), tickExpected: -20593900n },
  { line: 385, name: "Spell <> USD, tick -29204000 -> price 0.00077960", price: b("0.0007796"), tickExpected: -29204000n },
  { line: 389, name: "Spell <> USD, tick -29204000 + 100 -> price 0.00077961", price: b("0.00077961"), tickExpected: -29203900n },
  { line: 393, name: "Atom <> Osmo, tick -12150000 -> price 0.068500", price: b("0.0685"), tickExpected: -12150000n },
  { line: 397, name: "Atom <> Osmo, tick -12150000 + 100 -> price 0.068501", price: b("0.068501"), tickExpected: -12149900n },
  { line: 401, name: "Boot <> Osmo, tick 64576000 -> price 25760000", price: b("25760000"), tickExpected: 64576000n },
  { line: 405, name: "Boot <> Osmo, tick 64576000 + 100 -> price 25761000", price: b("25761000"), tickExpected: 64576100n },
  { line: 409, name: "price is one Dec", price: BIG_DEC_ONE, tickExpected: 0n },
  { line: 373, name: "max sqrt price, max tick neg six -> max spot price", price: bigDecFromDec(MAX_SQRT_PRICE * MAX_SQRT_PRICE / 10n ** 18n), tickExpected: MAX_TICK },
  { line: 413, name: "price is negative decimal", price: -BIG_DEC_ONE, expectedError: "price must be greater than zero" },
  { line: 417, name: "price is greater than max spot price", price: bigDecFromDec(MAX_SPOT_PRICE + DEC_ONE), expectedError: "provided price (100000000000000000000000000000000000001.000000000000000000000000000000000000) must be between 0.000000000000000000000000000001000000 and 100000000000000000000000000000000000000.000000000000000000" },
  { line: 421, name: "price is smaller than min spot price", price: 0n, expectedError: "provided price (0.000000000000000000000000000000000000) must be between 0.000000000000000000000000000001000000 and 100000000000000000000000000000000000000.000000000000000000" },
];

describe(`PriceToTick (${SRC}:335)`, () => {
  it.each(priceToTickCases)("$line $name", ({ price, tickExpected, expectedError }) => {
    if (expectedError) {
      expect(() => priceToTickRoundDownSpacing(price, 1n)).toThrow(expectedError);
      return;
    }
    expect(calculatePriceToTick(price)).toBe(tickExpected);
    expect(priceToTickRoundDownSpacing(price, 1n)).toBe(tickExpected);
  });
});

// tick_test.go:447 TestPriceToTickRoundDown.
const roundDownCases: { line: number; name: string; price: bigint; tickSpacing: bigint; tickExpected: bigint }[] = [
  { line: 453, name: "tick spacing 100, price of 1", price: BIG_DEC_ONE, tickSpacing: 100n, tickExpected: 0n },
  { line: 458, name: "tick spacing 100, price of 1.000030, tick 30 -> 0", price: b("1.000030"), tickSpacing: 100n, tickExpected: 0n },
  { line: 463, name: "tick spacing 100, price of 0.9999970, tick -30 -> -100", price: b("0.9999970"), tickSpacing: 100n, tickExpected: -100n },
  { line: 468, name: "tick spacing 50, price of 0.9999730, tick -270 -> -300", price: b("0.9999730"), tickSpacing: 50n, tickExpected: -300n },
  { line: 473, name: "tick spacing 100, MinSpotPrice, MinTick", price: bigDecFromDec(MIN_SPOT_PRICE), tickSpacing: 100n, tickExpected: MIN_INITIALIZED_TICK },
  { line: 485, name: "tick spacing 100, Spot price one tick below max, one tick below max -> MaxTick - 1", price: bigDecFromDec(closestPriceBelowMaxPriceDefaultTickSpacing), tickSpacing: 100n, tickExpected: MAX_TICK - 100n },
  { line: 490, name: "tick spacing 100, Spot price 100_000_050 -> 72000000", price: bigDec(100_000_050n), tickSpacing: 100n, tickExpected: 72000000n },
  { line: 495, name: "tick spacing 100, Spot price 100_000_051 -> 72000100 (rounded up to tick spacing)", price: bigDec(100_000_051n), tickSpacing: 100n, tickExpected: 72000000n },
  { line: 500, name: "tick spacing 1, Spot price 100_000_051 -> 72000000 no tick spacing rounding", price: bigDec(100_000_051n), tickSpacing: 1n, tickExpected: 72000000n },
  { line: 505, name: "tick spacing 1, Spot price 100_000_101 -> 72000001 no tick spacing rounding", price: bigDec(100_000_101n), tickSpacing: 1n, tickExpected: 72000001n },
  { line: 478, name: "tick spacing 100, Spot price one tick above min, one tick above min -> MinTick", price: bigDecFromDec(MIN_SPOT_PRICE + 1n), tickSpacing: 100n, tickExpected: MIN_INITIALIZED_TICK },
];

describe(`PriceToTickRoundDownSpacing (${SRC}:447)`, () => {
  it.each(roundDownCases)("$line $name", ({ price, tickSpacing, tickExpected }) => {
    expect(priceToTickRoundDownSpacing(price, tickSpacing)).toBe(tickExpected);
  });
});

// tick_test.go:526 TestTickToSqrtPricePriceToTick_InverseRelationship, incl. the generated
// "min spot price * 10^i" cases (tick_test.go:608).
const inverseCases: { line: number; name: string; price: bigint; truncatedPrice?: bigint; tickExpected: bigint }[] = [
  { line: 533, name: "50000 to tick", price: b("50000"), tickExpected: 40000000n },
  { line: 537, name: "5.01 to tick", price: b("5.01"), tickExpected: 4010000n },
  { line: 541, name: "50000.01 to tick", price: b("50000.01"), tickExpected: 40000001n },
  { line: 545, name: "0.090001 to tick", price: b("0.090001"), tickExpected: -9999900n },
  { line: 549, name: "0.9998 to tick", price: b("0.9998"), tickExpected: -2000n },
  { line: 553, name: "53030 to tick", price: b("53030"), tickExpected: 40303000n },
  { line: 557, name: "max spot price", price: bigDecFromDec(MAX_SPOT_PRICE), tickExpected: MAX_TICK },
  { line: 566, name: "min spot price", price: bigDecFromDec(MIN_SPOT_PRICE), tickExpected: MIN_INITIALIZED_TICK },
  { line: 570, name: "smallest + min price + tick", price: b("0.000000000001000001"), tickExpected: MIN_INITIALIZED_TICK + 1n },
  { line: 574, name: "at price level of 0.01 - odd", price: b("0.012345670000000000"), tickExpected: -17765433n },
  { line: 578, name: "at price level of 0.01 - even", price: b("0.01234568000000000"), tickExpected: -17765432n },
  { line: 582, name: "at min price level of 0.01 - odd", price: b("0.000000000001234567"), tickExpected: -107765433n },
  { line: 586, name: "at min price level of 0.01 - even", price: b("0.000000000001234568"), tickExpected: -107765432n },
  { line: 590, name: "at price level of 1_000_000_000 - odd end", price: b("1234567000"), tickExpected: 81234567n },
  { line: 594, name: "at price level of 1_000_000_000 - in-between supported", price: b("1234567500"), truncatedPrice: b("1234567000"), tickExpected: 81234567n },
  { line: 599, name: "at price level of 1_000_000_000 - even end", price: b("1234568000"), tickExpected: 81234568n },
  { line: 603, name: "inverse testing with 1", price: BIG_DEC_ONE, tickExpected: 0n },
  { line: 561, name: "max spot price - smallest price delta given exponent at price one of -6", price: bigDecFromDec(MAX_SPOT_PRICE - dec(10n ** 31n)), tickExpected: MAX_TICK - 1n },
  ...Array.from({ length: 12 }, (_, k) => ({
    line: 608,
    name: `min spot price * 10^${k + 1}`,
    price: bigDecFromDec(MIN_SPOT_PRICE * 10n ** BigInt(k + 1)),
    tickExpected: MIN_INITIALIZED_TICK + BigInt(k + 1) * 9_000_000n,
  })),
];

describe(`TickToSqrtPrice ↔ PriceToTick inverse (${SRC}:526)`, () => {
  it.each(inverseCases)("$line $name", ({ price, truncatedPrice, tickExpected }) => {
    const tick = calculatePriceToTick(price);
    expect(tick).toBe(tickExpected);
    const back = tickToPrice(tick);
    expect(back).toBe(truncatedPrice ?? price);
    expect(calculatePriceToTick(back)).toBe(tick);
    expect(calculateSqrtPriceToTick(tickToSqrtPrice(tick))).toBe(tick);
  });
});

// tick_test.go:658 TestPriceToTick_ErrorCases.
describe(`PriceToTick error cases (${SRC}:658)`, () => {
  it.each([
    ["use negative price", -BIG_DEC_ONE],
    ["price is greater than max spot price", bigDecFromDec(MAX_SPOT_PRICE + DEC_ONE)],
    ["price is less than min spot price", bigDecFromDec(MIN_SPOT_PRICE - DEC_ONE)],
  ])("%s", (_name, price) => {
    expect(() => calculatePriceToTick(price)).toThrow();
  });
});

// tick_test.go:683 TestTickToPrice_SuccessCases.
const tickToPriceCases: { line: number; name: string; tickIndex: bigint; expectedPrice: bigint }[] = [
  { line: 689, name: "tick index is Max tick", tickIndex: MAX_TICK, expectedPrice: bigDecFromDec(MAX_SPOT_PRICE) },
  { line: 697, name: "tick index is V1 MinInitializedTick", tickIndex: MIN_INITIALIZED_TICK, expectedPrice: bigDecFromDec(MIN_SPOT_PRICE) },
  { line: 705, name: "tick index is V2 MinInitializedTick", tickIndex: MIN_INITIALIZED_TICK_V2, expectedPrice: MIN_SPOT_PRICE_V2 },
  { line: 709, name: "tick index is V2 MinCurrentTickV2", tickIndex: MIN_CURRENT_TICK_V2, expectedPrice: MIN_SPOT_PRICE_V2 },
  { line: 693, name: "tick index is between Min tick V1 and Max tick", tickIndex: 123456n, expectedPrice: BIG_DEC_ONE + 123456n * bigDecWithPrec(1n, 6) },
  { line: 701, name: "tick index is V1 MinCurrentTick", tickIndex: MIN_CURRENT_TICK, expectedPrice: bigDecFromDec(MIN_SPOT_PRICE) - bigDecWithPrec(1n, 13 + 6) },
  { line: 713, name: "tick index is V2 MinInitializedTick + 1", tickIndex: MIN_INITIALIZED_TICK_V2 + 1n, expectedPrice: MIN_SPOT_PRICE_V2 + smallestBigDec },
  { line: 717, name: "tick index is V2 MinInitializedTick + 2", tickIndex: MIN_INITIALIZED_TICK_V2 + 2n, expectedPrice: MIN_SPOT_PRICE_V2 + 2n * smallestBigDec },
  { line: 730, name: "tick index is between V2 MinInitializedTick and V1 MinInitializedTick", tickIndex: -9000000n * 18n - 123456n, expectedPrice: bigDecWithPrec(9876544n, 6 + 19) },
];

describe(`TickToPrice (${SRC}:683, errors :753)`, () => {
  it.each(tickToPriceCases)("$line $name", ({ tickIndex, expectedPrice }) => {
    expect(tickToPrice(tickIndex)).toBe(expectedPrice);
  });
  it("refuses ticks beyond the range", () => {
    expect(() => tickToPrice(MAX_TICK + 1n)).toThrow();
    expect(() => tickToPrice(MIN_CURRENT_TICK_V2 - 1n)).toThrow();
  });
});

// tick_test.go:774 TestCalculatePriceToTick.
const calculateCases: { line: number; name: string; price: bigint; expectedTickIndex: bigint }[] = [
  { line: 779, name: "Price greater than 1", price: b("9.78"), expectedTickIndex: 8780000n },
  { line: 783, name: "Price less than 1", price: b("0.71"), expectedTickIndex: -2900000n },
  { line: 787, name: "100_000_000 -> 72000000", price: bigDec(100_000_000n), expectedTickIndex: 72000000n },
  { line: 791, name: "100_000_050 -> 72000000", price: bigDec(100_000_050n), expectedTickIndex: 72000000n },
  { line: 795, name: "100_000_051 -> 72000000", price: bigDec(100_000_051n), expectedTickIndex: 72000000n },
  { line: 799, name: "100_000_100 -> 72000001", price: bigDec(100_000_100n), expectedTickIndex: 72000001n },
  { line: 803, name: "MinSpotPrice V1 -> MinInitializedTick", price: bigDecFromDec(MIN_SPOT_PRICE), expectedTickIndex: MIN_INITIALIZED_TICK },
  { line: 811, name: "MinSpotPrice V2 -> MinInitializedTick V2", price: MIN_SPOT_PRICE_V2, expectedTickIndex: MIN_INITIALIZED_TICK_V2 },
  { line: 807, name: "MinSpotPrice V1 - 10^-19 -> MinCurrentTick", price: bigDecFromDec(MIN_SPOT_PRICE) - bigDecWithPrec(1n, 19), expectedTickIndex: MIN_CURRENT_TICK },
  { line: 815, name: "between MinSpotPrice V2 + 1 ULP -> MinInitializedTick V2 + 1", price: MIN_SPOT_PRICE_V2 + smallestBigDec, expectedTickIndex: MIN_INITIALIZED_TICK_V2 + 1n },
];

describe(`CalculatePriceToTick (${SRC}:774)`, () => {
  it.each(calculateCases)("$line $name", ({ price, expectedTickIndex }) => {
    expect(calculatePriceToTick(price)).toBe(expectedTickIndex);
  });
});

describe(`SqrtPriceToTick at the V1 minimum (${SRC}:855, :1065)`, () => {
  it("min sqrt price maps to MinInitializedTick and one ULP below to the tick before", () => {
    const minSqrt = bigDecFromDec(monotonicSqrt(MIN_SPOT_PRICE));
    expect(calculateSqrtPriceToTick(minSqrt)).toBe(MIN_INITIALIZED_TICK);
    expect(calculateSqrtPriceToTick(minSqrt - bigDecWithPrec(1n, 19 + 6))).toBe(MIN_INITIALIZED_TICK - 1n);
  });
  it("a sqrt price just above the V1 bound resolves", () => {
    expect(() => calculateSqrtPriceToTick(b("0.000001000049998750999999999999999999"))).not.toThrow();
  });
});

describe(`powTen (${SRC}:873)`, () => {
  it("10^5, 10^0, 10^-5", () => {
    expect(powTenBigDec(5n)).toBe(bigDec(100000n));
    expect(powTenBigDec(0n)).toBe(BIG_DEC_ONE);
    expect(powTenBigDec(-5n)).toBe(b("0.00001"));
  });
});

// tick_test.go:899 TestSqrtPriceToTickRoundDownSpacing: the bucket must also bracket the input.
const sqp1 = tickToSqrtPrice(1n);
const sqp99 = tickToSqrtPrice(99n);
const sqp100 = tickToSqrtPrice(100n);
const sqpn100 = tickToSqrtPrice(-100n);
const sqpn101 = tickToSqrtPrice(-101n);
const sqpMaxTickSubOne = tickToSqrtPrice(MAX_TICK - 1n);
const sqpMinTickPlusOne = tickToSqrtPrice(MIN_INITIALIZED_TICK + 1n);
const sqpMinTickPlusTwo = tickToSqrtPrice(MIN_INITIALIZED_TICK + 2n);
const spacingCases: { line: number; name: string; sqrtPrice: bigint; tickSpacing: bigint; tickExpected: bigint }[] = [
  { line: 925, name: "sqrt price of 1 (tick spacing 1)", sqrtPrice: BIG_DEC_ONE, tickSpacing: 1n, tickExpected: 0n },
  { line: 930, name: "sqrt price exactly on boundary of next tick (tick spacing 1)", sqrtPrice: sqp1, tickSpacing: 1n, tickExpected: 1n },
  { line: 935, name: "sqrt price one ULP below boundary of next tick (tick spacing 1)", sqrtPrice: sqp1 - sdkULP, tickSpacing: 1n, tickExpected: 0n },
  { line: 940, name: "sqrt price corresponding to bucket 99 (tick spacing 100)", sqrtPrice: sqp99, tickSpacing: 100n, tickExpected: 0n },
  { line: 945, name: "sqrt price exactly on bucket 100 (tick spacing 100)", sqrtPrice: sqp100, tickSpacing: 100n, tickExpected: 100n },
  { line: 950, name: "sqrt price one ULP below bucket 100 (tick spacing 100)", sqrtPrice: sqp100 - sdkULP, tickSpacing: 100n, tickExpected: 0n },
  { line: 955, name: "sqrt price exactly on bucket -100 (tick spacing 100)", sqrtPrice: sqpn100, tickSpacing: 100n, tickExpected: -100n },
  { line: 960, name: "sqrt price one ULP below bucket -100 (tick spacing 100)", sqrtPrice: sqpn100 - sdkULP, tickSpacing: 100n, tickExpected: -200n },
  { line: 965, name: "sqrt price exactly on tick -101 (tick spacing 100)", sqrtPrice: sqpn101, tickSpacing: 100n, tickExpected: -200n },
  { line: 970, name: "sqrt price exactly equal to max sqrt price", sqrtPrice: bigDecFromDec(MAX_SQRT_PRICE), tickSpacing: 100n, tickExpected: MAX_TICK },
  { line: 975, name: "sqrt price exactly equal to min sqrt price", sqrtPrice: bigDecFromDec(MIN_SQRT_PRICE), tickSpacing: 100n, tickExpected: MIN_INITIALIZED_TICK },
  { line: 980, name: "sqrt price equal to max sqrt price minus one ULP", sqrtPrice: bigDecFromDec(MAX_SQRT_PRICE) - sdkULP, tickSpacing: 100n, tickExpected: MAX_TICK - 100n },
  { line: 985, name: "sqrt price corresponds exactly to max tick - 1 (tick spacing 1)", sqrtPrice: sqpMaxTickSubOne, tickSpacing: 1n, tickExpected: MAX_TICK - 1n },
  { line: 990, name: "sqrt price one ULP below max tick - 1 (tick spacing 1)", sqrtPrice: sqpMaxTickSubOne - sdkULP, tickSpacing: 1n, tickExpected: MAX_TICK - 2n },
  { line: 995, name: "sqrt price one ULP below max tick - 1 (tick spacing 100)", sqrtPrice: sqpMaxTickSubOne - sdkULP, tickSpacing: 100n, tickExpected: MAX_TICK - 100n },
  { line: 1000, name: "sqrt price corresponds exactly to min tick + 1 (tick spacing 1)", sqrtPrice: sqpMinTickPlusOne, tickSpacing: 1n, tickExpected: MIN_INITIALIZED_TICK + 1n },
  { line: 1005, name: "sqrt price corresponds exactly to min tick + 1 minus 1 ULP (tick spacing 1)", sqrtPrice: sqpMinTickPlusOne - sdkULP, tickSpacing: 1n, tickExpected: MIN_INITIALIZED_TICK },
  { line: 1011, name: "sqrt price corresponds exactly to min tick + 1 plus 1 ULP (tick spacing 1)", sqrtPrice: sqpMinTickPlusOne + sdkULP, tickSpacing: 1n, tickExpected: MIN_INITIALIZED_TICK + 1n },
  { line: 1017, name: "sqrt price corresponds exactly to min tick + 2 (tick spacing 1)", sqrtPrice: sqpMinTickPlusTwo, tickSpacing: 1n, tickExpected: MIN_INITIALIZED_TICK + 2n },
  { line: 1022, name: "sqrt price corresponds exactly to min tick + 2 plus 1 ULP (tick spacing 1)", sqrtPrice: sqpMinTickPlusTwo + sdkULP, tickSpacing: 1n, tickExpected: MIN_INITIALIZED_TICK + 2n },
  { line: 1028, name: "sqrt price corresponds exactly to min tick + 2 minus 1 ULP (tick spacing 1)", sqrtPrice: sqpMinTickPlusTwo - sdkULP, tickSpacing: 1n, tickExpected: MIN_INITIALIZED_TICK + 1n },
];

describe(`SqrtPriceToTickRoundDownSpacing (${SRC}:899)`, () => {
  it.each(spacingCases)("$line $name", ({ sqrtPrice, tickSpacing, tickExpected }) => {
    const tick = sqrtPriceToTickRoundDownSpacing(sqrtPrice, tickSpacing);
    expect(tick).toBe(tickExpected);
    expect(tickToSqrtPrice(tick) <= sqrtPrice).toBe(true);
    if (tickExpected !== MAX_TICK) expect(tickToSqrtPrice(tick + tickSpacing) > sqrtPrice).toBe(true);
  });
  it("uses MIN_SQRT_PRICE as the launch-range floor", () => {
    expect(MIN_SQRT_PRICE).toBe(1_000_000_000_000n);
  });
});
