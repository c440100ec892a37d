import type { Dec } from "../../amount/decimal";
import type { SimChainConfig } from "../../chains/sim-chains";
import type { Ctx } from "../ctx";
import { rec, type Rec } from "../journal";

/** cosmos.staking.v1beta1.BondStatus values we use (the enum numbers of the wire form). */
export const BOND_STATUS_UNBONDED = 1;
export const BOND_STATUS_UNBONDING = 2;
export const BOND_STATUS_BONDED = 3;
export type BondStatusNumber = typeof BOND_STATUS_UNBONDED | typeof BOND_STATUS_UNBONDING | typeof BOND_STATUS_BONDED;

export interface StakingParams {
  bondDenom: string;
  unbondingSeconds: number;
  maxEntries: number;
  maxValidators: number;
  historicalEntries: number;
  minCommissionRate: Dec;
}

/** A staking validator plus its x/distribution bookkeeping (both live here: one record per validator). */
export interface ValidatorRecord {
  operator: string;
  moniker: string;
  identity: string;
  website: string;
  details: string;
  /** base64 of the 32-byte ed25519 consensus key. */
  consensusPubkey: string;
  status: BondStatusNumber;
  jailed: boolean;
  tokens: bigint;
  delegatorShares: Dec;
  commissionRate: Dec;
  commissionMaxRate: Dec;
  commissionMaxChangeRate: Dec;
  commissionUpdateMs: number;
  minSelfDelegation: bigint;
  /**
   * F1-style cumulative reward per delegator share, per denom: a delegation with `shares` that
   * started at ratio r0 is owed shares × (ratio − r0). Floored when it grows, so the sum owed
   * never exceeds what was allocated.
   */
  rewardRatio: Rec<Dec>;
  /** Allocated to this validator and not yet paid (delegator rewards + commission), DecCoins. */
  outstanding: Rec<Dec>;
  /** Accumulated, unwithdrawn commission, DecCoins. */
  commission: Rec<Dec>;
}

export interface DelegationRecord {
  shares: Dec;
  /** The validator's rewardRatio when this delegation last withdrew (its F1 starting point). */
  startRatio: Rec<Dec>;
  /** Height of that starting point (DelegatorStartingInfo.height). */
  startHeight: number;
}

export interface UnbondingEntry {
  creationHeight: number;
  completionMs: number;
  initialBalance: bigint;
  balance: bigint;
  unbondingId: number;
}

export interface RedelegationEntry {
  creationHeight: number;
  completionMs: number;
  initialBalance: bigint;
  sharesDst: Dec;
  unbondingId: number;
}

export interface RedelegationRecord {
  delegator: string;
  src: string;
  dst: string;
  entries: RedelegationEntry[];
}

export interface StakingState {
  params: StakingParams;
  /** valoper → validator. */
  validators: Rec<ValidatorRecord>;
  /** delegator → valoper → delegation. */
  delegations: Rec<Rec<DelegationRecord>>;
  /** delegator → valoper → entries (at most params.maxEntries). */
  unbondings: Rec<Rec<UnbondingEntry[]>>;
  /** redelegationKey(delegator, src, dst) → record. */
  redelegations: Rec<RedelegationRecord>;
  /** x/distribution: community tax as an 18-decimal fraction. */
  communityTax: Dec;
  /** delegator → withdraw address, only when set to something else. */
  withdrawAddrs: Rec<string>;
  /** FeePool.community_pool, DecCoins. */
  communityPool: Rec<Dec>;
  /** Block time of the last reward accrual. */
  lastAccrualMs: number;
  /**
   * Remainder of the exact mint numerator (units of 1 / (YEAR_MS · 10^18) base units) carried
   * to the next block, so the supply minted over any split of time is the same.
   */
  mintCarry: bigint;
}

/** Parse-free 18-decimal from a plain decimal config string like "0.02" (no sign, ≤ 18 digits). */
export function configDec(s: string): Dec {
  const m = /^(\d+)(?:\.(\d{1,18}))?$/.exec(s);
  if (!m) throw new Error(`bad decimal in chain config: ${s}`);
  return BigInt(m[1] + (m[2] ?? "").padEnd(18, "0"));
}

export function initStakingState(cfg: SimChainConfig, timeMs: number): StakingState {
  return {
    params: {
      bondDenom: cfg.stakeDenom,
      unbondingSeconds: cfg.unbondingSeconds,
      maxEntries: 7,
      maxValidators: 100,
      historicalEntries: 10_000,
      minCommissionRate: 0n,
    },
    validators: rec(),
    delegations: rec(),
    unbondings: rec(),
    redelegations: rec(),
    communityTax: configDec(cfg.communityTax),
    withdrawAddrs: rec(),
    communityPool: rec(),
    lastAccrualMs: timeMs,
    mintCarry: 0n,
  };
}

/** The chain's staking state, created with genesis defaults on first use. */
export function stakingStateFor(ctx: Ctx): StakingState {
  if (!ctx.chain.staking) {
    ctx.set(ctx.chain as unknown as Rec<unknown>, "staking", initStakingState(ctx.cfg, ctx.timeMs));
  }
  return ctx.chain.staking!;
}

/** Journaled write of a scalar field of the staking state. */
export function setStakingField<K extends "lastAccrualMs" | "mintCarry">(ctx: Ctx, st: StakingState, key: K, value: StakingState[K]): void {
  ctx.set(st as unknown as Rec<unknown>, key, value);
}

export function redelegationKey(delegator: string, src: string, dst: string): string {
  return `${delegator}|${src}|${dst}`;
}
