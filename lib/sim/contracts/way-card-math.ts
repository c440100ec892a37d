import { DEC_SCALE, decToString, type Dec } from "../../amount/decimal";
import { divRound } from "../../amount/rounding";
import { coinToMicroUsd } from "../../amount/way-card-math";

/**
 * The Way Card contract's own formulas (docs/way-card.md §4), integers only: APR from the
 * redemption rate (18-decimal native per milkTIA), the yield of the collateral and an epoch's
 * harvest. The value conversions and the credit limit, which the app mirrors, live in
 * lib/amount/way-card-math.ts so both sides run the same code. Every conversion rounds once,
 * toward the card program, so the reserve never pays out more value than it took in.
 */

export const BPS = 10_000n;
export const SECONDS_PER_YEAR = 365n * 86_400n;

/**
 * APR of the locked position from two redemption-rate samples: the rate's relative growth,
 * annualised linearly, rounded down; 0 when the rate fell or no time passed (no credit from a
 * loss).
 */
export function aprFromRates(oldRate: Dec, oldTime: number, newRate: Dec, newTime: number): Dec {
  const elapsed = BigInt(newTime - oldTime);
  if (elapsed <= 0n || oldRate <= 0n || newRate <= oldRate) return 0n;
  return divRound((newRate - oldRate) * SECONDS_PER_YEAR * DEC_SCALE, oldRate * elapsed, "floor");
}

/**
 * The yield of the locked milkTIA since its basis was marked: the milkTIA whose native value
 * is the growth, ⌊(collateral × rate − basis) / rate⌋ (the user keeps the rounding dust).
 * `basis` is native value × 10^18 (collateral × rate at the mark).
 */
export function yieldInCollateral(collateral: bigint, basis: bigint, rate: Dec): bigint {
  const value = collateral * rate;
  if (rate <= 0n || value <= basis) return 0n;
  return (value - basis) / rate;
}

export interface Harvest {
  /** micro-USD value of the whole yield. */
  gainUsd: bigint;
  repayUsd: bigint;
  topUpUsd: bigint;
  /** milkTIA that leaves the collateral for the reserve. */
  takenCollateral: bigint;
}

/**
 * One epoch of one card: the yield repays the debt first, then `autoTopUpBps` of the rest
 * tops the balance up (rounded down); what is left stays locked as collateral. The milkTIA
 * taken is the used share of the yield rounded up (the program is paid in full for what it
 * credits), never more than the yield.
 */
export function harvest(args: { gain: bigint; price: Dec; exponent: number; owed: bigint; autoTopUpBps: bigint }): Harvest {
  const gainUsd = coinToMicroUsd(args.gain, args.price, args.exponent);
  const repayUsd = args.owed < gainUsd ? args.owed : gainUsd;
  const topUpUsd = ((gainUsd - repayUsd) * args.autoTopUpBps) / BPS;
  const used = repayUsd + topUpUsd;
  let takenCollateral = 0n;
  if (used > 0n) {
    takenCollateral = used === gainUsd ? args.gain : divRound(args.gain * used, gainUsd, "ceil");
    if (takenCollateral > args.gain) takenCollateral = args.gain;
  }
  return { gainUsd, repayUsd, topUpUsd, takenCollateral };
}

/** A Dec for display inside messages and events. */
export function decText(d: Dec): string {
  return decToString(d, { trim: true });
}
