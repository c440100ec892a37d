import { DEC_SCALE, decQuoLegacy, type Dec } from "../../amount/decimal";
import { stakingErr } from "./staking-errors";
import type { ValidatorRecord } from "./staking-state";

/**
 * x/staking share maths on LegacyDec, bit for bit (types/validator.go, SDK v0.50). Shares are
 * 18-decimal raw bigints; tokens are base units.
 */

/** Validator.InvalidExRate: tokens slashed to zero while shares remain. */
export function invalidExRate(v: ValidatorRecord): boolean {
  return v.tokens === 0n && v.delegatorShares > 0n;
}

/** SharesFromTokens: DelegatorShares.MulInt(amt).QuoInt(Tokens) — truncating. */
export function sharesFromTokens(v: ValidatorRecord, amount: bigint): Dec {
  if (v.tokens === 0n) throw stakingErr.insufficientShares();
  return (v.delegatorShares * amount) / v.tokens;
}

/** SharesFromTokensTruncated: MulInt then QuoTruncate by the tokens as a Dec (same value, kept for the name). */
export function sharesFromTokensTruncated(v: ValidatorRecord, amount: bigint): Dec {
  if (v.tokens === 0n) throw stakingErr.insufficientShares();
  return (v.delegatorShares * amount * DEC_SCALE) / (v.tokens * DEC_SCALE);
}

/** TokensFromShares: shares.MulInt(Tokens).Quo(DelegatorShares) — LegacyDec.Quo's rounding. */
export function tokensFromShares(v: ValidatorRecord, shares: Dec): Dec {
  if (v.delegatorShares === 0n) return 0n;
  return decQuoLegacy(shares * v.tokens, v.delegatorShares);
}

/** What a delegation is worth in whole tokens (the query's `balance`): TokensFromShares(..).TruncateInt(). */
export function delegationBalance(v: ValidatorRecord, shares: Dec): bigint {
  return tokensFromShares(v, shares) / DEC_SCALE;
}

/** AddTokensFromDel: the first delegation sets the exchange rate to one. */
export function addTokensFromDel(v: ValidatorRecord, amount: bigint): { validator: ValidatorRecord; issued: Dec } {
  const issued = v.delegatorShares === 0n ? amount * DEC_SCALE : sharesFromTokens(v, amount);
  return {
    validator: { ...v, tokens: v.tokens + amount, delegatorShares: v.delegatorShares + issued },
    issued,
  };
}

/** RemoveDelShares: the last shares take every remaining token; otherwise truncated tokens. */
export function removeDelShares(v: ValidatorRecord, shares: Dec): { validator: ValidatorRecord; tokens: bigint } {
  const remaining = v.delegatorShares - shares;
  if (remaining < 0n) throw new Error("removing more shares than the validator has");
  let issued: bigint;
  if (remaining === 0n) {
    issued = v.tokens;
  } else {
    issued = tokensFromShares(v, shares) / DEC_SCALE;
    if (issued > v.tokens) throw new Error("attempting to remove more tokens than available in validator");
  }
  return { validator: { ...v, tokens: v.tokens - issued, delegatorShares: remaining }, tokens: issued };
}
