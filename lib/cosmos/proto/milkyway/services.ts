/* eslint-disable */
/**
 * Protobuf codecs for `milkyway.services.v1`, transcribed from the field tables in
 * /work/shared/protocol/milkyway.md §2 (no .proto codegen: `@milkywaylabs/milkyway.proto` is not on npm).
 * Same shape as cosmjs-types (telescope) output, so every message works as a CosmJS `GeneratedType`.
 * Wire rules: proto3 defaults are not written, repeated scalars are packed (decoders also accept
 * unpacked), LegacyDec strings carry the integer value × 10^18 without a decimal point.
 * 64-bit integers and Timestamps are written through ./varint64 (cosmjs-types 0.10.1's
 * BinaryWriter mis-encodes values in [2^31, 2^32)).
 * Models, queries and admin Msgs of the services module.
 */
import { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { Coin, DecCoin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { DeepPartial, Exact } from "cosmjs-types/helpers";
export const protobufPackage = "milkyway.services.v1";
export enum ServiceStatus {
  SERVICE_STATUS_UNSPECIFIED = 0,
  SERVICE_STATUS_CREATED = 1,
  SERVICE_STATUS_ACTIVE = 2,
  SERVICE_STATUS_INACTIVE = 3,
  UNRECOGNIZED = -1,
}
export function serviceStatusFromJSON(object: any): ServiceStatus {
  switch (object) {
    case 0:
    case "SERVICE_STATUS_UNSPECIFIED":
      return ServiceStatus.SERVICE_STATUS_UNSPECIFIED;
    case 1:
    case "SERVICE_STATUS_CREATED":
      return ServiceStatus.SERVICE_STATUS_CREATED;
    case 2:
    case "SERVICE_STATUS_ACTIVE":
      return ServiceStatus.SERVICE_STATUS_ACTIVE;
    case 3:
    case "SERVICE_STATUS_INACTIVE":
      return ServiceStatus.SERVICE_STATUS_INACTIVE;
    case -1:
    case "UNRECOGNIZED":
    default:
      return ServiceStatus.UNRECOGNIZED;
  }
}
export function serviceStatusToJSON(object: ServiceStatus): string {
  switch (object) {
    case ServiceStatus.SERVICE_STATUS_UNSPECIFIED:
      return "SERVICE_STATUS_UNSPECIFIED";
    case ServiceStatus.SERVICE_STATUS_CREATED:
      return "SERVICE_STATUS_CREATED";
    case ServiceStatus.SERVICE_STATUS_ACTIVE:
      return "SERVICE_STATUS_ACTIVE";
    case ServiceStatus.SERVICE_STATUS_INACTIVE:
      return "SERVICE_STATUS_INACTIVE";
    case ServiceStatus.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
export interface Service {
  id: number;
  status: ServiceStatus;
  admin: string;
  name: string;
  description: string;
  website: string;
  pictureUrl: string;
  address: string;
  tokens: Coin[];
  delegatorShares: DecCoin[];
  accredited: boolean;
}
function createBaseService(): Service {
  return {
    id: 0,
    status: 0,
    admin: "",
    name: "",
    description: "",
    website: "",
    pictureUrl: "",
    address: "",
    tokens: [],
    delegatorShares: [],
    accredited: false,
  };
}
export const Service = {
  typeUrl: "/milkyway.services.v1.Service",
  encode(message: Service, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== 0) {
      writer.uint32(8).uint32(message.id);
    }
    if (message.status !== 0) {
      writer.uint32(16).int32(message.status);
    }
    if (message.admin !== "") {
      writer.uint32(26).string(message.admin);
    }
    if (message.name !== "") {
      writer.uint32(34).string(message.name);
    }
    if (message.description !== "") {
      writer.uint32(42).string(message.description);
    }
    if (message.website !== "") {
      writer.uint32(50).string(message.website);
    }
    if (message.pictureUrl !== "") {
      writer.uint32(58).string(message.pictureUrl);
    }
    if (message.address !== "") {
      writer.uint32(66).string(message.address);
    }
    for (const v of message.tokens) {
      Coin.encode(v!, writer.uint32(74).fork()).ldelim();
    }
    for (const v of message.delegatorShares) {
      DecCoin.encode(v!, writer.uint32(82).fork()).ldelim();
    }
    if (message.accredited === true) {
      writer.uint32(88).bool(message.accredited);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Service {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseService();
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
          message.name = reader.string();
          break;
        case 5:
          message.description = reader.string();
          break;
        case 6:
          message.website = reader.string();
          break;
        case 7:
          message.pictureUrl = reader.string();
          break;
        case 8:
          message.address = reader.string();
          break;
        case 9:
          message.tokens.push(Coin.decode(reader, reader.uint32()));
          break;
        case 10:
          message.delegatorShares.push(DecCoin.decode(reader, reader.uint32()));
          break;
        case 11:
          message.accredited = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<Service>, I>>(object: I): Service {
    const message = createBaseService();
    message.id = object.id ?? 0;
    message.status = object.status ?? 0;
    message.admin = object.admin ?? "";
    message.name = object.name ?? "";
    message.description = object.description ?? "";
    message.website = object.website ?? "";
    message.pictureUrl = object.pictureUrl ?? "";
    message.address = object.address ?? "";
    message.tokens = object.tokens?.map((e) => Coin.fromPartial(e)) || [];
    message.delegatorShares = object.delegatorShares?.map((e) => DecCoin.fromPartial(e)) || [];
    message.accredited = object.accredited ?? false;
    return message;
  },
};
export interface ServiceParams {
  allowedDenoms: string[];
}
function createBaseServiceParams(): ServiceParams {
  return {
    allowedDenoms: [],
  };
}
export const ServiceParams = {
  typeUrl: "/milkyway.services.v1.ServiceParams",
  encode(message: ServiceParams, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.allowedDenoms) {
      writer.uint32(10).string(v!);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): ServiceParams {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseServiceParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.allowedDenoms.push(reader.string());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<ServiceParams>, I>>(object: I): ServiceParams {
    const message = createBaseServiceParams();
    message.allowedDenoms = object.allowedDenoms?.map((e) => e) || [];
    return message;
  },
};
/** Params of the services module. */
export interface Params {
  serviceRegistrationFee: Coin[];
}
function createBaseParams(): Params {
  return {
    serviceRegistrationFee: [],
  };
}
export const Params = {
  typeUrl: "/milkyway.services.v1.Params",
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.serviceRegistrationFee) {
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
          message.serviceRegistrationFee.push(Coin.decode(reader, reader.uint32()));
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
    message.serviceRegistrationFee = object.serviceRegistrationFee?.map((e) => Coin.fromPartial(e)) || [];
    return message;
  },
};
export interface QueryServiceRequest {
  serviceId: number;
}
function createBaseQueryServiceRequest(): QueryServiceRequest {
  return {
    serviceId: 0,
  };
}
export const QueryServiceRequest = {
  typeUrl: "/milkyway.services.v1.QueryServiceRequest",
  encode(message: QueryServiceRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.serviceId !== 0) {
      writer.uint32(8).uint32(message.serviceId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceRequest();
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
  fromPartial<I extends Exact<DeepPartial<QueryServiceRequest>, I>>(object: I): QueryServiceRequest {
    const message = createBaseQueryServiceRequest();
    message.serviceId = object.serviceId ?? 0;
    return message;
  },
};
export interface QueryServiceResponse {
  service: Service;
}
function createBaseQueryServiceResponse(): QueryServiceResponse {
  return {
    service: Service.fromPartial({}),
  };
}
export const QueryServiceResponse = {
  typeUrl: "/milkyway.services.v1.QueryServiceResponse",
  encode(message: QueryServiceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.service !== undefined) {
      Service.encode(message.service, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceResponse();
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
  fromPartial<I extends Exact<DeepPartial<QueryServiceResponse>, I>>(object: I): QueryServiceResponse {
    const message = createBaseQueryServiceResponse();
    if (object.service !== undefined && object.service !== null) {
      message.service = Service.fromPartial(object.service);
    }
    return message;
  },
};
export interface QueryServicesRequest {
  pagination?: PageRequest;
}
function createBaseQueryServicesRequest(): QueryServicesRequest {
  return {
    pagination: undefined,
  };
}
export const QueryServicesRequest = {
  typeUrl: "/milkyway.services.v1.QueryServicesRequest",
  encode(message: QueryServicesRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServicesRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServicesRequest();
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
  fromPartial<I extends Exact<DeepPartial<QueryServicesRequest>, I>>(object: I): QueryServicesRequest {
    const message = createBaseQueryServicesRequest();
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryServicesResponse {
  services: Service[];
  pagination?: PageResponse;
}
function createBaseQueryServicesResponse(): QueryServicesResponse {
  return {
    services: [],
    pagination: undefined,
  };
}
export const QueryServicesResponse = {
  typeUrl: "/milkyway.services.v1.QueryServicesResponse",
  encode(message: QueryServicesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.services) {
      Service.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServicesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServicesResponse();
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
  fromPartial<I extends Exact<DeepPartial<QueryServicesResponse>, I>>(object: I): QueryServicesResponse {
    const message = createBaseQueryServicesResponse();
    message.services = object.services?.map((e) => Service.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryServiceParamsRequest {
  serviceId: number;
}
function createBaseQueryServiceParamsRequest(): QueryServiceParamsRequest {
  return {
    serviceId: 0,
  };
}
export const QueryServiceParamsRequest = {
  typeUrl: "/milkyway.services.v1.QueryServiceParamsRequest",
  encode(message: QueryServiceParamsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.serviceId !== 0) {
      writer.uint32(8).uint32(message.serviceId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceParamsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceParamsRequest();
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
  fromPartial<I extends Exact<DeepPartial<QueryServiceParamsRequest>, I>>(object: I): QueryServiceParamsRequest {
    const message = createBaseQueryServiceParamsRequest();
    message.serviceId = object.serviceId ?? 0;
    return message;
  },
};
export interface QueryServiceParamsResponse {
  serviceParams: ServiceParams;
}
function createBaseQueryServiceParamsResponse(): QueryServiceParamsResponse {
  return {
    serviceParams: ServiceParams.fromPartial({}),
  };
}
export const QueryServiceParamsResponse = {
  typeUrl: "/milkyway.services.v1.QueryServiceParamsResponse",
  encode(message: QueryServiceParamsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.serviceParams !== undefined) {
      ServiceParams.encode(message.serviceParams, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryServiceParamsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryServiceParamsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.serviceParams = ServiceParams.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryServiceParamsResponse>, I>>(object: I): QueryServiceParamsResponse {
    const message = createBaseQueryServiceParamsResponse();
    if (object.serviceParams !== undefined && object.serviceParams !== null) {
      message.serviceParams = ServiceParams.fromPartial(object.serviceParams);
    }
    return message;
  },
};
export interface QueryParamsRequest {}
function createBaseQueryParamsRequest(): QueryParamsRequest {
  return {};
}
export const QueryParamsRequest = {
  typeUrl: "/milkyway.services.v1.QueryParamsRequest",
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
  typeUrl: "/milkyway.services.v1.QueryParamsResponse",
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
/** Amino name `milkyway/services/MsgCreateService`. */
export interface MsgCreateService {
  sender: string;
  name: string;
  description: string;
  website: string;
  pictureUrl: string;
  feeAmount: Coin[];
}
function createBaseMsgCreateService(): MsgCreateService {
  return {
    sender: "",
    name: "",
    description: "",
    website: "",
    pictureUrl: "",
    feeAmount: [],
  };
}
export const MsgCreateService = {
  typeUrl: "/milkyway.services.v1.MsgCreateService",
  encode(message: MsgCreateService, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.name !== "") {
      writer.uint32(18).string(message.name);
    }
    if (message.description !== "") {
      writer.uint32(26).string(message.description);
    }
    if (message.website !== "") {
      writer.uint32(34).string(message.website);
    }
    if (message.pictureUrl !== "") {
      writer.uint32(42).string(message.pictureUrl);
    }
    for (const v of message.feeAmount) {
      Coin.encode(v!, writer.uint32(50).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCreateService {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCreateService();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.name = reader.string();
          break;
        case 3:
          message.description = reader.string();
          break;
        case 4:
          message.website = reader.string();
          break;
        case 5:
          message.pictureUrl = reader.string();
          break;
        case 6:
          message.feeAmount.push(Coin.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgCreateService>, I>>(object: I): MsgCreateService {
    const message = createBaseMsgCreateService();
    message.sender = object.sender ?? "";
    message.name = object.name ?? "";
    message.description = object.description ?? "";
    message.website = object.website ?? "";
    message.pictureUrl = object.pictureUrl ?? "";
    message.feeAmount = object.feeAmount?.map((e) => Coin.fromPartial(e)) || [];
    return message;
  },
};
export interface MsgCreateServiceResponse {
  newServiceId: number;
}
function createBaseMsgCreateServiceResponse(): MsgCreateServiceResponse {
  return {
    newServiceId: 0,
  };
}
export const MsgCreateServiceResponse = {
  typeUrl: "/milkyway.services.v1.MsgCreateServiceResponse",
  encode(message: MsgCreateServiceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.newServiceId !== 0) {
      writer.uint32(8).uint32(message.newServiceId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCreateServiceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCreateServiceResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.newServiceId = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgCreateServiceResponse>, I>>(object: I): MsgCreateServiceResponse {
    const message = createBaseMsgCreateServiceResponse();
    message.newServiceId = object.newServiceId ?? 0;
    return message;
  },
};
/** Amino name `milkyway/services/MsgUpdateService`. Use `"[do-not-modify]"` to keep a field unchanged. */
export interface MsgUpdateService {
  sender: string;
  serviceId: number;
  name: string;
  description: string;
  website: string;
  pictureUrl: string;
}
function createBaseMsgUpdateService(): MsgUpdateService {
  return {
    sender: "",
    serviceId: 0,
    name: "",
    description: "",
    website: "",
    pictureUrl: "",
  };
}
export const MsgUpdateService = {
  typeUrl: "/milkyway.services.v1.MsgUpdateService",
  encode(message: MsgUpdateService, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.serviceId !== 0) {
      writer.uint32(16).uint32(message.serviceId);
    }
    if (message.name !== "") {
      writer.uint32(26).string(message.name);
    }
    if (message.description !== "") {
      writer.uint32(34).string(message.description);
    }
    if (message.website !== "") {
      writer.uint32(42).string(message.website);
    }
    if (message.pictureUrl !== "") {
      writer.uint32(50).string(message.pictureUrl);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateService {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateService();
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
          message.name = reader.string();
          break;
        case 4:
          message.description = reader.string();
          break;
        case 5:
          message.website = reader.string();
          break;
        case 6:
          message.pictureUrl = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgUpdateService>, I>>(object: I): MsgUpdateService {
    const message = createBaseMsgUpdateService();
    message.sender = object.sender ?? "";
    message.serviceId = object.serviceId ?? 0;
    message.name = object.name ?? "";
    message.description = object.description ?? "";
    message.website = object.website ?? "";
    message.pictureUrl = object.pictureUrl ?? "";
    return message;
  },
};
export interface MsgUpdateServiceResponse {}
function createBaseMsgUpdateServiceResponse(): MsgUpdateServiceResponse {
  return {};
}
export const MsgUpdateServiceResponse = {
  typeUrl: "/milkyway.services.v1.MsgUpdateServiceResponse",
  encode(_: MsgUpdateServiceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateServiceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateServiceResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgUpdateServiceResponse>, I>>(_: I): MsgUpdateServiceResponse {
    const message = createBaseMsgUpdateServiceResponse();
    return message;
  },
};
export interface MsgActivateService {
  sender: string;
  serviceId: number;
}
function createBaseMsgActivateService(): MsgActivateService {
  return {
    sender: "",
    serviceId: 0,
  };
}
export const MsgActivateService = {
  typeUrl: "/milkyway.services.v1.MsgActivateService",
  encode(message: MsgActivateService, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.serviceId !== 0) {
      writer.uint32(16).uint32(message.serviceId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgActivateService {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgActivateService();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
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
  fromPartial<I extends Exact<DeepPartial<MsgActivateService>, I>>(object: I): MsgActivateService {
    const message = createBaseMsgActivateService();
    message.sender = object.sender ?? "";
    message.serviceId = object.serviceId ?? 0;
    return message;
  },
};
export interface MsgActivateServiceResponse {}
function createBaseMsgActivateServiceResponse(): MsgActivateServiceResponse {
  return {};
}
export const MsgActivateServiceResponse = {
  typeUrl: "/milkyway.services.v1.MsgActivateServiceResponse",
  encode(_: MsgActivateServiceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgActivateServiceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgActivateServiceResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgActivateServiceResponse>, I>>(_: I): MsgActivateServiceResponse {
    const message = createBaseMsgActivateServiceResponse();
    return message;
  },
};
export interface MsgDeactivateService {
  sender: string;
  serviceId: number;
}
function createBaseMsgDeactivateService(): MsgDeactivateService {
  return {
    sender: "",
    serviceId: 0,
  };
}
export const MsgDeactivateService = {
  typeUrl: "/milkyway.services.v1.MsgDeactivateService",
  encode(message: MsgDeactivateService, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.serviceId !== 0) {
      writer.uint32(16).uint32(message.serviceId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDeactivateService {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDeactivateService();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
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
  fromPartial<I extends Exact<DeepPartial<MsgDeactivateService>, I>>(object: I): MsgDeactivateService {
    const message = createBaseMsgDeactivateService();
    message.sender = object.sender ?? "";
    message.serviceId = object.serviceId ?? 0;
    return message;
  },
};
export interface MsgDeactivateServiceResponse {}
function createBaseMsgDeactivateServiceResponse(): MsgDeactivateServiceResponse {
  return {};
}
export const MsgDeactivateServiceResponse = {
  typeUrl: "/milkyway.services.v1.MsgDeactivateServiceResponse",
  encode(_: MsgDeactivateServiceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDeactivateServiceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDeactivateServiceResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgDeactivateServiceResponse>, I>>(_: I): MsgDeactivateServiceResponse {
    const message = createBaseMsgDeactivateServiceResponse();
    return message;
  },
};
export interface MsgDeleteService {
  sender: string;
  serviceId: number;
}
function createBaseMsgDeleteService(): MsgDeleteService {
  return {
    sender: "",
    serviceId: 0,
  };
}
export const MsgDeleteService = {
  typeUrl: "/milkyway.services.v1.MsgDeleteService",
  encode(message: MsgDeleteService, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.serviceId !== 0) {
      writer.uint32(16).uint32(message.serviceId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDeleteService {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDeleteService();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
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
  fromPartial<I extends Exact<DeepPartial<MsgDeleteService>, I>>(object: I): MsgDeleteService {
    const message = createBaseMsgDeleteService();
    message.sender = object.sender ?? "";
    message.serviceId = object.serviceId ?? 0;
    return message;
  },
};
export interface MsgDeleteServiceResponse {}
function createBaseMsgDeleteServiceResponse(): MsgDeleteServiceResponse {
  return {};
}
export const MsgDeleteServiceResponse = {
  typeUrl: "/milkyway.services.v1.MsgDeleteServiceResponse",
  encode(_: MsgDeleteServiceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDeleteServiceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDeleteServiceResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgDeleteServiceResponse>, I>>(_: I): MsgDeleteServiceResponse {
    const message = createBaseMsgDeleteServiceResponse();
    return message;
  },
};
export interface MsgTransferServiceOwnership {
  sender: string;
  serviceId: number;
  newAdmin: string;
}
function createBaseMsgTransferServiceOwnership(): MsgTransferServiceOwnership {
  return {
    sender: "",
    serviceId: 0,
    newAdmin: "",
  };
}
export const MsgTransferServiceOwnership = {
  typeUrl: "/milkyway.services.v1.MsgTransferServiceOwnership",
  encode(message: MsgTransferServiceOwnership, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.serviceId !== 0) {
      writer.uint32(16).uint32(message.serviceId);
    }
    if (message.newAdmin !== "") {
      writer.uint32(26).string(message.newAdmin);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgTransferServiceOwnership {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgTransferServiceOwnership();
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
          message.newAdmin = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgTransferServiceOwnership>, I>>(object: I): MsgTransferServiceOwnership {
    const message = createBaseMsgTransferServiceOwnership();
    message.sender = object.sender ?? "";
    message.serviceId = object.serviceId ?? 0;
    message.newAdmin = object.newAdmin ?? "";
    return message;
  },
};
export interface MsgTransferServiceOwnershipResponse {}
function createBaseMsgTransferServiceOwnershipResponse(): MsgTransferServiceOwnershipResponse {
  return {};
}
export const MsgTransferServiceOwnershipResponse = {
  typeUrl: "/milkyway.services.v1.MsgTransferServiceOwnershipResponse",
  encode(_: MsgTransferServiceOwnershipResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgTransferServiceOwnershipResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgTransferServiceOwnershipResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgTransferServiceOwnershipResponse>, I>>(_: I): MsgTransferServiceOwnershipResponse {
    const message = createBaseMsgTransferServiceOwnershipResponse();
    return message;
  },
};
export interface MsgSetServiceParams {
  sender: string;
  serviceId: number;
  serviceParams: ServiceParams;
}
function createBaseMsgSetServiceParams(): MsgSetServiceParams {
  return {
    sender: "",
    serviceId: 0,
    serviceParams: ServiceParams.fromPartial({}),
  };
}
export const MsgSetServiceParams = {
  typeUrl: "/milkyway.services.v1.MsgSetServiceParams",
  encode(message: MsgSetServiceParams, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.serviceId !== 0) {
      writer.uint32(16).uint32(message.serviceId);
    }
    if (message.serviceParams !== undefined) {
      ServiceParams.encode(message.serviceParams, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetServiceParams {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetServiceParams();
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
          message.serviceParams = ServiceParams.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<MsgSetServiceParams>, I>>(object: I): MsgSetServiceParams {
    const message = createBaseMsgSetServiceParams();
    message.sender = object.sender ?? "";
    message.serviceId = object.serviceId ?? 0;
    if (object.serviceParams !== undefined && object.serviceParams !== null) {
      message.serviceParams = ServiceParams.fromPartial(object.serviceParams);
    }
    return message;
  },
};
export interface MsgSetServiceParamsResponse {}
function createBaseMsgSetServiceParamsResponse(): MsgSetServiceParamsResponse {
  return {};
}
export const MsgSetServiceParamsResponse = {
  typeUrl: "/milkyway.services.v1.MsgSetServiceParamsResponse",
  encode(_: MsgSetServiceParamsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetServiceParamsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetServiceParamsResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgSetServiceParamsResponse>, I>>(_: I): MsgSetServiceParamsResponse {
    const message = createBaseMsgSetServiceParamsResponse();
    return message;
  },
};
/** Governance-only. */
export interface MsgAccreditService {
  authority: string;
  serviceId: number;
}
function createBaseMsgAccreditService(): MsgAccreditService {
  return {
    authority: "",
    serviceId: 0,
  };
}
export const MsgAccreditService = {
  typeUrl: "/milkyway.services.v1.MsgAccreditService",
  encode(message: MsgAccreditService, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.serviceId !== 0) {
      writer.uint32(16).uint32(message.serviceId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgAccreditService {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgAccreditService();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
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
  fromPartial<I extends Exact<DeepPartial<MsgAccreditService>, I>>(object: I): MsgAccreditService {
    const message = createBaseMsgAccreditService();
    message.authority = object.authority ?? "";
    message.serviceId = object.serviceId ?? 0;
    return message;
  },
};
export interface MsgAccreditServiceResponse {}
function createBaseMsgAccreditServiceResponse(): MsgAccreditServiceResponse {
  return {};
}
export const MsgAccreditServiceResponse = {
  typeUrl: "/milkyway.services.v1.MsgAccreditServiceResponse",
  encode(_: MsgAccreditServiceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgAccreditServiceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgAccreditServiceResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgAccreditServiceResponse>, I>>(_: I): MsgAccreditServiceResponse {
    const message = createBaseMsgAccreditServiceResponse();
    return message;
  },
};
/** Governance-only. */
export interface MsgRevokeServiceAccreditation {
  authority: string;
  serviceId: number;
}
function createBaseMsgRevokeServiceAccreditation(): MsgRevokeServiceAccreditation {
  return {
    authority: "",
    serviceId: 0,
  };
}
export const MsgRevokeServiceAccreditation = {
  typeUrl: "/milkyway.services.v1.MsgRevokeServiceAccreditation",
  encode(message: MsgRevokeServiceAccreditation, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.serviceId !== 0) {
      writer.uint32(16).uint32(message.serviceId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRevokeServiceAccreditation {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRevokeServiceAccreditation();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
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
  fromPartial<I extends Exact<DeepPartial<MsgRevokeServiceAccreditation>, I>>(object: I): MsgRevokeServiceAccreditation {
    const message = createBaseMsgRevokeServiceAccreditation();
    message.authority = object.authority ?? "";
    message.serviceId = object.serviceId ?? 0;
    return message;
  },
};
export interface MsgRevokeServiceAccreditationResponse {}
function createBaseMsgRevokeServiceAccreditationResponse(): MsgRevokeServiceAccreditationResponse {
  return {};
}
export const MsgRevokeServiceAccreditationResponse = {
  typeUrl: "/milkyway.services.v1.MsgRevokeServiceAccreditationResponse",
  encode(_: MsgRevokeServiceAccreditationResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRevokeServiceAccreditationResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRevokeServiceAccreditationResponse();
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
  fromPartial<I extends Exact<DeepPartial<MsgRevokeServiceAccreditationResponse>, I>>(_: I): MsgRevokeServiceAccreditationResponse {
    const message = createBaseMsgRevokeServiceAccreditationResponse();
    return message;
  },
};
/** Governance-only; amino name `milkyway/services/MsgUpdateParams`. */
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
  typeUrl: "/milkyway.services.v1.MsgUpdateParams",
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
  typeUrl: "/milkyway.services.v1.MsgUpdateParamsResponse",
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
/** gRPC method paths of `milkyway.services.v1.Query`. */
export const SERVICES_QUERY = {
  service: "/milkyway.services.v1.Query/Service",
  services: "/milkyway.services.v1.Query/Services",
  serviceParams: "/milkyway.services.v1.Query/ServiceParams",
  params: "/milkyway.services.v1.Query/Params",
} as const;
