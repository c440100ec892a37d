import { DEC_SCALE, type Dec } from "./decimal";
import { formatAmount } from "./format";
import { divRound } from "./rounding";

/**
 * The Way Card's value conversions (docs/way-card.md §4), integers only, shared by the
 * simulated contract (lib/sim/contracts) and the app, so a refusal shown before signing is the
 * contract's own arithmetic. Amounts in the card's unit are micro-USD (6 decimals); prices are
 * 18-decimal USD per whole token. Every conversion rounds once, toward the card program.
 */

export const USD_DECIMALS = 6;
const MICRO = 10n ** BigInt(USD_DECIMALS);

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

/** micro-USD as "$1,234.56": cents always, sub-cent digits only when not zero. */
export function formatMicroUsd(micro: bigint): string {
  const sign = micro < 0n ? "-" : "";
  return `${sign}$${formatAmount(micro < 0n ? -micro : micro, USD_DECIMALS, { minFractionDigits: 2 })}`;
}
