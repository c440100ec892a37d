import type { Dec } from "../../../amount/decimal";
import { rec, type Rec } from "../../journal";
import type { ChainState } from "../../state";
import type { SimCoin } from "../../coins";
import type { DecCoins, DecPools, IntCoins, ServicePools } from "./dec-coins";
import type { OracleBook } from "../oracle-state";
import { MILKTIA_ON_MILKYWAY } from "../../../chains/lsts";

/** milkyway.restaking.v1.DelegationType (1 pool, 2 operator, 3 service). */
export type DelegationType = 1 | 2 | 3;
export const POOL: DelegationType = 1;
export const OPERATOR: DelegationType = 2;
export const SERVICE: DelegationType = 3;

export const OPERATOR_ACTIVE = 1;
export const OPERATOR_INACTIVATING = 2;
export const OPERATOR_INACTIVE = 3;
export const SERVICE_CREATED = 1;
export const SERVICE_ACTIVE = 2;
export const SERVICE_INACTIVE = 3;

export interface RestakingParams {
  unbondingTimeSec: number;
  maxEntries: number;
  /** USD, 18-decimal; 0 = no cap. */
  restakingCap: Dec;
  allowedDenoms: string[];
}

export interface PoolRecord {
  id: number;
  denom: string;
  address: string;
  tokens: bigint;
  delegatorShares: Dec;
}

export interface OperatorRecord {
  id: number;
  status: number;
  admin: string;
  moniker: string;
  website: string;
  pictureUrl: string;
  address: string;
  /** Token denom → amount. */
  tokens: IntCoins;
  /** Keyed by token denom; the wire form prefixes `operator/{id}/`. */
  delegatorShares: DecCoins;
  commissionRate: Dec;
  /** Unix ms when an INACTIVATING operator becomes INACTIVE. */
  inactivationEndMs?: number;
}

export interface ServiceRecord {
  id: number;
  status: number;
  admin: string;
  name: string;
  description: string;
  website: string;
  pictureUrl: string;
  address: string;
  tokens: IntCoins;
  delegatorShares: DecCoins;
  accredited: boolean;
  allowedDenoms: string[];
}

export interface DelegationRecord {
  type: DelegationType;
  targetId: number;
  user: string;
  /** Keyed by token denom. */
  shares: DecCoins;
}

export interface UnbondingEntry {
  creationHeight: number;
  completionTimeMs: number;
  initialBalance: IntCoins;
  balance: IntCoins;
  unbondingId: number;
}

export interface UnbondingRecord {
  type: DelegationType;
  targetId: number;
  delegator: string;
  entries: UnbondingEntry[];
}

export interface TrustedServiceEntry {
  serviceId: number;
  poolsIds: number[];
}

export interface DistributionRecord {
  delegationType: DelegationType;
  weight: number;
  kind: "basic" | "weighted" | "egalitarian";
  /** Weighted only: target id → weight, in the plan's order. */
  weights: { targetId: number; weight: number }[];
}

export interface RewardsPlanRecord {
  id: number;
  description: string;
  serviceId: number;
  amountPerDay: SimCoin;
  startMs: number;
  endMs: number;
  rewardsPool: string;
  pools: DistributionRecord;
  operators: DistributionRecord;
  users: { weight: number };
}

/** F1 bookkeeping of one delegation target (x/distribution style, per service). */
export interface CurrentRewards {
  period: number;
  rewards: ServicePools;
}

export interface HistoricalRewards {
  ratios: ServicePools;
  refCount: number;
}

export interface StartingInfo {
  previousPeriod: number;
  stakes: DecCoins;
  height: number;
}

export interface AssetRecord {
  denom: string;
  ticker: string;
  exponent: number;
}

export interface RestakingState {
  params: RestakingParams;
  operatorRegistrationFee: SimCoin[];
  operatorDeactivationTimeSec: number;
  serviceRegistrationFee: SimCoin[];
  rewardsPlanCreationFee: SimCoin[];
  nextPoolId: number;
  nextOperatorId: number;
  nextServiceId: number;
  nextPlanId: number;
  /** Global unbonding entry counter (last id issued). */
  lastUnbondingId: number;
  pools: Rec<PoolRecord>;
  poolByDenom: Rec<number>;
  operators: Rec<OperatorRecord>;
  /** operator id → sorted joined service ids. */
  operatorJoinedServices: Rec<number[]>;
  services: Rec<ServiceRecord>;
  /** service id → sorted allowed operator ids (empty/absent = anyone). */
  serviceAllowedOperators: Rec<number[]>;
  /** service id → sorted pool ids the service borrows security from. */
  serviceSecuringPools: Rec<number[]>;
  /** `${type}/${targetId}/${user}`. */
  delegations: Rec<DelegationRecord>;
  unbondings: Rec<UnbondingRecord>;
  userPreferences: Rec<TrustedServiceEntry[]>;
  rewardsPlans: Rec<RewardsPlanRecord>;
  /** `${type}/${targetId}`. */
  currentRewards: Rec<CurrentRewards>;
  /** `${type}/${targetId}/${period}`. */
  historicalRewards: Rec<HistoricalRewards>;
  /** `${type}/${targetId}/${user}`. */
  startingInfos: Rec<StartingInfo>;
  outstanding: Rec<DecPools>;
  /** operator id → accumulated commission. */
  commission: Rec<DecPools>;
  /** `${poolId}/${serviceId}` → pool shares of delegators trusting that service with the pool. */
  poolServiceShares: Rec<Dec>;
  withdrawAddrs: Rec<string>;
  /** Asset registry (x/assets): denom → ticker and exponent. */
  assets: Rec<AssetRecord>;
  /** Simulated oracle: ticker → USD price, 18-decimal. */
  prices: Rec<Dec>;
  /** connect x/oracle metadata per ticker (../oracle-state.ts); optional so saved worlds still load. */
  oracle?: OracleBook;
  /** Unix ms of the last rewards allocation; null before the first BeginBlock. */
  lastAllocationTimeMs: number | null;
}

/** milkTIA on MilkyWay: one literal for the app and the simulator (lib/chains/lsts.ts). */
export const MILKTIA = MILKTIA_ON_MILKYWAY;
export const TIA_VIA_OSMOSIS = "ibc/6C349F0EB135C5FA99301758F35B87DB88403D690E5E314AB080401FEE4066E5";
export const STTIA = "ibc/8D4FC51F696E03711B9B37A5787FB89BD2DDBAF788813478B002D552A12F9157";
export const LOCKED_TIA = "locked/ibc/F1183DB3D428313A6FD329DF18219F9D6B83257D07D292EA9EC1D877E89EC2B0";

export interface RestakingGenesisParams {
  params?: Partial<RestakingParams>;
  operatorRegistrationFee?: SimCoin[];
  operatorDeactivationTimeSec?: number;
  serviceRegistrationFee?: SimCoin[];
  rewardsPlanCreationFee?: SimCoin[];
}

function tiaFamilyFee(): SimCoin[] {
  return [MILKTIA, TIA_VIA_OSMOSIS, STTIA].sort().map((denom) => ({ denom, amount: 1_000_000n }));
}

/** Mainnet genesis values (protocol doc §2.7), overridable for tests and worlds. */
export function initRestakingState(g: RestakingGenesisParams = {}): RestakingState {
  return {
    params: {
      unbondingTimeSec: 259_200,
      maxEntries: 7,
      restakingCap: 0n,
      allowedDenoms: [MILKTIA, TIA_VIA_OSMOSIS, STTIA, LOCKED_TIA],
      ...g.params,
    },
    operatorRegistrationFee: g.operatorRegistrationFee ?? tiaFamilyFee(),
    operatorDeactivationTimeSec: g.operatorDeactivationTimeSec ?? 1_987_200,
    serviceRegistrationFee: g.serviceRegistrationFee ?? tiaFamilyFee(),
    rewardsPlanCreationFee: g.rewardsPlanCreationFee ?? tiaFamilyFee(),
    nextPoolId: 1,
    nextOperatorId: 1,
    nextServiceId: 1,
    nextPlanId: 1,
    lastUnbondingId: 0,
    pools: rec(),
    poolByDenom: rec(),
    operators: rec(),
    operatorJoinedServices: rec(),
    services: rec(),
    serviceAllowedOperators: rec(),
    serviceSecuringPools: rec(),
    delegations: rec(),
    unbondings: rec(),
    userPreferences: rec(),
    rewardsPlans: rec(),
    currentRewards: rec(),
    historicalRewards: rec(),
    startingInfos: rec(),
    outstanding: rec(),
    commission: rec(),
    poolServiceShares: rec(),
    withdrawAddrs: rec(),
    assets: rec(),
    prices: rec(),
    lastAllocationTimeMs: null,
  };
}

/** The chain's restaking state; chains without the module have none. */
export function restakingOf(chain: ChainState): RestakingState {
  const st = chain.restaking;
  if (!st) throw new Error(`chain ${chain.chainId} has no restaking state`);
  return st;
}

export const targetKey = (type: DelegationType, id: number) => `${type}/${id}`;
export const delegationKey = (type: DelegationType, id: number, user: string) => `${type}/${id}/${user}`;
export const historicalKey = (type: DelegationType, id: number, period: number) => `${type}/${id}/${period}`;
export const poolServiceKey = (poolId: number, serviceId: number) => `${poolId}/${serviceId}`;

export const SHARE_PREFIX: Record<DelegationType, string> = { 1: "pool", 2: "operator", 3: "service" };
export const TYPE_NAME: Record<DelegationType, string> = {
  1: "DELEGATION_TYPE_POOL",
  2: "DELEGATION_TYPE_OPERATOR",
  3: "DELEGATION_TYPE_SERVICE",
};

export function sharesDenom(type: DelegationType, id: number, tokenDenom: string): string {
  return `${SHARE_PREFIX[type]}/${id}/${tokenDenom}`;
}
