/* eslint-disable */
/**
 * Protobuf codecs for `milkyway.rewards.v1`, transcribed from the field tables in
 * /work/shared/protocol/milkyway.md §2 (no .proto codegen: `@milkywaylabs/milkyway.proto` is not on npm).
 * Same shape as cosmjs-types (telescope) output, so every message works as a CosmJS `GeneratedType`.
 * Wire rules: proto3 defaults are not written, repeated scalars are packed (decoders also accept
 * unpacked), LegacyDec strings carry the integer value × 10^18 without a decimal point.
 * 64-bit integers and Timestamps are written through ./varint64 (cosmjs-types 0.10.1's
 * BinaryWriter mis-encodes values in [2^31, 2^32)).
 * Msgs of the rewards module and their responses.
 */
import { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { DelegationType } from "./restaking-models";
import { Distribution, Params, UsersDistribution } from "./rewards-models";
import { Timestamp, writeUint64 } from "./varint64";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { DeepPartial, Exact } from "cosmjs-types/helpers";
export const protobufPackage = "milkyway.rewards.v1";
/** Service admin only. */
export interface MsgCreateRewardsPlan {
  sender: string;
  description: string;
  serviceId: number;
  /** Amount distributed **per day**. */
  amount: Coin;
  startTime: Timestamp;
  endTime: Timestamp;
  poolsDistribution: Distribution;
  operatorsDistribution: Distribution;
  usersDistribution: UsersDistribution;
  feeAmount: Coin[];
}
function createBaseMsgCreateRewardsPlan(): MsgCreateRewardsPlan {
  return {
    sender: "",
    description: "",
    serviceId: 0,
    amount: Coin.fromPartial({}),
    startTime: Timestamp.fromPartial({}),
    endTime: Timestamp.fromPartial({}),
    poolsDistribution: Distribution.fromPartial({}),
    operatorsDistribution: Distribution.fromPartial({}),
    usersDistribution: UsersDistribution.fromPartial({}),
    feeAmount: [],
  };
}
export const MsgCreateRewardsPlan = {
  typeUrl: "/milkyway.rewards.v1.MsgCreateRewardsPlan",
  encode(message: MsgCreateRewardsPlan, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.description !== "") {
      writer.uint32(18).string(message.description);
    }
    if (message.serviceId !== 0) {
      writer.uint32(24).uint32(message.serviceId);
    }
    if (message.amount !== undefined) {
      Coin.encode(message.amount, writer.uint32(34).fork()).ldelim();
    }
    if (message.startTime !== undefined) {
      Timestamp.encode(message.startTime, writer.uint32(42).fork()).ldelim();
    }
    if (message.endTime !== undefined) {
      Timestamp.encode(message.endTime, writer.uint32(50).fork()).ldelim();
    }
    if (message.poolsDistribution !== undefined) {
      Distribution.encode(message.poolsDistribution, writer.uint32(58).fork()).ldelim();
    }
    if (message.operatorsDistribution !== undefined) {
      Distribution.encode(message.operatorsDistribution, writer.uint32(66).fork()).ldelim();
    }
    if (message.usersDistribution !== undefined) {
      UsersDistribution.encode(message.usersDistribution, writer.uint32(74).fork()).ldelim();
    }
    for (const v of message.feeAmount) {
      Coin.encode(v!, writer.uint32(82).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCreateRewardsPlan {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCreateRewardsPlan();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.description = reader.string();
          break;
        case 3:
          message.serviceId = reader.uint32();
          break;
        case 4:
          message.amount = Coin.decode(reader, reader.uint32());
          break;
        case 5:
          message.startTime = Timestamp.decode(reader, reader.uint32());
          break;
        case 6:
          message.endTime = Timestamp.decode(reader, reader.uint32());
          break;
        case 7:
          message.poolsDistribution = Distribution.decode(reader, reader.uint32());
          break;
        case 8:
          message.operatorsDistribution = Distribution.decode(reader, reader.uint32());
          break;
        case 9:
          message.usersDistribution = UsersDistribution.decode(reader, reader.uint32());
          break;
        case 10:
          message.feeAmount.push(Coin.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgCreateRewardsPlan>, I>>(object: I): MsgCreateRewardsPlan {
    const message = createBaseMsgCreateRewardsPlan();
    message.sender = object.sender ?? "";
    message.description = object.description ?? "";
    message.serviceId = object.serviceId ?? 0;
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = Coin.fromPartial(object.amount);
    }
    if (object.startTime !== undefined && object.startTime !== null) {
      message.startTime = Timestamp.fromPartial(object.startTime);
    }
    if (object.endTime !== undefined && object.endTime !== null) {
      message.endTime = Timestamp.fromPartial(object.endTime);
    }
    if (object.poolsDistribution !== undefined && object.poolsDistribution !== null) {
      message.poolsDistribution = Distribution.fromPartial(object.poolsDistribution);
    }
    if (object.operatorsDistribution !== undefined && object.operatorsDistribution !== null) {
      message.operatorsDistribution = Distribution.fromPartial(object.operatorsDistribution);
    }
    if (object.usersDistribution !== undefined && object.usersDistribution !== null) {
      message.usersDistribution = UsersDistribution.fromPartial(object.usersDistribution);
    }
    message.feeAmount = object.feeAmount?.map((e) => Coin.fromPartial(e)) || [];
    return message;
  },
};
export interface MsgCreateRewardsPlanResponse {
  newRewardsPlanId: bigint;
}
function createBaseMsgCreateRewardsPlanResponse(): MsgCreateRewardsPlanResponse {
  return {
    newRewardsPlanId: BigInt(0),
  };
}
export const MsgCreateRewardsPlanResponse = {
  typeUrl: "/milkyway.rewards.v1.MsgCreateRewardsPlanResponse",
  encode(message: MsgCreateRewardsPlanResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.newRewardsPlanId !== BigInt(0)) {
      writeUint64(writer.uint32(8), message.newRewardsPlanId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCreateRewardsPlanResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCreateRewardsPlanResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.newRewardsPlanId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgCreateRewardsPlanResponse>, I>>(object: I): MsgCreateRewardsPlanResponse {
    const message = createBaseMsgCreateRewardsPlanResponse();
    if (object.newRewardsPlanId !== undefined && object.newRewardsPlanId !== null) {
      message.newRewardsPlanId = BigInt(object.newRewardsPlanId.toString());
    }
    return message;
  },
};
export interface MsgEditRewardsPlan {
  sender: string;
  id: bigint;
  description: string;
  /** Amount distributed **per day**. */
  amount: Coin;
  startTime: Timestamp;
  endTime: Timestamp;
  poolsDistribution: Distribution;
  operatorsDistribution: Distribution;
  usersDistribution: UsersDistribution;
}
function createBaseMsgEditRewardsPlan(): MsgEditRewardsPlan {
  return {
    sender: "",
    id: BigInt(0),
    description: "",
    amount: Coin.fromPartial({}),
    startTime: Timestamp.fromPartial({}),
    endTime: Timestamp.fromPartial({}),
    poolsDistribution: Distribution.fromPartial({}),
    operatorsDistribution: Distribution.fromPartial({}),
    usersDistribution: UsersDistribution.fromPartial({}),
  };
}
export const MsgEditRewardsPlan = {
  typeUrl: "/milkyway.rewards.v1.MsgEditRewardsPlan",
  encode(message: MsgEditRewardsPlan, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.id !== BigInt(0)) {
      writeUint64(writer.uint32(16), message.id);
    }
    if (message.description !== "") {
      writer.uint32(26).string(message.description);
    }
    if (message.amount !== undefined) {
      Coin.encode(message.amount, writer.uint32(34).fork()).ldelim();
    }
    if (message.startTime !== undefined) {
      Timestamp.encode(message.startTime, writer.uint32(42).fork()).ldelim();
    }
    if (message.endTime !== undefined) {
      Timestamp.encode(message.endTime, writer.uint32(50).fork()).ldelim();
    }
    if (message.poolsDistribution !== undefined) {
      Distribution.encode(message.poolsDistribution, writer.uint32(58).fork()).ldelim();
    }
    if (message.operatorsDistribution !== undefined) {
      Distribution.encode(message.operatorsDistribution, writer.uint32(66).fork()).ldelim();
    }
    if (message.usersDistribution !== undefined) {
      UsersDistribution.encode(message.usersDistribution, writer.uint32(74).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgEditRewardsPlan {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgEditRewardsPlan();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.id = reader.uint64();
          break;
        case 3:
          message.description = reader.string();
          break;
        case 4:
          message.amount = Coin.decode(reader, reader.uint32());
          break;
        case 5:
          message.startTime = Timestamp.decode(reader, reader.uint32());
          break;
        case 6:
          message.endTime = Timestamp.decode(reader, reader.uint32());
          break;
        case 7:
          message.poolsDistribution = Distribution.decode(reader, reader.uint32());
          break;
        case 8:
          message.operatorsDistribution = Distribution.decode(reader, reader.uint32());
          break;
        case 9:
          message.usersDistribution = UsersDistribution.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgEditRewardsPlan>, I>>(object: I): MsgEditRewardsPlan {
    const message = createBaseMsgEditRewardsPlan();
    message.sender = object.sender ?? "";
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    message.description = object.description ?? "";
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = Coin.fromPartial(object.amount);
    }
    if (object.startTime !== undefined && object.startTime !== null) {
      message.startTime = Timestamp.fromPartial(object.startTime);
    }
    if (object.endTime !== undefined && object.endTime !== null) {
      message.endTime = Timestamp.fromPartial(object.endTime);
    }
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
export interface MsgEditRewardsPlanResponse {}
function createBaseMsgEditRewardsPlanResponse(): MsgEditRewardsPlanResponse {
  return {};
}
export const MsgEditRewardsPlanResponse = {
  typeUrl: "/milkyway.rewards.v1.MsgEditRewardsPlanResponse",
  encode(_: MsgEditRewardsPlanResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgEditRewardsPlanResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgEditRewardsPlanResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgEditRewardsPlanResponse>, I>>(_: I): MsgEditRewardsPlanResponse {
    const message = createBaseMsgEditRewardsPlanResponse();
    return message;
  },
};
export interface MsgSetWithdrawAddress {
  sender: string;
  withdrawAddress: string;
}
function createBaseMsgSetWithdrawAddress(): MsgSetWithdrawAddress {
  return {
    sender: "",
    withdrawAddress: "",
  };
}
export const MsgSetWithdrawAddress = {
  typeUrl: "/milkyway.rewards.v1.MsgSetWithdrawAddress",
  encode(message: MsgSetWithdrawAddress, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.withdrawAddress !== "") {
      writer.uint32(18).string(message.withdrawAddress);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetWithdrawAddress {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetWithdrawAddress();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.withdrawAddress = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSetWithdrawAddress>, I>>(object: I): MsgSetWithdrawAddress {
    const message = createBaseMsgSetWithdrawAddress();
    message.sender = object.sender ?? "";
    message.withdrawAddress = object.withdrawAddress ?? "";
    return message;
  },
};
export interface MsgSetWithdrawAddressResponse {}
function createBaseMsgSetWithdrawAddressResponse(): MsgSetWithdrawAddressResponse {
  return {};
}
export const MsgSetWithdrawAddressResponse = {
  typeUrl: "/milkyway.rewards.v1.MsgSetWithdrawAddressResponse",
  encode(_: MsgSetWithdrawAddressResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetWithdrawAddressResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetWithdrawAddressResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgSetWithdrawAddressResponse>, I>>(_: I): MsgSetWithdrawAddressResponse {
    const message = createBaseMsgSetWithdrawAddressResponse();
    return message;
  },
};
/** One message per (delegation type, target). */
export interface MsgWithdrawDelegatorReward {
  delegatorAddress: string;
  delegationType: DelegationType;
  delegationTargetId: number;
}
function createBaseMsgWithdrawDelegatorReward(): MsgWithdrawDelegatorReward {
  return {
    delegatorAddress: "",
    delegationType: 0,
    delegationTargetId: 0,
  };
}
export const MsgWithdrawDelegatorReward = {
  typeUrl: "/milkyway.rewards.v1.MsgWithdrawDelegatorReward",
  encode(message: MsgWithdrawDelegatorReward, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    if (message.delegationType !== 0) {
      writer.uint32(16).int32(message.delegationType);
    }
    if (message.delegationTargetId !== 0) {
      writer.uint32(24).uint32(message.delegationTargetId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgWithdrawDelegatorReward {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgWithdrawDelegatorReward();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegatorAddress = reader.string();
          break;
        case 2:
          message.delegationType = reader.int32() as any;
          break;
        case 3:
          message.delegationTargetId = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgWithdrawDelegatorReward>, I>>(object: I): MsgWithdrawDelegatorReward {
    const message = createBaseMsgWithdrawDelegatorReward();
    message.delegatorAddress = object.delegatorAddress ?? "";
    message.delegationType = object.delegationType ?? 0;
    message.delegationTargetId = object.delegationTargetId ?? 0;
    return message;
  },
};
export interface MsgWithdrawDelegatorRewardResponse {
  amount: Coin[];
}
function createBaseMsgWithdrawDelegatorRewardResponse(): MsgWithdrawDelegatorRewardResponse {
  return {
    amount: [],
  };
}
export const MsgWithdrawDelegatorRewardResponse = {
  typeUrl: "/milkyway.rewards.v1.MsgWithdrawDelegatorRewardResponse",
  encode(message: MsgWithdrawDelegatorRewardResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.amount) {
      Coin.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgWithdrawDelegatorRewardResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgWithdrawDelegatorRewardResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.amount.push(Coin.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgWithdrawDelegatorRewardResponse>, I>>(object: I): MsgWithdrawDelegatorRewardResponse {
    const message = createBaseMsgWithdrawDelegatorRewardResponse();
    message.amount = object.amount?.map((e) => Coin.fromPartial(e)) || [];
    return message;
  },
};
/** Operator admin only. */
export interface MsgWithdrawOperatorCommission {
  sender: string;
  operatorId: number;
}
function createBaseMsgWithdrawOperatorCommission(): MsgWithdrawOperatorCommission {
  return {
    sender: "",
    operatorId: 0,
  };
}
export const MsgWithdrawOperatorCommission = {
  typeUrl: "/milkyway.rewards.v1.MsgWithdrawOperatorCommission",
  encode(message: MsgWithdrawOperatorCommission, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.operatorId !== 0) {
      writer.uint32(16).uint32(message.operatorId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgWithdrawOperatorCommission {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgWithdrawOperatorCommission();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.operatorId = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgWithdrawOperatorCommission>, I>>(object: I): MsgWithdrawOperatorCommission {
    const message = createBaseMsgWithdrawOperatorCommission();
    message.sender = object.sender ?? "";
    message.operatorId = object.operatorId ?? 0;
    return message;
  },
};
export interface MsgWithdrawOperatorCommissionResponse {
  amount: Coin[];
}
function createBaseMsgWithdrawOperatorCommissionResponse(): MsgWithdrawOperatorCommissionResponse {
  return {
    amount: [],
  };
}
export const MsgWithdrawOperatorCommissionResponse = {
  typeUrl: "/milkyway.rewards.v1.MsgWithdrawOperatorCommissionResponse",
  encode(message: MsgWithdrawOperatorCommissionResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.amount) {
      Coin.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgWithdrawOperatorCommissionResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgWithdrawOperatorCommissionResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.amount.push(Coin.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgWithdrawOperatorCommissionResponse>, I>>(object: I): MsgWithdrawOperatorCommissionResponse {
    const message = createBaseMsgWithdrawOperatorCommissionResponse();
    message.amount = object.amount?.map((e) => Coin.fromPartial(e)) || [];
    return message;
  },
};
/** Governance-only; amino name `milkyway/rewards/MsgUpdateParams`. */
export interface MsgUpdateParams {
  authority: string;
  params: Params;
}
function createBaseMsgUpdateParams(): MsgUpdateParams {
  return {
    authority: "",
    params: Params.fromPartial({}),
  };
}
export const MsgUpdateParams = {
  typeUrl: "/milkyway.rewards.v1.MsgUpdateParams",
  encode(message: MsgUpdateParams, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateParams {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.params = Params.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgUpdateParams>, I>>(object: I): MsgUpdateParams {
    const message = createBaseMsgUpdateParams();
    message.authority = object.authority ?? "";
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromPartial(object.params);
    }
    return message;
  },
};
export interface MsgUpdateParamsResponse {}
function createBaseMsgUpdateParamsResponse(): MsgUpdateParamsResponse {
  return {};
}
export const MsgUpdateParamsResponse = {
  typeUrl: "/milkyway.rewards.v1.MsgUpdateParamsResponse",
  encode(_: MsgUpdateParamsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateParamsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateParamsResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgUpdateParamsResponse>, I>>(_: I): MsgUpdateParamsResponse {
    const message = createBaseMsgUpdateParamsResponse();
    return message;
  },
};
