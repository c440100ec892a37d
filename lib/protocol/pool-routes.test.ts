import { describe, expect, it } from "vitest";
import { parseDec } from "../amount/decimal";
import {
  compareStakeRoutes,
  compareUnstakeRoutes,
  explainSwap,
  guardMinOut,
  guardVerdict,
  isMinOutRefusal,
  lossVsRate,
  minOutForSlippage,
  percent,
  type PoolSwapQuote,
} from "./pool-routes";

// Hand-worked numbers: a redemption rate of 1.2 TIA per milkTIA, a pool quoting 1.18 (a
// discount), spread factor 0.05% (pool #1475's) and a 0.1% taker fee.
const R = parseDec("1.2");
const buyQuote: PoolSwapQuote = {
  poolId: 1475n,
  amountIn: 1_200_000n,
  amountOut: 1_010_000n,
  spotPrice: parseDec("1.18"),
  spreadFactor: parseDec("0.0005"),
  takerFee: parseDec("0.001"),
};
const inputs = { amountIn: 1_200_000n, rate: R, slippageBps: 50n, toleranceBps: 50n, lstSymbol: "milkTIA" };

describe("explainSwap", () => {
  it("fees are (spread + taker) of the input, rounded up; impact is against the fee-free spot output", () => {
    const e = explainSwap(buyQuote, "buy-lst");
    expect(e.fee).toBe(1_800n); // 1,200,000 × 0.0015
    // ideal = floor(1,198,200 / 1.18) = 1,015,423; impact = 1 − 1,010,000/1,015,423 (ratio floored).
    expect(e.priceImpact).toBe(5_340_631_441_281_122n);
    const odd = explainSwap({ ...buyQuote, amountIn: 1_001n }, "buy-lst");
    expect(odd.fee).toBe(2n); // 1.5015 rounds up
  });
  it("selling values the input at the spot price", () => {
    const e = explainSwap({ ...buyQuote, amountIn: 1_000_000n, amountOut: 1_170_000n, spotPrice: parseDec("1.19") }, "sell-lst");
    expect(e.fee).toBe(1_500n);
    // ideal = floor(998,500 × 1.19) = 1,188,215
    expect(e.priceImpact).toBe(15_329_717_264_973_090n);
  });
});

describe("minimum out and the guard", () => {
  it("slippage floors what the user is promised", () => {
    expect(minOutForSlippage(1_010_000n, 50n)).toBe(1_004_950n);
    expect(minOutForSlippage(999n, 50n)).toBe(994n); // 994.005 → 994
    expect(() => minOutForSlippage(1n, 10_000n)).toThrow(RangeError);
    expect(() => minOutForSlippage(1n, -1n)).toThrow(RangeError);
  });
  it("the guard's line is rounded up, so the chain refuses anything past it", () => {
    expect(guardMinOut("sell-lst", 1_000_000n, R, 100n)).toBe(1_188_000n); // 1,200,000 × 0.99
    expect(guardMinOut("sell-lst", 3n, parseDec("1"), 1n)).toBe(3n); // 2.9997 → 3
    expect(guardMinOut("buy-lst", 1_200_000n, R, 50n)).toBe(995_000n); // 1,200,000 × 0.995 / 1.2
    expect(guardMinOut("buy-lst", 1n, parseDec("3"), 1n)).toBe(1n); // 0.3333 → 1
    expect(() => guardMinOut("buy-lst", 1n, 0n, 1n)).toThrow(/rate/);
  });
  it("loss vs the rate: negative is a discount the user gains, positive a loss", () => {
    expect(lossVsRate("buy-lst", 1_200_000n, 1_010_000n, R)).toBe(parseDec("-0.01")); // gets 1,212,000 worth
    expect(lossVsRate("sell-lst", 1_000_000n, 1_170_000n, R)).toBe(parseDec("0.025")); // 1,200,000 worth → 1,170,000
    expect(lossVsRate("sell-lst", 0n, 0n, R)).toBe(0n);
  });
  it("refuses a loss past the tolerance and says by how much", () => {
    expect(guardVerdict(parseDec("0.005"), 50n, "milkTIA")).toEqual({ ok: true });
    const v = guardVerdict(parseDec("0.025"), 100n, "milkTIA");
    expect(v.ok).toBe(false);
    expect(!v.ok && v.message).toMatch(/2\.50% less than milkTIA's redemption rate; your limit is 1\.00%/);
  });
  it("percent rounds losses up", () => {
    expect(percent(parseDec("0.000001"))).toBe("0.01%");
    expect(percent(parseDec("-0.01"))).toBe("-1.00%");
    expect(percent(parseDec("0.123456"), "floor")).toBe("12.34%");
  });
});

describe("compareStakeRoutes", () => {
  it("picks the pool when it gives more milkTIA, with the stricter of slippage and guard as the chain's minimum", () => {
    const r = compareStakeRoutes(inputs, { out: 1_000_000n }, buyQuote);
    expect(r.best).toBe("pool");
    expect(r.advantage).toBe(10_000n);
    expect(r.pool!.minOut).toBe(1_004_950n); // slippage floor 1,004,950 > guard line 995,000
    expect(r.pool!.guard.ok).toBe(true);
  });
  it("picks minting when the pool is dearer, and minting wins ties", () => {
    expect(compareStakeRoutes(inputs, { out: 1_000_000n }, { ...buyQuote, amountOut: 990_000n }).best).toBe("mint");
    expect(compareStakeRoutes(inputs, { out: 1_000_000n }, { ...buyQuote, amountOut: 1_000_000n }).best).toBe("mint");
  });
  it("never offers a pool route the guard refuses, even when minting is impossible", () => {
    // 900,000 milkTIA × 1.2 = 1,080,000 for 1,200,000 paid: a 10% loss against a 0.5% limit.
    const r = compareStakeRoutes(inputs, { out: null, reason: "stopped" }, { ...buyQuote, amountOut: 900_000n });
    expect(r.pool!.guard.ok).toBe(false);
    expect(r.best).toBeNull();
    expect(r.pool!.minOut).toBe(995_000n); // the guard's line, above the quote: the chain would refuse
  });
  it("ignores a quote for a different amount (a stale answer while the user types)", () => {
    const r = compareStakeRoutes(inputs, { out: 1_000_000n }, { ...buyQuote, amountIn: 1_100_000n });
    expect(r.pool).toBeNull();
    expect(r.best).toBe("mint");
  });
});

describe("compareUnstakeRoutes", () => {
  const sellQuote: PoolSwapQuote = { ...buyQuote, amountIn: 1_000_000n, amountOut: 1_194_000n, spotPrice: parseDec("1.197") };
  const sellInputs = { ...inputs, amountIn: 1_000_000n, toleranceBps: 100n };
  it("states the discount to the rate and what selling now costs against waiting", () => {
    const r = compareUnstakeRoutes(sellInputs, { out: 1_200_000n, claimAtMs: 1_000 }, sellQuote);
    expect(r.sell!.loss).toBe(parseDec("0.005"));
    expect(r.sell!.guard.ok).toBe(true);
    expect(r.costOfNow).toBe(6_000n);
    // slippage floor 1,188,030 > guard line 1,188,000
    expect(r.sell!.minOut).toBe(1_188_030n);
  });
  it("the guard refuses a bad quote", () => {
    const r = compareUnstakeRoutes(sellInputs, { out: 1_200_000n, claimAtMs: null }, { ...sellQuote, amountOut: 1_150_000n });
    expect(r.sell!.guard.ok).toBe(false);
  });
  it("in wind-down the queue cannot run but selling still can", () => {
    const r = compareUnstakeRoutes(sellInputs, { out: null, reason: "The contract is stopped." }, sellQuote);
    expect(r.costOfNow).toBeNull();
    expect(r.sell!.amountOut).toBe(1_194_000n);
  });
});

describe("isMinOutRefusal", () => {
  it("recognises Osmosis's words for a missed token_out_min_amount (CL and balancer)", () => {
    // x/concentrated-liquidity/types/errors.go AmountLessThanMinError; x/gamm/types/errors.go ErrLimitMinAmount.
    expect(isMinOutRefusal("failed to execute message; message index: 0: token amount calculated (1150000) is lesser than min amount (1188000)")).toBe(true);
    expect(isMinOutRefusal("uosmo token is lesser than min amount: calculated amount is lesser than min amount")).toBe(true);
    expect(isMinOutRefusal("insufficient funds")).toBe(false);
  });
});
