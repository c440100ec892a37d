/* eslint-disable */
/**
 * Protobuf codecs for `milkyway.operators.v1`, transcribed from the field tables in
 * /work/shared/protocol/milkyway.md §2 (no .proto codegen: `@milkywaylabs/milkyway.proto` is not on npm).
 * Same shape as cosmjs-types (telescope) output, so every message works as a CosmJS `GeneratedType`.
 * Wire rules: proto3 defaults are not written, repeated scalars are packed (decoders also accept
 * unpacked), LegacyDec strings carry the integer value × 10^18 without a decimal point.
 * 64-bit integers and Timestamps are written through ./varint64 (cosmjs-types 0.10.1's
 * BinaryWriter mis-encodes values in [2^31, 2^32)).
 * Models, queries and admin Msgs of the operators module.
 */
import { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { Coin, DecCoin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { writeInt64 } from "./varint64";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { DeepPartial, Exact } from "cosmjs-types/helpers";
export const protobufPackage = "milkyway.operators.v1";
export enum OperatorStatus {
  OPERATOR_STATUS_UNSPECIFIED = 0,
  OPERATOR_STATUS_ACTIVE = 1,
  OPERATOR_STATUS_INACTIVATING = 2,
  OPERATOR_STATUS_INACTIVE = 3,
  UNRECOGNIZED = -1,
}
export function operatorStatusFromJSON(object: any): OperatorStatus {
  switch (object) {
    case 0:
    case "OPERATOR_STATUS_UNSPECIFIED":
      return OperatorStatus.OPERATOR_STATUS_UNSPECIFIED;
    case 1:
    case "OPERATOR_STATUS_ACTIVE":
      return OperatorStatus.OPERATOR_STATUS_ACTIVE;
    case 2:
    case "OPERATOR_STATUS_INACTIVATING":
      return OperatorStatus.OPERATOR_STATUS_INACTIVATING;
    case 3:
    case "OPERATOR_STATUS_INACTIVE":
      return OperatorStatus.OPERATOR_STATUS_INACTIVE;
    case -1:
    case "UNRECOGNIZED":
    default:
      return OperatorStatus.UNRECOGNIZED;
  }
}
export function operatorStatusToJSON(object: OperatorStatus): string {
  switch (object) {
    case OperatorStatus.OPERATOR_STATUS_UNSPECIFIED:
      return "OPERATOR_STATUS_UNSPECIFIED";
    case OperatorStatus.OPERATOR_STATUS_ACTIVE:
      return "OPERATOR_STATUS_ACTIVE";
    case OperatorStatus.OPERATOR_STATUS_INACTIVATING:
      return "OPERATOR_STATUS_INACTIVATING";
    case OperatorStatus.OPERATOR_STATUS_INACTIVE:
      return "OPERATOR_STATUS_INACTIVE";
    case OperatorStatus.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
export interface Operator {
  id: number;
  status: OperatorStatus;
  admin: string;
  moniker: string;
  website: string;
  pictureUrl: string;
  address: string;
  tokens: Coin[];
  delegatorShares: DecCoin[];
}
function createBaseOperator(): Operator {
  return {
    id: 0,
    status: 0,
    admin: "",
    moniker: "",
    website: "",
    pictureUrl: "",
    address: "",
    tokens: [],
    delegatorShares: [],
  };
}
export const Operator = {
  typeUrl: "/milkyway.operators.v1.Operator",
  encode(message: Operator, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== 0) {
      writer.uint32(8).uint32(message.id);
    }
    if (message.status !== 0) {
      writer.uint32(16).int32(message.status);
    }
    if (message.admin !== "") {
      writer.uint32(26).string(message.admin);
    }
    if (message.moniker !== "") {
      writer.uint32(34).string(message.moniker);
    }
    if (message.website !== "") {
      writer.uint32(42).string(message.website);
    }
    if (message.pictureUrl !== "") {
      writer.uint32(50).string(message.pictureUrl);
    }
    if (message.address !== "") {
      writer.uint32(58).string(message.address);
    }
    for (const v of message.tokens) {
      Coin.encode(v!, writer.uint32(66).fork()).ldelim();
    }
    for (const v of message.delegatorShares) {
      DecCoin.encode(v!, writer.uint32(74).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Operator {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseOperator();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint32();
          break;
        case 2:
          message.status = reader.int32() as any;
          break;
        case 3:
          message.admin = reader.string();
          break;
        case 4:
          message.moniker = reader.string();
          break;
        case 5:
          message.website = reader.string();
          break;
        case 6:
          message.pictureUrl = reader.string();
          break;
        case 7:
          message.address = reader.string();
          break;
        case 8:
          message.tokens.push(Coin.decode(reader, reader.uint32()));
          break;
        case 9:
          message.delegatorShares.push(DecCoin.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<Operator>, I>>(object: I): Operator {
    const message = createBaseOperator();
    message.id = object.id ?? 0;
    message.status = object.status ?? 0;
    message.admin = object.admin ?? "";
    message.moniker = object.moniker ?? "";
    message.website = object.website ?? "";
    message.pictureUrl = object.pictureUrl ?? "";
    message.address = object.address ?? "";
    message.tokens = object.tokens?.map((e) => Coin.fromPartial(e)) || [];
    message.delegatorShares = object.delegatorShares?.map((e) => DecCoin.fromPartial(e)) || [];
    return message;
  },
};
export interface OperatorParams {
  /** LegacyDec (default 0); integer × 10^18 on the wire. */
  commissionRate: string;
}
function createBaseOperatorParams(): OperatorParams {
  return {
    commissionRate: "",
  };
}
export const OperatorParams = {
  typeUrl: "/milkyway.operators.v1.OperatorParams",
  encode(message: OperatorParams, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.commissionRate !== "") {
      writer.uint32(10).string(message.commissionRate);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): OperatorParams {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseOperatorParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.commissionRate = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<OperatorParams>, I>>(object: I): OperatorParams {
    const message = createBaseOperatorParams();
    message.commissionRate = object.commissionRate ?? "";
    return message;
  },
};
/** Params of the operators module. */
export interface Params {
  /** OR-set: the fee must cover any one of these coins. */
  operatorRegistrationFee: Coin[];
  /** Nanoseconds. */
  deactivationTime: bigint;
}
function createBaseParams(): Params {
  return {
    operatorRegistrationFee: [],
    deactivationTime: BigInt(0),
  };
}
export const Params = {
  typeUrl: "/milkyway.operators.v1.Params",
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.operatorRegistrationFee) {
      Coin.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.deactivationTime !== BigInt(0)) {
      writeInt64(writer.uint32(16), message.deactivationTime);
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
          message.operatorRegistrationFee.push(Coin.decode(reader, reader.uint32()));
          break;
        case 2:
          message.deactivationTime = reader.int64();
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
    message.operatorRegistrationFee = object.operatorRegistrationFee?.map((e) => Coin.fromPartial(e)) || [];
    if (object.deactivationTime !== undefined && object.deactivationTime !== null) {
      message.deactivationTime = BigInt(object.deactivationTime.toString());
    }
    return message;
  },
};
export interface QueryOperatorRequest {
  operatorId: number;
}
function createBaseQueryOperatorRequest(): QueryOperatorRequest {
  return {
    operatorId: 0,
  };
}
export const QueryOperatorRequest = {
  typeUrl: "/milkyway.operators.v1.QueryOperatorRequest",
  encode(message: QueryOperatorRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operatorId !== 0) {
      writer.uint32(8).uint32(message.operatorId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorRequest();
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
  fromPartial<I extends Exact<DeepPartial<QueryOperatorRequest>, I>>(object: I): QueryOperatorRequest {
    const message = createBaseQueryOperatorRequest();
    message.operatorId = object.operatorId ?? 0;
    return message;
  },
};
export interface QueryOperatorResponse {
  operator: Operator;
}
function createBaseQueryOperatorResponse(): QueryOperatorResponse {
  return {
    operator: Operator.fromPartial({}),
  };
}
export const QueryOperatorResponse = {
  typeUrl: "/milkyway.operators.v1.QueryOperatorResponse",
  encode(message: QueryOperatorResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operator !== undefined) {
      Operator.encode(message.operator, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorResponse();
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
  fromPartial<I extends Exact<DeepPartial<QueryOperatorResponse>, I>>(object: I): QueryOperatorResponse {
    const message = createBaseQueryOperatorResponse();
    if (object.operator !== undefined && object.operator !== null) {
      message.operator = Operator.fromPartial(object.operator);
    }
    return message;
  },
};
export interface QueryOperatorParamsRequest {
  operatorId: number;
}
function createBaseQueryOperatorParamsRequest(): QueryOperatorParamsRequest {
  return {
    operatorId: 0,
  };
}
export const QueryOperatorParamsRequest = {
  typeUrl: "/milkyway.operators.v1.QueryOperatorParamsRequest",
  encode(message: QueryOperatorParamsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operatorId !== 0) {
      writer.uint32(8).uint32(message.operatorId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorParamsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorParamsRequest();
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
  fromPartial<I extends Exact<DeepPartial<QueryOperatorParamsRequest>, I>>(object: I): QueryOperatorParamsRequest {
    const message = createBaseQueryOperatorParamsRequest();
    message.operatorId = object.operatorId ?? 0;
    return message;
  },
};
export interface QueryOperatorParamsResponse {
  operatorParams: OperatorParams;
}
function createBaseQueryOperatorParamsResponse(): QueryOperatorParamsResponse {
  return {
    operatorParams: OperatorParams.fromPartial({}),
  };
}
export const QueryOperatorParamsResponse = {
  typeUrl: "/milkyway.operators.v1.QueryOperatorParamsResponse",
  encode(message: QueryOperatorParamsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.operatorParams !== undefined) {
      OperatorParams.encode(message.operatorParams, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorParamsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorParamsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.operatorParams = OperatorParams.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryOperatorParamsResponse>, I>>(object: I): QueryOperatorParamsResponse {
    const message = createBaseQueryOperatorParamsResponse();
    if (object.operatorParams !== undefined && object.operatorParams !== null) {
      message.operatorParams = OperatorParams.fromPartial(object.operatorParams);
    }
    return message;
  },
};
export interface QueryOperatorsRequest {
  pagination?: PageRequest;
}
function createBaseQueryOperatorsRequest(): QueryOperatorsRequest {
  return {
    pagination: undefined,
  };
}
export const QueryOperatorsRequest = {
  typeUrl: "/milkyway.operators.v1.QueryOperatorsRequest",
  encode(message: QueryOperatorsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorsRequest();
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
  fromPartial<I extends Exact<DeepPartial<QueryOperatorsRequest>, I>>(object: I): QueryOperatorsRequest {
    const message = createBaseQueryOperatorsRequest();
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryOperatorsResponse {
  operators: Operator[];
  pagination?: PageResponse;
}
function createBaseQueryOperatorsResponse(): QueryOperatorsResponse {
  return {
    operators: [],
    pagination: undefined,
  };
}
export const QueryOperatorsResponse = {
  typeUrl: "/milkyway.operators.v1.QueryOperatorsResponse",
  encode(message: QueryOperatorsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.operators) {
      Operator.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOperatorsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOperatorsResponse();
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
  fromPartial<I extends Exact<DeepPartial<QueryOperatorsResponse>, I>>(object: I): QueryOperatorsResponse {
    const message = createBaseQueryOperatorsResponse();
    message.operators = object.operators?.map((e) => Operator.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryParamsRequest {}
function createBaseQueryParamsRequest(): QueryParamsRequest {
  return {};
}
export const QueryParamsRequest = {
  typeUrl: "/milkyway.operators.v1.QueryParamsRequest",
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
  typeUrl: "/milkyway.operators.v1.QueryParamsResponse",
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
export interface MsgRegisterOperator {
  sender: string;
  moniker: string;
  website: string;
  pictureUrl: string;
  feeAmount: Coin[];
}
function createBaseMsgRegisterOperator(): MsgRegisterOperator {
  return {
    sender: "",
    moniker: "",
    website: "",
    pictureUrl: "",
    feeAmount: [],
  };
}
export const MsgRegisterOperator = {
  typeUrl: "/milkyway.operators.v1.MsgRegisterOperator",
  encode(message: MsgRegisterOperator, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.moniker !== "") {
      writer.uint32(18).string(message.moniker);
    }
    if (message.website !== "") {
      writer.uint32(26).string(message.website);
    }
    if (message.pictureUrl !== "") {
      writer.uint32(34).string(message.pictureUrl);
    }
    for (const v of message.feeAmount) {
      Coin.encode(v!, writer.uint32(42).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRegisterOperator {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRegisterOperator();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.moniker = reader.string();
          break;
        case 3:
          message.website = reader.string();
          break;
        case 4:
          message.pictureUrl = reader.string();
          break;
        case 5:
          message.feeAmount.push(Coin.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRegisterOperator>, I>>(object: I): MsgRegisterOperator {
    const message = createBaseMsgRegisterOperator();
    message.sender = object.sender ?? "";
    message.moniker = object.moniker ?? "";
    message.website = object.website ?? "";
    message.pictureUrl = object.pictureUrl ?? "";
    message.feeAmount = object.feeAmount?.map((e) => Coin.fromPartial(e)) || [];
    return message;
  },
};
export interface MsgRegisterOperatorResponse {
  newOperatorId: number;
}
function createBaseMsgRegisterOperatorResponse(): MsgRegisterOperatorResponse {
  return {
    newOperatorId: 0,
  };
}
export const MsgRegisterOperatorResponse = {
  typeUrl: "/milkyway.operators.v1.MsgRegisterOperatorResponse",
  encode(message: MsgRegisterOperatorResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.newOperatorId !== 0) {
      writer.uint32(8).uint32(message.newOperatorId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRegisterOperatorResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRegisterOperatorResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.newOperatorId = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRegisterOperatorResponse>, I>>(object: I): MsgRegisterOperatorResponse {
    const message = createBaseMsgRegisterOperatorResponse();
    message.newOperatorId = object.newOperatorId ?? 0;
    return message;
  },
};
/** Use `"[do-not-modify]"` to keep a field unchanged. */
export interface MsgUpdateOperator {
  sender: string;
  operatorId: number;
  moniker: string;
  website: string;
  pictureUrl: string;
}
function createBaseMsgUpdateOperator(): MsgUpdateOperator {
  return {
    sender: "",
    operatorId: 0,
    moniker: "",
    website: "",
    pictureUrl: "",
  };
}
export const MsgUpdateOperator = {
  typeUrl: "/milkyway.operators.v1.MsgUpdateOperator",
  encode(message: MsgUpdateOperator, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.operatorId !== 0) {
      writer.uint32(16).uint32(message.operatorId);
    }
    if (message.moniker !== "") {
      writer.uint32(26).string(message.moniker);
    }
    if (message.website !== "") {
      writer.uint32(34).string(message.website);
    }
    if (message.pictureUrl !== "") {
      writer.uint32(42).string(message.pictureUrl);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateOperator {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateOperator();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.operatorId = reader.uint32();
          break;
        case 3:
          message.moniker = reader.string();
          break;
        case 4:
          message.website = reader.string();
          break;
        case 5:
          message.pictureUrl = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgUpdateOperator>, I>>(object: I): MsgUpdateOperator {
    const message = createBaseMsgUpdateOperator();
    message.sender = object.sender ?? "";
    message.operatorId = object.operatorId ?? 0;
    message.moniker = object.moniker ?? "";
    message.website = object.website ?? "";
    message.pictureUrl = object.pictureUrl ?? "";
    return message;
  },
};
export interface MsgUpdateOperatorResponse {}
function createBaseMsgUpdateOperatorResponse(): MsgUpdateOperatorResponse {
  return {};
}
export const MsgUpdateOperatorResponse = {
  typeUrl: "/milkyway.operators.v1.MsgUpdateOperatorResponse",
  encode(_: MsgUpdateOperatorResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateOperatorResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateOperatorResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgUpdateOperatorResponse>, I>>(_: I): MsgUpdateOperatorResponse {
    const message = createBaseMsgUpdateOperatorResponse();
    return message;
  },
};
export interface MsgDeactivateOperator {
  sender: string;
  operatorId: number;
}
function createBaseMsgDeactivateOperator(): MsgDeactivateOperator {
  return {
    sender: "",
    operatorId: 0,
  };
}
export const MsgDeactivateOperator = {
  typeUrl: "/milkyway.operators.v1.MsgDeactivateOperator",
  encode(message: MsgDeactivateOperator, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.operatorId !== 0) {
      writer.uint32(16).uint32(message.operatorId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDeactivateOperator {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDeactivateOperator();
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
  fromPartial<I extends Exact<DeepPartial<MsgDeactivateOperator>, I>>(object: I): MsgDeactivateOperator {
    const message = createBaseMsgDeactivateOperator();
    message.sender = object.sender ?? "";
    message.operatorId = object.operatorId ?? 0;
    return message;
  },
};
export interface MsgDeactivateOperatorResponse {}
function createBaseMsgDeactivateOperatorResponse(): MsgDeactivateOperatorResponse {
  return {};
}
export const MsgDeactivateOperatorResponse = {
  typeUrl: "/milkyway.operators.v1.MsgDeactivateOperatorResponse",
  encode(_: MsgDeactivateOperatorResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDeactivateOperatorResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDeactivateOperatorResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgDeactivateOperatorResponse>, I>>(_: I): MsgDeactivateOperatorResponse {
    const message = createBaseMsgDeactivateOperatorResponse();
    return message;
  },
};
export interface MsgReactivateOperator {
  sender: string;
  operatorId: number;
}
function createBaseMsgReactivateOperator(): MsgReactivateOperator {
  return {
    sender: "",
    operatorId: 0,
  };
}
export const MsgReactivateOperator = {
  typeUrl: "/milkyway.operators.v1.MsgReactivateOperator",
  encode(message: MsgReactivateOperator, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.operatorId !== 0) {
      writer.uint32(16).uint32(message.operatorId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgReactivateOperator {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgReactivateOperator();
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
  fromPartial<I extends Exact<DeepPartial<MsgReactivateOperator>, I>>(object: I): MsgReactivateOperator {
    const message = createBaseMsgReactivateOperator();
    message.sender = object.sender ?? "";
    message.operatorId = object.operatorId ?? 0;
    return message;
  },
};
export interface MsgReactivateOperatorResponse {}
function createBaseMsgReactivateOperatorResponse(): MsgReactivateOperatorResponse {
  return {};
}
export const MsgReactivateOperatorResponse = {
  typeUrl: "/milkyway.operators.v1.MsgReactivateOperatorResponse",
  encode(_: MsgReactivateOperatorResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgReactivateOperatorResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgReactivateOperatorResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgReactivateOperatorResponse>, I>>(_: I): MsgReactivateOperatorResponse {
    const message = createBaseMsgReactivateOperatorResponse();
    return message;
  },
};
export interface MsgDeleteOperator {
  sender: string;
  operatorId: number;
}
function createBaseMsgDeleteOperator(): MsgDeleteOperator {
  return {
    sender: "",
    operatorId: 0,
  };
}
export const MsgDeleteOperator = {
  typeUrl: "/milkyway.operators.v1.MsgDeleteOperator",
  encode(message: MsgDeleteOperator, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.operatorId !== 0) {
      writer.uint32(16).uint32(message.operatorId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDeleteOperator {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDeleteOperator();
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
  fromPartial<I extends Exact<DeepPartial<MsgDeleteOperator>, I>>(object: I): MsgDeleteOperator {
    const message = createBaseMsgDeleteOperator();
    message.sender = object.sender ?? "";
    message.operatorId = object.operatorId ?? 0;
    return message;
  },
};
export interface MsgDeleteOperatorResponse {}
function createBaseMsgDeleteOperatorResponse(): MsgDeleteOperatorResponse {
  return {};
}
export const MsgDeleteOperatorResponse = {
  typeUrl: "/milkyway.operators.v1.MsgDeleteOperatorResponse",
  encode(_: MsgDeleteOperatorResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDeleteOperatorResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDeleteOperatorResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgDeleteOperatorResponse>, I>>(_: I): MsgDeleteOperatorResponse {
    const message = createBaseMsgDeleteOperatorResponse();
    return message;
  },
};
export interface MsgSetOperatorParams {
  sender: string;
  operatorId: number;
  params: OperatorParams;
}
function createBaseMsgSetOperatorParams(): MsgSetOperatorParams {
  return {
    sender: "",
    operatorId: 0,
    params: OperatorParams.fromPartial({}),
  };
}
export const MsgSetOperatorParams = {
  typeUrl: "/milkyway.operators.v1.MsgSetOperatorParams",
  encode(message: MsgSetOperatorParams, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.operatorId !== 0) {
      writer.uint32(16).uint32(message.operatorId);
    }
    if (message.params !== undefined) {
      OperatorParams.encode(message.params, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetOperatorParams {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetOperatorParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.operatorId = reader.uint32();
          break;
        case 3:
          message.params = OperatorParams.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSetOperatorParams>, I>>(object: I): MsgSetOperatorParams {
    const message = createBaseMsgSetOperatorParams();
    message.sender = object.sender ?? "";
    message.operatorId = object.operatorId ?? 0;
    if (object.params !== undefined && object.params !== null) {
      message.params = OperatorParams.fromPartial(object.params);
    }
    return message;
  },
};
export interface MsgSetOperatorParamsResponse {}
function createBaseMsgSetOperatorParamsResponse(): MsgSetOperatorParamsResponse {
  return {};
}
export const MsgSetOperatorParamsResponse = {
  typeUrl: "/milkyway.operators.v1.MsgSetOperatorParamsResponse",
  encode(_: MsgSetOperatorParamsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetOperatorParamsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetOperatorParamsResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgSetOperatorParamsResponse>, I>>(_: I): MsgSetOperatorParamsResponse {
    const message = createBaseMsgSetOperatorParamsResponse();
    return message;
  },
};
export interface MsgTransferOperatorOwnership {
  sender: string;
  operatorId: number;
  newAdmin: string;
}
function createBaseMsgTransferOperatorOwnership(): MsgTransferOperatorOwnership {
  return {
    sender: "",
    operatorId: 0,
    newAdmin: "",
  };
}
export const MsgTransferOperatorOwnership = {
  typeUrl: "/milkyway.operators.v1.MsgTransferOperatorOwnership",
  encode(message: MsgTransferOperatorOwnership, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.operatorId !== 0) {
      writer.uint32(16).uint32(message.operatorId);
    }
    if (message.newAdmin !== "") {
      writer.uint32(26).string(message.newAdmin);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgTransferOperatorOwnership {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgTransferOperatorOwnership();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.operatorId = reader.uint32();
          break;
        case 3:
          message.newAdmin = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgTransferOperatorOwnership>, I>>(object: I): MsgTransferOperatorOwnership {
    const message = createBaseMsgTransferOperatorOwnership();
    message.sender = object.sender ?? "";
    message.operatorId = object.operatorId ?? 0;
    message.newAdmin = object.newAdmin ?? "";
    return message;
  },
};
export interface MsgTransferOperatorOwnershipResponse {}
function createBaseMsgTransferOperatorOwnershipResponse(): MsgTransferOperatorOwnershipResponse {
  return {};
}
export const MsgTransferOperatorOwnershipResponse = {
  typeUrl: "/milkyway.operators.v1.MsgTransferOperatorOwnershipResponse",
  encode(_: MsgTransferOperatorOwnershipResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgTransferOperatorOwnershipResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgTransferOperatorOwnershipResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgTransferOperatorOwnershipResponse>, I>>(_: I): MsgTransferOperatorOwnershipResponse {
    const message = createBaseMsgTransferOperatorOwnershipResponse();
    return message;
  },
};
/** Governance-only; amino name `milkyway/operators/MsgUpdateParams`. */
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
  typeUrl: "/milkyway.operators.v1.MsgUpdateParams",
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
  typeUrl: "/milkyway.operators.v1.MsgUpdateParamsResponse",
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
/** gRPC method paths of `milkyway.operators.v1.Query`. */
export const OPERATORS_QUERY = {
  operator: "/milkyway.operators.v1.Query/Operator",
  operatorParams: "/milkyway.operators.v1.Query/OperatorParams",
  operators: "/milkyway.operators.v1.Query/Operators",
  params: "/milkyway.operators.v1.Query/Params",
} as const;
