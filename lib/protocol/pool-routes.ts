/**
 * Two ways in and two ways out of an LST, compared in exact base units:
 *   in:  mint through the staking contract  vs  buy on an Osmosis pool;
 *   out: wait for the unstake queue         vs  sell now on the pool.
 *
 * The pool's own answer (EstimateSwapExactAmountIn, fees already taken) is an input here; this
 * module only compares, bounds and explains it. The redemption rate R (native per LST, the
 * contract's N/L) is the fair value both directions are measured against.
 *
 * Rounding, stated once: what the user receives is rounded DOWN (minimum outs, values at the
 * rate); what the user gives up is rounded UP (fees, guard minimums, losses). A ratio shown as
 * a percentage is rounded so it never flatters the pool route.
 */
import { displayPercent } from "../amount/display";
import { DEC_SCALE, decFromRatio, mulIntByDec, type Dec } from "../amount/decimal";
import { divRound } from "../amount/rounding";

export const BPS = 10_000n;

/** What the pool answered for an exact-in swap, plus the pool facts needed to explain it. */
export interface PoolSwapQuote {
  poolId: bigint;
  amountIn: bigint;
  /** EstimateSwapExactAmountIn's token_out_amount (spread factor and taker fee already taken). */
  amountOut: bigint;
  /** The pool's spot price before the swap, as "quote per base" with base = the LST (native per LST). */
  spotPrice: Dec;
  /** The pool's spread factor and the chain's taker fee, both fractions (0.0005 = 0.05%). */
  spreadFactor: Dec;
  takerFee: Dec;
}

export interface SwapExplained {
  amountOut: bigint;
  /** Fees charged on the input, in input units, rounded up: amountIn × (spread + taker). */
  fee: bigint;
  /**
   * How much the swap's size moved the price against the user, as a fraction: 1 − out / ideal,
   * where ideal is (amountIn − fee) at the spot price. Rounded up; 0 or more in practice (a
   * negative figure would mean the pool paid better than its own spot, shown as such).
   */
  priceImpact: Dec;
}

/** Ideal output of `net` input at the spot price (native per LST), rounded down. */
function idealOut(net: bigint, spot: Dec, direction: "buy-lst" | "sell-lst"): bigint {
  if (spot <= 0n) return 0n;
  return direction === "sell-lst" ? mulIntByDec(net, spot, "floor") : (net * DEC_SCALE) / spot;
}

export function explainSwap(q: PoolSwapQuote, direction: "buy-lst" | "sell-lst"): SwapExplained {
  const fee = mulIntByDec(q.amountIn, q.spreadFactor + q.takerFee, "ceil");
  const ideal = idealOut(q.amountIn - fee, q.spotPrice, direction);
  const priceImpact = ideal > 0n ? DEC_SCALE - decFromRatio(q.amountOut, ideal, "floor") : 0n;
  return { amountOut: q.amountOut, fee, priceImpact };
}

/** The minimum out for a slippage tolerance in basis points, rounded down. */
export function minOutForSlippage(amountOut: bigint, slippageBps: bigint): bigint {
  if (slippageBps < 0n || slippageBps >= BPS) throw new RangeError("slippage must be from 0 to 9,999 basis points");
  return (amountOut * (BPS - slippageBps)) / BPS;
}

/**
 * Loss against the redemption rate, as a fraction (positive = worse than the rate, negative =
 * better, i.e. a discount the user gains). Buying: pay `given` native, get `got` LST worth
 * got × R. Selling: give `given` LST worth given × R, get `got` native. Rounded up.
 */
export function lossVsRate(direction: "buy-lst" | "sell-lst", given: bigint, got: bigint, rate: Dec): Dec {
  const [valueGiven, valueGot] =
    direction === "buy-lst" ? [given * DEC_SCALE, got * rate] : [given * rate, got * DEC_SCALE];
  if (valueGiven === 0n) return 0n;
  // (valueGiven − valueGot) / valueGiven as a Dec, rounded up (never understates a loss).
  return divRound((valueGiven - valueGot) * DEC_SCALE, valueGiven, "ceil");
}

/**
 * The smallest output a swap may pay without being worse than the rate by more than the
 * tolerance, rounded up (so the chain refuses anything past the line):
 *   buy:  out × R ≥ given × (1 − tol)   →  ceil(given × (1 − tol) / R)
 *   sell: out ≥ given × R × (1 − tol)   →  ceil(given × R × (1 − tol))
 */
export function guardMinOut(direction: "buy-lst" | "sell-lst", given: bigint, rate: Dec, toleranceBps: bigint): bigint {
  if (toleranceBps < 0n || toleranceBps >= BPS) throw new RangeError("tolerance must be from 0 to 9,999 basis points");
  if (rate <= 0n) throw new RangeError("the redemption rate must be positive");
  const keep = BPS - toleranceBps;
  return direction === "buy-lst"
    ? divRound(given * keep * DEC_SCALE, BPS * rate, "ceil")
    : divRound(given * rate * keep, BPS * DEC_SCALE, "ceil");
}

export type GuardVerdict = { ok: true } | { ok: false; message: string };

/** Refuses a pool route worse than the rate by more than the tolerance, saying by how much. */
export function guardVerdict(loss: Dec, toleranceBps: bigint, lstSymbol: string): GuardVerdict {
  const tol = (toleranceBps * DEC_SCALE) / BPS;
  if (loss <= tol) return { ok: true };
  return {
    ok: false,
    message: `The pool pays ${percent(loss)} less than ${lstSymbol}'s redemption rate; your limit is ${percent(tol)}. Wait for the pool price to recover, trade less, or raise your limit.`,
  };
}

/** A fraction as a percentage with 2 decimals, rounded up (losses and impacts): the display module's rule. */
export function percent(fraction: Dec, rounding: "ceil" | "floor" = "ceil"): string {
  return displayPercent(fraction, 2, rounding).text;
}

// ---------------------------------------------------------------------------------------------
// Stake: mint vs buy.

export interface StakeRoutes {
  amountIn: bigint;
  /** The contract's mint for this amount; null when minting is not possible (stopped, below minimum). */
  mint: { out: bigint } | { out: null; reason: string };
  /** null while there is no pool quote (no pool configured, loading, quote failed). */
  pool: (SwapExplained & { poolId: bigint; minOut: bigint; loss: Dec; guard: GuardVerdict }) | null;
  /** The route that gives more LST among the ones that can run; ties go to minting (no slippage, no pool fee). */
  best: "mint" | "pool" | null;
  /** How much more LST the better route gives than the other, when both can run. */
  advantage: bigint | null;
}

export interface RouteInputs {
  amountIn: bigint;
  rate: Dec;
  slippageBps: bigint;
  toleranceBps: bigint;
  lstSymbol: string;
}

export function compareStakeRoutes(
  inputs: RouteInputs,
  mint: { out: bigint } | { out: null; reason: string },
  quote: PoolSwapQuote | null,
): StakeRoutes {
  const pool = quote && quote.amountIn === inputs.amountIn ? poolLeg("buy-lst", inputs, quote) : null;
  const mintOut = mint.out;
  const poolOk = pool !== null && pool.guard.ok && pool.amountOut > 0n;
  let best: StakeRoutes["best"] = null;
  let advantage: bigint | null = null;
  if (mintOut !== null && mintOut > 0n && poolOk) {
    best = pool!.amountOut > mintOut ? "pool" : "mint";
    advantage = best === "pool" ? pool!.amountOut - mintOut : mintOut - pool!.amountOut;
  } else if (mintOut !== null && mintOut > 0n) best = "mint";
  else if (poolOk) best = "pool";
  return { amountIn: inputs.amountIn, mint, pool, best, advantage };
}

function poolLeg(direction: "buy-lst" | "sell-lst", inputs: RouteInputs, quote: PoolSwapQuote) {
  const explained = explainSwap(quote, direction);
  const loss = lossVsRate(direction, inputs.amountIn, quote.amountOut, inputs.rate);
  const guard = guardVerdict(loss, inputs.toleranceBps, inputs.lstSymbol);
  // The chain enforces the stricter of the slippage floor and the guard's line, so a price that
  // moves past the guard between quote and inclusion is refused by the chain itself.
  const slip = minOutForSlippage(quote.amountOut, inputs.slippageBps);
  const guardLine = guardMinOut(direction, inputs.amountIn, inputs.rate, inputs.toleranceBps);
  const minOut = slip > guardLine ? slip : guardLine;
  return { ...explained, poolId: quote.poolId, minOut, loss, guard };
}

// ---------------------------------------------------------------------------------------------
// Unstake: wait vs sell now.

export interface UnstakeRoutes {
  amountIn: bigint;
  /** The queue: native at today's redemption rate (rounded down), and when it can be claimed. */
  wait: { out: bigint; claimAtMs: number | null } | { out: null; reason: string };
  /** Sell now: `loss` is the discount to the redemption rate (positive = below the rate). */
  sell: (SwapExplained & { poolId: bigint; minOut: bigint; loss: Dec; guard: GuardVerdict }) | null;
  /** The native given up by selling now instead of waiting (wait − sell), when both can run; may be negative. */
  costOfNow: bigint | null;
}

export function compareUnstakeRoutes(
  inputs: RouteInputs,
  wait: { out: bigint; claimAtMs: number | null } | { out: null; reason: string },
  quote: PoolSwapQuote | null,
): UnstakeRoutes {
  const sell = quote && quote.amountIn === inputs.amountIn ? poolLeg("sell-lst", inputs, quote) : null;
  const costOfNow = wait.out !== null && sell ? wait.out - sell.amountOut : null;
  return { amountIn: inputs.amountIn, wait, sell, costOfNow };
}

/** Whether the chain's refusal text is Osmosis's "less than your minimum" (CL or balancer). */
export function isMinOutRefusal(message: string): boolean {
  return /is lesser than min amount/i.test(message);
}
