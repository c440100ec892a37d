import { rec } from "../../journal";
import { DEC_SCALE, decQuoLegacy, decQuoTruncate, type Dec } from "../../../amount/decimal";
import {
  decCoinsAdd,
  decCoinsSub,
  decCoinsTruncate,
  EMPTY,
  intCoinsAdd,
  intCoinsSub,
  isEmpty,
  sortedKeys,
  type DecCoins,
  type IntCoins,
} from "./dec-coins";

/**
 * Share maths of protocol doc §2.2 on one delegation target, per token denom `d` with `T_d`
 * tokens and `S_d` shares. Shares are keyed by token denom; the `pool/1/…` share denoms are
 * only a wire/display form.
 */
export interface TargetAmounts {
  tokens: IntCoins;
  shares: DecCoins;
}

/** T_d = 0 while S_d > 0: the target lost its tokens, so a new share would be worth nothing. */
export function hasInvalidExRate(t: TargetAmounts): boolean {
  return Object.keys(t.shares).some((d) => (t.shares[d] ?? 0n) > 0n && (t.tokens[d] ?? 0n) === 0n);
}

/** utils.SharesFromTokens: S_d·a/T_d truncated (LegacyDec.MulInt then QuoInt); 1:1 when T_d = 0. */
export function sharesFromTokens(t: TargetAmounts, amount: IntCoins): DecCoins {
  const out: Record<string, Dec> = rec();
  for (const d of sortedKeys(amount)) {
    const a = amount[d];
    const T = t.tokens[d] ?? 0n;
    out[d] = T === 0n ? a * DEC_SCALE : ((t.shares[d] ?? 0n) * a) / T;
  }
  return decCoinsAdd(EMPTY, out);
}

/** utils.IssueShares: 1:1 while the target has no shares at all, else sharesFromTokens. */
export function issueShares(t: TargetAmounts, amount: IntCoins): DecCoins {
  if (isEmpty(t.shares)) return decCoinsAdd(EMPTY, Object.fromEntries(Object.entries(amount).map(([d, a]) => [d, a * DEC_SCALE])));
  return sharesFromTokens(t, amount);
}

/** TokensFromShares: round18(s·T_d/S_d) (MulInt exact, then LegacyDec.Quo). */
export function tokensFromShares(t: TargetAmounts, shares: DecCoins): DecCoins {
  const out: Record<string, Dec> = rec();
  for (const d of sortedKeys(shares)) {
    const S = t.shares[d] ?? 0n;
    out[d] = S === 0n ? 0n : decQuoLegacy(shares[d] * (t.tokens[d] ?? 0n), S);
  }
  return decCoinsAdd(EMPTY, out);
}

/** TokensFromSharesTruncated: trunc18(s·T_d/S_d). */
export function tokensFromSharesTruncated(t: TargetAmounts, shares: DecCoins): DecCoins {
  const out: Record<string, Dec> = rec();
  for (const d of sortedKeys(shares)) {
    const S = t.shares[d] ?? 0n;
    out[d] = S === 0n ? 0n : decQuoTruncate(shares[d] * (t.tokens[d] ?? 0n), S);
  }
  return decCoinsAdd(EMPTY, out);
}

/** The `balance` of a delegation response: floor of round18(s·T/S) per denom. */
export function sharesBalance(t: TargetAmounts, shares: DecCoins): IntCoins {
  return decCoinsTruncate(tokensFromShares(t, shares)).coins;
}

export function addTokens(t: TargetAmounts, amount: IntCoins): { next: TargetAmounts; issued: DecCoins } {
  const issued = issueShares(t, amount);
  return { next: { tokens: intCoinsAdd(t.tokens, amount), shares: decCoinsAdd(t.shares, issued) }, issued };
}

/**
 * RemoveDelShares: the last holder (no shares left on the target) takes every remaining token,
 * trimmings included; otherwise floor(round18(s·T/S)) per denom leaves the dust in the target.
 */
export function removeShares(t: TargetAmounts, shares: DecCoins): { next: TargetAmounts; issued: IntCoins } {
  const remaining = decCoinsSub(t.shares, shares);
  if (isEmpty(remaining)) return { next: { tokens: EMPTY, shares: EMPTY }, issued: t.tokens };
  const issued = sharesBalance(t, shares);
  return { next: { tokens: intCoinsSub(t.tokens, issued), shares: remaining }, issued };
}

/** utils.IsAnyGT, which ignores denoms absent from `b`. */
export function isAnyGtHeld(a: DecCoins, b: DecCoins): boolean {
  return Object.keys(a).some((d) => (b[d] ?? 0n) !== 0n && a[d] > b[d]);
}

/** !IsAllGTE(have, want): some wanted denom exceeds what is held (absent counts as 0). */
export function isAnyShort(have: DecCoins, want: DecCoins): boolean {
  if (isEmpty(want)) return false;
  if (isEmpty(have)) return true;
  return Object.keys(want).some((d) => want[d] > (have[d] ?? 0n));
}
