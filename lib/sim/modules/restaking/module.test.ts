import { describe, expect, it } from "vitest";
import * as RQ from "../../../cosmos/proto/gen/milkyway/restaking/v1/query";
import * as WQ from "../../../cosmos/proto/gen/milkyway/rewards/v1/query";
import * as PQ from "../../../cosmos/proto/gen/milkyway/pools/v1/query";
import * as AQ from "../../../cosmos/proto/gen/milkyway/assets/v1/query";
import * as OQ from "../../../cosmos/proto/gen/query-paths";
import * as SQ from "../../../cosmos/proto/gen/query-paths";
import { RESTAKING_QUERY, REWARDS_QUERY, POOLS_QUERY, ASSETS_QUERY } from "../../../cosmos/proto/gen/query-paths";
import { MsgDelegatePool, MsgSetUserPreferences } from "../../../cosmos/proto/gen/milkyway/restaking/v1/messages";
import { MsgCreateService, MsgCreateServiceResponse } from "../../../cosmos/proto/gen/milkyway/services/v1/messages";
import { MsgCreateRewardsPlan } from "../../../cosmos/proto/gen/milkyway/rewards/v1/messages";
import { DistributionTypeBasic } from "../../../cosmos/proto/gen/milkyway/rewards/v1/models";
import { QueryError } from "../../errors";
import { sendCoins } from "../bank";
import { activateService, borrowPoolSecurity } from "./admin";
import { restakingModule } from "./module";
import { setAsset, setPrice } from "./pricing";
import { addr, makeWorld } from "./test-world";

const E18 = 10n ** 18n;
const ADMIN = addr(100);
const ALICE = addr(1);

function run(tw: ReturnType<typeof makeWorld>, typeUrl: string, bytes: Uint8Array): Uint8Array {
  const route = restakingModule.msgs![typeUrl];
  const ctx = tw.ctx();
  return ctx.atomic(() => route.handle(ctx, route.codec.decode(bytes)));
}

function query(tw: ReturnType<typeof makeWorld>, path: string, bytes: Uint8Array): Uint8Array {
  return restakingModule.queries![path]({ world: tw.world, chain: tw.chain }, bytes);
}

describe("restaking module wiring", () => {
  it("serves every query path of the six packages", () => {
    const paths = [
      ...Object.values(RESTAKING_QUERY),
      ...Object.values(REWARDS_QUERY),
      ...Object.values(POOLS_QUERY),
      ...Object.values(OQ.OPERATORS_QUERY),
      ...Object.values(SQ.SERVICES_QUERY),
      ...Object.values(ASSETS_QUERY),
    ];
    expect(paths.length).toBeGreaterThan(50);
    expect(paths.filter((p) => !restakingModule.queries![p])).toEqual([]);
  });

  it("routes messages and answers the gRPC queries", () => {
    const tw = makeWorld({ params: { allowedDenoms: [] }, serviceRegistrationFee: [], rewardsPlanCreationFee: [] });
    tw.fund(ALICE, 5_000_000n, "uaaa");
    tw.fund(ADMIN, 5_000_000n, "urew");
    tw.tx((c) => {
      setAsset(c, "uaaa", "AAA", 6);
      setPrice(c, "AAA", 3n * E18);
    });

    const created = MsgCreateServiceResponse.decode(
      run(tw, "/milkyway.services.v1.MsgCreateService", MsgCreateService.encode(MsgCreateService.fromPartial({ sender: ADMIN, name: "svc" })).finish()),
    );
    expect(created.newServiceId).toBe(1);
    tw.tx((c) => activateService(c, ADMIN, 1));
    run(tw, "/milkyway.restaking.v1.MsgDelegatePool", MsgDelegatePool.encode({ delegator: ALICE, amount: { denom: "uaaa", amount: "2000000" } }).finish());
    tw.tx((c) => borrowPoolSecurity(c, ADMIN, 1, 1));
    run(
      tw,
      "/milkyway.restaking.v1.MsgSetUserPreferences",
      MsgSetUserPreferences.encode({ user: ALICE, preferences: { trustedServices: [{ serviceId: 1, poolsIds: [] }] } }).finish(),
    );
    const basic = { typeUrl: "/milkyway.rewards.v1.DistributionTypeBasic", value: DistributionTypeBasic.encode({}).finish() };
    const now = BigInt(Math.floor(tw.chain.timeMs / 1000));
    run(
      tw,
      "/milkyway.rewards.v1.MsgCreateRewardsPlan",
      MsgCreateRewardsPlan.encode(
        MsgCreateRewardsPlan.fromPartial({
          sender: ADMIN,
          serviceId: 1,
          description: "d",
          amount: { denom: "urew", amount: "864000" },
          startTime: { seconds: now, nanos: 0 },
          endTime: { seconds: now + 86_400n, nanos: 0 },
          poolsDistribution: { delegationType: 1, weight: 0, type: basic },
          operatorsDistribution: { delegationType: 2, weight: 0, type: basic },
          usersDistribution: { weight: 0 },
        }),
      ).finish(),
    );
    const plan = WQ.QueryRewardsPlanResponse.decode(query(tw, "/milkyway.rewards.v1.Query/RewardsPlan", WQ.QueryRewardsPlanRequest.encode({ planId: 1n }).finish())).rewardsPlan;
    expect(plan.amountPerDay).toEqual({ denom: "urew", amount: "864000" });
    expect(plan.poolsDistribution.type?.typeUrl).toBe("/milkyway.rewards.v1.DistributionTypeBasic");
    tw.tx((c) => sendCoins(c, ADMIN, plan.rewardsPool, [{ denom: "urew", amount: 1_000_000n }]));
    tw.advance(3_600_000);

    const pools = PQ.QueryPoolsResponse.decode(query(tw, "/milkyway.pools.v1.Query/Pools", PQ.QueryPoolsRequest.encode({}).finish()));
    expect(pools.pools).toEqual([
      { id: 1, denom: "uaaa", address: tw.st().pools[1].address, tokens: "2000000", delegatorShares: (2_000_000n * E18).toString() },
    ]);
    const del = RQ.QueryPoolDelegationResponse.decode(
      query(tw, "/milkyway.restaking.v1.Query/PoolDelegation", RQ.QueryPoolDelegationRequest.encode({ poolId: 1, delegatorAddress: ALICE }).finish()),
    ).delegation;
    expect(del.delegation.shares).toEqual([{ denom: "pool/1/uaaa", amount: (2_000_000n * E18).toString() }]);
    expect(del.balance).toEqual([{ denom: "uaaa", amount: "2000000" }]);
    expect(() =>
      query(tw, "/milkyway.restaking.v1.Query/PoolDelegation", RQ.QueryPoolDelegationRequest.encode({ poolId: 1, delegatorAddress: ADMIN }).finish()),
    ).toThrow(QueryError);

    const total = WQ.QueryDelegatorTotalRewardsResponse.decode(
      query(tw, "/milkyway.rewards.v1.Query/DelegatorTotalRewards", WQ.QueryDelegatorTotalRewardsRequest.encode({ delegatorAddress: ALICE }).finish()),
    );
    expect(total.total).toEqual([{ denom: "uaaa", decCoins: [{ denom: "urew", amount: (36_000n * E18).toString() }] }]);
    const shares = WQ.QueryPoolServiceTotalDelegatorSharesResponse.decode(
      query(tw, "/milkyway.rewards.v1.Query/PoolServiceTotalDelegatorShares", WQ.QueryPoolServiceTotalDelegatorSharesRequest.encode({ poolId: 1, serviceId: 1 }).finish()),
    );
    expect(shares.shares).toEqual([{ denom: "pool/1/uaaa", amount: (2_000_000n * E18).toString() }]);

    const params = RQ.QueryParamsResponse.decode(query(tw, "/milkyway.restaking.v1.Query/Params", new Uint8Array())).params;
    expect(params.unbondingTime).toBe(259_200n * 1_000_000_000n);
    expect(params.maxEntries).toBe(7);
    const asset = AQ.QueryAssetResponse.decode(query(tw, "/milkyway.assets.v1.Query/Asset", AQ.QueryAssetRequest.encode({ denom: "uaaa" }).finish()));
    expect(asset.asset).toEqual({ denom: "uaaa", ticker: "AAA", exponent: 6 });
    expect(() => query(tw, "/milkyway.assets.v1.Query/Asset", AQ.QueryAssetRequest.encode({ denom: "nope" }).finish())).toThrow(/NotFound/);
  });

  it("paginates with an opaque next key", () => {
    const tw = makeWorld({ params: { allowedDenoms: [] } });
    for (const d of ["ua", "ub", "uc"]) {
      tw.fund(ALICE, 10n, d);
      tw.tx((c) => c.atomic(() => restakingModule.msgs!["/milkyway.restaking.v1.MsgDelegatePool"].handle(c, { delegator: ALICE, amount: { denom: d, amount: "1" } })));
    }
    const first = PQ.QueryPoolsResponse.decode(query(tw, "/milkyway.pools.v1.Query/Pools", PQ.QueryPoolsRequest.encode({ pagination: { key: new Uint8Array(), offset: 0n, limit: 2n, countTotal: true, reverse: false } }).finish()));
    expect(first.pools.map((p) => p.denom)).toEqual(["ua", "ub"]);
    expect(first.pagination?.total).toBe(3n);
    const second = PQ.QueryPoolsResponse.decode(query(tw, "/milkyway.pools.v1.Query/Pools", PQ.QueryPoolsRequest.encode({ pagination: { key: first.pagination!.nextKey, offset: 0n, limit: 2n, countTotal: false, reverse: false } }).finish()));
    expect(second.pools.map((p) => p.denom)).toEqual(["uc"]);
    expect(second.pagination?.nextKey).toHaveLength(0);
  });
});
