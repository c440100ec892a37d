/**
 * Swap-step vectors ported from osmosis-labs/osmosis x/concentrated-liquidity/swapstrategy
 * (zero_for_one_test.go, one_for_zero_test.go, spread_rewards_test.go; line numbers of each case
 * at commit 9829d39c16). Go expressions in the tables (X.Quo(Y), .Ceil(), …) are evaluated with
 * the same chain roundings (decQuoChain, decCeilDec, …).
 */
import { describe, expect, it } from "vitest";
import { parseDec as d } from "@/lib/amount/decimal";
import { bigDecFromDec, bigDecToDec, parseBigDec as b } from "../osmomath/big-dec";
import { DEC_ONE, dec, decCeilDec, decMulHalfEven, decQuoChain, decQuoRoundUp, decTruncateDec, decTruncateInt } from "../osmomath/legacy-dec";
import { monotonicSqrt } from "../osmomath/monotonic-sqrt";
import { MAX_SQRT_PRICE, MAX_SQRT_PRICE_BIG_DEC } from "./cl-constants";
import { getLiquidityFromAmounts } from "./liquidity-math";
import {
  computeSpreadRewardChargeFromAmountIn,
  computeSpreadRewardChargePerSwapStepOutGivenIn,
  oneForZeroInGivenOut,
  oneForZeroOutGivenIn,
  zeroForOneInGivenOut,
  zeroForOneOutGivenIn,
} from "./swap-step";

// swap_strategy_test.go:36-56 and zero_for_one_test.go:9-10
const sqrt5000 = d("70.710678118654752440");
const defaultSqrtPriceLower = d("70.688664163408836321");
const defaultSqrtPriceUpper = sqrt5000;
const defaultAmountOne = d("66829187.967824033199646915");
const defaultAmountZero = d("13369.999999999998920002");
const defaultAmountZeroBigDec = b("13369.999999999998920003259839786649584880");
const defaultLiquidity = d("3035764687.503020836176699298");
const defaultSpreadReward = d("0.03");
const hundredDec = dec(100);
const oneMinusDefaultSpreadFactor = DEC_ONE - defaultSpreadReward;
const ULP = 1n;
const sqrt = (x: bigint) => monotonicSqrt(dec(x));

interface Step {
  line: number;
  name: string;
  cur: bigint;
  target: bigint;
  liq: bigint;
  remaining: bigint;
  sf: bigint;
  next: bigint;
  consumed: bigint;
  produced: bigint;
  charge: bigint;
}
const ZFO = "swapstrategy/zero_for_one_test.go";
const OFZ = "swapstrategy/one_for_zero_test.go";

// zero_for_one_test.go:52 TestComputeSwapStepOutGivenIn_ZeroForOne (consumed = amount 0 in, produced = amount 1 out).
{
  const cur = bigDecFromDec(defaultSqrtPriceUpper);
  const next = bigDecFromDec(defaultSqrtPriceLower);
  const minus100 = defaultAmountZero - hundredDec;
  const tinyCur = b("0.000001000049998751");
  const tinyTarget = d("0.000001000049998750");
  const tinyLiq = d("100002498062401598791.937822606808718081");
  const cases: Step[] = [
    { line: 80, name: "1: no spread reward - reach target", cur, target: defaultSqrtPriceLower, liq: defaultLiquidity, remaining: defaultAmountZero + hundredDec, sf: 0n, next, consumed: decCeilDec(defaultAmountZero), produced: defaultAmountOne, charge: 0n },
    { line: 96, name: "2: no spread reward - do not reach target", cur, target: defaultSqrtPriceLower, liq: defaultLiquidity, remaining: minus100, sf: 0n, next: b("70.688828764403676329447109466419851492"), consumed: decCeilDec(minus100), produced: d("66329498.080160868611070352"), charge: 0n },
    { line: 110, name: "3: 3% spread reward - reach target", cur, target: defaultSqrtPriceLower, liq: defaultLiquidity, remaining: decQuoChain(defaultAmountZero + hundredDec, oneMinusDefaultSpreadFactor), sf: defaultSpreadReward, next, consumed: decCeilDec(defaultAmountZero), produced: defaultAmountOne, charge: decMulHalfEven(decCeilDec(defaultAmountZero), decQuoChain(defaultSpreadReward, oneMinusDefaultSpreadFactor)) },
    { line: 126, name: "4: 3% spread reward - do not reach target", cur, target: defaultSqrtPriceLower, liq: defaultLiquidity, remaining: decQuoChain(minus100, oneMinusDefaultSpreadFactor), sf: defaultSpreadReward, next: b("70.688828764403676329447108989075854947"), consumed: decCeilDec(minus100), produced: d("66329498.080160868611071801"), charge: decQuoChain(minus100, oneMinusDefaultSpreadFactor) - decCeilDec(minus100) },
    { line: 143, name: "5: sub Dec ULP movement, supported by BigDec ULP", cur: tinyCur, target: tinyTarget, liq: tinyLiq, remaining: dec(99), sf: 0n, next: b("0.000001000049998750999999999999009926"), consumed: dec(99), produced: d("0.000000000099009873"), charge: 0n },
    { line: 164, name: "6: sub BigDec ULP movement, nothing consumed", cur: tinyCur, target: tinyTarget, liq: tinyLiq, remaining: ULP, sf: 0n, next: b("0.000001000049998751"), consumed: 0n, produced: 0n, charge: 0n },
    { line: 181, name: "7: precisely BigDec ULP movement, amounts consumed", cur: tinyCur, target: tinyTarget, liq: tinyLiq, remaining: 100000000000000n, sf: 0n, next: b("0.000001000049998750999999999999999999"), consumed: DEC_ONE, produced: 100n, charge: 0n },
  ];
  describe(`zero for one, out given in (${ZFO}:52)`, () => {
    it.each(cases)("$line $name", (c) => {
      const r = zeroForOneOutGivenIn(c.cur, bigDecFromDec(c.target), c.liq, c.remaining, c.sf);
      expect(r.sqrtPriceNext).toBe(c.next);
      expect(r.amountOut).toBe(c.produced);
      expect(r.amountIn).toBe(c.consumed);
      expect(r.spreadRewardCharge).toBe(c.charge);
    });
  });
}

// zero_for_one_test.go:219 TestComputeSwapStepInGivenOut_ZeroForOne (consumed = amount 1 out, produced = amount 0 in).
{
  const cur = bigDecFromDec(defaultSqrtPriceUpper);
  const next = bigDecFromDec(defaultSqrtPriceLower);
  const notReached = b("70.688667457471792243056846000067005485");
  const amountZeroTargetNotReached = d("13367.998754214114788303");
  const amountOneOutTargetNotReached = d("66819187.967824033199646915");
  const cases: Step[] = [
    { line: 251, name: "1: no spread reward - reach target", cur, target: defaultSqrtPriceLower, liq: defaultLiquidity, remaining: defaultAmountOne + hundredDec, sf: 0n, next, consumed: defaultAmountOne, produced: decCeilDec(defaultAmountZero), charge: 0n },
    { line: 266, name: "2: no spread reward - do not reach target", cur, target: defaultSqrtPriceLower, liq: defaultLiquidity, remaining: defaultAmountOne - dec(10000), sf: 0n, next: notReached, consumed: amountOneOutTargetNotReached, produced: decCeilDec(amountZeroTargetNotReached), charge: 0n },
    { line: 280, name: "3: 3% spread reward - reach target", cur, target: defaultSqrtPriceLower, liq: defaultLiquidity, remaining: decQuoChain(defaultAmountOne, oneMinusDefaultSpreadFactor), sf: defaultSpreadReward, next, consumed: defaultAmountOne, produced: decCeilDec(defaultAmountZero), charge: computeSpreadRewardChargeFromAmountIn(decCeilDec(defaultAmountZero), defaultSpreadReward) },
    { line: 296, name: "4: 3% spread reward - do not reach target", cur, target: defaultSqrtPriceLower, liq: defaultLiquidity, remaining: defaultAmountOne - dec(10000), sf: defaultSpreadReward, next: notReached, consumed: amountOneOutTargetNotReached, produced: decCeilDec(amountZeroTargetNotReached), charge: computeSpreadRewardChargeFromAmountIn(decCeilDec(amountZeroTargetNotReached), defaultSpreadReward) },
    { line: 309, name: "5: Dec ULP out moves sqrt price one BigDec ULP; consumed capped at remaining", cur: b("0.000001000049998751"), target: d("0.000001000049998750"), liq: d("10000000000000000000.937822606808718081"), remaining: ULP, sf: 0n, next: b("0.000001000049998750999999999999999999"), consumed: ULP, produced: decCeilDec(d("0.000099992498812332")), charge: 0n },
  ];
  describe(`zero for one, in given out (${ZFO}:219)`, () => {
    it.each(cases)("$line $name", (c) => {
      const r = zeroForOneInGivenOut(c.cur, bigDecFromDec(c.target), c.liq, c.remaining, c.sf);
      expect(r.sqrtPriceNext).toBe(c.next);
      expect(r.amountOut).toBe(c.consumed);
      expect(r.amountIn).toBe(c.produced);
      expect(r.spreadRewardCharge).toBe(c.charge);
    });
  });
}

// one_for_zero_test.go:48 TestComputeSwapStepOutGivenIn_OneForZero (consumed = amount 1 in, produced = amount 0 out).
{
  const cur = bigDecFromDec(defaultSqrtPriceLower);
  const notReachedOut = bigDecToDec(b("13369.979999999989602986240259440383244931"));
  const minus100 = defaultAmountOne - hundredDec;
  const tinyLiq = d("100002498062401598791.937822606808718081");
  const case5Liq = getLiquidityFromAmounts(
    10n ** 36n,
    bigDecFromDec(sqrt(100_000_000n)),
    bigDecFromDec(sqrt(100_000_100n)),
    decTruncateInt(defaultAmountZero),
    decTruncateInt(defaultAmountOne),
  );
  const cases: Step[] = [
    { line: 75, name: "1: no spread factor - reach target", cur, target: defaultSqrtPriceUpper, liq: defaultLiquidity, remaining: defaultAmountOne + hundredDec, sf: 0n, next: bigDecFromDec(defaultSqrtPriceUpper), consumed: decCeilDec(defaultAmountOne), produced: bigDecToDec(defaultAmountZeroBigDec), charge: 0n },
    { line: 90, name: "2: no spread factor - do not reach target", cur, target: defaultSqrtPriceUpper, liq: defaultLiquidity, remaining: minus100, sf: 0n, next: b("70.710678085714122880779431539932994712"), consumed: decCeilDec(minus100), produced: notReachedOut, charge: 0n },
    { line: 104, name: "3: 3% spread factor - reach target", cur, target: defaultSqrtPriceUpper, liq: defaultLiquidity, remaining: decQuoChain(defaultAmountOne + hundredDec, oneMinusDefaultSpreadFactor), sf: defaultSpreadReward, next: bigDecFromDec(defaultSqrtPriceUpper), consumed: decCeilDec(defaultAmountOne), produced: bigDecToDec(defaultAmountZeroBigDec), charge: computeSpreadRewardChargeFromAmountIn(decCeilDec(defaultAmountOne), defaultSpreadReward) },
    { line: 117, name: "4: 3% spread factor - do not reach target", cur, target: defaultSqrtPriceUpper, liq: defaultLiquidity, remaining: decQuoRoundUp(minus100, oneMinusDefaultSpreadFactor), sf: defaultSpreadReward, next: b("70.710678085714122880779431540005464097"), consumed: decCeilDec(minus100), produced: notReachedOut, charge: decQuoChain(minus100, oneMinusDefaultSpreadFactor) - decCeilDec(minus100) },
    { line: 131, name: "5: custom amounts at high price levels - reach target", cur: bigDecFromDec(sqrt(100_000_000n)), target: sqrt(100_000_100n), liq: case5Liq, remaining: dec(1336900668450n), sf: 0n, next: bigDecFromDec(sqrt(100_000_100n)), consumed: dec(1336900668450n), produced: decTruncateDec(defaultAmountZero) - ULP, charge: 0n },
    { line: 147, name: "6: valid zero difference between current and next, nothing charged", cur: bigDecFromDec(d("70.710663976517714496")), target: d("70.710663976517714496"), liq: d("412478955692135.521499519343199632"), remaining: dec(5416667230n), sf: 0n, next: b("70.710663976517714496"), consumed: 0n, produced: 0n, charge: 0n },
    { line: 164, name: "7: precision loss fixed, full remaining charged", cur: bigDecFromDec(d("0.000001000049998750")), target: d("0.000001000049998751"), liq: tinyLiq, remaining: dec(99), sf: 0n, next: b("0.0000010000499987509899752698"), consumed: dec(99), produced: bigDecToDec(b("98990100989815.389417309941839547862158319016747061")), charge: 0n },
    { line: 197, name: "8: zero difference due to precision loss returns 0", cur: bigDecFromDec(MAX_SQRT_PRICE) - 1n, target: MAX_SQRT_PRICE, liq: tinyLiq, remaining: ULP, sf: 0n, next: MAX_SQRT_PRICE_BIG_DEC - 1n, consumed: 0n, produced: 0n, charge: 0n },
  ];
  describe(`one for zero, out given in (${OFZ}:48)`, () => {
    it.each(cases)("$line $name", (c) => {
      const r = oneForZeroOutGivenIn(c.cur, bigDecFromDec(c.target), c.liq, c.remaining, c.sf);
      expect(r.sqrtPriceNext).toBe(c.next);
      expect(r.amountIn).toBe(c.consumed);
      expect(r.amountOut).toBe(c.produced);
      expect(r.spreadRewardCharge).toBe(c.charge);
    });
  });
}

// one_for_zero_test.go:230 TestComputeSwapStepInGivenOut_OneForZero (consumed = amount 0 out, produced = amount 1 in).
{
  const cur = bigDecFromDec(defaultSqrtPriceLower);
  const target = defaultSqrtPriceUpper;
  const notReached = b("70.709031125539448609385160972133434677");
  const amountOneTargetNotReached = d("61829304.427824073089251659");
  const tinyLiq = d("100002498062401598791.937822606808718081");
  const cases: Step[] = [
    { line: 255, name: "1: no spread reward - reach target", cur, target, liq: defaultLiquidity, remaining: defaultAmountZero + hundredDec, sf: 0n, next: bigDecFromDec(target), consumed: defaultAmountZero + ULP, produced: decCeilDec(defaultAmountOne), charge: 0n },
    { line: 281, name: "2: no spread reward - do not reach target", cur, target, liq: defaultLiquidity, remaining: defaultAmountZero - dec(1000), sf: 0n, next: notReached, consumed: defaultAmountZero - dec(1000), produced: decCeilDec(amountOneTargetNotReached), charge: 0n },
    { line: 296, name: "3: 3% spread reward - reach target", cur, target, liq: defaultLiquidity, remaining: decQuoChain(defaultAmountZero, oneMinusDefaultSpreadFactor), sf: defaultSpreadReward, next: bigDecFromDec(target), consumed: defaultAmountZero + ULP, produced: decCeilDec(defaultAmountOne), charge: computeSpreadRewardChargeFromAmountIn(decCeilDec(defaultAmountOne), defaultSpreadReward) },
    { line: 321, name: "4: 3% spread reward - do not reach target", cur, target, liq: defaultLiquidity, remaining: defaultAmountZero - dec(1000), sf: defaultSpreadReward, next: notReached, consumed: defaultAmountZero - dec(1000), produced: decCeilDec(amountOneTargetNotReached), charge: computeSpreadRewardChargeFromAmountIn(decCeilDec(amountOneTargetNotReached), defaultSpreadReward) },
    { line: 334, name: "6: valid zero difference, nothing charged", cur: b("70.710663976517714496"), target: d("70.710663976517714496"), liq: d("412478955692135.521499519343199632"), remaining: dec(5416667230n), sf: 0n, next: b("70.710663976517714496"), consumed: 0n, produced: 0n, charge: 0n },
    { line: 349, name: "7: under BigDec ULP, consumed rounds above remaining and is capped", cur: b("0.000001000049998750"), target: d("0.000001000049998751"), liq: tinyLiq, remaining: ULP, sf: 0n, next: b("0.000001000049998750000000000000000001"), consumed: ULP, produced: DEC_ONE, charge: 0n },
    { line: 383, name: "8: one Dec ULP out, zero out consumed", cur: MAX_SQRT_PRICE_BIG_DEC - 1n, target: MAX_SQRT_PRICE, liq: tinyLiq, remaining: ULP, sf: 0n, next: MAX_SQRT_PRICE_BIG_DEC, consumed: 0n, produced: DEC_ONE, charge: 0n },
    { line: 403, name: "9: one Dec ULP out with huge liquidity, consumed capped", cur: MAX_SQRT_PRICE_BIG_DEC - 1n, target: MAX_SQRT_PRICE, liq: d("9999999999999999999999999999999999999999999999999999999999.937822606808718081"), remaining: ULP, sf: 0n, next: MAX_SQRT_PRICE_BIG_DEC, consumed: ULP, produced: d("10000000000000000000000"), charge: 0n },
  ];
  describe(`one for zero, in given out (${OFZ}:230)`, () => {
    it.each(cases)("$line $name", (c) => {
      const r = oneForZeroInGivenOut(c.cur, bigDecFromDec(c.target), c.liq, c.remaining, c.sf);
      expect(r.sqrtPriceNext).toBe(c.next);
      expect(r.amountOut).toBe(c.consumed);
      expect(r.amountIn).toBe(c.produced);
      expect(r.spreadRewardCharge).toBe(c.charge);
    });
  });
}

// spread_rewards_test.go:11 TestComputespreadRewardChargePerSwapStepOutGivenIn.
describe("spread reward charge per step (swapstrategy/spread_rewards_test.go:11)", () => {
  const onePercent = d("0.01");
  it("reached target -> charge on amount in (line 22)", () => {
    expect(computeSpreadRewardChargePerSwapStepOutGivenIn(true, dec(100), dec(5), onePercent)).toBe(
      computeSpreadRewardChargeFromAmountIn(dec(100), onePercent),
    );
    // 100 · ceil(0.01/0.99) rounded up = 1.010101010101010200
    expect(computeSpreadRewardChargeFromAmountIn(dec(100), onePercent)).toBe(d("1.0101010101010102"));
  });
  it("did not reach target -> the rest of the input (line 31)", () => {
    expect(computeSpreadRewardChargePerSwapStepOutGivenIn(false, dec(5), dec(100), onePercent)).toBe(dec(95));
  });
  it("zero spread factor (line 39)", () => {
    expect(computeSpreadRewardChargePerSwapStepOutGivenIn(true, dec(5), dec(100), 0n)).toBe(0n);
  });
  it("negative spread factor panics (line 46)", () => {
    expect(() => computeSpreadRewardChargePerSwapStepOutGivenIn(false, dec(100), dec(5), -DEC_ONE)).toThrow();
  });
  it("remaining < amount in panics (line 54)", () => {
    expect(() => computeSpreadRewardChargePerSwapStepOutGivenIn(false, dec(102), dec(101), onePercent)).toThrow();
  });
});
