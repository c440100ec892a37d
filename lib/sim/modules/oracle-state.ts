import type { Dec } from "../../amount/decimal";
import type { Rec } from "../journal";

/**
 * Skip connect x/oracle bookkeeping beside the restaking module's `TICKER/USD` prices
 * (chain.restaking.prices stays the one source the rewards module reads). What connect
 * reports besides the price: when and at what height it was last written, how many times
 * (nonce), and the pair's stable id.
 */
export interface OracleQuote {
  /** Currency-pair id, assigned in order of first appearance from 0 and never reused. */
  id: number;
  /** Price updates so far (connect counts every written price). */
  nonce: number;
  height: number;
  timeMs: number;
}

export type OracleBook = Rec<OracleQuote>;

/**
 * Decimal places of every simulated `X/USD` market. connect carries prices as integers with
 * per-market decimals; MilkyWay turns them into a LegacyDec with LegacyNewDecFromIntWithPrec.
 * With 8 places the simulator's 18-digit Dec and the oracle integer convert both ways
 * without loss, because every price written is first quantized to 8 places.
 */
export const ORACLE_DECIMALS = 8;
const STEP = 10n ** BigInt(18 - ORACLE_DECIMALS);

/** The Dec rounded down to what the oracle can carry (a multiple of 10^-8). */
export function quantizePrice(d: Dec): Dec {
  return d - (d % STEP);
}

/** The oracle integer for a Dec price: Dec / 10^(18 − decimals), exact after quantizePrice. */
export function oracleInteger(d: Dec): bigint {
  return d / STEP;
}

export const QUOTE = "USD";
export const pairId = (ticker: string) => `${ticker}/${QUOTE}`;
