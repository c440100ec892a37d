/**
 * Reading Osmosis message fields off the wire: sdk.Int and LegacyDec customtypes travel as integer
 * strings (an absent field is zero); a string that is not an integer fails to unmarshal, i.e. the
 * tx does not decode.
 */
import { sdk } from "../../errors";
import type { SimCoin } from "../../coins";

export function intIn(s: string): bigint {
  if (s === "") return 0n;
  if (!/^-?\d+$/.test(s)) throw sdk.txDecode(`invalid integer "${s}"`);
  return BigInt(s);
}

/** LegacyDec wire value (integer × 10^18). */
export const decIn = intIn;

export function coinIn(c: { denom: string; amount: string } | undefined): SimCoin {
  return { denom: c?.denom ?? "", amount: intIn(c?.amount ?? "") };
}

export function coinsIn(cs: ReadonlyArray<{ denom: string; amount: string }>): SimCoin[] {
  return cs.map(coinIn);
}
