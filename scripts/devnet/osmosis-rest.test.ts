import { describe, expect, it } from "vitest";
import { OSMOSIS_DENOMS } from "../../lib/chains/osmosis-pools";
import { OSMOSIS_SIM } from "../../lib/chains/sim-chains";
import { freshWorld } from "../../lib/sim/integration/harness";
import { POOL_LPS } from "../../lib/sim/genesis/osmosis-pools-setup";
import { handleRpc } from "../../lib/sim/rpc/handler";
import { handleRest } from "./rest";

const world = freshWorld();
const get = (path: string) => {
  const [p, qs = ""] = path.split("?");
  return handleRest(world, OSMOSIS_SIM, "GET", p, new URLSearchParams(qs), "", (chainId, req) => handleRpc(world, chainId, req as never)) as Promise<{ status: number; body: any }>;
};

describe("Osmosis gateway routes on the devnet", () => {
  it("serves a CL pool as the gateway prints it: @type, decimals for LegacyDec and BigDec, RFC 3339 time", async () => {
    const r = await get("/osmosis/poolmanager/v1beta1/pools/1475");
    expect(r.status).toBe(200);
    const p = r.body.pool;
    expect(p["@type"]).toBe("/osmosis.concentratedliquidity.v1beta1.Pool");
    expect(p.id).toBe("1475");
    expect(p.token0).toBe(OSMOSIS_DENOMS.milkTIA);
    expect(p.spread_factor).toBe("0.000500000000000000");
    expect(p.tick_spacing).toBe("100");
    expect(p.current_sqrt_price).toMatch(/^\d+\.\d{36}$/);
    expect(p.current_tick_liquidity).toMatch(/^\d+\.\d{18}$/);
    expect(p.last_liquidity_update).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  });

  it("serves all pools, the count, params, spot price, liquidity, volume and a balancer pool's params and shares", async () => {
    expect((await get("/osmosis/poolmanager/v1beta1/all-pools")).body.pools.map((p: any) => p.id)).toEqual(["1335", "1475", "1800", "2001", "2002", "2003"]);
    expect((await get("/osmosis/poolmanager/v1beta1/num_pools")).body).toEqual({ num_pools: "2003" });
    const params = (await get("/osmosis/poolmanager/v1beta1/Params")).body.params;
    expect(params.pool_creation_fee).toEqual([{ denom: "uosmo", amount: "1000000000" }]);
    expect(params.taker_fee_params.default_taker_fee).toBe("0.001000000000000000");
    expect(params.taker_fee_params.non_osmo_taker_fee_distribution).toEqual({ staking_rewards: "0.670000000000000000", community_pool: "0.330000000000000000", burn: "0.000000000000000000" });
    const price = await get(`/osmosis/poolmanager/pools/1475/prices?base_asset_denom=${encodeURIComponent(OSMOSIS_DENOMS.milkTIA)}&quote_asset_denom=${encodeURIComponent(OSMOSIS_DENOMS.TIA)}`);
    expect(price.body.spot_price).toBe("1.000000000000000000");
    expect((await get("/osmosis/poolmanager/v1beta1/pools/1475/total_pool_liquidity")).body.liquidity.map((c: any) => c.denom).sort()).toEqual([OSMOSIS_DENOMS.TIA, OSMOSIS_DENOMS.milkTIA].sort());
    expect((await get("/osmosis/poolmanager/v1beta1/pools/1475/total_volume")).status).toBe(200);
    const gp = (await get("/osmosis/gamm/v1beta1/pools/2001/params")).body.params;
    expect(gp).toEqual({ "@type": "/osmosis.gamm.v1beta1.PoolParams", swap_fee: "0.003000000000000000", exit_fee: "0.000000000000000000", smooth_weight_change_params: null });
    const gammPool = (await get("/osmosis/gamm/v1beta1/pools/2001")).body.pool;
    expect(gammPool["@type"]).toBe("/osmosis.gamm.v1beta1.Pool");
    expect(gammPool.pool_params.swap_fee).toBe("0.003000000000000000");
    expect(gammPool.pool_assets.map((a: any) => a.token.denom)).toEqual([OSMOSIS_DENOMS.MILK, "uosmo"]);
    // v31's deprecated gamm Pool asks the pool manager: a CL pool answers too.
    expect((await get("/osmosis/gamm/v1beta1/pools/1475")).body.pool["@type"]).toBe("/osmosis.concentratedliquidity.v1beta1.Pool");
    expect((await get("/osmosis/gamm/v1beta1/pools/7")).body).toEqual({ code: 13, message: "failed to find route for pool id (7)", details: [] });
    expect((await get("/osmosis/gamm/v1beta1/pools/2001/total_shares")).body.total_shares).toEqual({ denom: "gamm/pool/2001", amount: "100000000000000000000" });
  });

  it("serves positions by address and by id, tick ranges and claimable rewards", async () => {
    const mine = (await get(`/osmosis/concentratedliquidity/v1beta1/positions/${POOL_LPS.a}?pool_id=1475`)).body.positions;
    expect(mine).toHaveLength(1);
    const pos = mine[0].position;
    expect(pos.address).toBe(POOL_LPS.a);
    expect(pos.pool_id).toBe("1475");
    expect(pos.liquidity).toMatch(/^\d+\.\d{18}$/);
    const byId = (await get(`/osmosis/concentratedliquidity/v1beta1/position_by_id?position_id=${pos.position_id}`)).body.position.position;
    expect(byId).toEqual(pos);
    expect((await get("/osmosis/concentratedliquidity/v1beta1/liquidity_per_tick_range?pool_id=1475")).body.liquidity.length).toBeGreaterThan(0);
    expect((await get(`/osmosis/concentratedliquidity/v1beta1/claimable_spread_rewards?position_id=${pos.position_id}`)).status).toBe(200);
  });

  it("answers unknown pools and bad ids as the gateway does", async () => {
    expect(await get("/osmosis/poolmanager/v1beta1/pools/7")).toEqual({ status: 500, body: { code: 13, message: "failed to find route for pool id (7)", details: [] } });
    expect(await get("/osmosis/poolmanager/v1beta1/pools/abc")).toEqual({
      status: 400,
      body: { code: 3, message: 'type mismatch, parameter: pool_id, error: strconv.ParseUint: parsing "abc": invalid syntax', details: [] },
    });
    expect((await get("/osmosis/concentratedliquidity/v1beta1/position_by_id?position_id=999999")).body.message).toBe("position not found. position id (999999)");
  });
});
