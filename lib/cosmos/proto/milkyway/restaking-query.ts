/* eslint-disable */
/**
 * Protobuf codecs for `milkyway.restaking.v1`, transcribed from the field tables in
 * /work/shared/protocol/milkyway.md §2 (no .proto codegen: `@milkywaylabs/milkyway.proto` is not on npm).
 * Same shape as cosmjs-types (telescope) output, so every message works as a CosmJS `GeneratedType`.
 * Wire rules: proto3 defaults are not written, repeated scalars are packed (decoders also accept
 * unpacked), LegacyDec strings carry the integer value × 10^18 without a decimal point.
 * 64-bit integers and Timestamps are written through ./varint64 (cosmjs-types 0.10.1's
 * BinaryWriter mis-encodes values in [2^31, 2^32)).
 * Query requests/responses of `milkyway.restaking.v1.Query` and their gRPC paths.
 * A missing single (delegation, unbonding delegation, pool…) answers gRPC NotFound (code 5).
 */
import { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { Operator } from "./operators";
import { Pool } from "./pools";
import { DelegationResponse, Params, UnbondingDelegation, UserPreferences } from "./restaking-models";
import { Service } from "./services";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { DeepPartial, Exact } from "cosmjs-types/helpers";
export const protobufPackage = "milkyway.restaking.v1";
export interface QueryOperatorJoinedServicesRequest {
  operatorId: number;
  pagination?: PageRequest;
}
function createBaseQueryOperatorJoinedServicesRequest(): QueryOperatorJoinedServicesRequest {
  return {
    operatorId: 0,
    pagination: undefined,
  };
}
export const QueryOperatorJoinedServicesRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryOperatorJoinedServicesRequest",
  encode(message: QueryOperatorJoinedServicesRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operatorId !== 0) {
      writer.uint32(8).uint32(message.operatorId);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorJoinedServicesRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorJoinedServicesRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operatorId = reader.uint32();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOperatorJoinedServicesRequest>, I>>(object: I): QueryOperatorJoinedServicesRequest {
    const message = createBaseQueryOperatorJoinedServicesRequest();
    message.operatorId = object.operatorId ?? 0;
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryOperatorJoinedServicesResponse {
  serviceIds: number[];
  pagination?: PageResponse;
}
function createBaseQueryOperatorJoinedServicesResponse(): QueryOperatorJoinedServicesResponse {
  return {
    serviceIds: [],
    pagination: undefined,
  };
}
export const QueryOperatorJoinedServicesResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryOperatorJoinedServicesResponse",
  encode(message: QueryOperatorJoinedServicesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.serviceIds.length > 0) {
      writer.uint32(10).fork();
      for (const v of message.serviceIds) {
        writer.uint32(v);
      }
      writer.ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorJoinedServicesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorJoinedServicesResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          if ((tag & 7) === 2) {
            const end2 = reader.uint32() + reader.pos;
            while (reader.pos < end2) {
              message.serviceIds.push(reader.uint32());
            }
          } else {
            message.serviceIds.push(reader.uint32());
          }
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
  fromPartial<I extends Exact<DeepPartial<QueryOperatorJoinedServicesResponse>, I>>(object: I): QueryOperatorJoinedServicesResponse {
    const message = createBaseQueryOperatorJoinedServicesResponse();
    message.serviceIds = object.serviceIds?.map((e) => e) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryServiceAllowedOperatorsRequest {
  serviceId: number;
  pagination?: PageRequest;
}
function createBaseQueryServiceAllowedOperatorsRequest(): QueryServiceAllowedOperatorsRequest {
  return {
    serviceId: 0,
    pagination: undefined,
  };
}
export const QueryServiceAllowedOperatorsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryServiceAllowedOperatorsRequest",
  encode(message: QueryServiceAllowedOperatorsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.serviceId !== 0) {
      writer.uint32(8).uint32(message.serviceId);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceAllowedOperatorsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceAllowedOperatorsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.serviceId = reader.uint32();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryServiceAllowedOperatorsRequest>, I>>(object: I): QueryServiceAllowedOperatorsRequest {
    const message = createBaseQueryServiceAllowedOperatorsRequest();
    message.serviceId = object.serviceId ?? 0;
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryServiceAllowedOperatorsResponse {
  operatorIds: number[];
  pagination?: PageResponse;
}
function createBaseQueryServiceAllowedOperatorsResponse(): QueryServiceAllowedOperatorsResponse {
  return {
    operatorIds: [],
    pagination: undefined,
  };
}
export const QueryServiceAllowedOperatorsResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryServiceAllowedOperatorsResponse",
  encode(message: QueryServiceAllowedOperatorsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operatorIds.length > 0) {
      writer.uint32(10).fork();
      for (const v of message.operatorIds) {
        writer.uint32(v);
      }
      writer.ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceAllowedOperatorsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceAllowedOperatorsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          if ((tag & 7) === 2) {
            const end2 = reader.uint32() + reader.pos;
            while (reader.pos < end2) {
              message.operatorIds.push(reader.uint32());
            }
          } else {
            message.operatorIds.push(reader.uint32());
          }
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
  fromPartial<I extends Exact<DeepPartial<QueryServiceAllowedOperatorsResponse>, I>>(object: I): QueryServiceAllowedOperatorsResponse {
    const message = createBaseQueryServiceAllowedOperatorsResponse();
    message.operatorIds = object.operatorIds?.map((e) => e) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryServiceSecuringPoolsRequest {
  serviceId: number;
  pagination?: PageRequest;
}
function createBaseQueryServiceSecuringPoolsRequest(): QueryServiceSecuringPoolsRequest {
  return {
    serviceId: 0,
    pagination: undefined,
  };
}
export const QueryServiceSecuringPoolsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryServiceSecuringPoolsRequest",
  encode(message: QueryServiceSecuringPoolsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.serviceId !== 0) {
      writer.uint32(8).uint32(message.serviceId);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceSecuringPoolsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceSecuringPoolsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.serviceId = reader.uint32();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryServiceSecuringPoolsRequest>, I>>(object: I): QueryServiceSecuringPoolsRequest {
    const message = createBaseQueryServiceSecuringPoolsRequest();
    message.serviceId = object.serviceId ?? 0;
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryServiceSecuringPoolsResponse {
  poolIds: number[];
  pagination?: PageResponse;
}
function createBaseQueryServiceSecuringPoolsResponse(): QueryServiceSecuringPoolsResponse {
  return {
    poolIds: [],
    pagination: undefined,
  };
}
export const QueryServiceSecuringPoolsResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryServiceSecuringPoolsResponse",
  encode(message: QueryServiceSecuringPoolsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.poolIds.length > 0) {
      writer.uint32(10).fork();
      for (const v of message.poolIds) {
        writer.uint32(v);
      }
      writer.ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceSecuringPoolsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceSecuringPoolsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          if ((tag & 7) === 2) {
            const end2 = reader.uint32() + reader.pos;
            while (reader.pos < end2) {
              message.poolIds.push(reader.uint32());
            }
          } else {
            message.poolIds.push(reader.uint32());
          }
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
  fromPartial<I extends Exact<DeepPartial<QueryServiceSecuringPoolsResponse>, I>>(object: I): QueryServiceSecuringPoolsResponse {
    const message = createBaseQueryServiceSecuringPoolsResponse();
    message.poolIds = object.poolIds?.map((e) => e) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryServiceOperatorsRequest {
  serviceId: number;
  pagination?: PageRequest;
}
function createBaseQueryServiceOperatorsRequest(): QueryServiceOperatorsRequest {
  return {
    serviceId: 0,
    pagination: undefined,
  };
}
export const QueryServiceOperatorsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryServiceOperatorsRequest",
  encode(message: QueryServiceOperatorsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.serviceId !== 0) {
      writer.uint32(8).uint32(message.serviceId);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceOperatorsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceOperatorsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.serviceId = reader.uint32();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryServiceOperatorsRequest>, I>>(object: I): QueryServiceOperatorsRequest {
    const message = createBaseQueryServiceOperatorsRequest();
    message.serviceId = object.serviceId ?? 0;
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryServiceOperatorsResponse {
  operators: Operator[];
  pagination?: PageResponse;
}
function createBaseQueryServiceOperatorsResponse(): QueryServiceOperatorsResponse {
  return {
    operators: [],
    pagination: undefined,
  };
}
export const QueryServiceOperatorsResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryServiceOperatorsResponse",
  encode(message: QueryServiceOperatorsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.operators) {
      Operator.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceOperatorsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceOperatorsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operators.push(Operator.decode(reader, reader.uint32()));
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
  fromPartial<I extends Exact<DeepPartial<QueryServiceOperatorsResponse>, I>>(object: I): QueryServiceOperatorsResponse {
    const message = createBaseQueryServiceOperatorsResponse();
    message.operators = object.operators?.map((e) => Operator.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryPoolDelegationsRequest {
  poolId: number;
  pagination?: PageRequest;
}
function createBaseQueryPoolDelegationsRequest(): QueryPoolDelegationsRequest {
  return {
    poolId: 0,
    pagination: undefined,
  };
}
export const QueryPoolDelegationsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryPoolDelegationsRequest",
  encode(message: QueryPoolDelegationsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.poolId !== 0) {
      writer.uint32(8).uint32(message.poolId);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolDelegationsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolDelegationsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.poolId = reader.uint32();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPoolDelegationsRequest>, I>>(object: I): QueryPoolDelegationsRequest {
    const message = createBaseQueryPoolDelegationsRequest();
    message.poolId = object.poolId ?? 0;
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryPoolDelegationsResponse {
  delegations: DelegationResponse[];
  pagination?: PageResponse;
}
function createBaseQueryPoolDelegationsResponse(): QueryPoolDelegationsResponse {
  return {
    delegations: [],
    pagination: undefined,
  };
}
export const QueryPoolDelegationsResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryPoolDelegationsResponse",
  encode(message: QueryPoolDelegationsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.delegations) {
      DelegationResponse.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolDelegationsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolDelegationsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegations.push(DelegationResponse.decode(reader, reader.uint32()));
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
  fromPartial<I extends Exact<DeepPartial<QueryPoolDelegationsResponse>, I>>(object: I): QueryPoolDelegationsResponse {
    const message = createBaseQueryPoolDelegationsResponse();
    message.delegations = object.delegations?.map((e) => DelegationResponse.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryPoolDelegationRequest {
  poolId: number;
  delegatorAddress: string;
}
function createBaseQueryPoolDelegationRequest(): QueryPoolDelegationRequest {
  return {
    poolId: 0,
    delegatorAddress: "",
  };
}
export const QueryPoolDelegationRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryPoolDelegationRequest",
  encode(message: QueryPoolDelegationRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.poolId !== 0) {
      writer.uint32(8).uint32(message.poolId);
    }
    if (message.delegatorAddress !== "") {
      writer.uint32(18).string(message.delegatorAddress);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolDelegationRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolDelegationRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.poolId = reader.uint32();
          break;
        case 2:
          message.delegatorAddress = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPoolDelegationRequest>, I>>(object: I): QueryPoolDelegationRequest {
    const message = createBaseQueryPoolDelegationRequest();
    message.poolId = object.poolId ?? 0;
    message.delegatorAddress = object.delegatorAddress ?? "";
    return message;
  },
};
export interface QueryPoolDelegationResponse {
  delegation: DelegationResponse;
}
function createBaseQueryPoolDelegationResponse(): QueryPoolDelegationResponse {
  return {
    delegation: DelegationResponse.fromPartial({}),
  };
}
export const QueryPoolDelegationResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryPoolDelegationResponse",
  encode(message: QueryPoolDelegationResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegation !== undefined) {
      DelegationResponse.encode(message.delegation, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolDelegationResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolDelegationResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegation = DelegationResponse.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPoolDelegationResponse>, I>>(object: I): QueryPoolDelegationResponse {
    const message = createBaseQueryPoolDelegationResponse();
    if (object.delegation !== undefined && object.delegation !== null) {
      message.delegation = DelegationResponse.fromPartial(object.delegation);
    }
    return message;
  },
};
export interface QueryPoolUnbondingDelegationsRequest {
  poolId: number;
  pagination?: PageRequest;
}
function createBaseQueryPoolUnbondingDelegationsRequest(): QueryPoolUnbondingDelegationsRequest {
  return {
    poolId: 0,
    pagination: undefined,
  };
}
export const QueryPoolUnbondingDelegationsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryPoolUnbondingDelegationsRequest",
  encode(message: QueryPoolUnbondingDelegationsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.poolId !== 0) {
      writer.uint32(8).uint32(message.poolId);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolUnbondingDelegationsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolUnbondingDelegationsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.poolId = reader.uint32();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPoolUnbondingDelegationsRequest>, I>>(object: I): QueryPoolUnbondingDelegationsRequest {
    const message = createBaseQueryPoolUnbondingDelegationsRequest();
    message.poolId = object.poolId ?? 0;
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryPoolUnbondingDelegationsResponse {
  unbondingDelegations: UnbondingDelegation[];
  pagination?: PageResponse;
}
function createBaseQueryPoolUnbondingDelegationsResponse(): QueryPoolUnbondingDelegationsResponse {
  return {
    unbondingDelegations: [],
    pagination: undefined,
  };
}
export const QueryPoolUnbondingDelegationsResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryPoolUnbondingDelegationsResponse",
  encode(message: QueryPoolUnbondingDelegationsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.unbondingDelegations) {
      UnbondingDelegation.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolUnbondingDelegationsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolUnbondingDelegationsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.unbondingDelegations.push(UnbondingDelegation.decode(reader, reader.uint32()));
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
  fromPartial<I extends Exact<DeepPartial<QueryPoolUnbondingDelegationsResponse>, I>>(object: I): QueryPoolUnbondingDelegationsResponse {
    const message = createBaseQueryPoolUnbondingDelegationsResponse();
    message.unbondingDelegations = object.unbondingDelegations?.map((e) => UnbondingDelegation.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryPoolUnbondingDelegationRequest {
  poolId: number;
  delegatorAddress: string;
}
function createBaseQueryPoolUnbondingDelegationRequest(): QueryPoolUnbondingDelegationRequest {
  return {
    poolId: 0,
    delegatorAddress: "",
  };
}
export const QueryPoolUnbondingDelegationRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryPoolUnbondingDelegationRequest",
  encode(message: QueryPoolUnbondingDelegationRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.poolId !== 0) {
      writer.uint32(8).uint32(message.poolId);
    }
    if (message.delegatorAddress !== "") {
      writer.uint32(18).string(message.delegatorAddress);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolUnbondingDelegationRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolUnbondingDelegationRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.poolId = reader.uint32();
          break;
        case 2:
          message.delegatorAddress = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPoolUnbondingDelegationRequest>, I>>(object: I): QueryPoolUnbondingDelegationRequest {
    const message = createBaseQueryPoolUnbondingDelegationRequest();
    message.poolId = object.poolId ?? 0;
    message.delegatorAddress = object.delegatorAddress ?? "";
    return message;
  },
};
export interface QueryPoolUnbondingDelegationResponse {
  unbondingDelegation: UnbondingDelegation;
}
function createBaseQueryPoolUnbondingDelegationResponse(): QueryPoolUnbondingDelegationResponse {
  return {
    unbondingDelegation: UnbondingDelegation.fromPartial({}),
  };
}
export const QueryPoolUnbondingDelegationResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryPoolUnbondingDelegationResponse",
  encode(message: QueryPoolUnbondingDelegationResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.unbondingDelegation !== undefined) {
      UnbondingDelegation.encode(message.unbondingDelegation, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolUnbondingDelegationResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolUnbondingDelegationResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.unbondingDelegation = UnbondingDelegation.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPoolUnbondingDelegationResponse>, I>>(object: I): QueryPoolUnbondingDelegationResponse {
    const message = createBaseQueryPoolUnbondingDelegationResponse();
    if (object.unbondingDelegation !== undefined && object.unbondingDelegation !== null) {
      message.unbondingDelegation = UnbondingDelegation.fromPartial(object.unbondingDelegation);
    }
    return message;
  },
};
export interface QueryOperatorDelegationsRequest {
  operatorId: number;
  pagination?: PageRequest;
}
function createBaseQueryOperatorDelegationsRequest(): QueryOperatorDelegationsRequest {
  return {
    operatorId: 0,
    pagination: undefined,
  };
}
export const QueryOperatorDelegationsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryOperatorDelegationsRequest",
  encode(message: QueryOperatorDelegationsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operatorId !== 0) {
      writer.uint32(8).uint32(message.operatorId);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorDelegationsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorDelegationsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operatorId = reader.uint32();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOperatorDelegationsRequest>, I>>(object: I): QueryOperatorDelegationsRequest {
    const message = createBaseQueryOperatorDelegationsRequest();
    message.operatorId = object.operatorId ?? 0;
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryOperatorDelegationsResponse {
  delegations: DelegationResponse[];
  pagination?: PageResponse;
}
function createBaseQueryOperatorDelegationsResponse(): QueryOperatorDelegationsResponse {
  return {
    delegations: [],
    pagination: undefined,
  };
}
export const QueryOperatorDelegationsResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryOperatorDelegationsResponse",
  encode(message: QueryOperatorDelegationsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.delegations) {
      DelegationResponse.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorDelegationsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorDelegationsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegations.push(DelegationResponse.decode(reader, reader.uint32()));
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
  fromPartial<I extends Exact<DeepPartial<QueryOperatorDelegationsResponse>, I>>(object: I): QueryOperatorDelegationsResponse {
    const message = createBaseQueryOperatorDelegationsResponse();
    message.delegations = object.delegations?.map((e) => DelegationResponse.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryOperatorDelegationRequest {
  operatorId: number;
  delegatorAddress: string;
}
function createBaseQueryOperatorDelegationRequest(): QueryOperatorDelegationRequest {
  return {
    operatorId: 0,
    delegatorAddress: "",
  };
}
export const QueryOperatorDelegationRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryOperatorDelegationRequest",
  encode(message: QueryOperatorDelegationRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operatorId !== 0) {
      writer.uint32(8).uint32(message.operatorId);
    }
    if (message.delegatorAddress !== "") {
      writer.uint32(18).string(message.delegatorAddress);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorDelegationRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorDelegationRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operatorId = reader.uint32();
          break;
        case 2:
          message.delegatorAddress = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOperatorDelegationRequest>, I>>(object: I): QueryOperatorDelegationRequest {
    const message = createBaseQueryOperatorDelegationRequest();
    message.operatorId = object.operatorId ?? 0;
    message.delegatorAddress = object.delegatorAddress ?? "";
    return message;
  },
};
export interface QueryOperatorDelegationResponse {
  delegation: DelegationResponse;
}
function createBaseQueryOperatorDelegationResponse(): QueryOperatorDelegationResponse {
  return {
    delegation: DelegationResponse.fromPartial({}),
  };
}
export const QueryOperatorDelegationResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryOperatorDelegationResponse",
  encode(message: QueryOperatorDelegationResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegation !== undefined) {
      DelegationResponse.encode(message.delegation, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorDelegationResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorDelegationResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegation = DelegationResponse.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOperatorDelegationResponse>, I>>(object: I): QueryOperatorDelegationResponse {
    const message = createBaseQueryOperatorDelegationResponse();
    if (object.delegation !== undefined && object.delegation !== null) {
      message.delegation = DelegationResponse.fromPartial(object.delegation);
    }
    return message;
  },
};
export interface QueryOperatorUnbondingDelegationsRequest {
  operatorId: number;
  pagination?: PageRequest;
}
function createBaseQueryOperatorUnbondingDelegationsRequest(): QueryOperatorUnbondingDelegationsRequest {
  return {
    operatorId: 0,
    pagination: undefined,
  };
}
export const QueryOperatorUnbondingDelegationsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryOperatorUnbondingDelegationsRequest",
  encode(message: QueryOperatorUnbondingDelegationsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operatorId !== 0) {
      writer.uint32(8).uint32(message.operatorId);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorUnbondingDelegationsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorUnbondingDelegationsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operatorId = reader.uint32();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOperatorUnbondingDelegationsRequest>, I>>(object: I): QueryOperatorUnbondingDelegationsRequest {
    const message = createBaseQueryOperatorUnbondingDelegationsRequest();
    message.operatorId = object.operatorId ?? 0;
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryOperatorUnbondingDelegationsResponse {
  unbondingDelegations: UnbondingDelegation[];
  pagination?: PageResponse;
}
function createBaseQueryOperatorUnbondingDelegationsResponse(): QueryOperatorUnbondingDelegationsResponse {
  return {
    unbondingDelegations: [],
    pagination: undefined,
  };
}
export const QueryOperatorUnbondingDelegationsResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryOperatorUnbondingDelegationsResponse",
  encode(message: QueryOperatorUnbondingDelegationsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.unbondingDelegations) {
      UnbondingDelegation.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorUnbondingDelegationsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorUnbondingDelegationsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.unbondingDelegations.push(UnbondingDelegation.decode(reader, reader.uint32()));
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
  fromPartial<I extends Exact<DeepPartial<QueryOperatorUnbondingDelegationsResponse>, I>>(object: I): QueryOperatorUnbondingDelegationsResponse {
    const message = createBaseQueryOperatorUnbondingDelegationsResponse();
    message.unbondingDelegations = object.unbondingDelegations?.map((e) => UnbondingDelegation.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryOperatorUnbondingDelegationRequest {
  operatorId: number;
  delegatorAddress: string;
}
function createBaseQueryOperatorUnbondingDelegationRequest(): QueryOperatorUnbondingDelegationRequest {
  return {
    operatorId: 0,
    delegatorAddress: "",
  };
}
export const QueryOperatorUnbondingDelegationRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryOperatorUnbondingDelegationRequest",
  encode(message: QueryOperatorUnbondingDelegationRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operatorId !== 0) {
      writer.uint32(8).uint32(message.operatorId);
    }
    if (message.delegatorAddress !== "") {
      writer.uint32(18).string(message.delegatorAddress);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorUnbondingDelegationRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorUnbondingDelegationRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operatorId = reader.uint32();
          break;
        case 2:
          message.delegatorAddress = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOperatorUnbondingDelegationRequest>, I>>(object: I): QueryOperatorUnbondingDelegationRequest {
    const message = createBaseQueryOperatorUnbondingDelegationRequest();
    message.operatorId = object.operatorId ?? 0;
    message.delegatorAddress = object.delegatorAddress ?? "";
    return message;
  },
};
export interface QueryOperatorUnbondingDelegationResponse {
  unbondingDelegation: UnbondingDelegation;
}
function createBaseQueryOperatorUnbondingDelegationResponse(): QueryOperatorUnbondingDelegationResponse {
  return {
    unbondingDelegation: UnbondingDelegation.fromPartial({}),
  };
}
export const QueryOperatorUnbondingDelegationResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryOperatorUnbondingDelegationResponse",
  encode(message: QueryOperatorUnbondingDelegationResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.unbondingDelegation !== undefined) {
      UnbondingDelegation.encode(message.unbondingDelegation, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorUnbondingDelegationResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorUnbondingDelegationResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.unbondingDelegation = UnbondingDelegation.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOperatorUnbondingDelegationResponse>, I>>(object: I): QueryOperatorUnbondingDelegationResponse {
    const message = createBaseQueryOperatorUnbondingDelegationResponse();
    if (object.unbondingDelegation !== undefined && object.unbondingDelegation !== null) {
      message.unbondingDelegation = UnbondingDelegation.fromPartial(object.unbondingDelegation);
    }
    return message;
  },
};
export interface QueryServiceDelegationsRequest {
  serviceId: number;
  pagination?: PageRequest;
}
function createBaseQueryServiceDelegationsRequest(): QueryServiceDelegationsRequest {
  return {
    serviceId: 0,
    pagination: undefined,
  };
}
export const QueryServiceDelegationsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryServiceDelegationsRequest",
  encode(message: QueryServiceDelegationsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.serviceId !== 0) {
      writer.uint32(8).uint32(message.serviceId);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceDelegationsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceDelegationsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.serviceId = reader.uint32();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryServiceDelegationsRequest>, I>>(object: I): QueryServiceDelegationsRequest {
    const message = createBaseQueryServiceDelegationsRequest();
    message.serviceId = object.serviceId ?? 0;
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryServiceDelegationsResponse {
  delegations: DelegationResponse[];
  pagination?: PageResponse;
}
function createBaseQueryServiceDelegationsResponse(): QueryServiceDelegationsResponse {
  return {
    delegations: [],
    pagination: undefined,
  };
}
export const QueryServiceDelegationsResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryServiceDelegationsResponse",
  encode(message: QueryServiceDelegationsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.delegations) {
      DelegationResponse.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceDelegationsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceDelegationsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegations.push(DelegationResponse.decode(reader, reader.uint32()));
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
  fromPartial<I extends Exact<DeepPartial<QueryServiceDelegationsResponse>, I>>(object: I): QueryServiceDelegationsResponse {
    const message = createBaseQueryServiceDelegationsResponse();
    message.delegations = object.delegations?.map((e) => DelegationResponse.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryServiceDelegationRequest {
  serviceId: number;
  delegatorAddress: string;
}
function createBaseQueryServiceDelegationRequest(): QueryServiceDelegationRequest {
  return {
    serviceId: 0,
    delegatorAddress: "",
  };
}
export const QueryServiceDelegationRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryServiceDelegationRequest",
  encode(message: QueryServiceDelegationRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.serviceId !== 0) {
      writer.uint32(8).uint32(message.serviceId);
    }
    if (message.delegatorAddress !== "") {
      writer.uint32(18).string(message.delegatorAddress);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceDelegationRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceDelegationRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.serviceId = reader.uint32();
          break;
        case 2:
          message.delegatorAddress = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryServiceDelegationRequest>, I>>(object: I): QueryServiceDelegationRequest {
    const message = createBaseQueryServiceDelegationRequest();
    message.serviceId = object.serviceId ?? 0;
    message.delegatorAddress = object.delegatorAddress ?? "";
    return message;
  },
};
export interface QueryServiceDelegationResponse {
  delegation: DelegationResponse;
}
function createBaseQueryServiceDelegationResponse(): QueryServiceDelegationResponse {
  return {
    delegation: DelegationResponse.fromPartial({}),
  };
}
export const QueryServiceDelegationResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryServiceDelegationResponse",
  encode(message: QueryServiceDelegationResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegation !== undefined) {
      DelegationResponse.encode(message.delegation, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceDelegationResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceDelegationResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegation = DelegationResponse.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryServiceDelegationResponse>, I>>(object: I): QueryServiceDelegationResponse {
    const message = createBaseQueryServiceDelegationResponse();
    if (object.delegation !== undefined && object.delegation !== null) {
      message.delegation = DelegationResponse.fromPartial(object.delegation);
    }
    return message;
  },
};
export interface QueryServiceUnbondingDelegationsRequest {
  serviceId: number;
  pagination?: PageRequest;
}
function createBaseQueryServiceUnbondingDelegationsRequest(): QueryServiceUnbondingDelegationsRequest {
  return {
    serviceId: 0,
    pagination: undefined,
  };
}
export const QueryServiceUnbondingDelegationsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryServiceUnbondingDelegationsRequest",
  encode(message: QueryServiceUnbondingDelegationsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.serviceId !== 0) {
      writer.uint32(8).uint32(message.serviceId);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceUnbondingDelegationsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceUnbondingDelegationsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.serviceId = reader.uint32();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryServiceUnbondingDelegationsRequest>, I>>(object: I): QueryServiceUnbondingDelegationsRequest {
    const message = createBaseQueryServiceUnbondingDelegationsRequest();
    message.serviceId = object.serviceId ?? 0;
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryServiceUnbondingDelegationsResponse {
  unbondingDelegations: UnbondingDelegation[];
  pagination?: PageResponse;
}
function createBaseQueryServiceUnbondingDelegationsResponse(): QueryServiceUnbondingDelegationsResponse {
  return {
    unbondingDelegations: [],
    pagination: undefined,
  };
}
export const QueryServiceUnbondingDelegationsResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryServiceUnbondingDelegationsResponse",
  encode(message: QueryServiceUnbondingDelegationsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.unbondingDelegations) {
      UnbondingDelegation.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceUnbondingDelegationsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceUnbondingDelegationsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.unbondingDelegations.push(UnbondingDelegation.decode(reader, reader.uint32()));
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
  fromPartial<I extends Exact<DeepPartial<QueryServiceUnbondingDelegationsResponse>, I>>(object: I): QueryServiceUnbondingDelegationsResponse {
    const message = createBaseQueryServiceUnbondingDelegationsResponse();
    message.unbondingDelegations = object.unbondingDelegations?.map((e) => UnbondingDelegation.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryServiceUnbondingDelegationRequest {
  serviceId: number;
  delegatorAddress: string;
}
function createBaseQueryServiceUnbondingDelegationRequest(): QueryServiceUnbondingDelegationRequest {
  return {
    serviceId: 0,
    delegatorAddress: "",
  };
}
export const QueryServiceUnbondingDelegationRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryServiceUnbondingDelegationRequest",
  encode(message: QueryServiceUnbondingDelegationRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.serviceId !== 0) {
      writer.uint32(8).uint32(message.serviceId);
    }
    if (message.delegatorAddress !== "") {
      writer.uint32(18).string(message.delegatorAddress);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceUnbondingDelegationRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceUnbondingDelegationRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.serviceId = reader.uint32();
          break;
        case 2:
          message.delegatorAddress = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryServiceUnbondingDelegationRequest>, I>>(object: I): QueryServiceUnbondingDelegationRequest {
    const message = createBaseQueryServiceUnbondingDelegationRequest();
    message.serviceId = object.serviceId ?? 0;
    message.delegatorAddress = object.delegatorAddress ?? "";
    return message;
  },
};
export interface QueryServiceUnbondingDelegationResponse {
  unbondingDelegation: UnbondingDelegation;
}
function createBaseQueryServiceUnbondingDelegationResponse(): QueryServiceUnbondingDelegationResponse {
  return {
    unbondingDelegation: UnbondingDelegation.fromPartial({}),
  };
}
export const QueryServiceUnbondingDelegationResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryServiceUnbondingDelegationResponse",
  encode(message: QueryServiceUnbondingDelegationResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.unbondingDelegation !== undefined) {
      UnbondingDelegation.encode(message.unbondingDelegation, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceUnbondingDelegationResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceUnbondingDelegationResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.unbondingDelegation = UnbondingDelegation.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryServiceUnbondingDelegationResponse>, I>>(object: I): QueryServiceUnbondingDelegationResponse {
    const message = createBaseQueryServiceUnbondingDelegationResponse();
    if (object.unbondingDelegation !== undefined && object.unbondingDelegation !== null) {
      message.unbondingDelegation = UnbondingDelegation.fromPartial(object.unbondingDelegation);
    }
    return message;
  },
};
export interface QueryDelegatorPoolDelegationsRequest {
  delegatorAddress: string;
  pagination?: PageRequest;
}
function createBaseQueryDelegatorPoolDelegationsRequest(): QueryDelegatorPoolDelegationsRequest {
  return {
    delegatorAddress: "",
    pagination: undefined,
  };
}
export const QueryDelegatorPoolDelegationsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorPoolDelegationsRequest",
  encode(message: QueryDelegatorPoolDelegationsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorPoolDelegationsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorPoolDelegationsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegatorAddress = reader.string();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorPoolDelegationsRequest>, I>>(object: I): QueryDelegatorPoolDelegationsRequest {
    const message = createBaseQueryDelegatorPoolDelegationsRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorPoolDelegationsResponse {
  delegations: DelegationResponse[];
  pagination?: PageResponse;
}
function createBaseQueryDelegatorPoolDelegationsResponse(): QueryDelegatorPoolDelegationsResponse {
  return {
    delegations: [],
    pagination: undefined,
  };
}
export const QueryDelegatorPoolDelegationsResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorPoolDelegationsResponse",
  encode(message: QueryDelegatorPoolDelegationsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.delegations) {
      DelegationResponse.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorPoolDelegationsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorPoolDelegationsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegations.push(DelegationResponse.decode(reader, reader.uint32()));
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
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorPoolDelegationsResponse>, I>>(object: I): QueryDelegatorPoolDelegationsResponse {
    const message = createBaseQueryDelegatorPoolDelegationsResponse();
    message.delegations = object.delegations?.map((e) => DelegationResponse.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorOperatorDelegationsRequest {
  delegatorAddress: string;
  pagination?: PageRequest;
}
function createBaseQueryDelegatorOperatorDelegationsRequest(): QueryDelegatorOperatorDelegationsRequest {
  return {
    delegatorAddress: "",
    pagination: undefined,
  };
}
export const QueryDelegatorOperatorDelegationsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorOperatorDelegationsRequest",
  encode(message: QueryDelegatorOperatorDelegationsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorOperatorDelegationsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorOperatorDelegationsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegatorAddress = reader.string();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorOperatorDelegationsRequest>, I>>(object: I): QueryDelegatorOperatorDelegationsRequest {
    const message = createBaseQueryDelegatorOperatorDelegationsRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorOperatorDelegationsResponse {
  delegations: DelegationResponse[];
  pagination?: PageResponse;
}
function createBaseQueryDelegatorOperatorDelegationsResponse(): QueryDelegatorOperatorDelegationsResponse {
  return {
    delegations: [],
    pagination: undefined,
  };
}
export const QueryDelegatorOperatorDelegationsResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorOperatorDelegationsResponse",
  encode(message: QueryDelegatorOperatorDelegationsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.delegations) {
      DelegationResponse.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorOperatorDelegationsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorOperatorDelegationsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegations.push(DelegationResponse.decode(reader, reader.uint32()));
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
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorOperatorDelegationsResponse>, I>>(object: I): QueryDelegatorOperatorDelegationsResponse {
    const message = createBaseQueryDelegatorOperatorDelegationsResponse();
    message.delegations = object.delegations?.map((e) => DelegationResponse.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorServiceDelegationsRequest {
  delegatorAddress: string;
  pagination?: PageRequest;
}
function createBaseQueryDelegatorServiceDelegationsRequest(): QueryDelegatorServiceDelegationsRequest {
  return {
    delegatorAddress: "",
    pagination: undefined,
  };
}
export const QueryDelegatorServiceDelegationsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorServiceDelegationsRequest",
  encode(message: QueryDelegatorServiceDelegationsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorServiceDelegationsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorServiceDelegationsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegatorAddress = reader.string();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorServiceDelegationsRequest>, I>>(object: I): QueryDelegatorServiceDelegationsRequest {
    const message = createBaseQueryDelegatorServiceDelegationsRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorServiceDelegationsResponse {
  delegations: DelegationResponse[];
  pagination?: PageResponse;
}
function createBaseQueryDelegatorServiceDelegationsResponse(): QueryDelegatorServiceDelegationsResponse {
  return {
    delegations: [],
    pagination: undefined,
  };
}
export const QueryDelegatorServiceDelegationsResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorServiceDelegationsResponse",
  encode(message: QueryDelegatorServiceDelegationsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.delegations) {
      DelegationResponse.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorServiceDelegationsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorServiceDelegationsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegations.push(DelegationResponse.decode(reader, reader.uint32()));
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
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorServiceDelegationsResponse>, I>>(object: I): QueryDelegatorServiceDelegationsResponse {
    const message = createBaseQueryDelegatorServiceDelegationsResponse();
    message.delegations = object.delegations?.map((e) => DelegationResponse.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorPoolUnbondingDelegationsRequest {
  delegatorAddress: string;
  pagination?: PageRequest;
}
function createBaseQueryDelegatorPoolUnbondingDelegationsRequest(): QueryDelegatorPoolUnbondingDelegationsRequest {
  return {
    delegatorAddress: "",
    pagination: undefined,
  };
}
export const QueryDelegatorPoolUnbondingDelegationsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorPoolUnbondingDelegationsRequest",
  encode(message: QueryDelegatorPoolUnbondingDelegationsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorPoolUnbondingDelegationsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorPoolUnbondingDelegationsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegatorAddress = reader.string();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorPoolUnbondingDelegationsRequest>, I>>(object: I): QueryDelegatorPoolUnbondingDelegationsRequest {
    const message = createBaseQueryDelegatorPoolUnbondingDelegationsRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorPoolUnbondingDelegationsResponse {
  unbondingDelegations: UnbondingDelegation[];
  pagination?: PageResponse;
}
function createBaseQueryDelegatorPoolUnbondingDelegationsResponse(): QueryDelegatorPoolUnbondingDelegationsResponse {
  return {
    unbondingDelegations: [],
    pagination: undefined,
  };
}
export const QueryDelegatorPoolUnbondingDelegationsResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorPoolUnbondingDelegationsResponse",
  encode(message: QueryDelegatorPoolUnbondingDelegationsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.unbondingDelegations) {
      UnbondingDelegation.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorPoolUnbondingDelegationsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorPoolUnbondingDelegationsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.unbondingDelegations.push(UnbondingDelegation.decode(reader, reader.uint32()));
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
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorPoolUnbondingDelegationsResponse>, I>>(object: I): QueryDelegatorPoolUnbondingDelegationsResponse {
    const message = createBaseQueryDelegatorPoolUnbondingDelegationsResponse();
    message.unbondingDelegations = object.unbondingDelegations?.map((e) => UnbondingDelegation.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorOperatorUnbondingDelegationsRequest {
  delegatorAddress: string;
  pagination?: PageRequest;
}
function createBaseQueryDelegatorOperatorUnbondingDelegationsRequest(): QueryDelegatorOperatorUnbondingDelegationsRequest {
  return {
    delegatorAddress: "",
    pagination: undefined,
  };
}
export const QueryDelegatorOperatorUnbondingDelegationsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorOperatorUnbondingDelegationsRequest",
  encode(message: QueryDelegatorOperatorUnbondingDelegationsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorOperatorUnbondingDelegationsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorOperatorUnbondingDelegationsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegatorAddress = reader.string();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorOperatorUnbondingDelegationsRequest>, I>>(object: I): QueryDelegatorOperatorUnbondingDelegationsRequest {
    const message = createBaseQueryDelegatorOperatorUnbondingDelegationsRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorOperatorUnbondingDelegationsResponse {
  unbondingDelegations: UnbondingDelegation[];
  pagination?: PageResponse;
}
function createBaseQueryDelegatorOperatorUnbondingDelegationsResponse(): QueryDelegatorOperatorUnbondingDelegationsResponse {
  return {
    unbondingDelegations: [],
    pagination: undefined,
  };
}
export const QueryDelegatorOperatorUnbondingDelegationsResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorOperatorUnbondingDelegationsResponse",
  encode(message: QueryDelegatorOperatorUnbondingDelegationsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.unbondingDelegations) {
      UnbondingDelegation.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorOperatorUnbondingDelegationsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorOperatorUnbondingDelegationsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.unbondingDelegations.push(UnbondingDelegation.decode(reader, reader.uint32()));
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
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorOperatorUnbondingDelegationsResponse>, I>>(object: I): QueryDelegatorOperatorUnbondingDelegationsResponse {
    const message = createBaseQueryDelegatorOperatorUnbondingDelegationsResponse();
    message.unbondingDelegations = object.unbondingDelegations?.map((e) => UnbondingDelegation.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorServiceUnbondingDelegationsRequest {
  delegatorAddress: string;
  pagination?: PageRequest;
}
function createBaseQueryDelegatorServiceUnbondingDelegationsRequest(): QueryDelegatorServiceUnbondingDelegationsRequest {
  return {
    delegatorAddress: "",
    pagination: undefined,
  };
}
export const QueryDelegatorServiceUnbondingDelegationsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorServiceUnbondingDelegationsRequest",
  encode(message: QueryDelegatorServiceUnbondingDelegationsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorServiceUnbondingDelegationsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorServiceUnbondingDelegationsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegatorAddress = reader.string();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorServiceUnbondingDelegationsRequest>, I>>(object: I): QueryDelegatorServiceUnbondingDelegationsRequest {
    const message = createBaseQueryDelegatorServiceUnbondingDelegationsRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorServiceUnbondingDelegationsResponse {
  unbondingDelegations: UnbondingDelegation[];
  pagination?: PageResponse;
}
function createBaseQueryDelegatorServiceUnbondingDelegationsResponse(): QueryDelegatorServiceUnbondingDelegationsResponse {
  return {
    unbondingDelegations: [],
    pagination: undefined,
  };
}
export const QueryDelegatorServiceUnbondingDelegationsResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorServiceUnbondingDelegationsResponse",
  encode(message: QueryDelegatorServiceUnbondingDelegationsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.unbondingDelegations) {
      UnbondingDelegation.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorServiceUnbondingDelegationsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorServiceUnbondingDelegationsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.unbondingDelegations.push(UnbondingDelegation.decode(reader, reader.uint32()));
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
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorServiceUnbondingDelegationsResponse>, I>>(object: I): QueryDelegatorServiceUnbondingDelegationsResponse {
    const message = createBaseQueryDelegatorServiceUnbondingDelegationsResponse();
    message.unbondingDelegations = object.unbondingDelegations?.map((e) => UnbondingDelegation.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorPoolsRequest {
  delegatorAddress: string;
  pagination?: PageRequest;
}
function createBaseQueryDelegatorPoolsRequest(): QueryDelegatorPoolsRequest {
  return {
    delegatorAddress: "",
    pagination: undefined,
  };
}
export const QueryDelegatorPoolsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorPoolsRequest",
  encode(message: QueryDelegatorPoolsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorPoolsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorPoolsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegatorAddress = reader.string();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorPoolsRequest>, I>>(object: I): QueryDelegatorPoolsRequest {
    const message = createBaseQueryDelegatorPoolsRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorPoolsResponse {
  pools: Pool[];
  pagination?: PageResponse;
}
function createBaseQueryDelegatorPoolsResponse(): QueryDelegatorPoolsResponse {
  return {
    pools: [],
    pagination: undefined,
  };
}
export const QueryDelegatorPoolsResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorPoolsResponse",
  encode(message: QueryDelegatorPoolsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.pools) {
      Pool.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorPoolsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorPoolsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.pools.push(Pool.decode(reader, reader.uint32()));
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
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorPoolsResponse>, I>>(object: I): QueryDelegatorPoolsResponse {
    const message = createBaseQueryDelegatorPoolsResponse();
    message.pools = object.pools?.map((e) => Pool.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorPoolRequest {
  delegatorAddress: string;
  poolId: number;
}
function createBaseQueryDelegatorPoolRequest(): QueryDelegatorPoolRequest {
  return {
    delegatorAddress: "",
    poolId: 0,
  };
}
export const QueryDelegatorPoolRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorPoolRequest",
  encode(message: QueryDelegatorPoolRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    if (message.poolId !== 0) {
      writer.uint32(16).uint32(message.poolId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorPoolRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorPoolRequest();
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
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorPoolRequest>, I>>(object: I): QueryDelegatorPoolRequest {
    const message = createBaseQueryDelegatorPoolRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    message.poolId = object.poolId ?? 0;
    return message;
  },
};
export interface QueryDelegatorPoolResponse {
  pool: Pool;
}
function createBaseQueryDelegatorPoolResponse(): QueryDelegatorPoolResponse {
  return {
    pool: Pool.fromPartial({}),
  };
}
export const QueryDelegatorPoolResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorPoolResponse",
  encode(message: QueryDelegatorPoolResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pool !== undefined) {
      Pool.encode(message.pool, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorPoolResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorPoolResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.pool = Pool.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorPoolResponse>, I>>(object: I): QueryDelegatorPoolResponse {
    const message = createBaseQueryDelegatorPoolResponse();
    if (object.pool !== undefined && object.pool !== null) {
      message.pool = Pool.fromPartial(object.pool);
    }
    return message;
  },
};
export interface QueryDelegatorOperatorsRequest {
  delegatorAddress: string;
  pagination?: PageRequest;
}
function createBaseQueryDelegatorOperatorsRequest(): QueryDelegatorOperatorsRequest {
  return {
    delegatorAddress: "",
    pagination: undefined,
  };
}
export const QueryDelegatorOperatorsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorOperatorsRequest",
  encode(message: QueryDelegatorOperatorsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorOperatorsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorOperatorsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegatorAddress = reader.string();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorOperatorsRequest>, I>>(object: I): QueryDelegatorOperatorsRequest {
    const message = createBaseQueryDelegatorOperatorsRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorOperatorsResponse {
  operators: Operator[];
  pagination?: PageResponse;
}
function createBaseQueryDelegatorOperatorsResponse(): QueryDelegatorOperatorsResponse {
  return {
    operators: [],
    pagination: undefined,
  };
}
export const QueryDelegatorOperatorsResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorOperatorsResponse",
  encode(message: QueryDelegatorOperatorsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.operators) {
      Operator.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorOperatorsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorOperatorsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operators.push(Operator.decode(reader, reader.uint32()));
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
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorOperatorsResponse>, I>>(object: I): QueryDelegatorOperatorsResponse {
    const message = createBaseQueryDelegatorOperatorsResponse();
    message.operators = object.operators?.map((e) => Operator.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorOperatorRequest {
  delegatorAddress: string;
  operatorId: number;
}
function createBaseQueryDelegatorOperatorRequest(): QueryDelegatorOperatorRequest {
  return {
    delegatorAddress: "",
    operatorId: 0,
  };
}
export const QueryDelegatorOperatorRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorOperatorRequest",
  encode(message: QueryDelegatorOperatorRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    if (message.operatorId !== 0) {
      writer.uint32(16).uint32(message.operatorId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorOperatorRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorOperatorRequest();
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
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorOperatorRequest>, I>>(object: I): QueryDelegatorOperatorRequest {
    const message = createBaseQueryDelegatorOperatorRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    message.operatorId = object.operatorId ?? 0;
    return message;
  },
};
export interface QueryDelegatorOperatorResponse {
  operator: Operator;
}
function createBaseQueryDelegatorOperatorResponse(): QueryDelegatorOperatorResponse {
  return {
    operator: Operator.fromPartial({}),
  };
}
export const QueryDelegatorOperatorResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorOperatorResponse",
  encode(message: QueryDelegatorOperatorResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== undefined) {
      Operator.encode(message.operator, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorOperatorResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorOperatorResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operator = Operator.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorOperatorResponse>, I>>(object: I): QueryDelegatorOperatorResponse {
    const message = createBaseQueryDelegatorOperatorResponse();
    if (object.operator !== undefined && object.operator !== null) {
      message.operator = Operator.fromPartial(object.operator);
    }
    return message;
  },
};
export interface QueryDelegatorServicesRequest {
  delegatorAddress: string;
  pagination?: PageRequest;
}
function createBaseQueryDelegatorServicesRequest(): QueryDelegatorServicesRequest {
  return {
    delegatorAddress: "",
    pagination: undefined,
  };
}
export const QueryDelegatorServicesRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorServicesRequest",
  encode(message: QueryDelegatorServicesRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorServicesRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorServicesRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegatorAddress = reader.string();
          break;
        case 2:
          message.pagination = PageRequest.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorServicesRequest>, I>>(object: I): QueryDelegatorServicesRequest {
    const message = createBaseQueryDelegatorServicesRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorServicesResponse {
  services: Service[];
  pagination?: PageResponse;
}
function createBaseQueryDelegatorServicesResponse(): QueryDelegatorServicesResponse {
  return {
    services: [],
    pagination: undefined,
  };
}
export const QueryDelegatorServicesResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorServicesResponse",
  encode(message: QueryDelegatorServicesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.services) {
      Service.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorServicesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorServicesResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.services.push(Service.decode(reader, reader.uint32()));
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
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorServicesResponse>, I>>(object: I): QueryDelegatorServicesResponse {
    const message = createBaseQueryDelegatorServicesResponse();
    message.services = object.services?.map((e) => Service.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryDelegatorServiceRequest {
  delegatorAddress: string;
  serviceId: number;
}
function createBaseQueryDelegatorServiceRequest(): QueryDelegatorServiceRequest {
  return {
    delegatorAddress: "",
    serviceId: 0,
  };
}
export const QueryDelegatorServiceRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorServiceRequest",
  encode(message: QueryDelegatorServiceRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegatorAddress !== "") {
      writer.uint32(10).string(message.delegatorAddress);
    }
    if (message.serviceId !== 0) {
      writer.uint32(16).uint32(message.serviceId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorServiceRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorServiceRequest();
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
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorServiceRequest>, I>>(object: I): QueryDelegatorServiceRequest {
    const message = createBaseQueryDelegatorServiceRequest();
    message.delegatorAddress = object.delegatorAddress ?? "";
    message.serviceId = object.serviceId ?? 0;
    return message;
  },
};
export interface QueryDelegatorServiceResponse {
  service: Service;
}
function createBaseQueryDelegatorServiceResponse(): QueryDelegatorServiceResponse {
  return {
    service: Service.fromPartial({}),
  };
}
export const QueryDelegatorServiceResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryDelegatorServiceResponse",
  encode(message: QueryDelegatorServiceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.service !== undefined) {
      Service.encode(message.service, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDelegatorServiceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDelegatorServiceResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.service = Service.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryDelegatorServiceResponse>, I>>(object: I): QueryDelegatorServiceResponse {
    const message = createBaseQueryDelegatorServiceResponse();
    if (object.service !== undefined && object.service !== null) {
      message.service = Service.fromPartial(object.service);
    }
    return message;
  },
};
export interface QueryUserPreferencesRequest {
  userAddress: string;
}
function createBaseQueryUserPreferencesRequest(): QueryUserPreferencesRequest {
  return {
    userAddress: "",
  };
}
export const QueryUserPreferencesRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryUserPreferencesRequest",
  encode(message: QueryUserPreferencesRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.userAddress !== "") {
      writer.uint32(10).string(message.userAddress);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryUserPreferencesRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryUserPreferencesRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.userAddress = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryUserPreferencesRequest>, I>>(object: I): QueryUserPreferencesRequest {
    const message = createBaseQueryUserPreferencesRequest();
    message.userAddress = object.userAddress ?? "";
    return message;
  },
};
export interface QueryUserPreferencesResponse {
  preferences: UserPreferences;
}
function createBaseQueryUserPreferencesResponse(): QueryUserPreferencesResponse {
  return {
    preferences: UserPreferences.fromPartial({}),
  };
}
export const QueryUserPreferencesResponse = {
  typeUrl: "/milkyway.restaking.v1.QueryUserPreferencesResponse",
  encode(message: QueryUserPreferencesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.preferences !== undefined) {
      UserPreferences.encode(message.preferences, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryUserPreferencesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryUserPreferencesResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.preferences = UserPreferences.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryUserPreferencesResponse>, I>>(object: I): QueryUserPreferencesResponse {
    const message = createBaseQueryUserPreferencesResponse();
    if (object.preferences !== undefined && object.preferences !== null) {
      message.preferences = UserPreferences.fromPartial(object.preferences);
    }
    return message;
  },
};
export interface QueryParamsRequest {}
function createBaseQueryParamsRequest(): QueryParamsRequest {
  return {};
}
export const QueryParamsRequest = {
  typeUrl: "/milkyway.restaking.v1.QueryParamsRequest",
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
  typeUrl: "/milkyway.restaking.v1.QueryParamsResponse",
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
/** gRPC method paths of `milkyway.restaking.v1.Query`, for `QueryClient.queryAbci` / `createProtobufRpcClient`. */
export const RESTAKING_QUERY = {
  operatorJoinedServices: "/milkyway.restaking.v1.Query/OperatorJoinedServices",
  serviceAllowedOperators: "/milkyway.restaking.v1.Query/ServiceAllowedOperators",
  serviceSecuringPools: "/milkyway.restaking.v1.Query/ServiceSecuringPools",
  serviceOperators: "/milkyway.restaking.v1.Query/ServiceOperators",
  poolDelegations: "/milkyway.restaking.v1.Query/PoolDelegations",
  poolDelegation: "/milkyway.restaking.v1.Query/PoolDelegation",
  poolUnbondingDelegations: "/milkyway.restaking.v1.Query/PoolUnbondingDelegations",
  poolUnbondingDelegation: "/milkyway.restaking.v1.Query/PoolUnbondingDelegation",
  operatorDelegations: "/milkyway.restaking.v1.Query/OperatorDelegations",
  operatorDelegation: "/milkyway.restaking.v1.Query/OperatorDelegation",
  operatorUnbondingDelegations: "/milkyway.restaking.v1.Query/OperatorUnbondingDelegations",
  operatorUnbondingDelegation: "/milkyway.restaking.v1.Query/OperatorUnbondingDelegation",
  serviceDelegations: "/milkyway.restaking.v1.Query/ServiceDelegations",
  serviceDelegation: "/milkyway.restaking.v1.Query/ServiceDelegation",
  serviceUnbondingDelegations: "/milkyway.restaking.v1.Query/ServiceUnbondingDelegations",
  serviceUnbondingDelegation: "/milkyway.restaking.v1.Query/ServiceUnbondingDelegation",
  delegatorPoolDelegations: "/milkyway.restaking.v1.Query/DelegatorPoolDelegations",
  delegatorOperatorDelegations: "/milkyway.restaking.v1.Query/DelegatorOperatorDelegations",
  delegatorServiceDelegations: "/milkyway.restaking.v1.Query/DelegatorServiceDelegations",
  delegatorPoolUnbondingDelegations: "/milkyway.restaking.v1.Query/DelegatorPoolUnbondingDelegations",
  delegatorOperatorUnbondingDelegations: "/milkyway.restaking.v1.Query/DelegatorOperatorUnbondingDelegations",
  delegatorServiceUnbondingDelegations: "/milkyway.restaking.v1.Query/DelegatorServiceUnbondingDelegations",
  delegatorPools: "/milkyway.restaking.v1.Query/DelegatorPools",
  delegatorPool: "/milkyway.restaking.v1.Query/DelegatorPool",
  delegatorOperators: "/milkyway.restaking.v1.Query/DelegatorOperators",
  delegatorOperator: "/milkyway.restaking.v1.Query/DelegatorOperator",
  delegatorServices: "/milkyway.restaking.v1.Query/DelegatorServices",
  delegatorService: "/milkyway.restaking.v1.Query/DelegatorService",
  userPreferences: "/milkyway.restaking.v1.Query/UserPreferences",
  params: "/milkyway.restaking.v1.Query/Params",
} as const;
