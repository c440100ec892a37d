import * as CQ from "../../cosmos/proto/gen/connect/oracle/v2/query";
import { ORACLE_QUERY } from "../../cosmos/proto/gen/query-paths";
import { QueryError } from "../errors";
import type { QueryRoute } from "../module";
import type { ChainState } from "../state";
import { oracleInteger, ORACLE_DECIMALS, QUOTE, type OracleQuote } from "./oracle-state";

/**
 * Skip connect x/oracle v2 queries (`connect.oracle.v2.Query`) over the prices the restaking
 * module already holds, so the app reads prices the way it would on MilkyWay itself.
 * Registered with the restaking module's queries (restaking/module.ts) because both read
 * chain.restaking; a chain without restaking tracks no pairs.
 */

const notTracked = (base: string, quote: string) =>
  new QueryError("NotFound", `no price / nonce reported for CurrencyPair: ${base}/${quote}, the module is not tracking this CurrencyPair`);

/** Pairs in id order; a price saved before ids existed gets the next free id after the known ones. */
function pairs(chain: ChainState): Array<{ ticker: string; quote: OracleQuote }> {
  const st = chain.restaking;
  if (!st) return [];
  const book = st.oracle ?? {};
  const known = Object.keys(st.prices).filter((t) => book[t]);
  let next = Object.values(book).reduce((m, q) => Math.max(m, q.id + 1), 0);
  const legacy = Object.keys(st.prices)
    .filter((t) => !book[t])
    .sort()
    .map((ticker) => ({ ticker, quote: { id: next++, nonce: 0, height: 0, timeMs: chain.timeMs } }));
  return [...known.map((ticker) => ({ ticker, quote: book[ticker] })), ...legacy].sort((a, b) => a.quote.id - b.quote.id);
}

function priceResponse(chain: ChainState, base: string, quote: string): CQ.GetPriceResponse {
  if (quote !== QUOTE) throw notTracked(base, quote);
  const price = chain.restaking?.prices[base];
  const entry = pairs(chain).find((p) => p.ticker === base);
  if (price === undefined || !entry) throw notTracked(base, quote);
  const seconds = Math.floor(entry.quote.timeMs / 1000);
  return {
    price: {
      price: oracleInteger(price).toString(),
      blockTimestamp: { seconds: BigInt(seconds), nanos: (entry.quote.timeMs - seconds * 1000) * 1_000_000 },
      blockHeight: BigInt(entry.quote.height),
    },
    nonce: BigInt(entry.quote.nonce),
    decimals: BigInt(ORACLE_DECIMALS),
    id: BigInt(entry.quote.id),
  };
}

function parsePairId(id: string): { base: string; quote: string } {
  const parts = id.split("/");
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw new QueryError("InvalidArgument", `incorrectly formatted CurrencyPair: ${id}`);
  return { base: parts[0].toUpperCase(), quote: parts[1].toUpperCase() };
}

export const oracleQueries: Record<string, QueryRoute> = {
  [ORACLE_QUERY.getAllCurrencyPairs]: (q) =>
    CQ.GetAllCurrencyPairsResponse.encode({ currencyPairs: pairs(q.chain).map((p) => ({ base: p.ticker, quote: QUOTE })) }).finish(),

  [ORACLE_QUERY.getPrice]: (q, req) => {
    // connect v2 takes the pair as its "BASE/QUOTE" string (query.proto `string currency_pair = 1`).
    const { base, quote } = parsePairId(CQ.GetPriceRequest.decode(req).currencyPair);
    return CQ.GetPriceResponse.encode(priceResponse(q.chain, base, quote)).finish();
  },

  [ORACLE_QUERY.getPrices]: (q, req) => {
    const { currencyPairIds } = CQ.GetPricesRequest.decode(req);
    const prices = currencyPairIds.map((id) => {
      const { base, quote } = parsePairId(id);
      return priceResponse(q.chain, base, quote);
    });
    return CQ.GetPricesResponse.encode({ prices }).finish();
  },
};
