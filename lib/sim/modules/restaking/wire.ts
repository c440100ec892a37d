import type { Coin, DecCoin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { Operator } from "../../../cosmos/proto/gen/milkyway/operators/v1/models";
import type { Pool } from "../../../cosmos/proto/gen/milkyway/pools/v1/models";
import type { Service } from "../../../cosmos/proto/gen/milkyway/services/v1/models";
import type { DelegationResponse, UnbondingDelegation } from "../../../cosmos/proto/gen/milkyway/restaking/v1/models";
import {
  DistributionTypeBasic,
  DistributionTypeEgalitarian,
  DistributionTypeWeighted,
  UsersDistributionTypeBasic,
} from "../../../cosmos/proto/gen/milkyway/rewards/v1/models";
import type { DecPool, Distribution, RewardsPlan, UsersDistribution } from "../../../cosmos/proto/gen/milkyway/rewards/v1/models";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { sdk } from "../../errors";
import { sortedKeys, type DecCoins, type DecPools, type IntCoins } from "./dec-coins";
import { sharesBalance } from "./shares";
import {
  sharesDenom,
  type DelegationRecord,
  type DelegationType,
  type DistributionRecord,
  type OperatorRecord,
  type PoolRecord,
  type RestakingState,
  type RewardsPlanRecord,
  type ServiceRecord,
  type UnbondingRecord,
} from "./state";
import { findTarget } from "./targets";

/** State → protobuf shapes. LegacyDec travels as the raw integer string (value × 10^18). */

export function coinsWire(c: IntCoins): Coin[] {
  return sortedKeys(c).map((denom) => ({ denom, amount: c[denom].toString() }));
}

export function decCoinsWire(c: DecCoins, denomOf: (d: string) => string = (d) => d): DecCoin[] {
  return sortedKeys(c)
    .map((d) => ({ denom: denomOf(d), amount: c[d].toString() }))
    .sort((a, b) => (a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0));
}

export function decPoolsWire(p: DecPools): DecPool[] {
  return sortedKeys(p).map((denom) => ({ denom, decCoins: decCoinsWire(p[denom]) }));
}

export function timestampOf(ms: number): Timestamp {
  return { seconds: BigInt(Math.floor(ms / 1000)), nanos: (((ms % 1000) + 1000) % 1000) * 1_000_000 };
}

export function msOf(ts: Timestamp | undefined): number {
  if (!ts) return 0;
  return Number(ts.seconds) * 1000 + Math.floor(ts.nanos / 1_000_000);
}

export function poolWire(p: PoolRecord): Pool {
  return { id: p.id, denom: p.denom, address: p.address, tokens: p.tokens.toString(), delegatorShares: p.delegatorShares.toString() };
}

export function operatorWire(o: OperatorRecord): Operator {
  return {
    id: o.id,
    status: o.status,
    admin: o.admin,
    moniker: o.moniker,
    website: o.website,
    pictureUrl: o.pictureUrl,
    address: o.address,
    tokens: coinsWire(o.tokens),
    delegatorShares: decCoinsWire(o.delegatorShares, (d) => sharesDenom(2, o.id, d)),
  };
}

export function serviceWire(s: ServiceRecord): Service {
  return {
    id: s.id,
    status: s.status,
    admin: s.admin,
    name: s.name,
    description: s.description,
    website: s.website,
    pictureUrl: s.pictureUrl,
    address: s.address,
    tokens: coinsWire(s.tokens),
    delegatorShares: decCoinsWire(s.delegatorShares, (d) => sharesDenom(3, s.id, d)),
    accredited: s.accredited,
  };
}

export function delegationResponseWire(st: RestakingState, d: DelegationRecord): DelegationResponse {
  const target = findTarget(st, d.type, d.targetId);
  return {
    delegation: {
      type: d.type,
      userAddress: d.user,
      targetId: d.targetId,
      shares: decCoinsWire(d.shares, (x) => sharesDenom(d.type, d.targetId, x)),
    },
    balance: target ? coinsWire(sharesBalance(target, d.shares)) : [],
  };
}

export function unbondingWire(u: UnbondingRecord): UnbondingDelegation {
  return {
    type: u.type,
    delegatorAddress: u.delegator,
    targetId: u.targetId,
    entries: u.entries.map((e) => ({
      creationHeight: BigInt(e.creationHeight),
      completionTime: timestampOf(e.completionTimeMs),
      initialBalance: coinsWire(e.initialBalance),
      balance: coinsWire(e.balance),
      unbondingId: BigInt(e.unbondingId),
    })),
  };
}

const DISTR_URL = {
  basic: "/milkyway.rewards.v1.DistributionTypeBasic",
  weighted: "/milkyway.rewards.v1.DistributionTypeWeighted",
  egalitarian: "/milkyway.rewards.v1.DistributionTypeEgalitarian",
} as const;
const USERS_BASIC_URL = "/milkyway.rewards.v1.UsersDistributionTypeBasic";

export function distributionWire(d: DistributionRecord): Distribution {
  let value: Uint8Array;
  if (d.kind === "weighted") {
    value = DistributionTypeWeighted.encode({
      weights: d.weights.map((w) => ({ delegationTargetId: w.targetId, weight: w.weight })),
    }).finish();
  } else if (d.kind === "basic") {
    value = DistributionTypeBasic.encode({}).finish();
  } else {
    value = DistributionTypeEgalitarian.encode({}).finish();
  }
  return { delegationType: d.delegationType, weight: d.weight, type: { typeUrl: DISTR_URL[d.kind], value } };
}

export function usersDistributionWire(u: { weight: number }): UsersDistribution {
  return { weight: u.weight, type: { typeUrl: USERS_BASIC_URL, value: UsersDistributionTypeBasic.encode({}).finish() } };
}

/** A message's Distribution; an absent Any is Basic, an unknown one is refused. */
export function distributionFromWire(d: Distribution | undefined, expected: DelegationType): DistributionRecord {
  const any: Any | undefined = d?.type;
  const delegationType = (d?.delegationType || expected) as DelegationType;
  const weight = d?.weight ?? 0;
  if (!any || any.typeUrl === "" || any.typeUrl === DISTR_URL.basic) return { delegationType, weight, kind: "basic", weights: [] };
  if (any.typeUrl === DISTR_URL.egalitarian) return { delegationType, weight, kind: "egalitarian", weights: [] };
  if (any.typeUrl === DISTR_URL.weighted) {
    const w = DistributionTypeWeighted.decode(any.value);
    return {
      delegationType,
      weight,
      kind: "weighted",
      weights: w.weights.map((x) => ({ targetId: x.delegationTargetId, weight: x.weight })),
    };
  }
  throw sdk.invalidRequest(`unknown distribution type: ${any.typeUrl}`);
}

export function usersDistributionFromWire(u: UsersDistribution | undefined): { weight: number } {
  const url = u?.type?.typeUrl ?? "";
  if (url !== "" && url !== USERS_BASIC_URL) throw sdk.invalidRequest(`unknown users distribution type: ${url}`);
  return { weight: u?.weight ?? 0 };
}

export function planWire(p: RewardsPlanRecord): RewardsPlan {
  return {
    id: BigInt(p.id),
    description: p.description,
    serviceId: p.serviceId,
    amountPerDay: { denom: p.amountPerDay.denom, amount: p.amountPerDay.amount.toString() },
    startTime: timestampOf(p.startMs),
    endTime: timestampOf(p.endMs),
    rewardsPool: p.rewardsPool,
    poolsDistribution: distributionWire(p.pools),
    operatorsDistribution: distributionWire(p.operators),
    usersDistribution: usersDistributionWire(p.users),
  };
}
