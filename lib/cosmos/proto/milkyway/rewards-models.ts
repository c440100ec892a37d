/* eslint-disable */
/**
 * Protobuf codecs for `milkyway.rewards.v1`, transcribed from the field tables in
 * /work/shared/protocol/milkyway.md §2 (no .proto codegen: `@milkywaylabs/milkyway.proto` is not on npm).
 * Same shape as cosmjs-types (telescope) output, so every message works as a CosmJS `GeneratedType`.
 * Wire rules: proto3 defaults are not written, repeated scalars are packed (decoders also accept
 * unpacked), LegacyDec strings carry the integer value × 10^18 without a decimal point.
 * 64-bit integers and Timestamps are written through ./varint64 (cosmjs-types 0.10.1's
 * BinaryWriter mis-encodes values in [2^31, 2^32)).
 * Models of the rewards module.
 */
import { Coin, DecCoin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { Any } from "cosmjs-types/google/protobuf/any";
import { DelegationType } from "./restaking-models";
import { Timestamp, writeUint64 } from "./varint64";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { DeepPartial, Exact } from "cosmjs-types/helpers";
export const protobufPackage = "milkyway.rewards.v1";
export interface RewardsPlan {
  id: bigint;
  description: string;
  serviceId: number;
  /** Field 11 on the wire (field 4 is reserved). */
  amountPerDay: Coin;
  startTime: Timestamp;
  endTime: Timestamp;
  rewardsPool: string;
  poolsDistribution: Distribution;
  operatorsDistribution: Distribution;
  usersDistribution: UsersDistribution;
}
function createBaseRewardsPlan(): RewardsPlan {
  return {
    id: BigInt(0),
    description: "",
    serviceId: 0,
    amountPerDay: Coin.fromPartial({}),
    startTime: Timestamp.fromPartial({}),
    endTime: Timestamp.fromPartial({}),
    rewardsPool: "",
    poolsDistribution: Distribution.fromPartial({}),
    operatorsDistribution: Distribution.fromPartial({}),
    usersDistribution: UsersDistribution.fromPartial({}),
  };
}
export const RewardsPlan = {
  typeUrl: "/milkyway.rewards.v1.RewardsPlan",
  encode(message: RewardsPlan, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writeUint64(writer.uint32(8), message.id);
    }
    if (message.description !== "") {
      writer.uint32(18).string(message.description);
    }
    if (message.serviceId !== 0) {
      writer.uint32(24).uint32(message.serviceId);
    }
    if (message.startTime !== undefined) {
      Timestamp.encode(message.startTime, writer.uint32(42).fork()).ldelim();
    }
    if (message.endTime !== undefined) {
      Timestamp.encode(message.endTime, writer.uint32(50).fork()).ldelim();
    }
    if (message.rewardsPool !== "") {
      writer.uint32(58).string(message.rewardsPool);
    }
    if (message.poolsDistribution !== undefined) {
      Distribution.encode(message.poolsDistribution, writer.uint32(66).fork()).ldelim();
    }
    if (message.operatorsDistribution !== undefined) {
      Distribution.encode(message.operatorsDistribution, writer.uint32(74).fork()).ldelim();
    }
    if (message.usersDistribution !== undefined) {
      UsersDistribution.encode(message.usersDistribution, writer.uint32(82).fork()).ldelim();
    }
    if (message.amountPerDay !== undefined) {
      Coin.encode(message.amountPerDay, writer.uint32(90).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): RewardsPlan {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseRewardsPlan();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.description = reader.string();
          break;
        case 3:
          message.serviceId = reader.uint32();
          break;
        case 5:
          message.startTime = Timestamp.decode(reader, reader.uint32());
          break;
        case 6:
          message.endTime = Timestamp.decode(reader, reader.uint32());
          break;
        case 7:
          message.rewardsPool = reader.string();
          break;
        case 8:
          message.poolsDistribution = Distribution.decode(reader, reader.uint32());
          break;
        case 9:
          message.operatorsDistribution = Distribution.decode(reader, reader.uint32());
          break;
        case 10:
          message.usersDistribution = UsersDistribution.decode(reader, reader.uint32());
          break;
        case 11:
          message.amountPerDay = Coin.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<RewardsPlan>, I>>(object: I): RewardsPlan {
    const message = createBaseRewardsPlan();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    message.description = object.description ?? "";
    message.serviceId = object.serviceId ?? 0;
    if (object.amountPerDay !== undefined && object.amountPerDay !== null) {
      message.amountPerDay = Coin.fromPartial(object.amountPerDay);
    }
    if (object.startTime !== undefined && object.startTime !== null) {
      message.startTime = Timestamp.fromPartial(object.startTime);
    }
    if (object.endTime !== undefined && object.endTime !== null) {
      message.endTime = Timestamp.fromPartial(object.endTime);
    }
    message.rewardsPool = object.rewardsPool ?? "";
    if (object.poolsDistribution !== undefined && object.poolsDistribution !== null) {
      message.poolsDistribution = Distribution.fromPartial(object.poolsDistribution);
    }
    if (object.operatorsDistribution !== undefined && object.operatorsDistribution !== null) {
      message.operatorsDistribution = Distribution.fromPartial(object.operatorsDistribution);
    }
    if (object.usersDistribution !== undefined && object.usersDistribution !== null) {
      message.usersDistribution = UsersDistribution.fromPartial(object.usersDistribution);
    }
    return message;
  },
};
export interface Distribution {
  delegationType: DelegationType;
  weight: number;
  /** DistributionTypeBasic, DistributionTypeWeighted or DistributionTypeEgalitarian. */
  type?: Any;
}
function createBaseDistribution(): Distribution {
  return {
    delegationType: 0,
    weight: 0,
    type: undefined,
  };
}
export const Distribution = {
  typeUrl: "/milkyway.rewards.v1.Distribution",
  encode(message: Distribution, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegationType !== 0) {
      writer.uint32(8).int32(message.delegationType);
    }
    if (message.weight !== 0) {
      writer.uint32(16).uint32(message.weight);
    }
    if (message.type !== undefined) {
      Any.encode(message.type, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Distribution {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseDistribution();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegationType = reader.int32() as any;
          break;
        case 2:
          message.weight = reader.uint32();
          break;
        case 3:
          message.type = Any.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<Distribution>, I>>(object: I): Distribution {
    const message = createBaseDistribution();
    message.delegationType = object.delegationType ?? 0;
    message.weight = object.weight ?? 0;
    if (object.type !== undefined && object.type !== null) {
      message.type = Any.fromPartial(object.type);
    }
    return message;
  },
};
/** Rewards split in proportion to the target value. Amino name `milkyway/DistributionTypeBasic`. */
export interface DistributionTypeBasic {}
function createBaseDistributionTypeBasic(): DistributionTypeBasic {
  return {};
}
export const DistributionTypeBasic = {
  typeUrl: "/milkyway.rewards.v1.DistributionTypeBasic",
  encode(_: DistributionTypeBasic, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): DistributionTypeBasic {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseDistributionTypeBasic();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<DistributionTypeBasic>, I>>(_: I): DistributionTypeBasic {
    const message = createBaseDistributionTypeBasic();
    return message;
  },
};
/** Rewards split by explicit weights. Amino name `milkyway/DistributionTypeWeighted`. */
export interface DistributionTypeWeighted {
  weights: DistributionWeight[];
}
function createBaseDistributionTypeWeighted(): DistributionTypeWeighted {
  return {
    weights: [],
  };
}
export const DistributionTypeWeighted = {
  typeUrl: "/milkyway.rewards.v1.DistributionTypeWeighted",
  encode(message: DistributionTypeWeighted, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.weights) {
      DistributionWeight.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): DistributionTypeWeighted {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseDistributionTypeWeighted();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.weights.push(DistributionWeight.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<DistributionTypeWeighted>, I>>(object: I): DistributionTypeWeighted {
    const message = createBaseDistributionTypeWeighted();
    message.weights = object.weights?.map((e) => DistributionWeight.fromPartial(e)) || [];
    return message;
  },
};
export interface DistributionWeight {
  delegationTargetId: number;
  weight: number;
}
function createBaseDistributionWeight(): DistributionWeight {
  return {
    delegationTargetId: 0,
    weight: 0,
  };
}
export const DistributionWeight = {
  typeUrl: "/milkyway.rewards.v1.DistributionWeight",
  encode(message: DistributionWeight, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegationTargetId !== 0) {
      writer.uint32(8).uint32(message.delegationTargetId);
    }
    if (message.weight !== 0) {
      writer.uint32(16).uint32(message.weight);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): DistributionWeight {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseDistributionWeight();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegationTargetId = reader.uint32();
          break;
        case 2:
          message.weight = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<DistributionWeight>, I>>(object: I): DistributionWeight {
    const message = createBaseDistributionWeight();
    message.delegationTargetId = object.delegationTargetId ?? 0;
    message.weight = object.weight ?? 0;
    return message;
  },
};
/** Equal split over eligible targets. Amino name `milkyway/DistributionTypeEgalitarian`. */
export interface DistributionTypeEgalitarian {}
function createBaseDistributionTypeEgalitarian(): DistributionTypeEgalitarian {
  return {};
}
export const DistributionTypeEgalitarian = {
  typeUrl: "/milkyway.rewards.v1.DistributionTypeEgalitarian",
  encode(_: DistributionTypeEgalitarian, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): DistributionTypeEgalitarian {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseDistributionTypeEgalitarian();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<DistributionTypeEgalitarian>, I>>(_: I): DistributionTypeEgalitarian {
    const message = createBaseDistributionTypeEgalitarian();
    return message;
  },
};
export interface UsersDistribution {
  weight: number;
  /** UsersDistributionTypeBasic. */
  type?: Any;
}
function createBaseUsersDistribution(): UsersDistribution {
  return {
    weight: 0,
    type: undefined,
  };
}
export const UsersDistribution = {
  typeUrl: "/milkyway.rewards.v1.UsersDistribution",
  encode(message: UsersDistribution, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.weight !== 0) {
      writer.uint32(8).uint32(message.weight);
    }
    if (message.type !== undefined) {
      Any.encode(message.type, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): UsersDistribution {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseUsersDistribution();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.weight = reader.uint32();
          break;
        case 2:
          message.type = Any.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<UsersDistribution>, I>>(object: I): UsersDistribution {
    const message = createBaseUsersDistribution();
    message.weight = object.weight ?? 0;
    if (object.type !== undefined && object.type !== null) {
      message.type = Any.fromPartial(object.type);
    }
    return message;
  },
};
export interface UsersDistributionTypeBasic {}
function createBaseUsersDistributionTypeBasic(): UsersDistributionTypeBasic {
  return {};
}
export const UsersDistributionTypeBasic = {
  typeUrl: "/milkyway.rewards.v1.UsersDistributionTypeBasic",
  encode(_: UsersDistributionTypeBasic, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): UsersDistributionTypeBasic {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseUsersDistributionTypeBasic();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<UsersDistributionTypeBasic>, I>>(_: I): UsersDistributionTypeBasic {
    const message = createBaseUsersDistributionTypeBasic();
    return message;
  },
};
export interface DecPool {
  /** The restaked asset. */
  denom: string;
  /** Reward coins (LegacyDec amounts). */
  decCoins: DecCoin[];
}
function createBaseDecPool(): DecPool {
  return {
    denom: "",
    decCoins: [],
  };
}
export const DecPool = {
  typeUrl: "/milkyway.rewards.v1.DecPool",
  encode(message: DecPool, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.denom !== "") {
      writer.uint32(10).string(message.denom);
    }
    for (const v of message.decCoins) {
      DecCoin.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): DecPool {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseDecPool();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.denom = reader.string();
          break;
        case 2:
          message.decCoins.push(DecCoin.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<DecPool>, I>>(object: I): DecPool {
    const message = createBaseDecPool();
    message.denom = object.denom ?? "";
    message.decCoins = object.decCoins?.map((e) => DecCoin.fromPartial(e)) || [];
    return message;
  },
};
export interface OutstandingRewards {
  rewards: DecPool[];
}
function createBaseOutstandingRewards(): OutstandingRewards {
  return {
    rewards: [],
  };
}
export const OutstandingRewards = {
  typeUrl: "/milkyway.rewards.v1.OutstandingRewards",
  encode(message: OutstandingRewards, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.rewards) {
      DecPool.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): OutstandingRewards {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseOutstandingRewards();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.rewards.push(DecPool.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<OutstandingRewards>, I>>(object: I): OutstandingRewards {
    const message = createBaseOutstandingRewards();
    message.rewards = object.rewards?.map((e) => DecPool.fromPartial(e)) || [];
    return message;
  },
};
export interface AccumulatedCommission {
  commissions: DecPool[];
}
function createBaseAccumulatedCommission(): AccumulatedCommission {
  return {
    commissions: [],
  };
}
export const AccumulatedCommission = {
  typeUrl: "/milkyway.rewards.v1.AccumulatedCommission",
  encode(message: AccumulatedCommission, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.commissions) {
      DecPool.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): AccumulatedCommission {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseAccumulatedCommission();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.commissions.push(DecPool.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<AccumulatedCommission>, I>>(object: I): AccumulatedCommission {
    const message = createBaseAccumulatedCommission();
    message.commissions = object.commissions?.map((e) => DecPool.fromPartial(e)) || [];
    return message;
  },
};
export interface DelegationDelegatorReward {
  delegationType: DelegationType;
  delegationTargetId: number;
  reward: DecPool[];
}
function createBaseDelegationDelegatorReward(): DelegationDelegatorReward {
  return {
    delegationType: 0,
    delegationTargetId: 0,
    reward: [],
  };
}
export const DelegationDelegatorReward = {
  typeUrl: "/milkyway.rewards.v1.DelegationDelegatorReward",
  encode(message: DelegationDelegatorReward, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegationType !== 0) {
      writer.uint32(8).int32(message.delegationType);
    }
    if (message.delegationTargetId !== 0) {
      writer.uint32(16).uint32(message.delegationTargetId);
    }
    for (const v of message.reward) {
      DecPool.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): DelegationDelegatorReward {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseDelegationDelegatorReward();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegationType = reader.int32() as any;
          break;
        case 2:
          message.delegationTargetId = reader.uint32();
          break;
        case 3:
          message.reward.push(DecPool.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<DelegationDelegatorReward>, I>>(object: I): DelegationDelegatorReward {
    const message = createBaseDelegationDelegatorReward();
    message.delegationType = object.delegationType ?? 0;
    message.delegationTargetId = object.delegationTargetId ?? 0;
    message.reward = object.reward?.map((e) => DecPool.fromPartial(e)) || [];
    return message;
  },
};
/** Params of the rewards module. */
export interface Params {
  rewardsPlanCreationFee: Coin[];
}
function createBaseParams(): Params {
  return {
    rewardsPlanCreationFee: [],
  };
}
export const Params = {
  typeUrl: "/milkyway.rewards.v1.Params",
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.rewardsPlanCreationFee) {
      Coin.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Params {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.rewardsPlanCreationFee.push(Coin.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<Params>, I>>(object: I): Params {
    const message = createBaseParams();
    message.rewardsPlanCreationFee = object.rewardsPlanCreationFee?.map((e) => Coin.fromPartial(e)) || [];
    return message;
  },
};
