/* eslint-disable */
/**
 * Protobuf codecs for `milkyway.restaking.v1`, transcribed from the field tables in
 * /work/shared/protocol/milkyway.md §2 (no .proto codegen: `@milkywaylabs/milkyway.proto` is not on npm).
 * Same shape as cosmjs-types (telescope) output, so every message works as a CosmJS `GeneratedType`.
 * Wire rules: proto3 defaults are not written, repeated scalars are packed (decoders also accept
 * unpacked), LegacyDec strings carry the integer value × 10^18 without a decimal point.
 * 64-bit integers and Timestamps are written through ./varint64 (cosmjs-types 0.10.1's
 * BinaryWriter mis-encodes values in [2^31, 2^32)).
 * Msgs of the restaking module and their responses.
 */
import { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { Params, UserPreferences } from "./restaking-models";
import { Timestamp } from "./varint64";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { DeepPartial, Exact } from "cosmjs-types/helpers";
export const protobufPackage = "milkyway.restaking.v1";
export interface MsgDelegatePool {
  delegator: string;
  amount: Coin;
}
function createBaseMsgDelegatePool(): MsgDelegatePool {
  return {
    delegator: "",
    amount: Coin.fromPartial({}),
  };
}
export const MsgDelegatePool = {
  typeUrl: "/milkyway.restaking.v1.MsgDelegatePool",
  encode(message: MsgDelegatePool, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegator !== "") {
      writer.uint32(10).string(message.delegator);
    }
    if (message.amount !== undefined) {
      Coin.encode(message.amount, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDelegatePool {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDelegatePool();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegator = reader.string();
          break;
        case 2:
          message.amount = Coin.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgDelegatePool>, I>>(object: I): MsgDelegatePool {
    const message = createBaseMsgDelegatePool();
    message.delegator = object.delegator ?? "";
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = Coin.fromPartial(object.amount);
    }
    return message;
  },
};
export interface MsgDelegatePoolResponse {}
function createBaseMsgDelegatePoolResponse(): MsgDelegatePoolResponse {
  return {};
}
export const MsgDelegatePoolResponse = {
  typeUrl: "/milkyway.restaking.v1.MsgDelegatePoolResponse",
  encode(_: MsgDelegatePoolResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDelegatePoolResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDelegatePoolResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgDelegatePoolResponse>, I>>(_: I): MsgDelegatePoolResponse {
    const message = createBaseMsgDelegatePoolResponse();
    return message;
  },
};
export interface MsgUndelegatePool {
  delegator: string;
  /** Amino: dont_omitempty. The pool is found by denom. */
  amount: Coin;
}
function createBaseMsgUndelegatePool(): MsgUndelegatePool {
  return {
    delegator: "",
    amount: Coin.fromPartial({}),
  };
}
export const MsgUndelegatePool = {
  typeUrl: "/milkyway.restaking.v1.MsgUndelegatePool",
  encode(message: MsgUndelegatePool, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegator !== "") {
      writer.uint32(10).string(message.delegator);
    }
    if (message.amount !== undefined) {
      Coin.encode(message.amount, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUndelegatePool {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUndelegatePool();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegator = reader.string();
          break;
        case 2:
          message.amount = Coin.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgUndelegatePool>, I>>(object: I): MsgUndelegatePool {
    const message = createBaseMsgUndelegatePool();
    message.delegator = object.delegator ?? "";
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = Coin.fromPartial(object.amount);
    }
    return message;
  },
};
export interface MsgDelegateOperator {
  delegator: string;
  operatorId: number;
  amount: Coin[];
}
function createBaseMsgDelegateOperator(): MsgDelegateOperator {
  return {
    delegator: "",
    operatorId: 0,
    amount: [],
  };
}
export const MsgDelegateOperator = {
  typeUrl: "/milkyway.restaking.v1.MsgDelegateOperator",
  encode(message: MsgDelegateOperator, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegator !== "") {
      writer.uint32(10).string(message.delegator);
    }
    if (message.operatorId !== 0) {
      writer.uint32(16).uint32(message.operatorId);
    }
    for (const v of message.amount) {
      Coin.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDelegateOperator {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDelegateOperator();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegator = reader.string();
          break;
        case 2:
          message.operatorId = reader.uint32();
          break;
        case 3:
          message.amount.push(Coin.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgDelegateOperator>, I>>(object: I): MsgDelegateOperator {
    const message = createBaseMsgDelegateOperator();
    message.delegator = object.delegator ?? "";
    message.operatorId = object.operatorId ?? 0;
    message.amount = object.amount?.map((e) => Coin.fromPartial(e)) || [];
    return message;
  },
};
export interface MsgDelegateOperatorResponse {}
function createBaseMsgDelegateOperatorResponse(): MsgDelegateOperatorResponse {
  return {};
}
export const MsgDelegateOperatorResponse = {
  typeUrl: "/milkyway.restaking.v1.MsgDelegateOperatorResponse",
  encode(_: MsgDelegateOperatorResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDelegateOperatorResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDelegateOperatorResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgDelegateOperatorResponse>, I>>(_: I): MsgDelegateOperatorResponse {
    const message = createBaseMsgDelegateOperatorResponse();
    return message;
  },
};
export interface MsgUndelegateOperator {
  delegator: string;
  operatorId: number;
  /** Amino: dont_omitempty. */
  amount: Coin[];
}
function createBaseMsgUndelegateOperator(): MsgUndelegateOperator {
  return {
    delegator: "",
    operatorId: 0,
    amount: [],
  };
}
export const MsgUndelegateOperator = {
  typeUrl: "/milkyway.restaking.v1.MsgUndelegateOperator",
  encode(message: MsgUndelegateOperator, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegator !== "") {
      writer.uint32(10).string(message.delegator);
    }
    if (message.operatorId !== 0) {
      writer.uint32(16).uint32(message.operatorId);
    }
    for (const v of message.amount) {
      Coin.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUndelegateOperator {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUndelegateOperator();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegator = reader.string();
          break;
        case 2:
          message.operatorId = reader.uint32();
          break;
        case 3:
          message.amount.push(Coin.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgUndelegateOperator>, I>>(object: I): MsgUndelegateOperator {
    const message = createBaseMsgUndelegateOperator();
    message.delegator = object.delegator ?? "";
    message.operatorId = object.operatorId ?? 0;
    message.amount = object.amount?.map((e) => Coin.fromPartial(e)) || [];
    return message;
  },
};
export interface MsgDelegateService {
  delegator: string;
  serviceId: number;
  amount: Coin[];
}
function createBaseMsgDelegateService(): MsgDelegateService {
  return {
    delegator: "",
    serviceId: 0,
    amount: [],
  };
}
export const MsgDelegateService = {
  typeUrl: "/milkyway.restaking.v1.MsgDelegateService",
  encode(message: MsgDelegateService, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegator !== "") {
      writer.uint32(10).string(message.delegator);
    }
    if (message.serviceId !== 0) {
      writer.uint32(16).uint32(message.serviceId);
    }
    for (const v of message.amount) {
      Coin.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDelegateService {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDelegateService();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegator = reader.string();
          break;
        case 2:
          message.serviceId = reader.uint32();
          break;
        case 3:
          message.amount.push(Coin.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgDelegateService>, I>>(object: I): MsgDelegateService {
    const message = createBaseMsgDelegateService();
    message.delegator = object.delegator ?? "";
    message.serviceId = object.serviceId ?? 0;
    message.amount = object.amount?.map((e) => Coin.fromPartial(e)) || [];
    return message;
  },
};
export interface MsgDelegateServiceResponse {}
function createBaseMsgDelegateServiceResponse(): MsgDelegateServiceResponse {
  return {};
}
export const MsgDelegateServiceResponse = {
  typeUrl: "/milkyway.restaking.v1.MsgDelegateServiceResponse",
  encode(_: MsgDelegateServiceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDelegateServiceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDelegateServiceResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgDelegateServiceResponse>, I>>(_: I): MsgDelegateServiceResponse {
    const message = createBaseMsgDelegateServiceResponse();
    return message;
  },
};
export interface MsgUndelegateService {
  delegator: string;
  serviceId: number;
  /** Amino: dont_omitempty. */
  amount: Coin[];
}
function createBaseMsgUndelegateService(): MsgUndelegateService {
  return {
    delegator: "",
    serviceId: 0,
    amount: [],
  };
}
export const MsgUndelegateService = {
  typeUrl: "/milkyway.restaking.v1.MsgUndelegateService",
  encode(message: MsgUndelegateService, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegator !== "") {
      writer.uint32(10).string(message.delegator);
    }
    if (message.serviceId !== 0) {
      writer.uint32(16).uint32(message.serviceId);
    }
    for (const v of message.amount) {
      Coin.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUndelegateService {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUndelegateService();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegator = reader.string();
          break;
        case 2:
          message.serviceId = reader.uint32();
          break;
        case 3:
          message.amount.push(Coin.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgUndelegateService>, I>>(object: I): MsgUndelegateService {
    const message = createBaseMsgUndelegateService();
    message.delegator = object.delegator ?? "";
    message.serviceId = object.serviceId ?? 0;
    message.amount = object.amount?.map((e) => Coin.fromPartial(e)) || [];
    return message;
  },
};
/** Response of MsgUndelegatePool, MsgUndelegateOperator and MsgUndelegateService. */
export interface MsgUndelegateResponse {
  completionTime: Timestamp;
}
function createBaseMsgUndelegateResponse(): MsgUndelegateResponse {
  return {
    completionTime: Timestamp.fromPartial({}),
  };
}
export const MsgUndelegateResponse = {
  typeUrl: "/milkyway.restaking.v1.MsgUndelegateResponse",
  encode(message: MsgUndelegateResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.completionTime !== undefined) {
      Timestamp.encode(message.completionTime, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUndelegateResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUndelegateResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.completionTime = Timestamp.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgUndelegateResponse>, I>>(object: I): MsgUndelegateResponse {
    const message = createBaseMsgUndelegateResponse();
    if (object.completionTime !== undefined && object.completionTime !== null) {
      message.completionTime = Timestamp.fromPartial(object.completionTime);
    }
    return message;
  },
};
export interface MsgSetUserPreferences {
  user: string;
  /** Non-nullable: replaces the whole preference set. */
  preferences: UserPreferences;
}
function createBaseMsgSetUserPreferences(): MsgSetUserPreferences {
  return {
    user: "",
    preferences: UserPreferences.fromPartial({}),
  };
}
export const MsgSetUserPreferences = {
  typeUrl: "/milkyway.restaking.v1.MsgSetUserPreferences",
  encode(message: MsgSetUserPreferences, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.user !== "") {
      writer.uint32(10).string(message.user);
    }
    if (message.preferences !== undefined) {
      UserPreferences.encode(message.preferences, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetUserPreferences {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetUserPreferences();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.user = reader.string();
          break;
        case 2:
          message.preferences = UserPreferences.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSetUserPreferences>, I>>(object: I): MsgSetUserPreferences {
    const message = createBaseMsgSetUserPreferences();
    message.user = object.user ?? "";
    if (object.preferences !== undefined && object.preferences !== null) {
      message.preferences = UserPreferences.fromPartial(object.preferences);
    }
    return message;
  },
};
export interface MsgSetUserPreferencesResponse {}
function createBaseMsgSetUserPreferencesResponse(): MsgSetUserPreferencesResponse {
  return {};
}
export const MsgSetUserPreferencesResponse = {
  typeUrl: "/milkyway.restaking.v1.MsgSetUserPreferencesResponse",
  encode(_: MsgSetUserPreferencesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetUserPreferencesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetUserPreferencesResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgSetUserPreferencesResponse>, I>>(_: I): MsgSetUserPreferencesResponse {
    const message = createBaseMsgSetUserPreferencesResponse();
    return message;
  },
};
export interface MsgJoinService {
  sender: string;
  operatorId: number;
  serviceId: number;
}
function createBaseMsgJoinService(): MsgJoinService {
  return {
    sender: "",
    operatorId: 0,
    serviceId: 0,
  };
}
export const MsgJoinService = {
  typeUrl: "/milkyway.restaking.v1.MsgJoinService",
  encode(message: MsgJoinService, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.operatorId !== 0) {
      writer.uint32(16).uint32(message.operatorId);
    }
    if (message.serviceId !== 0) {
      writer.uint32(24).uint32(message.serviceId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgJoinService {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgJoinService();
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
          message.serviceId = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgJoinService>, I>>(object: I): MsgJoinService {
    const message = createBaseMsgJoinService();
    message.sender = object.sender ?? "";
    message.operatorId = object.operatorId ?? 0;
    message.serviceId = object.serviceId ?? 0;
    return message;
  },
};
export interface MsgJoinServiceResponse {}
function createBaseMsgJoinServiceResponse(): MsgJoinServiceResponse {
  return {};
}
export const MsgJoinServiceResponse = {
  typeUrl: "/milkyway.restaking.v1.MsgJoinServiceResponse",
  encode(_: MsgJoinServiceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgJoinServiceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgJoinServiceResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgJoinServiceResponse>, I>>(_: I): MsgJoinServiceResponse {
    const message = createBaseMsgJoinServiceResponse();
    return message;
  },
};
export interface MsgLeaveService {
  sender: string;
  operatorId: number;
  serviceId: number;
}
function createBaseMsgLeaveService(): MsgLeaveService {
  return {
    sender: "",
    operatorId: 0,
    serviceId: 0,
  };
}
export const MsgLeaveService = {
  typeUrl: "/milkyway.restaking.v1.MsgLeaveService",
  encode(message: MsgLeaveService, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.operatorId !== 0) {
      writer.uint32(16).uint32(message.operatorId);
    }
    if (message.serviceId !== 0) {
      writer.uint32(24).uint32(message.serviceId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgLeaveService {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgLeaveService();
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
          message.serviceId = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgLeaveService>, I>>(object: I): MsgLeaveService {
    const message = createBaseMsgLeaveService();
    message.sender = object.sender ?? "";
    message.operatorId = object.operatorId ?? 0;
    message.serviceId = object.serviceId ?? 0;
    return message;
  },
};
export interface MsgLeaveServiceResponse {}
function createBaseMsgLeaveServiceResponse(): MsgLeaveServiceResponse {
  return {};
}
export const MsgLeaveServiceResponse = {
  typeUrl: "/milkyway.restaking.v1.MsgLeaveServiceResponse",
  encode(_: MsgLeaveServiceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgLeaveServiceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgLeaveServiceResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgLeaveServiceResponse>, I>>(_: I): MsgLeaveServiceResponse {
    const message = createBaseMsgLeaveServiceResponse();
    return message;
  },
};
export interface MsgAddOperatorToAllowList {
  sender: string;
  serviceId: number;
  operatorId: number;
}
function createBaseMsgAddOperatorToAllowList(): MsgAddOperatorToAllowList {
  return {
    sender: "",
    serviceId: 0,
    operatorId: 0,
  };
}
export const MsgAddOperatorToAllowList = {
  typeUrl: "/milkyway.restaking.v1.MsgAddOperatorToAllowList",
  encode(message: MsgAddOperatorToAllowList, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.serviceId !== 0) {
      writer.uint32(16).uint32(message.serviceId);
    }
    if (message.operatorId !== 0) {
      writer.uint32(24).uint32(message.operatorId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgAddOperatorToAllowList {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgAddOperatorToAllowList();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.serviceId = reader.uint32();
          break;
        case 3:
          message.operatorId = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgAddOperatorToAllowList>, I>>(object: I): MsgAddOperatorToAllowList {
    const message = createBaseMsgAddOperatorToAllowList();
    message.sender = object.sender ?? "";
    message.serviceId = object.serviceId ?? 0;
    message.operatorId = object.operatorId ?? 0;
    return message;
  },
};
export interface MsgAddOperatorToAllowListResponse {}
function createBaseMsgAddOperatorToAllowListResponse(): MsgAddOperatorToAllowListResponse {
  return {};
}
export const MsgAddOperatorToAllowListResponse = {
  typeUrl: "/milkyway.restaking.v1.MsgAddOperatorToAllowListResponse",
  encode(_: MsgAddOperatorToAllowListResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgAddOperatorToAllowListResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgAddOperatorToAllowListResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgAddOperatorToAllowListResponse>, I>>(_: I): MsgAddOperatorToAllowListResponse {
    const message = createBaseMsgAddOperatorToAllowListResponse();
    return message;
  },
};
export interface MsgRemoveOperatorFromAllowlist {
  sender: string;
  serviceId: number;
  operatorId: number;
}
function createBaseMsgRemoveOperatorFromAllowlist(): MsgRemoveOperatorFromAllowlist {
  return {
    sender: "",
    serviceId: 0,
    operatorId: 0,
  };
}
export const MsgRemoveOperatorFromAllowlist = {
  typeUrl: "/milkyway.restaking.v1.MsgRemoveOperatorFromAllowlist",
  encode(message: MsgRemoveOperatorFromAllowlist, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.serviceId !== 0) {
      writer.uint32(16).uint32(message.serviceId);
    }
    if (message.operatorId !== 0) {
      writer.uint32(24).uint32(message.operatorId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRemoveOperatorFromAllowlist {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRemoveOperatorFromAllowlist();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.serviceId = reader.uint32();
          break;
        case 3:
          message.operatorId = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgRemoveOperatorFromAllowlist>, I>>(object: I): MsgRemoveOperatorFromAllowlist {
    const message = createBaseMsgRemoveOperatorFromAllowlist();
    message.sender = object.sender ?? "";
    message.serviceId = object.serviceId ?? 0;
    message.operatorId = object.operatorId ?? 0;
    return message;
  },
};
export interface MsgRemoveOperatorFromAllowlistResponse {}
function createBaseMsgRemoveOperatorFromAllowlistResponse(): MsgRemoveOperatorFromAllowlistResponse {
  return {};
}
export const MsgRemoveOperatorFromAllowlistResponse = {
  typeUrl: "/milkyway.restaking.v1.MsgRemoveOperatorFromAllowlistResponse",
  encode(_: MsgRemoveOperatorFromAllowlistResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRemoveOperatorFromAllowlistResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRemoveOperatorFromAllowlistResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgRemoveOperatorFromAllowlistResponse>, I>>(_: I): MsgRemoveOperatorFromAllowlistResponse {
    const message = createBaseMsgRemoveOperatorFromAllowlistResponse();
    return message;
  },
};
export interface MsgBorrowPoolSecurity {
  sender: string;
  serviceId: number;
  poolId: number;
}
function createBaseMsgBorrowPoolSecurity(): MsgBorrowPoolSecurity {
  return {
    sender: "",
    serviceId: 0,
    poolId: 0,
  };
}
export const MsgBorrowPoolSecurity = {
  typeUrl: "/milkyway.restaking.v1.MsgBorrowPoolSecurity",
  encode(message: MsgBorrowPoolSecurity, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.serviceId !== 0) {
      writer.uint32(16).uint32(message.serviceId);
    }
    if (message.poolId !== 0) {
      writer.uint32(24).uint32(message.poolId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgBorrowPoolSecurity {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgBorrowPoolSecurity();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.serviceId = reader.uint32();
          break;
        case 3:
          message.poolId = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgBorrowPoolSecurity>, I>>(object: I): MsgBorrowPoolSecurity {
    const message = createBaseMsgBorrowPoolSecurity();
    message.sender = object.sender ?? "";
    message.serviceId = object.serviceId ?? 0;
    message.poolId = object.poolId ?? 0;
    return message;
  },
};
export interface MsgBorrowPoolSecurityResponse {}
function createBaseMsgBorrowPoolSecurityResponse(): MsgBorrowPoolSecurityResponse {
  return {};
}
export const MsgBorrowPoolSecurityResponse = {
  typeUrl: "/milkyway.restaking.v1.MsgBorrowPoolSecurityResponse",
  encode(_: MsgBorrowPoolSecurityResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgBorrowPoolSecurityResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgBorrowPoolSecurityResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgBorrowPoolSecurityResponse>, I>>(_: I): MsgBorrowPoolSecurityResponse {
    const message = createBaseMsgBorrowPoolSecurityResponse();
    return message;
  },
};
export interface MsgCeasePoolSecurityBorrow {
  sender: string;
  serviceId: number;
  poolId: number;
}
function createBaseMsgCeasePoolSecurityBorrow(): MsgCeasePoolSecurityBorrow {
  return {
    sender: "",
    serviceId: 0,
    poolId: 0,
  };
}
export const MsgCeasePoolSecurityBorrow = {
  typeUrl: "/milkyway.restaking.v1.MsgCeasePoolSecurityBorrow",
  encode(message: MsgCeasePoolSecurityBorrow, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.serviceId !== 0) {
      writer.uint32(16).uint32(message.serviceId);
    }
    if (message.poolId !== 0) {
      writer.uint32(24).uint32(message.poolId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCeasePoolSecurityBorrow {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCeasePoolSecurityBorrow();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.serviceId = reader.uint32();
          break;
        case 3:
          message.poolId = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgCeasePoolSecurityBorrow>, I>>(object: I): MsgCeasePoolSecurityBorrow {
    const message = createBaseMsgCeasePoolSecurityBorrow();
    message.sender = object.sender ?? "";
    message.serviceId = object.serviceId ?? 0;
    message.poolId = object.poolId ?? 0;
    return message;
  },
};
export interface MsgCeasePoolSecurityBorrowResponse {}
function createBaseMsgCeasePoolSecurityBorrowResponse(): MsgCeasePoolSecurityBorrowResponse {
  return {};
}
export const MsgCeasePoolSecurityBorrowResponse = {
  typeUrl: "/milkyway.restaking.v1.MsgCeasePoolSecurityBorrowResponse",
  encode(_: MsgCeasePoolSecurityBorrowResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCeasePoolSecurityBorrowResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCeasePoolSecurityBorrowResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgCeasePoolSecurityBorrowResponse>, I>>(_: I): MsgCeasePoolSecurityBorrowResponse {
    const message = createBaseMsgCeasePoolSecurityBorrowResponse();
    return message;
  },
};
/** Governance-only; amino name `milkyway/restaking/MsgUpdateParams`. */
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
  typeUrl: "/milkyway.restaking.v1.MsgUpdateParams",
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
  typeUrl: "/milkyway.restaking.v1.MsgUpdateParamsResponse",
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
