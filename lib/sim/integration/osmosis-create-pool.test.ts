/**
 * MsgCreateConcentratedPool through real CosmJS (the app's registry and amino converter): a pool
 * created with an authorized tick spacing and spread factor gets the next id, an empty CL pool
 * with the creator's denoms, and the creator pays the pool creation fee into the community pool;
 * every refusal carries osmosis v31's text and changes nothing (no pool, no fee).
 */
import { describe, expect, it } from "vitest";
import { calculateFee, GasPrice, QueryClient } from "@cosmjs/stargate";
import { OSMOSIS_SIM } from "../../chains/sim-chains";
import { OSMOSIS_DENOMS } from "../../chains/osmosis-pools";
import { POOLMANAGER_QUERY } from "../../cosmos/proto/gen/query-paths";
import * as PMQ from "../../cosmos/proto/gen/osmosis/poolmanager/v1beta1/query";
import * as PoolModel from "../../cosmos/proto/gen/osmosis/concentratedliquidity/poolmodel/concentrated/v1beta1/tx";
import { Pool as ClPool } from "../../cosmos/proto/gen/osmosis/concentratedliquidity/v1beta1/pool";
import { QueryCommunityPoolRequest, QueryCommunityPoolResponse } from "cosmjs-types/cosmos/distribution/v1beta1/query";
import { QuerySupplyOfRequest, QuerySupplyOfResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { advanceSeconds, connect, freshWorld, fund, makeSigner, type SignMode } from "./harness";

const { milkTIA, OSMO, MILK } = OSMOSIS_DENOMS;
const FEE = calculateFee(800_000, GasPrice.fromString("0.0025uosmo"));
const FEE_UOSMO = BigInt(FEE.amount[0].amount);
const CREATION_FEE = 1_000_000_000n; // 1000 OSMO, poolmanager DefaultParams

async function creator(mode: SignMode, osmo = 5_000_000_000n) {
  const world = freshWorld();
  const c = await connect(world, OSMOSIS_SIM, await makeSigner(OSMOSIS_SIM, mode));
  await fund(world, OSMOSIS_SIM, c.address, [{ denom: OSMO, amount: osmo.toString() }]);
  const q = QueryClient.withExtensions(c.comet);
  const abci = async <T>(path: string, req: Uint8Array, decode: (b: Uint8Array) => T) => decode((await q.queryAbci(path, req)).value);
  const numPools = () => abci(POOLMANAGER_QUERY.numPools, PMQ.NumPoolsRequest.encode({}).finish(), (b) => PMQ.NumPoolsResponse.decode(b).numPools);
  const communityOsmo = () =>
    abci("/cosmos.distribution.v1beta1.Query/CommunityPool", QueryCommunityPoolRequest.encode({}).finish(), (b) => QueryCommunityPoolResponse.decode(b).pool.find((x) => x.denom === OSMO)?.amount ?? "0");
  const osmoBalance = async () => BigInt((await c.client.getBalance(c.address, OSMO)).amount);
  const create = (v: Partial<PoolModel.MsgCreateConcentratedPool>) =>
    c.client.signAndBroadcast(
      c.address,
      [{ typeUrl: PoolModel.MsgCreateConcentratedPool.typeUrl, value: { sender: c.address, denom0: milkTIA, denom1: MILK, tickSpacing: 100n, spreadFactor: "2000000000000000", ...v } }],
      FEE,
    );
  return { world, ...c, abci, numPools, communityOsmo, osmoBalance, create };
}

/** Community pool DecCoin amounts are 18-decimal raw strings. */
const decWhole = (raw: string) => BigInt(raw) / 10n ** 18n;

describe.each<SignMode>(["direct", "amino"])("MsgCreateConcentratedPool through CosmJS (%s signing)", (mode) => {
  it("creates an empty pool at the next id and charges the creation fee into the community pool", async () => {
    const t = await creator(mode);
    const [before, pool0, community0] = [await t.osmoBalance(), await t.numPools(), await t.communityOsmo()];
    const res = await t.create({});
    expect(res.code, res.rawLog).toBe(0);
    const id = PoolModel.MsgCreateConcentratedPoolResponse.decode(res.msgResponses[0].value).poolId;
    expect(id).toBe(pool0 + 1n);
    expect(await t.numPools()).toBe(id);
    expect(res.events.find((e) => e.type === "pool_created")?.attributes.find((a) => a.key === "pool_id")?.value).toBe(id.toString());
    const any = await t.abci(POOLMANAGER_QUERY.pool, PMQ.PoolRequest.encode({ poolId: id }).finish(), (b) => PMQ.PoolResponse.decode(b).pool!);
    expect(any.typeUrl).toBe("/osmosis.concentratedliquidity.v1beta1.Pool");
    const p = ClPool.decode(any.value);
    expect([p.token0, p.token1, p.tickSpacing, p.spreadFactor, p.currentSqrtPrice, p.currentTickLiquidity]).toEqual([milkTIA, MILK, 100n, "2000000000000000", "0", "0"]);
    expect(before - (await t.osmoBalance())).toBe(CREATION_FEE + FEE_UOSMO);
    // The community pool also gets a share of the tx fee at the next block; at least the creation fee arrived.
    expect(decWhole(await t.communityOsmo()) - decWhole(community0) >= CREATION_FEE).toBe(true);
    const params = await t.abci(POOLMANAGER_QUERY.params, PMQ.ParamsRequest.encode({}).finish(), (b) => PMQ.ParamsResponse.decode(b).params!);
    expect(params.poolCreationFee).toEqual([{ denom: OSMO, amount: CREATION_FEE.toString() }]);
  });
});

describe("MsgCreateConcentratedPool refusals", () => {
  it("refuses before execution what ValidateBasic refuses, with Osmosis's texts, charging nothing", async () => {
    const t = await creator("direct");
    const cases: Array<[Partial<PoolModel.MsgCreateConcentratedPool>, string]> = [
      [{ tickSpacing: 0n }, "tick spacing must be positive"],
      [{ denom1: milkTIA }, `received matching denoms (${milkTIA}), must be different`],
      [{ denom0: "1bad" }, "denom0 is invalid: invalid denom: 1bad"],
      [{ denom1: "x" }, "denom1 is invalid: invalid denom: x"],
      // model/msgs_test.go "missing denom0" / "missing denom1": an empty denom fails sdk.ValidateDenom.
      [{ denom0: "" }, "denom0 is invalid: invalid denom: "],
      [{ denom1: "" }, "denom1 is invalid: invalid denom: "],
      [{ spreadFactor: "1000000000000000000" }, "invalid spread factor(1.000000000000000000), must be in [0, 1) range"],
      [{ spreadFactor: "-1" }, "invalid spread factor(-0.000000000000000001), must be in [0, 1) range"],
    ];
    for (const [patch, text] of cases) {
      const [balance, n] = [await t.osmoBalance(), await t.numPools()];
      await expect(t.create(patch)).rejects.toThrow(text);
      expect(await t.osmoBalance()).toBe(balance);
      expect(await t.numPools()).toBe(n);
    }
  });

  it("refuses an unauthorized tick spacing or spread factor, and a creator who cannot pay the fee, leaving no pool", async () => {
    const t = await creator("direct");
    const cases: Array<[Partial<PoolModel.MsgCreateConcentratedPool>, string]> = [
      [{ tickSpacing: 50n }, "attempted to create pool with unauthorized tick spacing (50), must be one of the following: ([1 10 100 1000])"],
      [
        { spreadFactor: "4000000000000000" },
        "attempted to create pool with unauthorized spread factor (0.004000000000000000), must be one of the following: ([0.000000000000000000 0.000100000000000000 0.000500000000000000 0.001000000000000000 0.002000000000000000 0.003000000000000000 0.005000000000000000])",
      ],
    ];
    for (const [patch, text] of cases) {
      const n = await t.numPools();
      const res = await t.create(patch);
      expect(res.code).toBe(1);
      expect(res.rawLog).toBe(`failed to execute message; message index: 0: ${text}`);
      expect(await t.numPools()).toBe(n);
    }
    const poor = await creator("direct", 10_000_000n);
    const n = await poor.numPools();
    const res = await poor.create({});
    expect(res.code).toBe(5);
    expect(res.rawLog).toMatch(/^failed to execute message; message index: 0: spendable balance \d+uosmo is smaller than 1000000000uosmo: insufficient funds$/);
    expect(await poor.numPools()).toBe(n);
  });
});

/**
 * A denom nobody holds. Osmosis v31 does not ask the bank whether a pool's denoms exist: neither
 * MsgCreateConcentratedPool.ValidateBasic (x/concentrated-liquidity/model/msgs.go:41-69, only
 * sdk.ValidateDenom's format check), poolmanager CreatePool / createPoolZeroLiquidityNoCreationFee
 * (x/poolmanager/create_pool.go:32-61, 92-135) nor concentrated-liquidity InitializePool
 * (x/concentrated-liquidity/pool.go:34-95, tick spacing, spread factor, permissionless flag) reads
 * the supply — identical in v31.0.0, v31.0.2 and the v31.x branch (a56c05b0), and no HasSupply or
 * GetSupply call exists under x/poolmanager, x/concentrated-liquidity or x/gamm. Mainnet shows it:
 * pool #1272 was created with `ncheq` before that token existed on Osmosis (osmosis-labs/osmosis
 * issue #6883, closed as intended: pools may be made before a token arrives over IBC). A CL pool
 * takes no initial liquidity (InitialLiquidity() is empty), so nothing else fails either.
 */
describe("MsgCreateConcentratedPool with a denom that has no bank supply", () => {
  const UNSUPPLIED = `ibc/${"AB".repeat(32)}`;

  it("is accepted as v31 accepts it: an empty pool, the creation fee taken, the denom's supply still nothing", async () => {
    const t = await creator("direct");
    const bankSupply = (denom: string) =>
      t.abci("/cosmos.bank.v1beta1.Query/SupplyOf", QuerySupplyOfRequest.encode({ denom }).finish(), (b) => BigInt(QuerySupplyOfResponse.decode(b).amount?.amount ?? "0"));
    expect(await bankSupply(UNSUPPLIED)).toBe(0n);
    const [before, n] = [await t.osmoBalance(), await t.numPools()];
    const res = await t.create({ denom0: UNSUPPLIED, denom1: milkTIA });
    expect(res.code, res.rawLog).toBe(0);
    const id = PoolModel.MsgCreateConcentratedPoolResponse.decode(res.msgResponses[0].value).poolId;
    expect(id).toBe(n + 1n);
    const any = await t.abci(POOLMANAGER_QUERY.pool, PMQ.PoolRequest.encode({ poolId: id }).finish(), (b) => PMQ.PoolResponse.decode(b).pool!);
    const p = ClPool.decode(any.value);
    expect([p.token0, p.token1, p.currentSqrtPrice, p.currentTickLiquidity]).toEqual([UNSUPPLIED, milkTIA, "0", "0"]);
    expect(before - (await t.osmoBalance())).toBe(CREATION_FEE + FEE_UOSMO);
    expect(await bankSupply(UNSUPPLIED)).toBe(0n);
    // The day epoch (protorev's pool choice, taker-fee distribution) runs over the empty pool.
    await advanceSeconds(t.world, 86_400);
    expect(await t.numPools()).toBe(id);
    expect(await bankSupply(UNSUPPLIED)).toBe(0n);
  });
});
