/**
 * Whole-swap vectors ported from osmosis-labs/osmosis x/concentrated-liquidity/swaps_test.go
 * (swapOutGivenInCases :43, swapOutGivenInSpreadRewardCases :733, swapOutGivenInErrorCases :1139,
 * swapInGivenOutTestCases :1157, swapInGivenOutSpreadRewardTestCases :1764,
 * swapInGivenOutErrorTestCases :2181; `line` is each case's line at commit 9829d39c16).
 *
 * Setup as the Go suite's (app/apptesting/concentrated_liquidity.go): an eth/usdc pool with tick
 * spacing 100, a default position of 1,000,000 eth + 5,000,000,000 usdc in [30545000, 31500000)
 * (price 4545..5500, current 5000) and, where the case names one, a second position with the
 * same amounts in the range its prices round down to. Checked as testSwapResult (:2460) does:
 * sqrt price, tick, amounts, resulting liquidity, and the spread-reward accumulator.
 */
import { describe, expect, it } from "vitest";
import { parseDec as d } from "@/lib/amount/decimal";
import { bigDec, bigDecFromDec, parseBigDec as b, type BigDec } from "../osmomath/big-dec";
import { dec, type Dec } from "../osmomath/legacy-dec";
import { monotonicSqrt } from "../osmomath/monotonic-sqrt";
import { newClPool, type ClPool } from "./cl-pool-state";
import { createPosition, withdrawPosition } from "./cl-positions";
import { swapExactAmountIn, swapExactAmountOut } from "./cl-swap";
import { getLiquidityFromAmounts } from "./liquidity-math";
import { sqrtPriceToTickRoundDownSpacing, tickToSqrtPrice } from "./tick";

const coin = (denom: string, amount: bigint) => ({ denom, amount });
const DEFAULT_LOWER_TICK = 30545000n;
const DEFAULT_UPPER_TICK = 31500000n;
const DEFAULT_AMOUNTS = { amount0: 1000000n, amount1: 5000000000n };
const DEFAULT_CURR_SQRT_PRICE = bigDecFromDec(monotonicSqrt(dec(5000)));

interface SwapCase {
  line: number;
  name: string;
  tokenIn?: { denom: string; amount: bigint };
  tokenOutDenom?: string;
  tokenOut?: { denom: string; amount: bigint };
  tokenInDenom?: string;
  priceLimit: BigDec;
  spreadFactor: Dec;
  secondPositionLowerPrice?: Dec;
  secondPositionUpperPrice?: Dec;
  expectedTokenIn?: { denom: string; amount: bigint };
  expectedTokenOut?: { denom: string; amount: bigint };
  expectedTick?: bigint;
  expectedSqrtPrice?: BigDec;
  expectedSpreadRewardGrowthAccumulatorValue?: Dec;
  newLowerPrice?: Dec;
  newUpperPrice?: Dec;
  poolLiqAmount0?: bigint;
  poolLiqAmount1?: bigint;
  expectErr?: boolean;
}

/** LowerUpperPricesToTick: MonotonicSqrt of each price, rounded down to the spacing. */
function pricesToTicks(lower: Dec, upper: Dec): [bigint, bigint] {
  return [
    sqrtPriceToTickRoundDownSpacing(bigDecFromDec(monotonicSqrt(lower)), 100n),
    sqrtPriceToTickRoundDownSpacing(bigDecFromDec(monotonicSqrt(upper)), 100n),
  ];
}

function setupPool(c: SwapCase): ClPool {
  let pool = newClPool({ id: 1n, token0: "eth", token1: "usdc", tickSpacing: 100n, spreadFactor: c.spreadFactor });
  pool = createPosition(pool, "acc0", DEFAULT_AMOUNTS, 0n, 0n, DEFAULT_LOWER_TICK, DEFAULT_UPPER_TICK).pool;
  if (c.secondPositionLowerPrice !== undefined) {
    const [lo, hi] = pricesToTicks(c.secondPositionLowerPrice, c.secondPositionUpperPrice!);
    pool = createPosition(pool, "acc1", DEFAULT_AMOUNTS, 0n, 0n, lo, hi).pool;
  }
  return pool;
}

/** getExpectedLiquidity (:2297). */
function expectedLiquidity(c: SwapCase): Dec {
  const [lo, hi] = pricesToTicks(c.newLowerPrice ?? dec(4545), c.newUpperPrice ?? dec(5500));
  return getLiquidityFromAmounts(
    DEFAULT_CURR_SQRT_PRICE,
    tickToSqrtPrice(lo),
    tickToSqrtPrice(hi),
    c.poolLiqAmount0 ?? DEFAULT_AMOUNTS.amount0,
    c.poolLiqAmount1 ?? DEFAULT_AMOUNTS.amount1,
  );
}

function check(c: SwapCase, pool: ClPool, amountIn: bigint, amountOut: bigint, denomIn: string): void {
  expect(pool.currentSqrtPrice).toBe(c.expectedSqrtPrice);
  expect(amountOut).toBe(c.expectedTokenOut!.amount);
  expect(amountIn).toBe(c.expectedTokenIn!.amount);
  expect(pool.currentTick).toBe(c.expectedTick);
  expect(pool.currentTickLiquidity).toBe(expectedLiquidity(c));
  checkAccumulator(c, pool, denomIn);
}

/** assertSpreadRewardAccum (:2253): additive tolerance of 2·10^-18. */
function checkAccumulator(c: SwapCase, pool: ClPool, denomIn: string): void {
  const acc = pool.spreadRewardGrowthGlobal.get(denomIn) ?? 0n;
  if (c.expectedSpreadRewardGrowthAccumulatorValue === undefined) expect(acc).toBe(0n);
  else expect(acc - c.expectedSpreadRewardGrowthAccumulatorValue <= 2n && c.expectedSpreadRewardGrowthAccumulatorValue - acc <= 2n).toBe(true);
}

const outGivenIn: SwapCase[] = [
  { line: 48, name: "single position within one tick: usdc -> eth", tokenIn: coin("usdc", 42000000n), tokenOutDenom: "eth", priceLimit: bigDec(5004n), spreadFactor: 0n, expectedTokenIn: coin("usdc", 42000000n), expectedTokenOut: coin("eth", 8396n), expectedTick: 31003913n, expectedSqrtPrice: b("70.738348247484497718514800000003600626") },
  { line: 89, name: "single position within one tick: usdc -> eth, with zero price limit", tokenIn: coin("usdc", 42000000n), tokenOutDenom: "eth", priceLimit: 0n, spreadFactor: 0n, expectedTokenIn: coin("usdc", 42000000n), expectedTokenOut: coin("eth", 8396n), expectedTick: 31003913n, expectedSqrtPrice: b("70.738348247484497718514800000003600626") },
  { line: 130, name: "single position within one tick: eth -> usdc", tokenIn: coin("eth", 13370n), tokenOutDenom: "usdc", priceLimit: bigDec(4993n), spreadFactor: 0n, expectedTokenIn: coin("eth", 13370n), expectedTokenOut: coin("usdc", 66808388n), expectedTick: 30993777n, expectedSqrtPrice: b("70.666663910857144332134093938182290274") },
  { line: 167, name: "single position within one tick: eth -> usdc, with zero price limit", tokenIn: coin("eth", 13370n), tokenOutDenom: "usdc", priceLimit: 0n, spreadFactor: 0n, expectedTokenIn: coin("eth", 13370n), expectedTokenOut: coin("usdc", 66808388n), expectedTick: 30993777n, expectedSqrtPrice: b("70.666663910857144332134093938182290274") },
  { line: 205, name: "two positions within one tick: usdc -> eth", tokenIn: coin("usdc", 42000000n), tokenOutDenom: "eth", priceLimit: bigDec(5002n), spreadFactor: 0n, secondPositionLowerPrice: dec(4545n), secondPositionUpperPrice: dec(5500n), expectedTokenIn: coin("usdc", 42000000n), expectedTokenOut: coin("eth", 8398n), expectedTick: 31001956n, expectedSqrtPrice: b("70.724513183069625079757400000001800313"), poolLiqAmount0: 2000000n, poolLiqAmount1: 10000000000n },
  { line: 241, name: "two positions within one tick: eth -> usdc", tokenIn: coin("eth", 13370n), tokenOutDenom: "usdc", priceLimit: bigDec(4996n), spreadFactor: 0n, secondPositionLowerPrice: dec(4545n), secondPositionUpperPrice: dec(5500n), expectedTokenIn: coin("eth", 13370n), expectedTokenOut: coin("usdc", 66829187n), expectedTick: 30996887n, expectedSqrtPrice: b("70.688664163408836320215015370847179540"), poolLiqAmount0: 2000000n, poolLiqAmount1: 10000000000n },
  { line: 285, name: "two positions with consecutive price ranges: usdc -> eth", tokenIn: coin("usdc", 10000000000n), tokenOutDenom: "eth", priceLimit: bigDec(6255n), spreadFactor: 0n, secondPositionLowerPrice: dec(5500n), secondPositionUpperPrice: dec(6250n), expectedTokenIn: coin("usdc", 10000000000n), expectedTokenOut: coin("eth", 1820630n), expectedTick: 32105414n, expectedSqrtPrice: b("78.137149196095607130096044752300452857"), newLowerPrice: dec(5500n), newUpperPrice: dec(6250n) },
  { line: 340, name: "two positions with consecutive price ranges: eth -> usdc", tokenIn: coin("eth", 2000000n), tokenOutDenom: "usdc", priceLimit: bigDec(3900n), spreadFactor: 0n, secondPositionLowerPrice: dec(4000n), secondPositionUpperPrice: dec(4545n), expectedTokenIn: coin("eth", 2000000n), expectedTokenOut: coin("usdc", 9103422788n), expectedTick: 30095166n, expectedSqrtPrice: b("63.993489023323078692803734142129673908"), newLowerPrice: dec(4000n), newUpperPrice: dec(4545n) },
  { line: 397, name: "two positions with partially overlapping price ranges: usdc -> eth", tokenIn: coin("usdc", 10000000000n), tokenOutDenom: "eth", priceLimit: bigDec(6056n), spreadFactor: 0n, secondPositionLowerPrice: dec(5001n), secondPositionUpperPrice: dec(6250n), expectedTokenIn: coin("usdc", 10000000000n), expectedTokenOut: coin("eth", 1864161n), expectedTick: 32055919n, expectedSqrtPrice: b("77.819789636800169393792766394158739007"), newLowerPrice: dec(5001n), newUpperPrice: dec(6250n) },
  { line: 451, name: "two positions with partially overlapping price ranges, not utilizing full liquidity of second position: usdc -> eth", tokenIn: coin("usdc", 8500000000n), tokenOutDenom: "eth", priceLimit: bigDec(6056n), spreadFactor: 0n, secondPositionLowerPrice: dec(5001n), secondPositionUpperPrice: dec(6250n), expectedTokenIn: coin("usdc", 8500000000n), expectedTokenOut: coin("eth", 1609138n), expectedTick: 31712695n, expectedSqrtPrice: b("75.582373164412551492069079174313215667"), newLowerPrice: dec(5001n), newUpperPrice: dec(6250n) },
  { line: 517, name: "two positions with partially overlapping price ranges: eth -> usdc", tokenIn: coin("eth", 2000000n), tokenOutDenom: "usdc", priceLimit: bigDec(4128n), spreadFactor: 0n, secondPositionLowerPrice: dec(4000n), secondPositionUpperPrice: dec(4999n), expectedTokenIn: coin("eth", 2000000n), expectedTokenOut: coin("usdc", 9321276930n), expectedTick: 30129083n, expectedSqrtPrice: b("64.257943794993248953756640624575523292"), newLowerPrice: dec(4000n), newUpperPrice: dec(4999n) },
  { line: 581, name: "two positions with partially overlapping price ranges, not utilizing full liquidity of second position: eth -> usdc", tokenIn: coin("eth", 1800000n), tokenOutDenom: "usdc", priceLimit: bigDec(4128n), spreadFactor: 0n, secondPositionLowerPrice: dec(4000n), secondPositionUpperPrice: dec(4999n), expectedTokenIn: coin("eth", 1800000n), expectedTokenOut: coin("usdc", 8479320318n), expectedTick: 30292059n, expectedSqrtPrice: b("65.513815285481060959469337552596846421"), newLowerPrice: dec(4000n), newUpperPrice: dec(4999n) },
  { line: 642, name: "two sequential positions with a gap", tokenIn: coin("usdc", 10000000000n), tokenOutDenom: "eth", priceLimit: bigDec(6106n), spreadFactor: 0n, secondPositionLowerPrice: dec(5501n), secondPositionUpperPrice: dec(6250n), expectedTokenIn: coin("usdc", 10000000000n), expectedTokenOut: coin("eth", 1820545n), expectedTick: 32105555n, expectedSqrtPrice: b("78.138055169663761658508234345605157554"), newLowerPrice: dec(5501n), newUpperPrice: dec(6250n) },
  { line: 698, name: "single position within one tick, trade completes but slippage protection interrupts trade early: eth -> usdc", tokenIn: coin("eth", 13370n), tokenOutDenom: "usdc", priceLimit: bigDec(4994n), spreadFactor: 0n, expectedTokenIn: coin("eth", 12892n), expectedTokenOut: coin("usdc", 64417624n), expectedTick: sqrtPriceToTickRoundDownSpacing(bigDecFromDec(monotonicSqrt(dec(4994n))), 100n), expectedSqrtPrice: bigDecFromDec(monotonicSqrt(dec(4994n))) },
  { line: 736, name: "spread factor 1 - single position within one tick: usdc -> eth (1% spread factor)", tokenIn: coin("usdc", 42000000n), tokenOutDenom: "eth", priceLimit: bigDec(5004n), spreadFactor: d("0.01"), expectedTokenIn: coin("usdc", 42000000n), expectedTokenOut: coin("eth", 8312n), expectedTick: 31003800n, expectedSqrtPrice: b("70.738071546196200264"), expectedSpreadRewardGrowthAccumulatorValue: d("276701288297452775148000.000036006261209414") },
  { line: 775, name: "spread factor 2 - two positions within one tick: eth -> usdc (3% spread factor) ", tokenIn: coin("eth", 13370n), tokenOutDenom: "usdc", priceLimit: bigDec(4990n), spreadFactor: d("0.03"), secondPositionLowerPrice: dec(4545n), secondPositionUpperPrice: dec(5500n), expectedTokenIn: coin("eth", 13370n), expectedTokenOut: coin("usdc", 64824917n), expectedTick: 30996900n, expectedSqrtPrice: b("70.689324382628080102"), expectedSpreadRewardGrowthAccumulatorValue: d("132091924532474479564.700000017188703267"), poolLiqAmount0: 2000000n, poolLiqAmount1: 10000000000n },
  { line: 824, name: "spread factor 3 - two positions with consecutive price ranges: eth -> usdc (5% spread factor)", tokenIn: coin("eth", 2000000n), tokenOutDenom: "usdc", priceLimit: bigDec(4094n), spreadFactor: d("0.05"), secondPositionLowerPrice: dec(4000n), secondPositionUpperPrice: dec(4545n), expectedTokenIn: coin("eth", 2000000n), expectedTokenOut: coin("usdc", 8691708221n), expectedTick: 30139200n, expectedSqrtPrice: b("64.336946417392457832"), expectedSpreadRewardGrowthAccumulatorValue: d("73738597832046531336741.571424795459743274"), newLowerPrice: dec(4000n), newUpperPrice: dec(4545n) },
  { line: 883, name: "spread factor 4 - two positions with partially overlapping price ranges: usdc -> eth (10% spread factor)", tokenIn: coin("usdc", 10000000000n), tokenOutDenom: "eth", priceLimit: bigDec(6056n), spreadFactor: d("0.1"), secondPositionLowerPrice: dec(5001n), secondPositionUpperPrice: dec(6250n), expectedTokenIn: coin("usdc", 10000000000n), expectedTokenOut: coin("eth", 1695807n), expectedTick: 31825900n, expectedSqrtPrice: b("76.328178655208424124"), expectedSpreadRewardGrowthAccumulatorValue: d("624166726347032851920318136.447360021110663239"), newLowerPrice: dec(5001n), newUpperPrice: dec(6250n) },
  { line: 956, name: "spread factor 5 - two positions with partially overlapping price ranges, not utilizing full liquidity of second position: eth -> usdc (0.5% spread factor)", tokenIn: coin("eth", 1800000n), tokenOutDenom: "usdc", priceLimit: bigDec(4128n), spreadFactor: d("0.005"), secondPositionLowerPrice: dec(4000n), secondPositionUpperPrice: dec(4999n), expectedTokenIn: coin("eth", 1800000n), expectedTokenOut: coin("usdc", 8440657775n), expectedTick: 30299600n, expectedSqrtPrice: b("65.571484748647169032"), expectedSpreadRewardGrowthAccumulatorValue: d("5569829831409674130027.984038662045276604"), newLowerPrice: dec(4000n), newUpperPrice: dec(4999n) },
  { line: 1030, name: "spread factor 6 - two sequential positions with a gap usdc -> eth (3% spread factor)", tokenIn: coin("usdc", 10000000000n), tokenOutDenom: "eth", priceLimit: bigDec(6106n), spreadFactor: d("0.03"), secondPositionLowerPrice: dec(5501n), secondPositionUpperPrice: dec(6250n), expectedTokenIn: coin("usdc", 10000000000n), expectedTokenOut: coin("eth", 1771252n), expectedTick: 32066500n, expectedSqrtPrice: b("77.887956882326389372"), expectedSpreadRewardGrowthAccumulatorValue: d("221769187794051752204718133.920636386549115528"), newLowerPrice: dec(5501n), newUpperPrice: dec(6250n) },
  { line: 1091, name: "spread factor 7: single position within one tick, trade completes but slippage protection interrupts trade early: eth -> usdc (1% spread factor)", tokenIn: coin("eth", 13370n), tokenOutDenom: "usdc", priceLimit: bigDec(4994n), spreadFactor: d("0.01"), expectedTokenIn: coin("eth", 13023n), expectedTokenOut: coin("usdc", 64417624n), expectedTick: sqrtPriceToTickRoundDownSpacing(bigDecFromDec(monotonicSqrt(dec(4994n))), 100n), expectedSqrtPrice: b("70.668238976219012614"), expectedSpreadRewardGrowthAccumulatorValue: d("85792039652014466733.930997019691873157") },
  { line: 1140, name: "single position within one tick, trade does not complete due to lack of liquidity: usdc -> eth", tokenIn: coin("usdc", 5300000000n), tokenOutDenom: "eth", priceLimit: bigDec(6000n), spreadFactor: 0n, expectErr: true },
  { line: 1147, name: "single position within one tick, trade does not complete due to lack of liquidity: eth -> usdc", tokenIn: coin("eth", 1100000n), tokenOutDenom: "usdc", priceLimit: bigDec(4000n), spreadFactor: 0n, expectErr: true },
];

const inGivenOut: SwapCase[] = [
  { line: 1162, name: "single position within one tick: eth (in) -> usdc (out) | zfo", tokenOut: coin("usdc", 42000000n), tokenInDenom: "eth", priceLimit: bigDec(4993n), spreadFactor: 0n, expectedTokenIn: coin("eth", 8404n), expectedTokenOut: coin("usdc", 42000000n), expectedTick: 30996087n, expectedSqrtPrice: b("70.683007989825007163485199999996399373") },
  { line: 1191, name: "single position within one tick: usdc (in) -> eth (out) ofz", tokenOut: coin("eth", 13370n), tokenInDenom: "usdc", priceLimit: bigDec(5010n), spreadFactor: 0n, expectedTokenIn: coin("usdc", 66891663n), expectedTokenOut: coin("eth", 13370n), expectedTick: 31006234n, expectedSqrtPrice: b("70.754747188468900467378792612053774781") },
  { line: 1220, name: "two positions within one tick: eth (in) -> usdc (out) | zfo", tokenOut: coin("usdc", 66829187n), tokenInDenom: "eth", priceLimit: bigDec(4990n), spreadFactor: 0n, secondPositionLowerPrice: dec(4545n), secondPositionUpperPrice: dec(5500n), expectedTokenIn: coin("eth", 13370n), expectedTokenOut: coin("usdc", 66829187n), expectedTick: 30996887n, expectedSqrtPrice: b("70.688664163727643651554720661097135393"), poolLiqAmount0: 2000000n, poolLiqAmount1: 10000000000n },
  { line: 1257, name: "two positions within one tick: usdc (in) -> eth (out) | ofz", tokenOut: coin("eth", 8398n), tokenInDenom: "usdc", priceLimit: bigDec(5020n), spreadFactor: 0n, secondPositionLowerPrice: dec(4545n), secondPositionUpperPrice: dec(5500n), expectedTokenIn: coin("usdc", 41998216n), expectedTokenOut: coin("eth", 8398n), expectedTick: 31001956n, expectedSqrtPrice: b("70.724512595179305566327821490232558005"), poolLiqAmount0: 2000000n, poolLiqAmount1: 10000000000n },
  { line: 1291, name: "two positions with consecutive price ranges: eth (in) -> usdc (out) | zfo", tokenOut: coin("usdc", 9103422788n), tokenInDenom: "eth", priceLimit: bigDec(3900n), spreadFactor: 0n, secondPositionLowerPrice: dec(4000n), secondPositionUpperPrice: dec(4545n), expectedTokenIn: coin("eth", 2000000n), expectedTokenOut: coin("usdc", 9103422788n), expectedTick: 30095166n, expectedSqrtPrice: b("63.993489023888951975210711246458277671"), newLowerPrice: dec(4000n), newUpperPrice: dec(4545n) },
  { line: 1352, name: "two positions with consecutive price ranges: usdc (in) -> eth (out) | ofz", tokenOut: coin("eth", 1820630n), tokenInDenom: "usdc", priceLimit: bigDec(6106n), spreadFactor: 0n, secondPositionLowerPrice: dec(5500n), secondPositionUpperPrice: dec(6250n), expectedTokenIn: coin("usdc", 9999999570n), expectedTokenOut: coin("eth", 1820630n), expectedTick: 32105414n, expectedSqrtPrice: b("78.137148837036751554352224945360339905"), newLowerPrice: dec(5500n), newUpperPrice: dec(6250n) },
  { line: 1410, name: "two positions with partially overlapping price ranges: eth (in) -> usdc (out) | zfo", tokenOut: coin("usdc", 9321276930n), tokenInDenom: "eth", priceLimit: bigDec(4128n), spreadFactor: 0n, secondPositionLowerPrice: dec(4000n), secondPositionUpperPrice: dec(4999n), expectedTokenIn: coin("eth", 2000000n), expectedTokenOut: coin("usdc", 9321276930n), expectedTick: 30129083n, expectedSqrtPrice: b("64.257943796086567725876595411582357676"), newLowerPrice: dec(4000n), newUpperPrice: dec(4999n) },
  { line: 1479, name: "two positions with partially overlapping price ranges, not utilizing full liquidity of second position: eth (in) -> usdc (out) | zfo", tokenOut: coin("usdc", 8479320318n), tokenInDenom: "eth", priceLimit: bigDec(4128n), spreadFactor: 0n, secondPositionLowerPrice: dec(4000n), secondPositionUpperPrice: dec(4999n), expectedTokenIn: coin("eth", 1800000n), expectedTokenOut: coin("usdc", 8479320318n), expectedTick: 30292059n, expectedSqrtPrice: b("65.513815286452064191403749708246274698"), newLowerPrice: dec(4000n), newUpperPrice: dec(4999n) },
  { line: 1550, name: "two positions with partially overlapping price ranges: usdc (in) -> eth (out) | ofz", tokenOut: coin("eth", 1864161n), tokenInDenom: "usdc", priceLimit: bigDec(6056n), spreadFactor: 0n, secondPositionLowerPrice: dec(5001n), secondPositionUpperPrice: dec(6250n), expectedTokenIn: coin("usdc", 9999994688n), expectedTokenOut: coin("eth", 1864161n), expectedTick: 32055918n, expectedSqrtPrice: b("77.819781711876553578435870496972242531"), newLowerPrice: dec(5001n), newUpperPrice: dec(6250n) },
  { line: 1611, name: "two positions with partially overlapping price ranges, not utilizing full liquidity of second position: usdc (in) -> eth (out) | ofz", tokenOut: coin("eth", 1609138n), tokenInDenom: "usdc", priceLimit: bigDec(6056n), spreadFactor: 0n, secondPositionLowerPrice: dec(5001n), secondPositionUpperPrice: dec(6250n), expectedTokenIn: coin("usdc", 8499999458n), expectedTokenOut: coin("eth", 1609138n), expectedTick: 31712695n, expectedSqrtPrice: b("75.582372355128594342857800328292876450"), newLowerPrice: dec(5001n), newUpperPrice: dec(6250n) },
  { line: 1684, name: "two sequential positions with a gap usdc (in) -> eth (out) | ofz", tokenOut: coin("eth", 1820545n), tokenInDenom: "usdc", priceLimit: bigDec(6106n), spreadFactor: 0n, secondPositionLowerPrice: dec(5501n), secondPositionUpperPrice: dec(6250n), expectedTokenIn: coin("usdc", 9999994756n), expectedTokenOut: coin("eth", 1820545n), expectedTick: 32105554n, expectedSqrtPrice: b("78.138050797173647031951910080474560428"), newLowerPrice: dec(5501n), newUpperPrice: dec(6250n) },
  { line: 1737, name: "single position within one tick, trade completes but slippage protection interrupts trade early: usdc (in) -> eth (out) | ofz", tokenOut: coin("eth", 1820545n), tokenInDenom: "usdc", priceLimit: bigDec(5002n), spreadFactor: 0n, expectedTokenIn: coin("usdc", 21463952n), expectedTokenOut: coin("eth", 4291n), expectedTick: 31002000n, expectedSqrtPrice: bigDecFromDec(monotonicSqrt(dec(5002n))) },
  { line: 1765, name: "spread factor 1: single position within one tick: eth (in) -> usdc (out) (1% spread factor) | zfo", tokenOut: coin("usdc", 42000000n), tokenInDenom: "eth", priceLimit: bigDec(4993n), spreadFactor: d("0.01"), expectedTokenIn: coin("eth", 8489n), expectedTokenOut: coin("usdc", 42000000n), expectedTick: 30996087n, expectedSqrtPrice: b("70.683007989825007163485199999996399373"), expectedSpreadRewardGrowthAccumulatorValue: d("55925868851654481727.579591913860572604") },
  { line: 1808, name: "spread factor 2: two positions within one tick: usdc (in) -> eth (out) (3% spread factor) | ofz", tokenOut: coin("eth", 8398n), tokenInDenom: "usdc", priceLimit: bigDec(5020n), spreadFactor: d("0.03"), secondPositionLowerPrice: dec(4545n), secondPositionUpperPrice: dec(5500n), expectedTokenIn: coin("usdc", 43297130n), expectedTokenOut: coin("eth", 8398n), expectedTick: 31001956n, expectedSqrtPrice: b("70.724512595179305566327821490232558005"), expectedSpreadRewardGrowthAccumulatorValue: d("427870415073442341437143.58456074189761953"), poolLiqAmount0: 2000000n, poolLiqAmount1: 10000000000n },
  { line: 1854, name: "spread factor 3: two positions with consecutive price ranges: usdc (in) -> eth (out) (0.1% spread factor) | ofz", tokenOut: coin("eth", 1820630n), tokenInDenom: "usdc", priceLimit: bigDec(6106n), spreadFactor: d("0.001"), secondPositionLowerPrice: dec(5500n), secondPositionUpperPrice: dec(6250n), expectedTokenIn: coin("usdc", 10010009580n), expectedTokenOut: coin("eth", 1820630n), expectedTick: 32105414n, expectedSqrtPrice: b("78.137148837036751554352224945360339905"), expectedSpreadRewardGrowthAccumulatorValue: d("7433904623597259879249693.52783035536310194"), newLowerPrice: dec(5500n), newUpperPrice: dec(6250n) },
  { line: 1918, name: "spread factor 4: two positions with partially overlapping price ranges: eth (in) -> usdc (out) (10% spread factor) | zfo", tokenOut: coin("usdc", 9321276930n), tokenInDenom: "eth", priceLimit: bigDec(4128n), spreadFactor: d("0.1"), secondPositionLowerPrice: dec(4000n), secondPositionUpperPrice: dec(4999n), expectedTokenIn: coin("eth", 2222223n), expectedTokenOut: coin("usdc", 9321276930n), expectedTick: 30129083n, expectedSqrtPrice: b("64.257943796086567725876595411582357676"), expectedSpreadRewardGrowthAccumulatorValue: d("157793641388331455795962.112193571559492696"), newLowerPrice: dec(4000n), newUpperPrice: dec(4999n) },
  { line: 1997, name: "spread factor 5: two positions with partially overlapping price ranges, not utilizing full liquidity of second position: usdc (in) -> eth (out) (5% spread factor) | ofz", tokenOut: coin("eth", 1609138n), tokenInDenom: "usdc", priceLimit: bigDec(6056n), spreadFactor: d("0.05"), secondPositionLowerPrice: dec(5001n), secondPositionUpperPrice: dec(6250n), expectedTokenIn: coin("usdc", 8947367851n), expectedTokenOut: coin("eth", 1609138n), expectedTick: 31712695n, expectedSqrtPrice: b("75.582372355128594342857800328292876450"), expectedSpreadRewardGrowthAccumulatorValue: d("256404959888119534778711315.330259108756531997"), newLowerPrice: dec(5001n), newUpperPrice: dec(6250n) },
  { line: 2072, name: "spread factor 6: two sequential positions with a gap usdc (in) -> eth (out) (0.03% spread factor) | ofz", tokenOut: coin("eth", 1820545n), tokenInDenom: "usdc", priceLimit: bigDec(6106n), spreadFactor: d("0.0003"), secondPositionLowerPrice: dec(5501n), secondPositionUpperPrice: dec(6250n), expectedTokenIn: coin("usdc", 10002995655n), expectedTokenOut: coin("eth", 1820545n), expectedTick: 32105554n, expectedSqrtPrice: b("78.138050797173647031951910080474560428"), expectedSpreadRewardGrowthAccumulatorValue: d("2226857353494147354437463.405839285844866989"), newLowerPrice: dec(5501n), newUpperPrice: dec(6250n) },
  { line: 2135, name: "spread factor 7: single position within one tick, trade completes but slippage protection interrupts trade early: usdc (in) -> eth (out) (1% spread factor) | ofz", tokenOut: coin("eth", 1820545n), tokenInDenom: "usdc", priceLimit: bigDec(5002n), spreadFactor: d("0.01"), expectedTokenIn: coin("usdc", 21680760n), expectedTokenOut: coin("eth", 4291n), expectedTick: 31002000n, expectedSqrtPrice: b("70.724818840347693040"), expectedSpreadRewardGrowthAccumulatorValue: d("142835574082604345119662.712639063715501632") },
  { line: 2182, name: "single position within one tick, trade does not complete due to lack of liquidity: usdc -> eth ", tokenOut: coin("usdc", 5300000000n), tokenInDenom: "eth", priceLimit: bigDec(6000n), spreadFactor: 0n, expectErr: true },
  { line: 2189, name: "single position within one tick, trade does not complete due to lack of liquidity: eth -> usdc ", tokenOut: coin("eth", 1100000n), tokenInDenom: "usdc", priceLimit: bigDec(4000n), spreadFactor: 0n, expectErr: true },
];

describe("CL swap out given in (x/concentrated-liquidity/swaps_test.go TestComputeAndSwapOutAmtGivenIn :2320)", () => {
  it.each(outGivenIn)("$line $name", (c) => {
    const pool = setupPool(c);
    const run = () => swapExactAmountIn(pool, c.tokenIn!, c.tokenOutDenom!, 0n, c.priceLimit);
    if (c.expectErr) {
      expect(run).toThrow();
      return;
    }
    const r = run();
    // swapOutGivenInSpreadRewardCases (:733–:1138) are asserted by TestComputeOutAmtGivenIn
    // (:2967) on the spread-reward accumulator only; their sqrt prices are 18-digit notes.
    if (c.line >= 733 && c.line < 1139) checkAccumulator(c, r.pool, c.tokenIn!.denom);
    else check(c, r.pool, r.tokenIn.amount, r.tokenOut.amount, c.tokenIn!.denom);
  });
});

describe("CL swap in given out (x/concentrated-liquidity/swaps_test.go TestComputeAndSwapInAmtGivenOut)", () => {
  it.each(inGivenOut)("$line $name", (c) => {
    const pool = setupPool(c);
    const run = () => swapExactAmountOut(pool, c.tokenInDenom!, 2n ** 200n, c.tokenOut!, c.priceLimit);
    if (c.expectErr) {
      expect(run).toThrow();
      return;
    }
    const r = run();
    check(c, r.pool, r.tokenIn.amount, r.tokenOut.amount, c.tokenInDenom!);
  });
});

describe("default position (apptesting DefaultLiquidityAmt; lp_test.go:87 base case, :1552 withdraw)", () => {
  it("creates 1517882343.751510417627556287 liquidity, takes 998977 eth (DefaultAmt0Expected + rounding) and gives back 998976", () => {
    const r = createPosition(
      newClPool({ id: 1n, token0: "eth", token1: "usdc", tickSpacing: 100n, spreadFactor: 0n }),
      "acc0",
      DEFAULT_AMOUNTS,
      0n,
      0n,
      DEFAULT_LOWER_TICK,
      DEFAULT_UPPER_TICK,
    );
    expect(r.liquidity).toBe(d("1517882343.751510417627556287"));
    expect([r.amount0, r.amount1]).toEqual([998977n, 5000000000n]);
    expect(r.pool.currentTick).toBe(31000000n);
    expect(r.pool.currentSqrtPrice).toBe(DEFAULT_CURR_SQRT_PRICE);
    const w = withdrawPosition(r.pool, "acc0", r.positionId, r.liquidity);
    expect([w.amount0, w.amount1]).toEqual([998976n, 4999999999n]);
  });
});
