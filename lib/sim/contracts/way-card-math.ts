import { DEC_SCALE, decToString, type Dec } from "../../amount/decimal";
import { divRound } from "../../amount/rounding";

/**
 * The Way Card's formulas (docs/way-card.md §4), integers only. Amounts in the card's
 * accounting unit are micro-USD (6 decimals); prices are 18-decimal USD per whole token; the
 * redemption rate is 18-decimal native per milkTIA. Every conversion rounds once, toward the
 * card program, so the reserve never pays out more value than it took in; users lose at most
 * one base unit per conversion.
 */

export const USD_DECIMALS = 6n;
const MICRO = 10n ** USD_DECIMALS;
export const BPS = 10_000n;
export const SECONDS_PER_YEAR = 365n * 86_400n;

/** Value of `amount` base units of a token in micro-USD, rounded down (toward the program). */
export function coinToMicroUsd(amount: bigint, price: Dec, exponent: number): bigint {
  return divRound(amount * price * MICRO, 10n ** BigInt(exponent) * DEC_SCALE, "floor");
}

/** Base units of a token worth `microUsd`, rounded down: a refund never exceeds the balance. */
export function microUsdToCoin(microUsd: bigint, price: Dec, exponent: number): bigint {
  if (price <= 0n) return 0n;
  return divRound(microUsd * 10n ** BigInt(exponent) * DEC_SCALE, price * MICRO, "floor");
}

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
 * Credit limit = collateral value × APR × horizon / 365, in micro-USD, one floor at the end:
 * the projected yield of the locked milkTIA over the horizon, valued at today's price.
 * Expressed as ⌊collateral × N / D⌋ so the largest unlock that keeps a debt covered is exact.
 */
export function creditFraction(price: Dec, exponent: number, apr: Dec, horizonDays: number): { n: bigint; d: bigint } {
  return {
    n: price * apr * BigInt(horizonDays) * MICRO,
    d: 10n ** BigInt(exponent) * DEC_SCALE * DEC_SCALE * 365n,
  };
}

export function creditLimit(collateral: bigint, price: Dec, exponent: number, apr: Dec, horizonDays: number): bigint {
  const { n, d } = creditFraction(price, exponent, apr, horizonDays);
  return (collateral * n) / d;
}

/** Smallest collateral whose credit limit still covers `owed` (null: no collateral can). */
export function minCollateralFor(owed: bigint, price: Dec, exponent: number, apr: Dec, horizonDays: number): bigint | null {
  if (owed <= 0n) return 0n;
  const { n, d } = creditFraction(price, exponent, apr, horizonDays);
  if (n === 0n) return null;
  return divRound(owed * d, n, "ceil");
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

/** micro-USD as "$1,234.56" (cents always shown, sub-cent digits only when not zero). */
export function formatUsd(micro: bigint): string {
  const neg = micro < 0n;
  const abs = neg ? -micro : micro;
  const whole = (abs / MICRO).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  let frac = (abs % MICRO).toString().padStart(6, "0").replace(/0+$/, "");
  if (frac.length < 2) frac = frac.padEnd(2, "0");
  return `${neg ? "-" : ""}$${whole}.${frac}`;
}

/** A Dec for display inside messages and events. */
export function decText(d: Dec): string {
  return decToString(d, { trim: true });
}
