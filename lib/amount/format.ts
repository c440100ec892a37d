import { assertDecimals } from "./assert-decimals";
import { divRound } from "./rounding";

export interface FormatAmountOptions {
  /** Fractional digits to keep at most; defaults to `decimals` (i.e. nothing is cut). */
  maxFractionDigits?: number;
  /** Fractional digits to show at least, zero-padded; defaults to 0. */
  minFractionDigits?: number;
  /** Insert "," every three integer digits; defaults to true. */
  group?: boolean;
  /**
   * Where cut digits go, applied to the magnitude: "floor" drops them (toward zero), "ceil"
   * rounds the magnitude up (away from zero). Defaults to "floor" so a displayed balance is
   * never more than the user owns. Magnitude semantics keep formatAmount(-x) equal to
   * "-" + formatAmount(x): a debit shows the same digits as the matching credit.
   */
  rounding?: "floor" | "ceil";
}

/**
 * Exact decimal string of `base` base units, e.g. formatAmount(1234567_890000n, 6) is
 * "1,234,567.89". Trailing fractional zeros are trimmed down to minFractionDigits. A negative
 * value gets a leading "-" unless it rounds to zero, because "-0" reads as an error.
 * Not localized on purpose: the output must stay parseable and identical for every user.
 */
export function formatAmount(base: bigint, decimals: number, opts: FormatAmountOptions = {}): string {
  assertDecimals(decimals, "formatAmount");
  const minFraction = opts.minFractionDigits ?? 0;
  assertDigitCount(minFraction, "minFractionDigits");
  // Like Intl.NumberFormat: asking only for more minimum digits raises the maximum with it.
  const maxFraction = opts.maxFractionDigits ?? Math.max(decimals, minFraction);
  assertDigitCount(maxFraction, "maxFractionDigits");
  if (minFraction > maxFraction) {
    throw new RangeError(`formatAmount: minFractionDigits (${minFraction}) exceeds maxFractionDigits (${maxFraction})`);
  }

  const magnitude = base < 0n ? -base : base;
  // Re-express the magnitude in units of 10^-shown so cutting digits is one rounded division.
  const shown = Math.min(maxFraction, decimals);
  const scaled = divRound(magnitude, 10n ** BigInt(decimals - shown), opts.rounding ?? "floor");

  const unit = 10n ** BigInt(shown);
  const intPart = (scaled / unit).toString();
  const fracPart = (scaled % unit).toString().padStart(shown, "0").replace(/0+$/, "").padEnd(minFraction, "0");

  const sign = base < 0n && scaled !== 0n ? "-" : "";
  const integer = opts.group === false ? intPart : groupThousands(intPart);
  return fracPart === "" ? `${sign}${integer}` : `${sign}${integer}.${fracPart}`;
}

/**
 * The string to put back into an amount field (e.g. for a "Max" button): every digit, no
 * grouping, trailing zeros trimmed. For 0 <= base <= MAX_BASE_UNITS it parses back to exactly
 * `base` with parseAmount; negative values keep their "-" and are therefore refused there.
 */
export function formatForInput(base: bigint, decimals: number): string {
  return formatAmount(base, decimals, { group: false });
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ",");
}

function assertDigitCount(n: number, name: string): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`formatAmount: ${name} must be a non-negative integer, got ${n}`);
  }
}
