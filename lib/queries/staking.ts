import { queryOptions, skipToken } from "@tanstack/react-query";
import type { NetworkSnapshot } from "../chains/networks";
import { protobufRpc } from "../cosmos/clients";
import { parseDecWire, type Dec } from "../amount/decimal";
import { rewardCoins, type CoinAmount } from "../protocol/restaking";
import { queryKey } from "./keys";

/** MILK staking on MilkyWay through cosmos.staking.v1beta1 / cosmos.distribution.v1beta1 (gRPC via protobufRpc). */

async function stakingClient(net: NetworkSnapshot) {
  const { QueryClientImpl } = await import("cosmjs-types/cosmos/staking/v1beta1/query");
  return new QueryClientImpl(await protobufRpc(net, "milkyway"));
}

async function distributionClient(net: NetworkSnapshot) {
  const { QueryClientImpl } = await import("cosmjs-types/cosmos/distribution/v1beta1/query");
  return new QueryClientImpl(await protobufRpc(net, "milkyway"));
}

const key = (net: NetworkSnapshot, area: string, op: string, params: Record<string, unknown> = {}) =>
  queryKey(net, net.chainIds.milkyway, area, op, params);

export interface ValidatorView {
  address: string;
  moniker: string;
  status: "Active" | "Inactive" | "Jailed";
  commission: Dec;
  tokens: bigint;
}

// BondStatus values of cosmos.staking.v1beta1 (3 = bonded).
const BONDED = 3;

export function validatorsQuery(net: NetworkSnapshot) {
  return queryOptions({
    queryKey: key(net, "staking", "validators"),
    queryFn: async (): Promise<ValidatorView[]> => {
      const c = await stakingClient(net);
      const r = await c.Validators({ status: "" });
      return r.validators.map((v) => ({
        address: v.operatorAddress,
        moniker: v.description?.moniker || v.operatorAddress,
        status: v.jailed ? "Jailed" : (v.status as number) === BONDED ? "Active" : "Inactive",
        commission: parseDecWire(v.commission?.commissionRates?.rate || "0"),
        tokens: BigInt(v.tokens || "0"),
      }));
    },
  });
}

export function stakingParamsQuery(net: NetworkSnapshot) {
  return queryOptions({
    queryKey: key(net, "staking", "params"),
    queryFn: async () => {
      const c = await stakingClient(net);
      const r = await c.Params();
      return { unbondingSec: Number(r.params.unbondingTime.seconds), bondDenom: r.params.bondDenom, maxEntries: r.params.maxEntries };
    },
  });
}

export interface StakeView {
  validator: string;
  amount: bigint;
}

export function stakeDelegationsQuery(net: NetworkSnapshot, user: string | undefined) {
  return queryOptions({
    queryKey: key(net, "staking", "delegations", { user }),
    queryFn: user
      ? async (): Promise<StakeView[]> => {
          const c = await stakingClient(net);
          const r = await c.DelegatorDelegations({ delegatorAddr: user });
          return r.delegationResponses.map((d) => ({ validator: d.delegation.validatorAddress, amount: BigInt(d.balance.amount || "0") }));
        }
      : skipToken,
  });
}

export interface StakeUnbondingView {
  key: string;
  validator: string;
  amount: bigint;
  completionMs: number;
}

export function stakeUnbondingsQuery(net: NetworkSnapshot, user: string | undefined) {
  return queryOptions({
    queryKey: key(net, "staking", "unbondings", { user }),
    queryFn: user
      ? async (): Promise<StakeUnbondingView[]> => {
          const c = await stakingClient(net);
          const r = await c.DelegatorUnbondingDelegations({ delegatorAddr: user });
          return r.unbondingResponses.flatMap((u) =>
            u.entries.map((e, i) => ({
              key: `${u.validatorAddress}-${e.creationHeight}-${i}`,
              validator: u.validatorAddress,
              amount: BigInt(e.balance || "0"),
              completionMs: Number(e.completionTime.seconds) * 1000 + Math.floor(e.completionTime.nanos / 1e6),
            })),
          );
        }
      : skipToken,
  });
}

/** Where x/distribution pays this delegator's MILK staking rewards (the delegator itself unless set). */
export function stakeWithdrawAddressQuery(net: NetworkSnapshot, user: string | undefined) {
  return queryOptions({
    queryKey: key(net, "distribution", "withdraw-address", { user }),
    queryFn: user
      ? async (): Promise<string> => {
          const c = await distributionClient(net);
          return (await c.DelegatorWithdrawAddress({ delegatorAddress: user })).withdrawAddress || user;
        }
      : skipToken,
  });
}

export interface StakeRewardsView {
  perValidator: { validator: string; coins: CoinAmount[] }[];
  total: CoinAmount[];
}

export function stakeRewardsQuery(net: NetworkSnapshot, user: string | undefined) {
  return queryOptions({
    queryKey: key(net, "distribution", "total-rewards", { user }),
    queryFn: user
      ? async (): Promise<StakeRewardsView> => {
          const c = await distributionClient(net);
          const r = await c.DelegationTotalRewards({ delegatorAddress: user });
          return {
            perValidator: r.rewards.map((x) => ({ validator: x.validatorAddress, coins: rewardCoins([{ decCoins: x.reward }]) })),
            total: rewardCoins([{ decCoins: r.total }]),
          };
        }
      : skipToken,
  });
}
