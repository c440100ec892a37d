import { assertDecimals } from "./assert-decimals";

/**
 * Largest amount accepted from user input, in base units. The SDK's `Int` allows 256 bits, but
 * CosmWasm contracts (the staking contract included) take amounts as `Uint128`, so anything
 * above 2^128-1 could never be submitted; refusing it while the user types is kinder.
 */
export const MAX_BASE_UNITS = 2n ** 128n - 1n;

export type ParseFailure = "empty" | "not-a-number" | "negative" | "too-many-decimals" | "too-large";

export type ParseResult =
  | { ok: true; value: bigint }
  | { ok: false; reason: ParseFailure; message: string };

// ASCII digits only (no `u` flag, so \d is [0-9]): locale digits and separators are refused
// rather than guessed at, because "1,000" means one thousand or one depending on the locale.
const UNSIGNED = /^(\d*)(?:\.(\d*))?$/;
const MAX_INTEGER_DIGITS = MAX_BASE_UNITS.toString().length;

/**
 * Parses what a user typed into an amount field into base units. Never throws for user input;
 * throws RangeError only for an invalid `decimals` (a programming error).
 *
 * Accepted: surrounding whitespace, ".5", "5.", leading zeros, zero itself (whether zero is a
 * valid amount is the caller's business rule). Refused: separators, exponents, signs other
 * than a refused leading "-", and fractional digits beyond `decimals` even when they are
 * zeros ("1.50" with 1 decimal), so the field never silently drops what the user typed.
 */
export function parseAmount(input: string, decimals: number): ParseResult {
  assertDecimals(decimals, "parseAmount");
  const text = input.trim();
  if (text === "") return fail("empty", "Enter an amount.");

  const negative = text.startsWith("-");
  const match = UNSIGNED.exec(negative ? text.slice(1) : text);
  const intDigits = match?.[1] ?? "";
  const fracDigits = match?.[2] ?? "";
  if (!match || intDigits.length + fracDigits.length === 0) {
    return fail("not-a-number", "Enter a number, like 1.5.");
  }
  if (negative) return fail("negative", "Amount can't be negative.");
  if (fracDigits.length > decimals) return fail("too-many-decimals", decimalsLimitMessage(decimals));

  // Checked before BigInt() so a pasted megabyte of digits costs a regex, not a bignum parse.
  const significant = intDigits.replace(/^0+/, "");
  if (significant.length > MAX_INTEGER_DIGITS) return tooLarge();

  const value = BigInt((significant || "0") + fracDigits.padEnd(decimals, "0"));
  if (value > MAX_BASE_UNITS) return tooLarge();
  return { ok: true, value };
}

/**
 * For constants and tests: `toBaseUnits("1.5", 6) === 1_500_000n`. Throws on anything
 * parseAmount would refuse, so a typo in a constant fails loudly at module load.
 */
export function toBaseUnits(display: string, decimals: number): bigint {
  const result = parseAmount(display, decimals);
  if (!result.ok) {
    throw new RangeError(`toBaseUnits(${JSON.stringify(display)}, ${decimals}): ${result.reason}: ${result.message}`);
  }
  return result.value;
}

function decimalsLimitMessage(decimals: number): string {
  if (decimals === 0) return "Whole numbers only, no decimal places.";
  return `At most ${decimals} decimal ${decimals === 1 ? "place" : "places"}.`;
}

function tooLarge(): ParseResult {
  return fail("too-large", "Amount is too large.");
}

function fail(reason: ParseFailure, message: string): ParseResult {
  return { ok: false, reason, message };
}
