import { describe, expect, it } from "vitest";
import { QueryClient } from "@cosmjs/stargate";
import { MILKYWAY_SIM } from "../../chains/sim-chains";
import * as C from "../../cosmos/proto/gen/connect/oracle/v2/query";
import * as A from "../../cosmos/proto/gen/milkyway/assets/v1/query";
import { ORACLE_QUERY, ASSETS_QUERY } from "../../cosmos/proto/gen/query-paths";
import { oraclePriceToDec, coinUsd } from "../../protocol/restaking-apr";
import { coinValue } from "../modules/restaking/pricing";
import { advanceSeconds, connect, freshWorld, makeSigner } from "./harness";

const MILKTIA = "ibc/16065EE5282C5217685C8F084FC44864C25C706AC37356B0D62811D50B96920F";

describe("prices over CometBFT ABCI, as the app reads them", () => {
  it("x/assets + connect GetPrice value a coin exactly as the rewards module does, and move daily", async () => {
    const world = freshWorld();
    const c = await connect(world, MILKYWAY_SIM, await makeSigner(MILKYWAY_SIM, "direct"));
    const q = QueryClient.withExtensions(c.comet);
    const read = async () => {
      const asset = A.QueryAssetResponse.decode((await q.queryAbci(ASSETS_QUERY.asset, A.QueryAssetRequest.encode({ denom: MILKTIA }).finish())).value).asset;
      const res = C.GetPriceResponse.decode(
        (await q.queryAbci(ORACLE_QUERY.getPrice, C.GetPriceRequest.encode({ currencyPair: `${asset.ticker}/USD` }).finish())).value,
      );
      return { asset, res, price: oraclePriceToDec(BigInt(res.price!.price), Number(res.decimals)) };
    };
    const before = await read();
    expect(before.asset).toMatchObject({ ticker: "MILKTIA", exponent: 6 });
    const st = world.chains[MILKYWAY_SIM].restaking!;
    expect(before.price).toBe(st.prices.MILKTIA);
    // The app's valuation equals the module's own (what decides reward eligibility).
    expect(coinUsd(123_456_789n, { price: before.price, exponent: before.asset.exponent })).toBe(coinValue(st, MILKTIA, 123_456_789n));

    const pairs = C.GetAllCurrencyPairsResponse.decode((await q.queryAbci(ORACLE_QUERY.getAllCurrencyPairs, new Uint8Array())).value);
    expect(pairs.currencyPairs.map((p) => `${p.base}/${p.quote}`).sort()).toEqual(["MILK/USD", "MILKBABY/USD", "MILKTIA/USD", "TIA/USD"]);

    await advanceSeconds(world, 86_400);
    const after = await read();
    expect(after.res.nonce).toBe(before.res.nonce + 1n);
    expect(after.res.price!.blockTimestamp.seconds).toBeGreaterThan(before.res.price!.blockTimestamp.seconds);
    await expect(q.queryAbci(ORACLE_QUERY.getPrice, C.GetPriceRequest.encode({ currencyPair: "DOGE/USD" }).finish())).rejects.toThrow(
      /not tracking/,
    );
  });
});
