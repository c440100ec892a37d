import { describe, expect, it } from "vitest";
import { calculateFee, GasPrice, QueryClient, type DeliverTxResponse } from "@cosmjs/stargate";
import { MILKYWAY_SIM } from "../../chains/sim-chains";
import { MsgUndelegateResponse } from "../../cosmos/proto/gen/milkyway/restaking/v1/messages";
import { MsgWithdrawDelegatorRewardResponse } from "../../cosmos/proto/gen/milkyway/rewards/v1/messages";
import { DelegationType } from "../../cosmos/proto/gen/milkyway/restaking/v1/models";
import { POOLS_QUERY, SERVICES_QUERY, RESTAKING_QUERY, REWARDS_QUERY } from "../../cosmos/proto/gen/query-paths";
import { QueryPoolsRequest, QueryPoolsResponse } from "../../cosmos/proto/gen/milkyway/pools/v1/query";
import { QueryServicesRequest, QueryServicesResponse } from "../../cosmos/proto/gen/milkyway/services/v1/query";
import { ServiceStatus } from "../../cosmos/proto/gen/milkyway/services/v1/models";
import {
  QueryPoolUnbondingDelegationRequest,
  QueryPoolUnbondingDelegationResponse,
  QueryServiceSecuringPoolsRequest,
  QueryServiceSecuringPoolsResponse,
  QueryUserPreferencesRequest,
  QueryUserPreferencesResponse,
} from "../../cosmos/proto/gen/milkyway/restaking/v1/query";
import { QueryDelegatorTotalRewardsRequest, QueryDelegatorTotalRewardsResponse } from "../../cosmos/proto/gen/milkyway/rewards/v1/query";
import { advanceSeconds, connect, freshWorld, fund, makeSigner, type SignMode } from "./harness";

// milkTIA on MilkyWay: transfer/channel-0/factory/<milkTIA contract>/umilkTIA (doc §0).
const MILKTIA = "ibc/16065EE5282C5217685C8F084FC44864C25C706AC37356B0D62811D50B96920F";
const FEE = calculateFee(600_000, GasPrice.fromString("0.0025umilk"));
const FEE_UMILK = BigInt(FEE.amount[0].amount);
const DAY = 86_400;
const UNBONDING_MS = 259_200_000;

type Client = Awaited<ReturnType<typeof connect>>["client"];

/** A raw gRPC-over-ABCI query on the client's own connection (MilkyWay has no CosmJS extension). */
async function abci<T>(query: QueryClient, path: string, request: Uint8Array, decode: (b: Uint8Array) => T): Promise<T> {
  const { value } = await query.queryAbci(path, request);
  return decode(value);
}

async function staker(mode: SignMode) {
  const world = freshWorld();
  const c = await connect(world, MILKYWAY_SIM, await makeSigner(MILKYWAY_SIM, mode));
  await fund(world, MILKYWAY_SIM, c.address, [
    { denom: "umilk", amount: "100000000" },
    { denom: MILKTIA, amount: "500000000" },
  ]);
  return { world, ...c, query: QueryClient.withExtensions(c.comet) };
}

/** The genesis world's milkTIA pool and an active service that borrows its security. */
async function targets(query: QueryClient) {
  const { pools } = await abci(query, POOLS_QUERY.pools, QueryPoolsRequest.encode({}).finish(), (b) => QueryPoolsResponse.decode(b));
  const pool = pools.find((p) => p.denom === MILKTIA);
  expect(pool, "genesis creates a milkTIA pool").toBeDefined();
  const { services } = await abci(query, SERVICES_QUERY.services, QueryServicesRequest.encode({}).finish(), (b) => QueryServicesResponse.decode(b));
  for (const s of services.filter((x) => x.status === ServiceStatus.SERVICE_STATUS_ACTIVE)) {
    const { poolIds } = await abci(
      query,
      RESTAKING_QUERY.serviceSecuringPools,
      QueryServiceSecuringPoolsRequest.encode({ serviceId: s.id }).finish(),
      (b) => QueryServiceSecuringPoolsResponse.decode(b),
    );
    if (poolIds.includes(pool!.id)) return { pool: pool!, service: s };
  }
  throw new Error("no active service borrows the milkTIA pool");
}

const delegatePool = (delegator: string, amount: string) => ({
  typeUrl: "/milkyway.restaking.v1.MsgDelegatePool",
  value: { delegator, amount: { denom: MILKTIA, amount } },
});
const undelegatePool = (delegator: string, amount: string) => ({
  typeUrl: "/milkyway.restaking.v1.MsgUndelegatePool",
  value: { delegator, amount: { denom: MILKTIA, amount } },
});

function undelegateCompletionMs(res: DeliverTxResponse): number {
  expect(res.code, res.rawLog).toBe(0);
  const { completionTime } = MsgUndelegateResponse.decode(res.msgResponses[0].value);
  return Number(completionTime.seconds) * 1000 + Math.floor(completionTime.nanos / 1e6);
}

async function blockTimeMs(client: Client, height: number): Promise<number> {
  return Date.parse((await client.getBlock(height)).header.time);
}

const balance = async (client: Client, address: string, denom: string) => BigInt((await client.getBalance(address, denom)).amount);

describe("restaking milkTIA on MilkyWay through the real CosmWasm client", () => {
  it.each(["direct", "amino"] as const)(
    "delegates to the pool, trusts a service, earns and withdraws MILK, unbonds in 3 days (%s)",
    async (mode) => {
      const { world, client, address, query } = await staker(mode);
      const { pool, service } = await targets(query);

      const before = await balance(client, address, MILKTIA);
      const del = await client.signAndBroadcast(address, [delegatePool(address, "100000000")], FEE);
      expect(del.code, del.rawLog).toBe(0);
      expect(await balance(client, address, MILKTIA)).toBe(before - 100_000_000n);
      expect(await balance(client, pool.address, MILKTIA)).toBeGreaterThanOrEqual(100_000_000n);

      const trust = await client.signAndBroadcast(
        address,
        [
          {
            typeUrl: "/milkyway.restaking.v1.MsgSetUserPreferences",
            value: { user: address, preferences: { trustedServices: [{ serviceId: service.id, poolsIds: [pool.id] }] } },
          },
        ],
        FEE,
      );
      expect(trust.code, trust.rawLog).toBe(0);
      const prefs = await abci(
        query,
        RESTAKING_QUERY.userPreferences,
        QueryUserPreferencesRequest.encode({ userAddress: address }).finish(),
        (b) => QueryUserPreferencesResponse.decode(b),
      );
      expect(prefs.preferences.trustedServices).toEqual([{ serviceId: service.id, poolsIds: [pool.id] }]);

      await advanceSeconds(world, DAY);
      const rewards = await abci(
        query,
        REWARDS_QUERY.delegatorTotalRewards,
        QueryDelegatorTotalRewardsRequest.encode({ delegatorAddress: address }).finish(),
        (b) => QueryDelegatorTotalRewardsResponse.decode(b),
      );
      const poolReward = rewards.rewards.find((r) => r.delegationType === DelegationType.DELEGATION_TYPE_POOL && r.delegationTargetId === pool.id);
      expect(poolReward).toBeDefined();
      const accruedMilk = poolReward!.reward.find((p) => p.denom === MILKTIA)!.decCoins.find((c) => c.denom === "umilk")!;
      // LegacyDec on the wire: integer × 10^18. A day of a 10^8 milkTIA stake earns whole umilk.
      expect(BigInt(accruedMilk.amount)).toBeGreaterThan(10n ** 18n);

      const milkBefore = await balance(client, address, "umilk");
      const wd = await client.signAndBroadcast(
        address,
        [
          {
            typeUrl: "/milkyway.rewards.v1.MsgWithdrawDelegatorReward",
            value: { delegatorAddress: address, delegationType: DelegationType.DELEGATION_TYPE_POOL, delegationTargetId: pool.id },
          },
        ],
        FEE,
      );
      expect(wd.code, wd.rawLog).toBe(0);
      const paid = MsgWithdrawDelegatorRewardResponse.decode(wd.msgResponses[0].value).amount;
      const paidMilk = BigInt(paid.find((c) => c.denom === "umilk")?.amount ?? "0");
      expect(paidMilk).toBeGreaterThan(0n);
      // Payouts are floored: at least what the query showed a block earlier, floored.
      expect(paidMilk).toBeGreaterThanOrEqual(BigInt(accruedMilk.amount) / 10n ** 18n);
      expect(await balance(client, address, "umilk")).toBe(milkBefore - FEE_UMILK + paidMilk);

      const un = await client.signAndBroadcast(address, [undelegatePool(address, "40000000")], FEE);
      const completion = undelegateCompletionMs(un);
      expect(completion).toBe((await blockTimeMs(client, un.height)) + UNBONDING_MS);

      const ubd = await abci(
        query,
        RESTAKING_QUERY.poolUnbondingDelegation,
        QueryPoolUnbondingDelegationRequest.encode({ poolId: pool.id, delegatorAddress: address }).finish(),
        (b) => QueryPoolUnbondingDelegationResponse.decode(b),
      );
      expect(ubd.unbondingDelegation.entries).toHaveLength(1);
      const entry = ubd.unbondingDelegation.entries[0];
      const owed = BigInt(entry.balance.find((c) => c.denom === MILKTIA)!.amount);
      // Share maths may shave at most one base unit off the value of the shares.
      expect(owed === 40_000_000n || owed === 39_999_999n).toBe(true);

      const held = await balance(client, address, MILKTIA);
      await advanceSeconds(world, 3 * DAY - 120);
      expect(await balance(client, address, MILKTIA)).toBe(held);
      await advanceSeconds(world, 240);
      expect(await balance(client, address, MILKTIA)).toBe(held + owed);
    },
  );

  it("the 8th unbonding entry for the same pool is refused with the chain's own words", async () => {
    const { client, address } = await staker("direct");
    expect((await client.signAndBroadcast(address, [delegatePool(address, "50000000")], FEE)).code).toBe(0);
    // Every broadcast is its own block, so each undelegation is a separate entry.
    for (let i = 0; i < 7; i++) {
      undelegateCompletionMs(await client.signAndBroadcast(address, [undelegatePool(address, "1000000")], FEE));
    }
    const before = await balance(client, address, MILKTIA);
    const eighth = await client.signAndBroadcast(address, [undelegatePool(address, "1000000")], FEE);
    expect(eighth.code).toBe(16);
    expect(eighth.rawLog).toContain("too many unbonding delegation entries for (delegator, delegation target) tuple");
    expect(await balance(client, address, MILKTIA)).toBe(before);
    // And a client that simulates first (fee "auto") is told before anything is signed.
    await expect(client.signAndBroadcast(address, [undelegatePool(address, "1000000")], "auto")).rejects.toThrow(
      /too many unbonding delegation entries/,
    );
  });

  it("undelegating where nothing is delegated is refused clearly; asking for more than the delegation unbonds all of it", async () => {
    const { client, address, query } = await staker("direct");
    const none = await client.signAndBroadcast(address, [undelegatePool(address, "1000000")], FEE);
    expect(none.code).toBe(4);
    expect(none.rawLog).toContain("delegation not found");
    const noPool = await client.signAndBroadcast(
      address,
      [{ typeUrl: "/milkyway.restaking.v1.MsgUndelegatePool", value: { delegator: address, amount: { denom: "uunknown", amount: "5" } } }],
      FEE,
    );
    expect(noPool.code).not.toBe(0);
    expect(noPool.rawLog).toContain("pool not found");

    // The chain caps the shares at the delegation's (ValidateUnbondAmount, doc §2.2): an
    // over-ask is not an error, it is a full exit. The UI must refuse it before signing.
    expect((await client.signAndBroadcast(address, [delegatePool(address, "20000000")], FEE)).code).toBe(0);
    const { pool } = await targets(query);
    const over = await client.signAndBroadcast(address, [undelegatePool(address, "999000000")], FEE);
    undelegateCompletionMs(over);
    const ubd = await abci(
      query,
      RESTAKING_QUERY.poolUnbondingDelegation,
      QueryPoolUnbondingDelegationRequest.encode({ poolId: pool.id, delegatorAddress: address }).finish(),
      (b) => QueryPoolUnbondingDelegationResponse.decode(b),
    );
    const owed = BigInt(ubd.unbondingDelegation.entries[0].balance[0].amount);
    expect(owed === 20_000_000n || owed === 19_999_999n).toBe(true);
    const again = await client.signAndBroadcast(address, [undelegatePool(address, "1")], FEE);
    expect(again.code).toBe(4);
    expect(again.rawLog).toContain("delegation not found");
  });
});
