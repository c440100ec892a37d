import { formatAmount } from "./format";

/**
 * LOSSY: the only base-units → number conversion, for charts and other float-only consumers.
 * Never feed the result back into amount arithmetic. Goes through the exact decimal string so
 * the result is the correctly rounded double rather than an accumulation of float errors.
 */
export function toLossyNumber(base: bigint, decimals: number): number {
  return Number(formatAmount(base, decimals, { group: false }));
}
