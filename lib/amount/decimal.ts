import { divRound, type Rounding } from "./rounding";

export type { Rounding } from "./rounding";

/**
 * 18-digit fixed point, the Cosmos SDK `LegacyDec` convention (also CosmWasm `Decimal`): the
 * bigint holds value × 10^18. A plain alias rather than a brand so arithmetic and literals stay
 * frictionless; the `dec` prefix on every function is what keeps Decs apart from base units.
 */
export type Dec = bigint;

export const DEC_PRECISION = 18;
export const DEC_SCALE = 10n ** 18n;

/**
 * LegacyDec refuses values beyond ±(2^256·10^18 − 1) raw units when parsing or unmarshalling;
 * we mirror that so a value we accept is one the chain would accept too.
 */
const DEC_RAW_LIMIT = 2n ** 256n * DEC_SCALE - 1n;

export function decFromInt(n: bigint): Dec {
  return n * DEC_SCALE;
}

/** num/den rounded to 18 digits; e.g. an exchange rate from two pool totals. */
export function decFromRatio(num: bigint, den: bigint, rounding: Rounding): Dec {
  if (den === 0n) throw new RangeError("decFromRatio: denominator is zero");
  return divRound(num * DEC_SCALE, den, rounding);
}

/** a·b rounded once, from the exact 36-digit product. LegacyDec.Mul is the "half-even" case. */
export function decMul(a: Dec, b: Dec, rounding: Rounding): Dec {
  return divRound(a * b, DEC_SCALE, rounding);
}

/**
 * a/b rounded once, from the exact quotient. LegacyDec.QuoRoundUp is the "ceil" case. For
 * LegacyDec.Quo itself see decQuoLegacy: it rounds twice and occasionally differs by one unit.
 */
export function decQuo(a: Dec, b: Dec, rounding: Rounding): Dec {
  if (b === 0n) throw new RangeError("decQuo: division by zero");
  return divRound(a * DEC_SCALE, b, rounding);
}

/**
 * Bit-for-bit LegacyDec.Quo, for predicting what the chain will compute. It truncates the
 * quotient at 36 digits and then rounds half-even to 18, so a quotient just above a tie whose
 * excess lies beyond digit 36 is treated as an exact tie. Use decQuo(…, "half-even") when the
 * goal is the correctly rounded value rather than agreement with the chain.
 */
export function decQuoLegacy(a: Dec, b: Dec): Dec {
  if (b === 0n) throw new RangeError("decQuoLegacy: division by zero");
  return divRound((a * DEC_SCALE * DEC_SCALE) / b, DEC_SCALE, "half-even");
}

/** LegacyDec.MulTruncate: drops the digits beyond 18, toward zero (not floor) for negatives. */
export function decMulTruncate(a: Dec, b: Dec): Dec {
  return (a * b) / DEC_SCALE;
}

/** LegacyDec.QuoTruncate: toward zero, like the chain. */
export function decQuoTruncate(a: Dec, b: Dec): Dec {
  if (b === 0n) throw new RangeError("decQuoTruncate: division by zero");
  return (a * DEC_SCALE) / b;
}

/** LegacyDec.MulInt: exact. */
export function decMulInt(a: Dec, n: bigint): Dec {
  return a * n;
}

/** LegacyDec.QuoInt: truncates toward zero. */
export function decQuoInt(a: Dec, n: bigint): Dec {
  if (n === 0n) throw new RangeError("decQuoInt: division by zero");
  return a / n;
}

/** LegacyDec.TruncateInt: drops the fraction, so -1.9 becomes -1 (toward zero). */
export function decTruncateToInt(a: Dec): bigint {
  return a / DEC_SCALE;
}

/** LegacyDec.Ceil as an integer: toward +infinity, so -1.9 becomes -1 and 1.1 becomes 2. */
export function decCeilToInt(a: Dec): bigint {
  return divRound(a, DEC_SCALE, "ceil");
}

/**
 * Integer × Dec → integer in one rounding step, e.g. fee = mulIntByDec(amount, rate, "floor").
 * For non-negative inputs "floor" equals the chain's amount.ToLegacyDec().Mul(rate).TruncateInt()
 * (Mul by an integer-valued Dec is exact, so only the final truncation rounds).
 */
export function mulIntByDec(n: bigint, d: Dec, rounding: Rounding): bigint {
  return divRound(n * d, DEC_SCALE, rounding);
}

const DEC_STRING = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * The chain's JSON/REST form ("0.334", "0.334000000000000000", "-1", "1"), following
 * LegacyNewDecFromStr: digits are required on both sides of a ".", and more than 18
 * fractional digits is an error rather than a silent rounding.
 */
export function parseDec(s: string): Dec {
  const match = DEC_STRING.exec(s);
  if (!match) throw new SyntaxError(`parseDec: ${quote(s)} is not a decimal like "0.334" or "-1"`);
  const [, sign, intDigits, fracDigits = ""] = match;
  if (fracDigits.length > DEC_PRECISION) {
    throw new RangeError(
      `parseDec: ${quote(s)} has ${fracDigits.length} fractional digits; at most ${DEC_PRECISION} are allowed`,
    );
  }
  // Bounded before BigInt() so a hostile multi-megabyte string costs a length check only.
  if (intDigits.replace(/^0+/, "").length > DEC_RAW_LIMIT.toString().length) throw outOfRange("parseDec", s);
  const magnitude = BigInt(intDigits + fracDigits.padEnd(DEC_PRECISION, "0"));
  return checkRange(sign === "-" ? -magnitude : magnitude, "parseDec", s);
}

/**
 * The protobuf wire form of LegacyDec: the raw integer without a decimal point, so
 * "334000000000000000" is 0.334. An empty string is how the chain encodes an unset Dec: 0.
 */
export function parseDecWire(s: string): Dec {
  if (s === "") return 0n;
  if (!/^-?\d+$/.test(s)) throw new SyntaxError(`parseDecWire: ${quote(s)} is not an integer string`);
  if (s.replace(/^-?0*/, "").length > DEC_RAW_LIMIT.toString().length) throw outOfRange("parseDecWire", s);
  return checkRange(BigInt(s), "parseDecWire", s);
}

export function decToWire(d: Dec): string {
  return d.toString();
}

export interface DecToStringOptions {
  /** 0..18, default 18. Cutting digits rounds per `rounding`. */
  maxFractionDigits?: number;
  /** Signed semantics as in divRound; default "half-even", the chain's own convention. */
  rounding?: Rounding;
  /** Remove trailing fractional zeros (and a bare "."); default false. */
  trim?: boolean;
}

/**
 * By default exactly what the chain's REST API prints: always 18 fractional digits
 * ("0.334000000000000000", "1.000000000000000000"), so strings can be compared with chain
 * output. A value that rounds to zero prints without a sign.
 */
export function decToString(d: Dec, opts: DecToStringOptions = {}): string {
  const digits = opts.maxFractionDigits ?? DEC_PRECISION;
  if (!Number.isInteger(digits) || digits < 0 || digits > DEC_PRECISION) {
    throw new RangeError(`decToString: maxFractionDigits must be an integer from 0 to ${DEC_PRECISION}, got ${digits}`);
  }
  const scaled = divRound(d, 10n ** BigInt(DEC_PRECISION - digits), opts.rounding ?? "half-even");
  const magnitude = scaled < 0n ? -scaled : scaled;
  const unit = 10n ** BigInt(digits);
  const intPart = (magnitude / unit).toString();
  let fracPart = digits === 0 ? "" : (magnitude % unit).toString().padStart(digits, "0");
  if (opts.trim) fracPart = fracPart.replace(/0+$/, "");
  const sign = scaled < 0n ? "-" : "";
  return fracPart === "" ? `${sign}${intPart}` : `${sign}${intPart}.${fracPart}`;
}

/**
 * LOSSY: the only Dec → number conversion, for charts and other float-only consumers. Never
 * feed the result back into amount arithmetic. Goes through the exact decimal string so the
 * result is the correctly rounded double (as LegacyDec.Float64 does).
 */
export function decToLossyNumber(d: Dec): number {
  return Number(decToString(d, { trim: true }));
}

function checkRange(d: Dec, where: string, s: string): Dec {
  if (d > DEC_RAW_LIMIT || d < -DEC_RAW_LIMIT) throw outOfRange(where, s);
  return d;
}

function outOfRange(where: string, s: string): RangeError {
  return new RangeError(`${where}: ${quote(s)} is outside the LegacyDec range (±2^256)`);
}

function quote(s: string): string {
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);
}
