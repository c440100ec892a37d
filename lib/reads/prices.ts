import type { NetworkSnapshot } from "../chains/networks";
import { protobufRpc } from "../cosmos/clients";
import * as AModels from "../cosmos/proto/gen/milkyway/assets/v1/models";
import * as A from "../cosmos/proto/gen/milkyway/assets/v1/query";
import * as C from "../cosmos/proto/gen/connect/oracle/v2/query";
import { oraclePriceToDec, type DenomPrice } from "../protocol/restaking-apr";

/**
 * USD prices of MilkyWay denoms, the way the chain itself prices them (protocol doc §2.5):
 * x/assets maps the denom to a ticker and exponent, Skip connect x/oracle holds `TICKER/USD`.
 * A denom without an asset entry or without an oracle price is null: "no price", never $0.
 */

/** "not found" in any of the ways a chain says it: gRPC NotFound, x/assets, connect's text. */
function isMissing(e: unknown): boolean {
  return /NotFound|not found|not tracking|no price/i.test(e instanceof Error ? e.message : String(e));
}

async function denomPrice(net: NetworkSnapshot, denom: string): Promise<DenomPrice | null> {
  const rpc = await protobufRpc(net, "milkyway");
  let asset: AModels.Asset;
  try {
    const res = await rpc.request("milkyway.assets.v1.Query", "Asset", A.QueryAssetRequest.encode({ denom }).finish());
    asset = A.QueryAssetResponse.decode(res).asset;
  } catch (e) {
    if (isMissing(e)) return null;
    throw e;
  }
  if (!asset.ticker) return null;
  let quote: C.GetPriceResponse;
  try {
    const req = C.GetPriceRequest.encode(C.GetPriceRequest.fromPartial({ currencyPair: `${asset.ticker}/USD` })).finish();
    quote = C.GetPriceResponse.decode(await rpc.request("connect.oracle.v2.Query", "GetPrice", req));
  } catch (e) {
    if (isMissing(e)) return null;
    throw e;
  }
  // A tracked pair without any price yet answers an empty QuotePrice: that is no price too.
  if (!quote.price || !/^\d+$/.test(quote.price.price) || quote.price.price === "0") return null;
  const ts = quote.price.blockTimestamp;
  return {
    denom,
    ticker: asset.ticker,
    exponent: asset.exponent,
    price: oraclePriceToDec(BigInt(quote.price.price), Number(quote.decimals)),
    updatedMs: ts && ts.seconds > 0n ? Number(ts.seconds) * 1000 + Math.floor(ts.nanos / 1e6) : null,
  };
}

/** Prices of several denoms at once, keyed by denom (null = no price). */
export async function denomPrices(net: NetworkSnapshot, denoms: ReadonlyArray<string>): Promise<Record<string, DenomPrice | null>> {
  const all = await Promise.all(denoms.map((d) => denomPrice(net, d)));
  return Object.fromEntries(denoms.map((d, i) => [d, all[i]]));
}
