/* eslint-disable */
/**
 * Protobuf codecs for `milkyway.rewards.v1`, transcribed from the field tables in
 * /work/shared/protocol/milkyway.md §2 (no .proto codegen: `@milkywaylabs/milkyway.proto` is not on npm).
 * Same shape as cosmjs-types (telescope) output, so every message works as a CosmJS `GeneratedType`.
 * Wire rules: proto3 defaults are not written, repeated scalars are packed (decoders also accept
 * unpacked), LegacyDec strings carry the integer value × 10^18 without a decimal point.
 * 64-bit integers and Timestamps are written through ./varint64 (cosmjs-types 0.10.1's
 * BinaryWriter mis-encodes values in [2^31, 2^32)).
 * Query requests/responses of `milkyway.rewards.v1.Query` and their gRPC paths.
 */
import { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { DecCoin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { AccumulatedCommission, DecPool, DelegationDelegatorReward, OutstandingRewards, Params, RewardsPlan } from "./rewards-models";
import { writeUint64 } from "./varint64";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { DeepPartial, Exact } from "cosmjs-types/helpers";
export const protobufPackage = "milkyway.rewards.v1";
export interface QueryParamsRequest {}
function createBaseQueryParamsRequest(): QueryParamsRequest {
  return {};
}
export const QueryParamsRequest = {
  typeUrl: "/milkyway.rewards.v1.QueryParamsRequest",
  encode(_: QueryParamsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryParamsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryParamsRequest();
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
  fromPartial<I extends Exact<DeepPartial<QueryParamsRequest>, I>>(_: I): QueryParamsRequest {
    const message = createBaseQueryParamsRequest();
    return message;
  },
};
export interface QueryParamsResponse {
  params: Params;
}
function createBaseQueryParamsResponse(): QueryParamsResponse {
  return {
    params: Params.fromPartial({}),
  };
}
export const QueryParamsResponse = {
  typeUrl: "/milkyway.rewards.v1.QueryParamsResponse",
  encode(message: QueryParamsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryParamsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryParamsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.params = Params.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryParamsResponse>, I>>(object: I): QueryParamsResponse {
    const message = createBaseQueryParamsResponse();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromPartial(object.params);
    }
    return message;
  },
};
export interface QueryRewardsPlansRequest {
  pagination?: PageRequest;
}
function createBaseQueryRewardsPlansRequest(): QueryRewardsPlansRequest {
  return {
    pagination: undefined,
  };
}
export const QueryRewardsPlansRequest = {
  typeUrl: "/milkyway.rewards.v1.QueryRewardsPlansRequest",
  encode(message: QueryRewardsPlansRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryRewardsPlansRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryRewardsPlansRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryRewardsPlansRequest>, I>>(object: I): QueryRewardsPlansRequest {
    const message = createBaseQueryRewardsPlansRequest();
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryRewardsPlansResponse {
  rewardsPlans: RewardsPlan[];
  pagination?: PageResponse;
}
function createBaseQueryRewardsPlansResponse(): QueryRewardsPlansResponse {
  return {
    rewardsPlans: [],
    pagination: undefined,
  };
}
export const QueryRewardsPlansResponse = {
  typeUrl: "/milkyway.rewards.v1.QueryRewardsPlansResponse",
  encode(message: QueryRewardsPlansResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.rewardsPlans) {
      RewardsPlan.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryRewardsPlansResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryRewardsPlansResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.rewardsPlans.push(RewardsPlan.decode(reader, reader.uint32()));
          break;
        case 2:
          message.pagination = PageResponse.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryRewardsPlansResponse>, I>>(object: I): QueryRewardsPlansResponse {
    const message = createBaseQueryRewardsPlansResponse();
    message.rewardsPlans = object.rewardsPlans?.map((e) => RewardsPlan.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryRewardsPlanRequest {
  planId: bigint;
}
function createBaseQueryRewardsPlanRequest(): QueryRewardsPlanRequest {
  return {
    planId: BigInt(0),
  };
}
export const QueryRewardsPlanRequest = {
  typeUrl: "/milkyway.rewards.v1.QueryRewardsPlanRequest",
  encode(message: QueryRewardsPlanRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.planId !== BigInt(0)) {
      writeUint64(writer.uint32(8), message.planId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryRewardsPlanRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryRewardsPlanRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.planId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryRewardsPlanRequest>, I>>(object: I): QueryRewardsPlanRequest {
    const message = createBaseQueryRewardsPlanRequest();
    if (object.planId !== undefined && object.planId !== null) {
      message.planId = BigInt(object.planId.toString());
    }
    return message;
  },
};
export interface QueryRewardsPlanResponse {
  /** Field 2 on the wire (not 1). */
  rewardsPlan: RewardsPlan;
}
function createBaseQueryRewardsPlanResponse(): QueryRewardsPlanResponse {
  return {
    rewardsPlan: RewardsPlan.fromPartial({}),
  };
}
export const QueryRewardsPlanResponse = {
  typeUrl: "/milkyway.rewards.v1.QueryRewardsPlanResponse",
  encode(message: QueryRewardsPlanResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.rewardsPlan !== undefined) {
      RewardsPlan.encode(message.rewardsPlan, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryRewardsPlanResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryRewardsPlanResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 2:
          message.rewardsPlan = RewardsPlan.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryRewardsPlanResponse>, I>>(object: I): QueryRewardsPlanResponse {
    const message = createBaseQueryRewardsPlanResponse();
    if (object.rewardsPlan !== undefined && object.rewardsPlan !== null) {
      message.rewardsPlan = RewardsPlan.fromPartial(object.rewardsPlan);
    }
    return message;
  },
};
export interface QueryPoolOutstandingRewardsRequest {
  poolId: number;
}
function createBaseQueryPoolOutstandingRewardsRequest(): QueryPoolOutstandingRewardsRequest {
  return {
    poolId: 0,
  };
}
export const QueryPoolOutstandingRewardsRequest = {
  typeUrl: "/milkyway.rewards.v1.QueryPoolOutstandingRewardsRequest",
  encode(message: QueryPoolOutstandingRewardsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.poolId !== 0) {
      writer.uint32(8).uint32(message.poolId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolOutstandingRewardsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolOutstandingRewardsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.poolId = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPoolOutstandingRewardsRequest>, I>>(object: I): QueryPoolOutstandingRewardsRequest {
    const message = createBaseQueryPoolOutstandingRewardsRequest();
    message.poolId = object.poolId ?? 0;
    return message;
  },
};
export interface QueryPoolOutstandingRewardsResponse {
  rewards: OutstandingRewards;
}
function createBaseQueryPoolOutstandingRewardsResponse(): QueryPoolOutstandingRewardsResponse {
  return {
    rewards: OutstandingRewards.fromPartial({}),
  };
}
export const QueryPoolOutstandingRewardsResponse = {
  typeUrl: "/milkyway.rewards.v1.QueryPoolOutstandingRewardsResponse",
  encode(message: QueryPoolOutstandingRewardsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.rewards !== undefined) {
      OutstandingRewards.encode(message.rewards, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolOutstandingRewardsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolOutstandingRewardsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.rewards = OutstandingRewards.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPoolOutstandingRewardsResponse>, I>>(object: I): QueryPoolOutstandingRewardsResponse {
    const message = createBaseQueryPoolOutstandingRewardsResponse();
    if (object.rewards !== undefined && object.rewards !== null) {
      message.rewards = OutstandingRewards.fromPartial(object.rewards);
    }
    return message;
  },
};
export interface QueryOperatorOutstandingRewardsRequest {
  operatorId: number;
}
function createBaseQueryOperatorOutstandingRewardsRequest(): QueryOperatorOutstandingRewardsRequest {
  return {
    operatorId: 0,
  };
}
export const QueryOperatorOutstandingRewardsRequest = {
  typeUrl: "/milkyway.rewards.v1.QueryOperatorOutstandingRewardsRequest",
  encode(message: QueryOperatorOutstandingRewardsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operatorId !== 0) {
      writer.uint32(8).uint32(message.operatorId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorOutstandingRewardsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorOutstandingRewardsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operatorId = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOperatorOutstandingRewardsRequest>, I>>(object: I): QueryOperatorOutstandingRewardsRequest {
    const message = createBaseQueryOperatorOutstandingRewardsRequest();
    message.operatorId = object.operatorId ?? 0;
    return message;
  },
};
export interface QueryOperatorOutstandingRewardsResponse {
  rewards: OutstandingRewards;
}
function createBaseQueryOperatorOutstandingRewardsResponse(): QueryOperatorOutstandingRewardsResponse {
  return {
    rewards: OutstandingRewards.fromPartial({}),
  };
}
export const QueryOperatorOutstandingRewardsResponse = {
  typeUrl: "/milkyway.rewards.v1.QueryOperatorOutstandingRewardsResponse",
  encode(message: QueryOperatorOutstandingRewardsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.rewards !== undefined) {
      OutstandingRewards.encode(message.rewards, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorOutstandingRewardsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorOutstandingRewardsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.rewards = OutstandingRewards.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOperatorOutstandingRewardsResponse>, I>>(object: I): QueryOperatorOutstandingRewardsResponse {
    const message = createBaseQueryOperatorOutstandingRewardsResponse();
    if (object.rewards !== undefined && object.rewards !== null) {
      message.rewards = OutstandingRewards.fromPartial(object.rewards);
    }
    return message;
  },
};
export interface QueryServiceOutstandingRewardsRequest {
  serviceId: number;
}
function createBaseQueryServiceOutstandingRewardsRequest(): QueryServiceOutstandingRewardsRequest {
  return {
    serviceId: 0,
  };
}
export const QueryServiceOutstandingRewardsRequest = {
  typeUrl: "/milkyway.rewards.v1.QueryServiceOutstandingRewardsRequest",
  encode(message: QueryServiceOutstandingRewardsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.serviceId !== 0) {
      writer.uint32(8).uint32(message.serviceId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceOutstandingRewardsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceOutstandingRewardsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.serviceId = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryServiceOutstandingRewardsRequest>, I>>(object: I): QueryServiceOutstandingRewardsRequest {
    const message = createBaseQueryServiceOutstandingRewardsRequest();
    message.serviceId = object.serviceId ?? 0;
    return message;
  },
};
export interface QueryServiceOutstandingRewardsResponse {
  rewards: OutstandingRewards;
}
function createBaseQueryServiceOutstandingRewardsResponse(): QueryServiceOutstandingRewardsResponse {
  return {
    rewards: OutstandingRewards.fromPartial({}),
  };
}
export const QueryServiceOutstandingRewardsResponse = {
  typeUrl: "/milkyway.rewards.v1.QueryServiceOutstandingRewardsResponse",
  encode(message: QueryServiceOutstandingRewardsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.rewards !== undefined) {
      OutstandingRewards.encode(message.rewards, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceOutstandingRewardsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceOutstandingRewardsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.rewards = OutstandingRewards.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryServiceOutstandingRewardsResponse>, I>>(object: I): QueryServiceOutstandingRewardsResponse {
    const message = createBaseQueryServiceOutstandingRewardsResponse();
    if (object.rewards !== undefined && object.rewards !== null) {
      message.rewards = OutstandingRewards.fromPartial(object.rewards);
    }
    return message;
  },
};
export interface QueryOperatorCommissionRequest {
  operatorId: number;
}
function createBaseQueryOperatorCommissionRequest(): QueryOperatorCommissionRequest {
  return {
    operatorId: 0,
  };
}
export const QueryOperatorCommissionRequest = {
  typeUrl: "/milkyway.rewards.v1.QueryOperatorCommissionRequest",
  encode(message: QueryOperatorCommissionRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operatorId !== 0) {
      writer.uint32(8).uint32(message.operatorId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorCommissionRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorCommissionRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operatorId = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOperatorCommissionRequest>, I>>(object: I): QueryOperatorCommissionRequest {
    const message = createBaseQueryOperatorCommissionRequest();
    message.operatorId = object.operatorId ?? 0;
    return message;
  },
};
export interface QueryOperatorCommissionResponse {
  commission: AccumulatedCommission;
}
function createBaseQueryOperatorCommissionResponse(): QueryOperatorCommissionResponse {
  return {
    commission: AccumulatedCommission.fromPartial({}),
  };
}
export const QueryOperatorCommissionResponse = {
  typeUrl: "/milkyway.rewards.v1.QueryOperatorCommissionResponse",
  encode(message: QueryOperatorCommissionResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.commission !== undefined) {
      AccumulatedCommission.encode(message.commission, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorCommissionResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorCommissionResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.commission = AccumulatedCommission.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOperatorCommissionResponse>, I>>(object: I): QueryOperatorCommissionResponse {
    const message = createBaseQueryOperatorCommissionResponse();
    if (object.commission !== undefined && object.commission !== null) {
      message.commission = AccumulatedCommission.fromPartial(object.commission);
    }
    return message;
  },
};
export interface QueryPoolServiceTotalDelegatorSharesRequest {
  poolId: number;
  serviceId: number;
}
function createBaseQueryPoolServiceTotalDelegatorSharesRequest(): QueryPoolServiceTotalDelegatorSharesRequest {
  return {
    poolId: 0,
    serviceId: 0,
  };
}
export const QueryPoolServiceTotalDelegatorSharesRequest = {
  typeUrl: "/milkyway.rewards.v1.QueryPoolServiceTotalDelegatorSharesRequest",
  encode(message: QueryPoolServiceTotalDelegatorSharesRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.poolId !== 0) {
      writer.uint32(8).uint32(message.poolId);
    }
    if (message.serviceId !== 0) {
      writer.uint32(16).uint32(message.serviceId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolServiceTotalDelegatorSharesRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolServiceTotalDelegatorSharesRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.poolId = reader.uint32();
          break;
        case 2:
          message.serviceId = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPoolServiceTotalDelegatorSharesRequest>, I>>(object: I): QueryPoolServiceTotalDelegatorSharesRequest {
    const message = createBaseQueryPoolServiceTotalDelegatorSharesRequest();
    message.poolId = object.poolId ?? 0;
    message.serviceId = object.serviceId ?? 0;
    return message;
  },
};
export interface QueryPoolServiceTotalDelegatorSharesResponse {
  shares: DecCoin[];
}
function createBaseQueryPoolServiceTotalDelegatorSharesResponse(): QueryPoolServiceTotalDelegatorSharesResponse {
  return {
    shares: [],
  };
}
export const QueryPoolServiceTotalDelegatorSharesResponse = {
  typeUrl: "/milkyway.rewards.v1.QueryPoolServiceTotalDelegatorSharesResponse",
  encode(message: QueryPoolServiceTotalDelegatorSharesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.shares) {
      DecCoin.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolServiceTotalDelegatorSharesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolServiceTotalDelegatorSharesResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.shares.push(DecCoin.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPoolServiceTotalDelegatorSharesResponse>, I>>(object: I): QueryPoolServiceTotalDelegatorSharesResponse {
    const message = createBaseQueryPoolServiceTotalDelegatorSharesResponse();
    message.shares = object.shares?.map((e) => DecCoin.fromPartial(e)) || [];
    return message;
  },
};
export interface QueryPoolDelegationRewardsRequest {
  delegatorAddress: string;
  poolId: number;
}
function createBaseQueryPoolDelegationRewardsRequest(): QueryPoolDelegationRewardsRequest {
  return {
    delegatorAddress: "",
    poolId: 0,
  };
}
export const QueryPoolDelegationRewardsRequest = {
  typeUrl: "/milkyway.rewards.v1.QueryPoolDelegationRewardsRequest",
  encode(message: QueryPoolDelegationRewardsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    if (message.poolId !== 0) {
      writer.uint32(16).uint32(message.poolId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolDelegationRewardsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolDelegationRewardsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegatorAddress = reader.string();
          break;
        case 2:
          message.poolId = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPoolDelegationRewardsRequest>, I>>(object: I): QueryPoolDelegationRewardsRequest {
    const message = createBaseQueryPoolDelegationRewardsRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    message.poolId = object.poolId ?? 0;
    return message;
  },
};
export interface QueryPoolDelegationRewardsResponse {
  rewards: DecPool[];
}
function createBaseQueryPoolDelegationRewardsResponse(): QueryPoolDelegationRewardsResponse {
  return {
    rewards: [],
  };
}
export const QueryPoolDelegationRewardsResponse = {
  typeUrl: "/milkyway.rewards.v1.QueryPoolDelegationRewardsResponse",
  encode(message: QueryPoolDelegationRewardsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.rewards) {
      DecPool.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolDelegationRewardsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolDelegationRewardsResponse();
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
  fromPartial<I extends Exact<DeepPartial<QueryPoolDelegationRewardsResponse>, I>>(object: I): QueryPoolDelegationRewardsResponse {
    const message = createBaseQueryPoolDelegationRewardsResponse();
    message.rewards = object.rewards?.map((e) => DecPool.fromPartial(e)) || [];
    return message;
  },
};
export interface QueryOperatorDelegationRewardsRequest {
  delegatorAddress: string;
  operatorId: number;
}
function createBaseQueryOperatorDelegationRewardsRequest(): QueryOperatorDelegationRewardsRequest {
  return {
    delegatorAddress: "",
    operatorId: 0,
  };
}
export const QueryOperatorDelegationRewardsRequest = {
  typeUrl: "/milkyway.rewards.v1.QueryOperatorDelegationRewardsRequest",
  encode(message: QueryOperatorDelegationRewardsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    if (message.operatorId !== 0) {
      writer.uint32(16).uint32(message.operatorId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorDelegationRewardsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorDelegationRewardsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegatorAddress = reader.string();
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
  fromPartial<I extends Exact<DeepPartial<QueryOperatorDelegationRewardsRequest>, I>>(object: I): QueryOperatorDelegationRewardsRequest {
    const message = createBaseQueryOperatorDelegationRewardsRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    message.operatorId = object.operatorId ?? 0;
    return message;
  },
};
export interface QueryOperatorDelegationRewardsResponse {
  rewards: DecPool[];
}
function createBaseQueryOperatorDelegationRewardsResponse(): QueryOperatorDelegationRewardsResponse {
  return {
    rewards: [],
  };
}
export const QueryOperatorDelegationRewardsResponse = {
  typeUrl: "/milkyway.rewards.v1.QueryOperatorDelegationRewardsResponse",
  encode(message: QueryOperatorDelegationRewardsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.rewards) {
      DecPool.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorDelegationRewardsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorDelegationRewardsResponse();
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
  fromPartial<I extends Exact<DeepPartial<QueryOperatorDelegationRewardsResponse>, I>>(object: I): QueryOperatorDelegationRewardsResponse {
    const message = createBaseQueryOperatorDelegationRewardsResponse();
    message.rewards = object.rewards?.map((e) => DecPool.fromPartial(e)) || [];
    return message;
  },
};
export interface QueryServiceDelegationRewardsRequest {
  delegatorAddress: string;
  serviceId: number;
}
function createBaseQueryServiceDelegationRewardsRequest(): QueryServiceDelegationRewardsRequest {
  return {
    delegatorAddress: "",
    serviceId: 0,
  };
}
export const QueryServiceDelegationRewardsRequest = {
  typeUrl: "/milkyway.rewards.v1.QueryServiceDelegationRewardsRequest",
  encode(message: QueryServiceDelegationRewardsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    if (message.serviceId !== 0) {
      writer.uint32(16).uint32(message.serviceId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceDelegationRewardsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceDelegationRewardsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegatorAddress = reader.string();
          break;
        case 2:
          message.serviceId = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryServiceDelegationRewardsRequest>, I>>(object: I): QueryServiceDelegationRewardsRequest {
    const message = createBaseQueryServiceDelegationRewardsRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    message.serviceId = object.serviceId ?? 0;
    return message;
  },
};
export interface QueryServiceDelegationRewardsResponse {
  rewards: DecPool[];
}
function createBaseQueryServiceDelegationRewardsResponse(): QueryServiceDelegationRewardsResponse {
  return {
    rewards: [],
  };
}
export const QueryServiceDelegationRewardsResponse = {
  typeUrl: "/milkyway.rewards.v1.QueryServiceDelegationRewardsResponse",
  encode(message: QueryServiceDelegationRewardsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.rewards) {
      DecPool.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceDelegationRewardsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceDelegationRewardsResponse();
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
  fromPartial<I extends Exact<DeepPartial<QueryServiceDelegationRewardsResponse>, I>>(object: I): QueryServiceDelegationRewardsResponse {
    const message = createBaseQueryServiceDelegationRewardsResponse();
    message.rewards = object.rewards?.map((e) => DecPool.fromPartial(e)) || [];
    return message;
  },
};
export interface QueryDelegatorTotalRewardsRequest {
  delegatorAddress: string;
}
function createBaseQueryDelegatorTotalRewardsRequest(): QueryDelegatorTotalRewardsRequest {
  return {
    delegatorAddress: "",
  };
}
export const QueryDelegatorTotalRewardsRequest = {
  typeUrl: "/milkyway.rewards.v1.QueryDelegatorTotalRewardsRequest",
  encode(message: QueryDelegatorTotalRewardsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorTotalRewardsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorTotalRewardsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegatorAddress = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorTotalRewardsRequest>, I>>(object: I): QueryDelegatorTotalRewardsRequest {
    const message = createBaseQueryDelegatorTotalRewardsRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    return message;
  },
};
export interface QueryDelegatorTotalRewardsResponse {
  rewards: DelegationDelegatorReward[];
  total: DecPool[];
}
function createBaseQueryDelegatorTotalRewardsResponse(): QueryDelegatorTotalRewardsResponse {
  return {
    rewards: [],
    total: [],
  };
}
export const QueryDelegatorTotalRewardsResponse = {
  typeUrl: "/milkyway.rewards.v1.QueryDelegatorTotalRewardsResponse",
  encode(message: QueryDelegatorTotalRewardsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.rewards) {
      DelegationDelegatorReward.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.total) {
      DecPool.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorTotalRewardsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorTotalRewardsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.rewards.push(DelegationDelegatorReward.decode(reader, reader.uint32()));
          break;
        case 2:
          message.total.push(DecPool.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorTotalRewardsResponse>, I>>(object: I): QueryDelegatorTotalRewardsResponse {
    const message = createBaseQueryDelegatorTotalRewardsResponse();
    message.rewards = object.rewards?.map((e) => DelegationDelegatorReward.fromPartial(e)) || [];
    message.total = object.total?.map((e) => DecPool.fromPartial(e)) || [];
    return message;
  },
};
export interface QueryDelegatorWithdrawAddressRequest {
  delegatorAddress: string;
}
function createBaseQueryDelegatorWithdrawAddressRequest(): QueryDelegatorWithdrawAddressRequest {
  return {
    delegatorAddress: "",
  };
}
export const QueryDelegatorWithdrawAddressRequest = {
  typeUrl: "/milkyway.rewards.v1.QueryDelegatorWithdrawAddressRequest",
  encode(message: QueryDelegatorWithdrawAddressRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorWithdrawAddressRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorWithdrawAddressRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegatorAddress = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorWithdrawAddressRequest>, I>>(object: I): QueryDelegatorWithdrawAddressRequest {
    const message = createBaseQueryDelegatorWithdrawAddressRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    return message;
  },
};
export interface QueryDelegatorWithdrawAddressResponse {
  withdrawAddress: string;
}
function createBaseQueryDelegatorWithdrawAddressResponse(): QueryDelegatorWithdrawAddressResponse {
  return {
    withdrawAddress: "",
  };
}
export const QueryDelegatorWithdrawAddressResponse = {
  typeUrl: "/milkyway.rewards.v1.QueryDelegatorWithdrawAddressResponse",
  encode(message: QueryDelegatorWithdrawAddressResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.withdrawAddress !== "") {
      writer.uint32(10).string(message.withdrawAddress);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorWithdrawAddressResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorWithdrawAddressResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.withdrawAddress = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorWithdrawAddressResponse>, I>>(object: I): QueryDelegatorWithdrawAddressResponse {
    const message = createBaseQueryDelegatorWithdrawAddressResponse();
    message.withdrawAddress = object.withdrawAddress ?? "";
    return message;
  },
};
/** gRPC method paths of `milkyway.rewards.v1.Query`. */
export const REWARDS_QUERY = {
  params: "/milkyway.rewards.v1.Query/Params",
  rewardsPlans: "/milkyway.rewards.v1.Query/RewardsPlans",
  rewardsPlan: "/milkyway.rewards.v1.Query/RewardsPlan",
  poolOutstandingRewards: "/milkyway.rewards.v1.Query/PoolOutstandingRewards",
  operatorOutstandingRewards: "/milkyway.rewards.v1.Query/OperatorOutstandingRewards",
  serviceOutstandingRewards: "/milkyway.rewards.v1.Query/ServiceOutstandingRewards",
  operatorCommission: "/milkyway.rewards.v1.Query/OperatorCommission",
  poolServiceTotalDelegatorShares: "/milkyway.rewards.v1.Query/PoolServiceTotalDelegatorShares",
  poolDelegationRewards: "/milkyway.rewards.v1.Query/PoolDelegationRewards",
  operatorDelegationRewards: "/milkyway.rewards.v1.Query/OperatorDelegationRewards",
  serviceDelegationRewards: "/milkyway.rewards.v1.Query/ServiceDelegationRewards",
  delegatorTotalRewards: "/milkyway.rewards.v1.Query/DelegatorTotalRewards",
  delegatorWithdrawAddress: "/milkyway.rewards.v1.Query/DelegatorWithdrawAddress",
} as const;
