import { describe, expect, it } from "vitest";
import * as C from "../../cosmos/proto/gen/connect/oracle/v2/query";
import { ORACLE_QUERY } from "../../cosmos/proto/gen/query-paths";
import { parseDec } from "../../amount/decimal";
import { QueryError } from "../errors";
import { chainApp } from "../chain-app";
import { MILKYWAY_SIM } from "../../chains/sim-chains";
import { makeWorld, GENESIS_MS } from "./restaking/test-world";
import { setPrice } from "./restaking/pricing";
import { oracleQueries } from "./oracle";
import { oracleInteger, quantizePrice } from "./oracle-state";

function world() {
  const tw = makeWorld();
  tw.tx((c) => {
    setPrice(c, "TIA", parseDec("5.2"));
    setPrice(c, "MILK", parseDec("0.048"));
  });
  return tw;
}

const ask = (tw: ReturnType<typeof makeWorld>, path: string, bytes: Uint8Array) => oracleQueries[path]({ world: tw.world, chain: tw.chain }, bytes);
const getPrice = (tw: ReturnType<typeof makeWorld>, Base: string, Quote = "USD") =>
  C.GetPriceResponse.decode(ask(tw, ORACLE_QUERY.getPrice, C.GetPriceRequest.encode(C.GetPriceRequest.fromPartial({ currencyPair: `${Base}/${Quote}` })).finish()));

describe("connect x/oracle queries in the simulator", () => {
  it("are served on MilkyWay next to the restaking queries", () => {
    expect(chainApp(MILKYWAY_SIM).queries.has(ORACLE_QUERY.getPrice)).toBe(true);
    expect(chainApp(MILKYWAY_SIM).queries.has(ORACLE_QUERY.getPrices)).toBe(true);
    expect(chainApp(MILKYWAY_SIM).queries.has(ORACLE_QUERY.getAllCurrencyPairs)).toBe(true);
  });

  it("GetPrice answers the integer price with 8 decimals, nonce, id, height and time of the last write", () => {
    const tw = world();
    const r = getPrice(tw, "TIA");
    expect(r.price?.price).toBe("520000000");
    expect(r.decimals).toBe(8n);
    expect(r.id).toBe(0n);
    expect(r.nonce).toBe(1n);
    expect(r.price?.blockHeight).toBe(BigInt(tw.chain.height));
    expect(r.price?.blockTimestamp.seconds).toBe(BigInt(GENESIS_MS / 1000));
    expect(getPrice(tw, "milk").id).toBe(1n);

    tw.advance(60_000);
    tw.tx((c) => setPrice(c, "TIA", parseDec("5.3")));
    const again = getPrice(tw, "TIA");
    expect(again.price?.price).toBe("530000000");
    expect(again.nonce).toBe(2n);
    expect(again.id).toBe(0n);
    expect(again.price?.blockTimestamp.seconds).toBe(BigInt((GENESIS_MS + 60_000) / 1000));
  });

  it("refuses an untracked pair with NotFound and a malformed one with InvalidArgument", () => {
    const tw = world();
    expect(() => getPrice(tw, "DOGE")).toThrow(/not tracking this CurrencyPair/);
    expect(() => getPrice(tw, "TIA", "EUR")).toThrow(QueryError);
    expect(() => getPrice(tw, "")).toThrow(/InvalidArgument/);
    expect(() => ask(tw, ORACLE_QUERY.getPrice, C.GetPriceRequest.encode({ currencyPair: "TIAUSD" }).finish())).toThrow(/incorrectly formatted/);
    expect(() => ask(tw, ORACLE_QUERY.getPrices, C.GetPricesRequest.encode({ currencyPairIds: ["TIAUSD"] }).finish())).toThrow(/incorrectly formatted/);
    tw.tx((c) => setPrice(c, "TIA", 0n));
    expect(() => getPrice(tw, "TIA")).toThrow(/NotFound/);
  });

  it("GetPrice reads the connect v2 wire shape: field 1 is the pair's \"BASE/QUOTE\" string", () => {
    const tw = world();
    // 0a 07 "TIA/USD", written by hand from query.proto, not with the codec under test.
    const wire = Uint8Array.from([0x0a, 0x07, ...new TextEncoder().encode("TIA/USD")]);
    expect(C.GetPriceResponse.decode(ask(tw, ORACLE_QUERY.getPrice, wire)).price?.price).toBe("520000000");
    // The nested CurrencyPair shape is not what the chain takes: refused, not misread.
    const nested = Uint8Array.from([0x0a, 0x0a, 0x0a, 0x03, ...new TextEncoder().encode("TIA"), 0x12, 0x03, ...new TextEncoder().encode("USD")]);
    expect(() => ask(tw, ORACLE_QUERY.getPrice, nested)).toThrow(/InvalidArgument/);
  });

  it("GetPrices answers in request order; GetAllCurrencyPairs lists pairs by id", () => {
    const tw = world();
    const r = C.GetPricesResponse.decode(ask(tw, ORACLE_QUERY.getPrices, C.GetPricesRequest.encode({ currencyPairIds: ["MILK/USD", "TIA/USD"] }).finish()));
    expect(r.prices.map((p) => p.price?.price)).toEqual(["4800000", "520000000"]);
    const all = C.GetAllCurrencyPairsResponse.decode(ask(tw, ORACLE_QUERY.getAllCurrencyPairs, new Uint8Array()));
    expect(all.currencyPairs).toEqual([
      { base: "TIA", quote: "USD" },
      { base: "MILK", quote: "USD" },
    ]);
  });

  it("prices saved before the oracle book existed still answer, with nonce 0", () => {
    const tw = world();
    delete tw.chain.restaking!.oracle;
    const r = getPrice(tw, "TIA");
    expect(r.nonce).toBe(0n);
    expect(r.price?.price).toBe("520000000");
  });

  it("8-decimal integers convert to the module's Dec and back without loss", () => {
    for (const s of ["5.62", "5.2", "0.071", "0.048", "0.00000001"]) {
      const d = parseDec(s);
      expect(quantizePrice(d)).toBe(d);
      expect(oracleInteger(d) * 10n ** 10n).toBe(d);
    }
    expect(quantizePrice(parseDec("1.123456789"))).toBe(parseDec("1.12345678"));
  });
});
