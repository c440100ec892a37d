import type { NetworkSnapshot } from "../chains/networks";
import { protobufRpc } from "../cosmos/clients";
import { parseDecWire, type Dec } from "../amount/decimal";
import * as RQ from "../cosmos/proto/gen/milkyway/restaking/v1/query";
import * as WQ from "../cosmos/proto/gen/milkyway/rewards/v1/query";
import * as P from "../cosmos/proto/gen/milkyway/pools/v1/query";
import * as O from "../cosmos/proto/gen/milkyway/operators/v1/query";
import * as S from "../cosmos/proto/gen/milkyway/services/v1/query";
import { OperatorStatus } from "../cosmos/proto/gen/milkyway/operators/v1/models";
import { ServiceStatus } from "../cosmos/proto/gen/milkyway/services/v1/models";
import { kindOfDelegationType, rewardCoins, sumCoins, type CoinAmount, type Target } from "../protocol/restaking";
import type { TrustEntry } from "../protocol/restaking-trust";
import type { DistributionKind, GroupDistribution, PlanDistribution } from "../protocol/restaking-plan-rates";
import { DistributionTypeWeighted } from "../cosmos/proto/gen/milkyway/rewards/v1/models";

const RESTAKING = "milkyway.restaking.v1.Query";
const REWARDS = "milkyway.rewards.v1.Query";

type Codec<T> = { encode(m: T): { finish(): Uint8Array }; decode(b: Uint8Array): T; fromPartial(o: object): T };

async function ask<Req, Res>(net: NetworkSnapshot, service: string, method: string, req: Codec<Req>, res: Codec<Res>, params: object): Promise<Res> {
  const rpc = await protobufRpc(net, "milkyway");
  return res.decode(await rpc.request(service, method, req.encode(req.fromPartial(params)).finish()));
}

/** A missing single answers gRPC NotFound: that is "nothing", not an error. */
function isNotFound(e: unknown): boolean {
  return /not found/i.test(e instanceof Error ? e.message : String(e));
}

const coins = (cs: ReadonlyArray<{ denom: string; amount: string }>): CoinAmount[] => cs.map((c) => ({ denom: c.denom, amount: BigInt(c.amount || "0") }));

export interface PoolView {
  id: number;
  denom: string;
  tokens: bigint;
  shares: Dec;
}

export async function pools(net: NetworkSnapshot): Promise<PoolView[]> {
  const r = await ask(net, "milkyway.pools.v1.Query", "Pools", P.QueryPoolsRequest, P.QueryPoolsResponse, {});
  return r.pools.map((p) => ({ id: p.id, denom: p.denom, tokens: BigInt(p.tokens || "0"), shares: parseDecWire(p.delegatorShares || "0") }));
}

export interface OperatorView {
  id: number;
  moniker: string;
  active: boolean;
  status: string;
  commission: Dec;
  joinedServices: number[];
  /** Tokens delegated to the operator, all denoms. */
  tokens: CoinAmount[];
}

const OPERATOR_STATUS: Record<number, string> = {
  [OperatorStatus.OPERATOR_STATUS_ACTIVE]: "Active",
  [OperatorStatus.OPERATOR_STATUS_INACTIVATING]: "Leaving",
  [OperatorStatus.OPERATOR_STATUS_INACTIVE]: "Inactive",
};

export async function operators(net: NetworkSnapshot): Promise<OperatorView[]> {
  const r = await ask(net, "milkyway.operators.v1.Query", "Operators", O.QueryOperatorsRequest, O.QueryOperatorsResponse, {});
  return Promise.all(
    r.operators.map(async (o) => {
      const [params, joined] = await Promise.all([
        ask(net, "milkyway.operators.v1.Query", "OperatorParams", O.QueryOperatorParamsRequest, O.QueryOperatorParamsResponse, { operatorId: o.id }).catch(
          (e: unknown) => (isNotFound(e) ? null : Promise.reject(e)),
        ),
        ask(net, RESTAKING, "OperatorJoinedServices", RQ.QueryOperatorJoinedServicesRequest, RQ.QueryOperatorJoinedServicesResponse, { operatorId: o.id }),
      ]);
      return {
        id: o.id,
        moniker: o.moniker,
        active: o.status === OperatorStatus.OPERATOR_STATUS_ACTIVE,
        status: OPERATOR_STATUS[o.status] ?? "Unknown",
        commission: parseDecWire(params?.operatorParams.commissionRate || "0"),
        joinedServices: joined.serviceIds,
        tokens: coins(o.tokens),
      };
    }),
  );
}

export interface ServiceView {
  id: number;
  name: string;
  description: string;
  active: boolean;
  status: string;
  securingPools: number[];
  allowedOperators: number[];
  /** Tokens delegated to the service itself. */
  tokens: CoinAmount[];
  /** Per securing pool: the pool shares of delegators who trust this service with it (Dec). */
  trustedPoolShares: Record<number, Dec>;
}

const SERVICE_STATUS: Record<number, string> = {
  [ServiceStatus.SERVICE_STATUS_CREATED]: "Created",
  [ServiceStatus.SERVICE_STATUS_ACTIVE]: "Active",
  [ServiceStatus.SERVICE_STATUS_INACTIVE]: "Inactive",
};

export async function services(net: NetworkSnapshot): Promise<ServiceView[]> {
  const r = await ask(net, "milkyway.services.v1.Query", "Services", S.QueryServicesRequest, S.QueryServicesResponse, {});
  return Promise.all(
    r.services.map(async (s) => {
      const [securing, ops] = await Promise.all([
        ask(net, RESTAKING, "ServiceSecuringPools", RQ.QueryServiceSecuringPoolsRequest, RQ.QueryServiceSecuringPoolsResponse, { serviceId: s.id }),
        ask(net, RESTAKING, "ServiceAllowedOperators", RQ.QueryServiceAllowedOperatorsRequest, RQ.QueryServiceAllowedOperatorsResponse, { serviceId: s.id }),
      ]);
      // What of each borrowed pool actually backs this service (doc §2.6 step 3): only trusting delegators' shares.
      const trusted = await Promise.all(
        securing.poolIds.map(async (poolId) => {
          const r = await ask(net, REWARDS, "PoolServiceTotalDelegatorShares", WQ.QueryPoolServiceTotalDelegatorSharesRequest, WQ.QueryPoolServiceTotalDelegatorSharesResponse, {
            poolId,
            serviceId: s.id,
          }).catch((e: unknown) => (isNotFound(e) ? { shares: [] } : Promise.reject(e)));
          return [poolId, r.shares.reduce((sum, c) => sum + parseDecWire(c.amount || "0"), 0n)] as const;
        }),
      );
      return {
        id: s.id,
        name: s.name,
        description: s.description,
        active: s.status === ServiceStatus.SERVICE_STATUS_ACTIVE,
        status: SERVICE_STATUS[s.status] ?? "Unknown",
        securingPools: securing.poolIds,
        allowedOperators: ops.operatorIds,
        tokens: coins(s.tokens),
        trustedPoolShares: Object.fromEntries(trusted),
      };
    }),
  );
}

export interface PlanView {
  id: bigint;
  serviceId: number;
  perDay: CoinAmount;
  startMs: number;
  endMs: number;
  distribution: PlanDistribution;
}

const DISTRIBUTION_KIND: Record<string, DistributionKind> = {
  "": "basic",
  "/milkyway.rewards.v1.DistributionTypeBasic": "basic",
  "/milkyway.rewards.v1.DistributionTypeEgalitarian": "egalitarian",
  "/milkyway.rewards.v1.DistributionTypeWeighted": "weighted",
};

/** A plan's split of one group; a kind this app does not know is read as Basic (by value). */
function groupDistribution(d: { weight: number; type?: { typeUrl: string; value: Uint8Array } } | undefined): GroupDistribution {
  const kind = DISTRIBUTION_KIND[d?.type?.typeUrl ?? ""] ?? "basic";
  const weights = kind === "weighted" && d?.type ? DistributionTypeWeighted.decode(d.type.value).weights.map((w) => ({ targetId: w.delegationTargetId, weight: w.weight })) : [];
  return { weight: d?.weight ?? 0, kind, weights };
}

export async function rewardsPlans(net: NetworkSnapshot): Promise<PlanView[]> {
  const r = await ask(net, REWARDS, "RewardsPlans", WQ.QueryRewardsPlansRequest, WQ.QueryRewardsPlansResponse, {});
  return r.rewardsPlans.map((p) => ({
    id: p.id,
    serviceId: p.serviceId,
    perDay: { denom: p.amountPerDay.denom, amount: BigInt(p.amountPerDay.amount || "0") },
    startMs: Number(p.startTime.seconds) * 1000,
    endMs: Number(p.endTime.seconds) * 1000,
    distribution: {
      pools: groupDistribution(p.poolsDistribution),
      operators: groupDistribution(p.operatorsDistribution),
      users: { weight: p.usersDistribution?.weight ?? 0 },
    },
  }));
}

export interface RestakingParams {
  unbondingTimeSec: number;
  maxEntries: number;
}

export async function restakingParams(net: NetworkSnapshot): Promise<RestakingParams> {
  const r = await ask(net, RESTAKING, "Params", RQ.QueryParamsRequest, RQ.QueryParamsResponse, {});
  // unbondingTime is a Duration in nanoseconds on this chain's params.
  return { unbondingTimeSec: Number(r.params.unbondingTime / 1_000_000_000n), maxEntries: r.params.maxEntries };
}

export interface DelegationView {
  target: Target;
  balance: CoinAmount[];
}

export async function userDelegations(net: NetworkSnapshot, user: string): Promise<DelegationView[]> {
  const req = { delegatorAddress: user };
  const [p, o, s] = await Promise.all([
    ask(net, RESTAKING, "DelegatorPoolDelegations", RQ.QueryDelegatorPoolDelegationsRequest, RQ.QueryDelegatorPoolDelegationsResponse, req),
    ask(net, RESTAKING, "DelegatorOperatorDelegations", RQ.QueryDelegatorOperatorDelegationsRequest, RQ.QueryDelegatorOperatorDelegationsResponse, req),
    ask(net, RESTAKING, "DelegatorServiceDelegations", RQ.QueryDelegatorServiceDelegationsRequest, RQ.QueryDelegatorServiceDelegationsResponse, req),
  ]);
  return [...p.delegations, ...o.delegations, ...s.delegations].flatMap((d) => {
    const kind = kindOfDelegationType(d.delegation.type);
    if (!kind) return [];
    return [{ target: { kind, id: d.delegation.targetId }, balance: coins(d.balance) }];
  });
}

export interface UnbondingView {
  target: Target;
  entries: { id: string; completionMs: number; balance: CoinAmount[] }[];
}

export async function userUnbondings(net: NetworkSnapshot, user: string): Promise<UnbondingView[]> {
  const req = { delegatorAddress: user };
  const all = await Promise.all([
    ask(net, RESTAKING, "DelegatorPoolUnbondingDelegations", RQ.QueryDelegatorPoolUnbondingDelegationsRequest, RQ.QueryDelegatorPoolUnbondingDelegationsResponse, req),
    ask(net, RESTAKING, "DelegatorOperatorUnbondingDelegations", RQ.QueryDelegatorOperatorUnbondingDelegationsRequest, RQ.QueryDelegatorOperatorUnbondingDelegationsResponse, req),
    ask(net, RESTAKING, "DelegatorServiceUnbondingDelegations", RQ.QueryDelegatorServiceUnbondingDelegationsRequest, RQ.QueryDelegatorServiceUnbondingDelegationsResponse, req),
  ]);
  return all.flatMap((r) =>
    r.unbondingDelegations.flatMap((u) => {
      const kind = kindOfDelegationType(u.type);
      if (!kind) return [];
      return [
        {
          target: { kind, id: u.targetId },
          entries: u.entries.map((e) => ({
            id: `${e.unbondingId}-${e.creationHeight}`,
            completionMs: Number(e.completionTime.seconds) * 1000 + Math.floor(e.completionTime.nanos / 1e6),
            balance: coins(e.balance),
          })),
        },
      ];
    }),
  );
}

/** The (service, pools) pairs the user trusts; an entry with no pools trusts every pool. */
export async function userTrust(net: NetworkSnapshot, user: string): Promise<TrustEntry[]> {
  try {
    const r = await ask(net, RESTAKING, "UserPreferences", RQ.QueryUserPreferencesRequest, RQ.QueryUserPreferencesResponse, { userAddress: user });
    return r.preferences.trustedServices.map((t) => ({ serviceId: t.serviceId, poolIds: [...t.poolsIds] }));
  } catch (e) {
    if (isNotFound(e)) return [];
    throw e;
  }
}

/** Where x/rewards pays this user's restaking rewards: its own setting, separate from x/distribution's. */
export async function rewardsWithdrawAddress(net: NetworkSnapshot, user: string): Promise<string> {
  const r = await ask(net, REWARDS, "DelegatorWithdrawAddress", WQ.QueryDelegatorWithdrawAddressRequest, WQ.QueryDelegatorWithdrawAddressResponse, {
    delegatorAddress: user,
  });
  return r.withdrawAddress || user;
}

export interface RewardsView {
  perTarget: { target: Target; coins: CoinAmount[] }[];
  total: CoinAmount[];
}

export async function userRewards(net: NetworkSnapshot, user: string): Promise<RewardsView> {
  const r = await ask(net, REWARDS, "DelegatorTotalRewards", WQ.QueryDelegatorTotalRewardsRequest, WQ.QueryDelegatorTotalRewardsResponse, {
    delegatorAddress: user,
  });
  const perTarget = r.rewards.flatMap((x) => {
    const kind = kindOfDelegationType(x.delegationType);
    return kind ? [{ target: { kind, id: x.delegationTargetId }, coins: rewardCoins(x.reward) }] : [];
  });
  // The total is what withdrawing every target pays (floored per target and pool), not r.total floored once.
  return { perTarget, total: sumCoins(perTarget.map((t) => t.coins)) };
}
