/**
 * Balancer swaps and spot price (x/gamm/pool-models/balancer amm.go, pool.go; keeper swap.go,
 * pool_service.go) on LegacyDec with the chain's roundings: Mul half-even, Quo double-rounding,
 * osmomath Pow. Amounts out are truncated and amounts in rounded up, so the pool never loses.
 */
import { DEC_ONE, dec, decCeilInt, decMulHalfEven, decQuoChain, decTruncateInt, type Dec } from "../osmomath/legacy-dec";
import { bigDecFromDec, bigDecToDec, type BigDec } from "../osmomath/big-dec";
import { pow } from "../osmomath/pow";
import { sigFigRound } from "../osmomath/sigfig-round";
import { GammError, gammErrors } from "./balancer-errors";
import { asset, type BalancerPool } from "./balancer-pool";

/**
 * solveConstantFunctionInvariant: how much of the unknown token keeps Π b_i^w_i constant when
 * the fixed token's balance goes from `before` to `after`:
 *   (1 − (before/after)^(w_fixed/w_unknown)) · unknownBefore.
 * Positive = the pool pays out; callers negate for amounts the pool receives.
 */
export function solveConstantFunctionInvariant(
  tokenBalanceFixedBefore: Dec,
  tokenBalanceFixedAfter: Dec,
  tokenWeightFixed: Dec,
  tokenBalanceUnknownBefore: Dec,
  tokenWeightUnknown: Dec,
): Dec {
  const weightRatio = decQuoChain(tokenWeightFixed, tokenWeightUnknown);
  const y = decQuoChain(tokenBalanceFixedBefore, tokenBalanceFixedAfter);
  const yToWeightRatio = pow(y, weightRatio);
  return decMulHalfEven(DEC_ONE - yToWeightRatio, tokenBalanceUnknownBefore);
}

/**
 * CalcOutAmtGivenIn: the input less the spread factor (half-even Mul) joins the pool; the
 * output is truncated. A non-positive output is ErrInvalidMathApprox.
 */
export function calcOutAmtGivenIn(p: BalancerPool, tokenIn: { denom: string; amount: bigint }, tokenOutDenom: string, spreadFactor: Dec = p.spreadFactor): bigint {
  const inA = asset(p, tokenIn.denom);
  const outA = asset(p, tokenOutDenom);
  const afterFee = decMulHalfEven(dec(tokenIn.amount), DEC_ONE - spreadFactor);
  const balanceIn = dec(inA.amount);
  const out = solveConstantFunctionInvariant(balanceIn, afterFee + balanceIn, dec(inA.weight), dec(outA.amount), dec(outA.weight));
  const outInt = decTruncateInt(out);
  if (outInt <= 0n) throw gammErrors.invalidMathApprox("token amount must be positive");
  return outInt;
}

/**
 * CalcInAmtGivenOut: the input the invariant needs (negated solve), grossed up by the spread
 * factor with the chain's Quo, then rounded UP to an integer.
 */
export function calcInAmtGivenOut(p: BalancerPool, tokenOut: { denom: string; amount: bigint }, tokenInDenom: string, spreadFactor: Dec = p.spreadFactor): bigint {
  const outA = asset(p, tokenOut.denom);
  const inA = asset(p, tokenInDenom);
  const balanceOut = dec(outA.amount);
  const tokenAmountIn = -solveConstantFunctionInvariant(balanceOut, balanceOut - dec(tokenOut.amount), dec(outA.weight), dec(inA.amount), dec(inA.weight));
  const beforeFee = decQuoChain(tokenAmountIn, DEC_ONE - spreadFactor);
  const inInt = decCeilInt(beforeFee);
  if (inInt <= 0n) throw gammErrors.invalidMathApprox("token amount must be positive");
  return inInt;
}

/** applySwap: new balances (the chain refuses a swap that would empty an asset via bank). */
export function applyBalancerSwap(p: BalancerPool, tokenIn: { denom: string; amount: bigint }, tokenOut: { denom: string; amount: bigint }): BalancerPool {
  const assets = p.assets.map((a) => {
    if (a.denom === tokenIn.denom) return { ...a, amount: a.amount + tokenIn.amount };
    if (a.denom === tokenOut.denom) return { ...a, amount: a.amount - tokenOut.amount };
    return { ...a };
  });
  if (assets.some((a) => a.amount <= 0n)) throw gammErrors.tooManyTokensOut(`can't remove more tokens than exist in the pool`);
  return { ...p, assets };
}

/**
 * Keeper SwapExactAmountIn for a balancer pool: "… token is lesser than min amount" when the
 * output is below the minimum.
 */
export function balancerSwapExactAmountIn(p: BalancerPool, tokenIn: { denom: string; amount: bigint }, tokenOutDenom: string, tokenOutMinAmount: bigint, spreadFactor: Dec = p.spreadFactor): { pool: BalancerPool; tokenOutAmount: bigint } {
  if (tokenIn.denom === tokenOutDenom) throw new GammError(0, "cannot trade the same denomination in and out");
  const out = calcOutAmtGivenIn(p, tokenIn, tokenOutDenom, spreadFactor);
  if (out < tokenOutMinAmount) throw gammErrors.limitMinAmount(`${tokenOutDenom} token is lesser than min amount`);
  return { pool: applyBalancerSwap(p, tokenIn, { denom: tokenOutDenom, amount: out }), tokenOutAmount: out };
}

/** Keeper SwapExactAmountOut: "Swap requires Xdenom, which is greater than the amount Y". */
export function balancerSwapExactAmountOut(p: BalancerPool, tokenInDenom: string, tokenInMaxAmount: bigint, tokenOut: { denom: string; amount: bigint }, spreadFactor: Dec = p.spreadFactor): { pool: BalancerPool; tokenInAmount: bigint } {
  if (tokenInDenom === tokenOut.denom) throw new GammError(0, "cannot trade the same denomination in and out");
  const outA = asset(p, tokenOut.denom);
  if (tokenOut.amount >= outA.amount) throw gammErrors.tooManyTokensOut(`can't get more tokens out than there are tokens in the pool`);
  const amountIn = calcInAmtGivenOut(p, tokenOut, tokenInDenom, spreadFactor);
  if (amountIn > tokenInMaxAmount) throw gammErrors.limitMaxAmount(`Swap requires ${amountIn}${tokenInDenom}, which is greater than the amount ${tokenInMaxAmount}`);
  return { pool: applyBalancerSwap(p, { denom: tokenInDenom, amount: amountIn }, tokenOut), tokenInAmount: amountIn };
}

/**
 * SpotPrice(quote, base): (quoteBalance / baseBalance) · (baseWeight / quoteWeight), both Quo
 * double-rounded and the product half-even, widened to a BigDec.
 */
export function balancerSpotPrice(p: BalancerPool, quoteDenom: string, baseDenom: string): BigDec {
  const quote = asset(p, quoteDenom);
  const base = asset(p, baseDenom);
  if (base.weight === 0n || quote.weight === 0n) throw new GammError(0, "pool is misconfigured, got 0 weight");
  const invWeightRatio = decQuoChain(dec(base.weight), dec(quote.weight));
  const supplyRatio = decQuoChain(dec(quote.amount), dec(base.amount));
  return bigDecFromDec(decMulHalfEven(supplyRatio, invWeightRatio));
}

/** gamm types.MaxSpotPrice = 2^128 − 1 (as a Dec). */
export const GAMM_MAX_SPOT_PRICE: Dec = (2n ** 128n - 1n) * DEC_ONE;

/**
 * Keeper CalculateSpotPrice: the pool's spot price chopped to 18 digits, bounded by 2^128 − 1,
 * and rounded to 8 significant figures (SigFigRound) — what the SpotPrice query answers.
 */
export function calculateSpotPrice(p: BalancerPool, quoteDenom: string, baseDenom: string): BigDec {
  const price = bigDecToDec(balancerSpotPrice(p, quoteDenom, baseDenom));
  if (price > GAMM_MAX_SPOT_PRICE) throw new GammError(32, "invalid spot price (overflowed)");
  if (price <= 0n) throw new GammError(33, "internal spot price error");
  return bigDecFromDec(sigFigRound(price, 10n ** 8n));
}

