/**
 * Balancer vectors ported from osmosis-labs/osmosis x/gamm (commit 9829d39c16):
 * pool-models/balancer/pool_suite_test.go (calcSingleAssetJoinTestCases :69,
 * multiAssetExactInputTestCases :463, multiAssetUnevenInputTestCases :548, TestBalancerSpotPrice
 * :666, TestCalcJoinPoolShares :866), pool_test.go (TestCalcJoinSingleAssetTokensIn :180,
 * TestCalcJoinPoolNoSwapShares :1220) and pool-models/internal/cfmm_common/lp_test.go
 * (TestCalcExitPool :31, TestMaximalExactRatioJoin :144). Share expectations are checked with
 * the suite's own tolerance (assertExpectedSharesErrRatio, allowedErrRatio 10^-7, util_test.go:29).
 */
import { describe, expect, it } from "vitest";
import { parseDec as d } from "@/lib/amount/decimal";
import { DEC_ONE, decQuoIntTrunc, decTruncateInt, dec } from "../osmomath/legacy-dec";
import { parseBigDec as b } from "../osmomath/big-dec";
import { calcExitPool } from "./balancer-exit";
import { calcJoinPoolNoSwapShares, calcJoinPoolShares, calcJoinSingleAssetTokensIn, calcSingleAssetJoin, maximalExactRatioJoin } from "./balancer-join";
import { asset, newBalancerPool, type Coins } from "./balancer-pool";
import { calculateSpotPrice } from "./balancer-swap";

const SUITE = "x/gamm/pool-models/balancer/pool_suite_test.go";
const osmoAsset = (amount: bigint, weight: bigint) => ({ denom: "uosmo", amount, weight });
const atomAsset = (amount: bigint, weight: bigint) => ({ denom: "uatom", amount, weight });
const doesNotExistDenom = "doesnotexist";

interface JoinCase {
  line: number;
  name: string;
  spreadFactor: bigint;
  poolAssets: { denom: string; amount: bigint; weight: bigint }[];
  tokensIn: Coins;
  expectShares?: bigint;
  expectLiq?: Coins;
  expectPanic?: boolean;
  expErr?: boolean;
}

/** osmoassert.Equal with MultiplicativeTolerance 10^-7. */
function withinRatio(expected: bigint, actual: bigint): boolean {
  const diff = expected > actual ? expected - actual : actual - expected;
  return diff * 10_000_000n <= expected;
}

const pool = (c: JoinCase) => newBalancerPool({ id: 1n, assets: c.poolAssets, spreadFactor: c.spreadFactor, exitFee: 0n });

const singleAssetJoinCases: JoinCase[] = [
  { line: 70, name: "single tokensIn - equal weights with zero spread factor", spreadFactor: d("0"), poolAssets: [osmoAsset(10n ** 12n, 100n), atomAsset(10n ** 12n, 100n)], tokensIn: [{ denom: "uosmo", amount: 50000n }], expectShares: 2499999968750n },
  { line: 90, name: "single tokensIn - equal weights with 0.01 spread factor", spreadFactor: d("0.01"), poolAssets: [osmoAsset(10n ** 12n, 100n), atomAsset(10n ** 12n, 100n)], tokensIn: [{ denom: "uosmo", amount: 50000n }], expectShares: 2487500000000n },
  { line: 111, name: "single tokensIn - equal weights with 0.99 spread factor", spreadFactor: d("0.99"), poolAssets: [osmoAsset(10n ** 12n, 100n), atomAsset(10n ** 12n, 100n)], tokensIn: [{ denom: "uosmo", amount: 50000n }], expectShares: 1262500000000n },
  { line: 132, name: "single tokensIn - unequal weights with 0.99 spread factor", spreadFactor: d("0.99"), poolAssets: [osmoAsset(10n ** 12n, 100n), { denom: "uatom", amount: 1000000000000n, weight: 300n }], tokensIn: [{ denom: "uosmo", amount: 50000n }], expectShares: 321875000000n },
  { line: 159, name: "single asset - token in weight is greater than the other token, with zero spread factor", spreadFactor: 0n, poolAssets: [{ denom: "uosmo", amount: 1000000000000n, weight: 500n }, atomAsset(10n ** 12n, 100n)], tokensIn: [{ denom: "uosmo", amount: 50000n }], expectShares: 4166666649306n },
  { line: 185, name: "single asset - token in weight is greater than the other token, with non-zero spread factor", spreadFactor: d("0.01"), poolAssets: [{ denom: "uosmo", amount: 1000000000000n, weight: 500n }, atomAsset(10n ** 12n, 100n)], tokensIn: [{ denom: "uosmo", amount: 50000n }], expectShares: 4159722200000n },
  { line: 211, name: "single asset - token in weight is smaller than the other token, with zero spread factor", spreadFactor: d("0"), poolAssets: [{ denom: "uosmo", amount: 1000000000000n, weight: 200n }, { denom: "uatom", amount: 1000000000000n, weight: 1000n }], tokensIn: [{ denom: "uosmo", amount: 50000n }], expectShares: 833333315972n },
  { line: 240, name: "single asset - token in weight is smaller than the other token, with non-zero spread factor", spreadFactor: d("0.02"), poolAssets: [{ denom: "uosmo", amount: 1000000000000n, weight: 200n }, { denom: "uatom", amount: 1000000000000n, weight: 1000n }], tokensIn: [{ denom: "uosmo", amount: 50000n }], expectShares: 819444430000n },
  { line: 269, name: "single asset - tokenIn is large relative to liquidity, token in weight is smaller than the other token, with zero spread factor", spreadFactor: d("0"), poolAssets: [{ denom: "uosmo", amount: 156736n, weight: 200n }, { denom: "uatom", amount: 1000000000000n, weight: 1000n }], tokensIn: [{ denom: "uosmo", amount: 117552n }], expectShares: 9775731930496140648n },
  { line: 299, name: "single asset - tokenIn is large relative to liquidity, token in weight is smaller than the other token, with non-zero spread factor", spreadFactor: d("0.02"), poolAssets: [{ denom: "uosmo", amount: 156736n, weight: 200n }, { denom: "uatom", amount: 1000000000000n, weight: 1000n }], tokensIn: [{ denom: "uosmo", amount: 117552n }], expectShares: 9644655900000000000n },
  { line: 329, name: "single asset - (almost 1 == tokenIn / liquidity ratio), token in weight is smaller than the other token, with zero spread factor", spreadFactor: d("0"), poolAssets: [{ denom: "uosmo", amount: 500000n, weight: 100n }, { denom: "uatom", amount: 1000000000000n, weight: 1000n }], tokensIn: [{ denom: "uosmo", amount: 499990n }], expectShares: 6504012121638943579n },
  { line: 359, name: "panic (pow iteration limit) single asset - (almost 1 == tokenIn / liquidity ratio), token in weight is smaller than the other token, with zero spread factor", spreadFactor: d("0"), poolAssets: [{ denom: "uosmo", amount: 500000n, weight: 100n }, { denom: "uatom", amount: 1000000000000n, weight: 1000n }], tokensIn: [{ denom: "uosmo", amount: 499999n }], expectPanic: true },
  { line: 391, name: "single asset - (exactly 1 == tokenIn / liquidity ratio - failure), token in weight is smaller than the other token, with zero spread factor", spreadFactor: d("0"), poolAssets: [{ denom: "uosmo", amount: 500000n, weight: 100n }, { denom: "uatom", amount: 1000000000000n, weight: 1000n }], tokensIn: [{ denom: "uosmo", amount: 500000n }], expectShares: 6504099261800144638n, expectPanic: true },
  { line: 413, name: "tokenIn asset does not exist in pool", spreadFactor: d("0"), poolAssets: [osmoAsset(10n ** 12n, 100n), atomAsset(10n ** 12n, 100n)], tokensIn: [{ denom: doesNotExistDenom, amount: 50000n }], expectShares: 0n, expErr: true },
  { line: 421, name: "minimum input single asset equal liquidity", spreadFactor: d("0"), poolAssets: [{ denom: "uosmo", amount: 1000000000000n, weight: 100n }, { denom: "uatom", amount: 1000000000000n, weight: 100n }], tokensIn: [{ denom: "uosmo", amount: 1n }], expectShares: 50000000n },
  { line: 441, name: "minimum input single asset imbalanced liquidity", spreadFactor: d("0"), poolAssets: [{ denom: "uosmo", amount: 10000000000000n, weight: 100n }, { denom: "uatom", amount: 1000000000000n, weight: 100n }], tokensIn: [{ denom: "uosmo", amount: 1n }], expectShares: 5000000n },
];
const multiAssetExactInputCases: JoinCase[] = [
  { line: 464, name: "swap equal weights with zero spread factor", spreadFactor: d("0"), poolAssets: [osmoAsset(10n ** 12n, 100n), atomAsset(10n ** 12n, 100n)], tokensIn: [{ denom: "uosmo", amount: 25000n }, { denom: "uatom", amount: 25000n }], expectShares: 2500000000000n, expectLiq: [{ denom: "uosmo", amount: 25000n }, { denom: "uatom", amount: 25000n }] },
  { line: 481, name: "swap equal weights with 0.001 spread factor", spreadFactor: d("0.001"), poolAssets: [osmoAsset(10n ** 12n, 100n), atomAsset(10n ** 12n, 100n)], tokensIn: [{ denom: "uosmo", amount: 25000n }, { denom: "uatom", amount: 25000n }], expectShares: 2500000000000n, expectLiq: [{ denom: "uosmo", amount: 25000n }, { denom: "uatom", amount: 25000n }] },
  { line: 495, name: "minimum input with two assets and minimum liquidity", spreadFactor: d("0"), poolAssets: [{ denom: "uosmo", amount: 1n, weight: 100n }, { denom: "uatom", amount: 1n, weight: 100n }], tokensIn: [{ denom: "uosmo", amount: 1n }, { denom: "uatom", amount: 1n }], expectShares: 100000000000000000000n, expectLiq: [{ denom: "uosmo", amount: 1n }, { denom: "uatom", amount: 1n }] },
  { line: 521, name: "minimum input two assets equal liquidity", spreadFactor: d("0"), poolAssets: [{ denom: "uosmo", amount: 1000000000000n, weight: 100n }, { denom: "uatom", amount: 1000000000000n, weight: 100n }], tokensIn: [{ denom: "uosmo", amount: 1n }, { denom: "uatom", amount: 1n }], expectShares: 100000000n, expectLiq: [{ denom: "uosmo", amount: 1n }, { denom: "uatom", amount: 1n }] },
];
const multiAssetUnevenInputCases: JoinCase[] = [
  { line: 549, name: "Multi-tokens In: unequal amounts, equal weights with 0 spread factor", spreadFactor: 0n, poolAssets: [osmoAsset(10n ** 12n, 100n), atomAsset(10n ** 12n, 100n)], tokensIn: [{ denom: "uosmo", amount: 25000n }, { denom: "uatom", amount: 50000n }], expectShares: 3749999992187n },
  { line: 577, name: "Multi-tokens In: unequal amounts, equal weights with 0.01 spread factor", spreadFactor: d("0.01"), poolAssets: [osmoAsset(10n ** 12n, 100n), atomAsset(10n ** 12n, 100n)], tokensIn: [{ denom: "uosmo", amount: 25000n }, { denom: "uatom", amount: 50000n }], expectShares: 3743750000000n },
  { line: 604, name: "Multi-tokens In: unequal amounts, with unequal weights with 0.03 spread factor", spreadFactor: d("0.03"), poolAssets: [{ denom: "uosmo", amount: 2000000000000n, weight: 500n }, atomAsset(10n ** 12n, 100n)], tokensIn: [{ denom: "uosmo", amount: 25000n }, { denom: "uatom", amount: 50000n }], expectShares: 1859374990000n },
];

describe(`calcSingleAssetJoin (${SUITE}:69, run as pool_test.go TestCalcSingleAssetJoin :137)`, () => {
  it.each(singleAssetJoinCases)("$line $name", (c) => {
    const p = pool(c);
    const tokenIn = c.tokensIn[0];
    const run = () => calcSingleAssetJoin(p, tokenIn, c.spreadFactor, asset(p, c.expErr ? p.assets[0].denom : tokenIn.denom), p.totalShares);
    if (c.expectPanic || c.expErr) {
      expect(run).toThrow();
      return;
    }
    expect(withinRatio(c.expectShares!, run())).toBe(true);
  });
});

describe(`CalcJoinPoolShares (${SUITE}:866 over :463, :548, :69)`, () => {
  it.each([...multiAssetExactInputCases, ...multiAssetUnevenInputCases, ...singleAssetJoinCases])("$line $name", (c) => {
    const p = pool(c);
    const run = () => calcJoinPoolShares(p, c.tokensIn, c.spreadFactor);
    if (c.expectPanic || c.expErr) {
      expect(run).toThrow();
      return;
    }
    const r = run();
    expect(withinRatio(c.expectShares!, r.numShares)).toBe(true);
    expect(r.tokensJoined).toEqual([...c.tokensIn].sort((x, y) => (x.denom < y.denom ? -1 : 1)));
  });
});

describe("calcJoinSingleAssetTokensIn (x/gamm/pool-models/balancer/pool_test.go:180)", () => {
  const even = [osmoAsset(10n ** 12n, 100n), atomAsset(10n ** 12n, 100n)];
  const cases: [number, string, bigint, typeof even, Coins, bigint][] = [
    [190, "one token in - equal weights with zero spread factor", 0n, even, [{ denom: "uosmo", amount: 50_000n }], 2_499_999_968_750n],
    [210, "two tokens in - equal weights with zero spread factor", 0n, even, [{ denom: "uosmo", amount: 50_000n }, { denom: "uatom", amount: 50_000n }], 2_499_999_968_750n * 2n],
    [230, "one token in - equal weights with spread factor of 0.01", d("0.01"), even, [{ denom: "uosmo", amount: 50_000n }], 2_487_500_000_000n],
    [252, "two tokens in - equal weights with spread factor of 0.01", d("0.01"), even, [{ denom: "uosmo", amount: 50_000n }, { denom: "uatom", amount: 50_000n }], 2_487_500_000_000n * 2n],
    [274, "two varying tokens in, varying weights, with spread factor of 0.03", d("0.03"), [osmoAsset(2_000_000_000n, 500n), atomAsset(10n ** 12n, 100n)], [{ denom: "uosmo", amount: 50_000n }, { denom: "uatom", amount: 100_000n }], 2_072_912_400_000_000n + 1_624_999_900_000n],
  ];
  it.each(cases)("line %i %s", (_l, _n, sf, assets, tokensIn, expected) => {
    const p = newBalancerPool({ id: 1n, assets, spreadFactor: sf, exitFee: 0n });
    const r = calcJoinSingleAssetTokensIn(p, tokensIn, p.totalShares, sf);
    expect(withinRatio(expected, r.numShares)).toBe(true);
  });
  it("no tokens in gives zero shares (line 326) and an unknown denom is refused (line 333)", () => {
    const p = newBalancerPool({ id: 1n, assets: even, spreadFactor: 0n, exitFee: 0n });
    expect(calcJoinSingleAssetTokensIn(p, [], p.totalShares, 0n).numShares).toBe(0n);
    expect(() => calcJoinSingleAssetTokensIn(p, [{ denom: "uosmo", amount: 50_000n }, { denom: doesNotExistDenom, amount: 50_000n }], p.totalShares, 0n)).toThrow(
      "denom does not exist in pool",
    );
  });
});

describe("CalcJoinPoolNoSwapShares (x/gamm/pool-models/balancer/pool_test.go:1220) — exact", () => {
  const two = [
    { denom: "foo", amount: 100n, weight: 5n },
    { denom: "bar", amount: 100n, weight: 5n },
  ];
  const three = [...two, { denom: "baz", amount: 100n, weight: 5n }];
  const c = (pairs: [string, bigint][]) => pairs.map(([denom, amount]) => ({ denom, amount }));
  it.each([
    [1240, "two asset pool, same tokenIn ratio", two, c([["foo", 10n], ["bar", 10n]]), c([["bar", 10n], ["foo", 10n]])],
    [1248, "two asset pool, different tokenIn ratio with pool", two, c([["foo", 10n], ["bar", 11n]]), c([["bar", 10n], ["foo", 10n]])],
    [1256, "three asset pool, same tokenIn ratio", three, c([["foo", 10n], ["bar", 10n], ["baz", 10n]]), c([["bar", 10n], ["baz", 10n], ["foo", 10n]])],
    [1264, "three asset pool, different tokenIn ratio with pool", three, c([["foo", 10n], ["bar", 10n], ["baz", 11n]]), c([["bar", 10n], ["baz", 10n], ["foo", 10n]])],
  ] as const)("line %i %s", (_l, _n, assets, tokensIn, joined) => {
    const p = newBalancerPool({ id: 1n, assets: [...assets], spreadFactor: 0n, exitFee: 0n });
    const r = calcJoinPoolNoSwapShares(p, [...tokensIn]);
    expect(r.numShares).toBe(10_000_000_000_000_000_000n);
    expect(r.tokensJoined).toEqual(joined);
  });
  it.each([
    [1272, "one asset", two, c([["foo", 10n]])],
    [1280, "one valid and one invalid asset", two, c([["foo", 10n], ["baz", 10n]])],
    [1288, "two invalid assets", two, c([["baz", 10n], ["qux", 10n]])],
    [1296, "three asset pool with an invalid asset", three, c([["foo", 10n], ["bar", 10n], ["qux", 10n]])],
  ] as const)("line %i refuses: %s", (_l, _n, assets, tokensIn) => {
    const p = newBalancerPool({ id: 1n, assets: [...assets], spreadFactor: 0n, exitFee: 0n });
    expect(() => calcJoinPoolNoSwapShares(p, [...tokensIn])).toThrow();
  });
});

describe(`CalculateSpotPrice (${SUITE}:666) — exact, 8 significant figures`, () => {
  it.each([
    [677, "equal value", 100n, 100n, "1"],
    [684, "1:2 ratio", 100n, 200n, "0.5"],
    [691, "2:1 ratio", 200n, 100n, "2"],
    [698, "rounding after sigfig ratio", 220n, 115n, "1.91304348"],
    [705, "check number of sig figs", 100n, 300n, "0.33333333"],
    [712, "check number of sig figs high sizes", 343569192534n, 186633424395479094888742n, "0.000000000001840877"],
  ])("line %i %s", (_l, _n, base, quote, expected) => {
    // PrepareBalancerPoolWithCoins: equal weights; CalculateSpotPrice(uosmo as quote, uion as base).
    const p = newBalancerPool({ id: 1n, assets: [osmoAsset(base, 1n), { denom: "uion", amount: quote, weight: 1n }], spreadFactor: 0n, exitFee: 0n });
    expect(calculateSpotPrice(p, "uosmo", "uion")).toBe(b(expected));
  });
});

describe("CalcExitPool (x/gamm/pool-models/internal/cfmm_common/lp_test.go:31)", () => {
  const three = [
    { denom: "foo", amount: 2_000_000_000n, weight: 5n },
    { denom: "bar", amount: 3_000_000_000n, weight: 5n },
    { denom: "baz", amount: 4_000_000_000n, weight: 5n },
  ];
  const twoEqual = [
    { denom: "foo", amount: 1_000_000_000n, weight: 1n },
    { denom: "bar", amount: 1_000_000_000n, weight: 1n },
  ];
  /** The test's expectation (:137): ((1 − exitFee)·shares / totalShares)·liquidity, truncated. */
  const expected = (assets: typeof three, exitFee: bigint, shares: bigint, total: bigint) => {
    const ratio = decQuoIntTrunc((DEC_ONE - exitFee) * shares, total);
    return [...assets].sort((x, y) => (x.denom < y.denom ? -1 : 1)).map((a) => ({ denom: a.denom, amount: decTruncateInt(ratio * a.amount) }));
  };
  it.each([
    [102, "two-asset pool, valid exiting shares", twoEqual, 0n, "half"],
    [108, "three-asset pool, valid exiting shares", three, 0n, 3_000_000_000_000n],
    [114, "two-asset pool with exit fee, valid exiting shares", twoEqual, d("0.0001"), "half"],
    [120, "three-asset pool with exit fee, valid exiting shares", three, d("0.0002"), 7_000_000_000_000n],
  ] as const)("line %i %s", (_l, _n, assets, exitFee, sharesIn) => {
    const p = newBalancerPool({ id: 1n, assets: [...assets], spreadFactor: 0n, exitFee });
    const shares = sharesIn === "half" ? p.totalShares / 2n : sharesIn;
    expect(calcExitPool(p, shares)).toEqual(expected([...assets], exitFee, shares, p.totalShares));
  });
  it.each([
    [90, "two-asset pool", twoEqual],
    [96, "three-asset pool", three],
  ] as const)("line %i %s: exiting more than the total is refused", (_l, _n, assets) => {
    const p = newBalancerPool({ id: 1n, assets: [...assets], spreadFactor: 0n, exitFee: 0n });
    expect(() => calcExitPool(p, p.totalShares + 1n)).toThrow(
      `cannot exit all shares in a pool. Attempted to exit ${p.totalShares + 1n} shares, max allowed is ${p.totalShares - 1n}: calculated amount is larger than max amount`,
    );
  });
});

describe("MaximalExactRatioJoin (x/gamm/pool-models/internal/cfmm_common/lp_test.go:144)", () => {
  it("same ratio uses everything; a different ratio returns the excess (1 bar)", () => {
    const p = newBalancerPool({ id: 1n, assets: [{ denom: "foo", amount: 100n, weight: 5n }, { denom: "bar", amount: 100n, weight: 5n }], spreadFactor: 0n, exitFee: 0n });
    expect(maximalExactRatioJoin(p, [{ denom: "bar", amount: 10n }, { denom: "foo", amount: 10n }])).toEqual({ numShares: 10n ** 19n, remaining: [] });
    expect(maximalExactRatioJoin(p, [{ denom: "bar", amount: 11n }, { denom: "foo", amount: 10n }])).toEqual({ numShares: 10n ** 19n, remaining: [{ denom: "bar", amount: 1n }] });
  });
  it("dec helper sanity", () => expect(dec(1)).toBe(DEC_ONE));
});
