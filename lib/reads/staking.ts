import type { NetworkSnapshot } from "../chains/networks";
import { protobufRpc } from "../cosmos/clients";
import { parseDecWire, type Dec } from "../amount/decimal";
import { rewardCoins, type CoinAmount } from "../protocol/restaking";

/** MILK staking on MilkyWay through cosmos.staking.v1beta1 / cosmos.distribution.v1beta1. */

export async function stakingClient(net: NetworkSnapshot) {
  const { QueryClientImpl } = await import("cosmjs-types/cosmos/staking/v1beta1/query");
  return new QueryClientImpl(await protobufRpc(net, "milkyway"));
}

async function distributionClient(net: NetworkSnapshot) {
  const { QueryClientImpl } = await import("cosmjs-types/cosmos/distribution/v1beta1/query");
  return new QueryClientImpl(await protobufRpc(net, "milkyway"));
}

/** A missing vote or delegation is an error on the wire (NotFound or InvalidArgument "… not found …"). */
export function isNotFound(e: unknown): boolean {
  return e instanceof Error && /not ?found|doesn't exist|does not exist/i.test(e.message);
}

export interface ValidatorView {
  address: string;
  moniker: string;
  status: "Active" | "Inactive" | "Jailed";
  commission: Dec;
  tokens: bigint;
}

// BondStatus values of cosmos.staking.v1beta1 (3 = bonded).
const BONDED = 3;

export async function validators(net: NetworkSnapshot): Promise<ValidatorView[]> {
  const r = await (await stakingClient(net)).Validators({ status: "" });
  return r.validators.map((v) => ({
    address: v.operatorAddress,
    moniker: v.description?.moniker || v.operatorAddress,
    status: v.jailed ? "Jailed" : (v.status as number) === BONDED ? "Active" : "Inactive",
    commission: parseDecWire(v.commission?.commissionRates?.rate || "0"),
    tokens: BigInt(v.tokens || "0"),
  }));
}

export async function stakingParams(net: NetworkSnapshot) {
  const r = await (await stakingClient(net)).Params();
  return { unbondingSec: Number(r.params.unbondingTime.seconds), bondDenom: r.params.bondDenom, maxEntries: r.params.maxEntries };
}

export interface StakeView {
  validator: string;
  amount: bigint;
}

export async function stakeDelegations(net: NetworkSnapshot, user: string): Promise<StakeView[]> {
  const r = await (await stakingClient(net)).DelegatorDelegations({ delegatorAddr: user });
  return r.delegationResponses.map((d) => ({ validator: d.delegation.validatorAddress, amount: BigInt(d.balance.amount || "0") }));
}

export interface StakeUnbondingView {
  key: string;
  validator: string;
  amount: bigint;
  completionMs: number;
}

export async function stakeUnbondings(net: NetworkSnapshot, user: string): Promise<StakeUnbondingView[]> {
  const r = await (await stakingClient(net)).DelegatorUnbondingDelegations({ delegatorAddr: user });
  return r.unbondingResponses.flatMap((u) =>
    u.entries.map((e, i) => ({
      key: `${u.validatorAddress}-${e.creationHeight}-${i}`,
      validator: u.validatorAddress,
      amount: BigInt(e.balance || "0"),
      completionMs: Number(e.completionTime.seconds) * 1000 + Math.floor(e.completionTime.nanos / 1e6),
    })),
  );
}

/** Where x/distribution pays this delegator's MILK staking rewards (the delegator itself unless set). */
export async function stakeWithdrawAddress(net: NetworkSnapshot, user: string): Promise<string> {
  return (await (await distributionClient(net)).DelegatorWithdrawAddress({ delegatorAddress: user })).withdrawAddress || user;
}

export interface StakeRewardsView {
  perValidator: { validator: string; coins: CoinAmount[] }[];
  total: CoinAmount[];
}

export async function stakeRewards(net: NetworkSnapshot, user: string): Promise<StakeRewardsView> {
  const r = await (await distributionClient(net)).DelegationTotalRewards({ delegatorAddress: user });
  return {
    perValidator: r.rewards.map((x) => ({ validator: x.validatorAddress, coins: rewardCoins([{ decCoins: x.reward }]) })),
    total: rewardCoins([{ decCoins: r.total }]),
  };
}
