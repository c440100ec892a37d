/* eslint-disable */
/**
 * Protobuf codecs for `milkyway.pools.v1`, transcribed from the field tables in
 * /work/shared/protocol/milkyway.md §2 (no .proto codegen: `@milkywaylabs/milkyway.proto` is not on npm).
 * Same shape as cosmjs-types (telescope) output, so every message works as a CosmJS `GeneratedType`.
 * Wire rules: proto3 defaults are not written, repeated scalars are packed (decoders also accept
 * unpacked), LegacyDec strings carry the integer value × 10^18 without a decimal point.
 * 64-bit integers and Timestamps are written through ./varint64 (cosmjs-types 0.10.1's
 * BinaryWriter mis-encodes values in [2^31, 2^32)).
 * The pools module has no user Msgs; pools are created by the first MsgDelegatePool of a denom.
 */
import { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { DeepPartial, Exact } from "cosmjs-types/helpers";
export const protobufPackage = "milkyway.pools.v1";
export interface Pool {
  id: number;
  denom: string;
  address: string;
  /** sdk.Int as a decimal string. */
  tokens: string;
  /** LegacyDec; integer × 10^18 on the wire. */
  delegatorShares: string;
}
function createBasePool(): Pool {
  return {
    id: 0,
    denom: "",
    address: "",
    tokens: "",
    delegatorShares: "",
  };
}
export const Pool = {
  typeUrl: "/milkyway.pools.v1.Pool",
  encode(message: Pool, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== 0) {
      writer.uint32(8).uint32(message.id);
    }
    if (message.denom !== "") {
      writer.uint32(18).string(message.denom);
    }
    if (message.address !== "") {
      writer.uint32(26).string(message.address);
    }
    if (message.tokens !== "") {
      writer.uint32(34).string(message.tokens);
    }
    if (message.delegatorShares !== "") {
      writer.uint32(42).string(message.delegatorShares);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Pool {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePool();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint32();
          break;
        case 2:
          message.denom = reader.string();
          break;
        case 3:
          message.address = reader.string();
          break;
        case 4:
          message.tokens = reader.string();
          break;
        case 5:
          message.delegatorShares = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<Pool>, I>>(object: I): Pool {
    const message = createBasePool();
    message.id = object.id ?? 0;
    message.denom = object.denom ?? "";
    message.address = object.address ?? "";
    message.tokens = object.tokens ?? "";
    message.delegatorShares = object.delegatorShares ?? "";
    return message;
  },
};
export interface QueryPoolByIDRequest {
  poolId: number;
}
function createBaseQueryPoolByIDRequest(): QueryPoolByIDRequest {
  return {
    poolId: 0,
  };
}
export const QueryPoolByIDRequest = {
  typeUrl: "/milkyway.pools.v1.QueryPoolByIDRequest",
  encode(message: QueryPoolByIDRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.poolId !== 0) {
      writer.uint32(8).uint32(message.poolId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolByIDRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolByIDRequest();
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
  fromPartial<I extends Exact<DeepPartial<QueryPoolByIDRequest>, I>>(object: I): QueryPoolByIDRequest {
    const message = createBaseQueryPoolByIDRequest();
    message.poolId = object.poolId ?? 0;
    return message;
  },
};
export interface QueryPoolByDenomRequest {
  denom: string;
}
function createBaseQueryPoolByDenomRequest(): QueryPoolByDenomRequest {
  return {
    denom: "",
  };
}
export const QueryPoolByDenomRequest = {
  typeUrl: "/milkyway.pools.v1.QueryPoolByDenomRequest",
  encode(message: QueryPoolByDenomRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.denom !== "") {
      writer.uint32(10).string(message.denom);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolByDenomRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolByDenomRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.denom = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryPoolByDenomRequest>, I>>(object: I): QueryPoolByDenomRequest {
    const message = createBaseQueryPoolByDenomRequest();
    message.denom = object.denom ?? "";
    return message;
  },
};
/** Response of both PoolByID and PoolByDenom. */
export interface QueryPoolResponse {
  pool: Pool;
}
function createBaseQueryPoolResponse(): QueryPoolResponse {
  return {
    pool: Pool.fromPartial({}),
  };
}
export const QueryPoolResponse = {
  typeUrl: "/milkyway.pools.v1.QueryPoolResponse",
  encode(message: QueryPoolResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pool !== undefined) {
      Pool.encode(message.pool, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolResponse();
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
  fromPartial<I extends Exact<DeepPartial<QueryPoolResponse>, I>>(object: I): QueryPoolResponse {
    const message = createBaseQueryPoolResponse();
    if (object.pool !== undefined && object.pool !== null) {
      message.pool = Pool.fromPartial(object.pool);
    }
    return message;
  },
};
export interface QueryPoolsRequest {
  pagination?: PageRequest;
}
function createBaseQueryPoolsRequest(): QueryPoolsRequest {
  return {
    pagination: undefined,
  };
}
export const QueryPoolsRequest = {
  typeUrl: "/milkyway.pools.v1.QueryPoolsRequest",
  encode(message: QueryPoolsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolsRequest();
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
  fromPartial<I extends Exact<DeepPartial<QueryPoolsRequest>, I>>(object: I): QueryPoolsRequest {
    const message = createBaseQueryPoolsRequest();
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryPoolsResponse {
  pools: Pool[];
  pagination?: PageResponse;
}
function createBaseQueryPoolsResponse(): QueryPoolsResponse {
  return {
    pools: [],
    pagination: undefined,
  };
}
export const QueryPoolsResponse = {
  typeUrl: "/milkyway.pools.v1.QueryPoolsResponse",
  encode(message: QueryPoolsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.pools) {
      Pool.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPoolsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPoolsResponse();
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
  fromPartial<I extends Exact<DeepPartial<QueryPoolsResponse>, I>>(object: I): QueryPoolsResponse {
    const message = createBaseQueryPoolsResponse();
    message.pools = object.pools?.map((e) => Pool.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
/** gRPC method paths of `milkyway.pools.v1.Query`. */
export const POOLS_QUERY = {
  poolByID: "/milkyway.pools.v1.Query/PoolByID",
  poolByDenom: "/milkyway.pools.v1.Query/PoolByDenom",
  pools: "/milkyway.pools.v1.Query/Pools",
} as const;
