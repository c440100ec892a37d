import { describe, expect, it } from "vitest";
import { toHex } from "@cosmjs/encoding";

import "./binary-writer-fix";
import * as CPair from "./gen/connect/types/v2/currency_pair";
import * as C from "./gen/connect/oracle/v2/query";

// Wire bytes written out by hand from the connect v2 field numbers, so a wrong tag fails here.
describe("connect.oracle.v2 codecs", () => {
  it("GetPriceRequest is `string currency_pair = 1` (\"BASE/QUOTE\"), byte for byte", () => {
    // Fixture from connect v2 proto/connect/oracle/v2/query.proto: tag (1 << 3 | 2) = 0x0a,
    // length 7, then the UTF-8 of "TIA/USD". A nested CurrencyPair message would not match.
    const fixture = Uint8Array.from([0x0a, 0x07, 0x54, 0x49, 0x41, 0x2f, 0x55, 0x53, 0x44]);
    const bytes = C.GetPriceRequest.encode(C.GetPriceRequest.fromPartial({ currencyPair: "TIA/USD" })).finish();
    expect(toHex(bytes)).toBe(toHex(fixture));
    expect(C.GetPriceRequest.decode(fixture)).toEqual({ currencyPair: "TIA/USD" });
    expect(C.GetPriceRequest.encode({ currencyPair: "" }).finish()).toHaveLength(0);
  });

  it("CurrencyPair (GetAllCurrencyPairs) keeps Base=1 and Quote=2", () => {
    const bytes = CPair.CurrencyPair.encode({ base: "TIA", quote: "USD" }).finish();
    // 0a 03 "TIA" | 12 03 "USD"
    expect(toHex(bytes)).toBe("0a03544941" + "1203555344");
  });

  it("GetPriceResponse: price 1, nonce 2, decimals 3, id 4; QuotePrice price 1, timestamp 2, height 3", () => {
    const msg = C.GetPriceResponse.fromPartial({
      price: { price: "562000000", blockTimestamp: { seconds: 1n, nanos: 0 }, blockHeight: 7n },
      nonce: 3n,
      decimals: 8n,
      id: 2n,
    });
    const bytes = C.GetPriceResponse.encode(msg).finish();
    // 0a 11 | 0a 09 "562000000" | 12 02 08 01 | 18 07 ; 10 03 ; 18 08 ; 20 02
    expect(toHex(bytes)).toBe("0a110a09" + toHex(new TextEncoder().encode("562000000")) + "120208011807" + "1003" + "1808" + "2002");
    expect(C.GetPriceResponse.decode(bytes)).toEqual(msg);
  });

  it("uint64 fields survive the cosmjs [2^31, 2^32) varint bug", () => {
    const msg = C.GetPriceResponse.fromPartial({ price: { price: "1", blockHeight: 3_000_000_000n }, nonce: 2_147_483_648n, decimals: 8n, id: 0n });
    expect(C.GetPriceResponse.decode(C.GetPriceResponse.encode(msg).finish())).toEqual(msg);
  });

  it("round-trips the list messages", () => {
    const req = C.GetPricesRequest.fromPartial({ currencyPairIds: ["TIA/USD", "MILK/USD"] });
    expect(C.GetPricesRequest.decode(C.GetPricesRequest.encode(req).finish())).toEqual(req);
    const all = C.GetAllCurrencyPairsResponse.fromPartial({ currencyPairs: [{ base: "A", quote: "USD" }, { base: "B", quote: "USD" }] });
    expect(C.GetAllCurrencyPairsResponse.decode(C.GetAllCurrencyPairsResponse.encode(all).finish())).toEqual(all);
    const res = C.GetPricesResponse.fromPartial({ prices: [{ nonce: 1n, decimals: 8n, id: 0n }, { price: { price: "5" }, nonce: 2n, decimals: 8n, id: 1n }] });
    expect(C.GetPricesResponse.decode(C.GetPricesResponse.encode(res).finish())).toEqual(res);
    expect(C.GetAllCurrencyPairsRequest.encode({}).finish()).toHaveLength(0);
  });

  it("skips unknown fields", () => {
    // field 9 varint 1, then Base "X"
    expect(CPair.CurrencyPair.decode(Uint8Array.from([0x48, 0x01, 0x0a, 0x01, 0x58]))).toEqual({ base: "X", quote: "" });
  });
});
