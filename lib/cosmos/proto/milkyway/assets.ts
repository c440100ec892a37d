/* eslint-disable */
/**
 * Protobuf codecs for `milkyway.assets.v1`, transcribed from the field tables in
 * /work/shared/protocol/milkyway.md §2 (no .proto codegen: `@milkywaylabs/milkyway.proto` is not on npm).
 * Same shape as cosmjs-types (telescope) output, so every message works as a CosmJS `GeneratedType`.
 * Wire rules: proto3 defaults are not written, repeated scalars are packed (decoders also accept
 * unpacked), LegacyDec strings carry the integer value × 10^18 without a decimal point.
 * 64-bit integers and Timestamps are written through ./varint64 (cosmjs-types 0.10.1's
 * BinaryWriter mis-encodes values in [2^31, 2^32)).
 * Asset registry used for pricing (ticker → Skip connect `TICKER/USD`).
 */
import { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { DeepPartial, Exact } from "cosmjs-types/helpers";
export const protobufPackage = "milkyway.assets.v1";
export interface Asset {
  denom: string;
  ticker: string;
  exponent: number;
}
function createBaseAsset(): Asset {
  return {
    denom: "",
    ticker: "",
    exponent: 0,
  };
}
export const Asset = {
  typeUrl: "/milkyway.assets.v1.Asset",
  encode(message: Asset, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.denom !== "") {
      writer.uint32(10).string(message.denom);
    }
    if (message.ticker !== "") {
      writer.uint32(18).string(message.ticker);
    }
    if (message.exponent !== 0) {
      writer.uint32(24).uint32(message.exponent);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Asset {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseAsset();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.denom = reader.string();
          break;
        case 2:
          message.ticker = reader.string();
          break;
        case 3:
          message.exponent = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<Asset>, I>>(object: I): Asset {
    const message = createBaseAsset();
    message.denom = object.denom ?? "";
    message.ticker = object.ticker ?? "";
    message.exponent = object.exponent ?? 0;
    return message;
  },
};
export interface QueryAssetRequest {
  denom: string;
}
function createBaseQueryAssetRequest(): QueryAssetRequest {
  return {
    denom: "",
  };
}
export const QueryAssetRequest = {
  typeUrl: "/milkyway.assets.v1.QueryAssetRequest",
  encode(message: QueryAssetRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.denom !== "") {
      writer.uint32(10).string(message.denom);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryAssetRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryAssetRequest();
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
  fromPartial<I extends Exact<DeepPartial<QueryAssetRequest>, I>>(object: I): QueryAssetRequest {
    const message = createBaseQueryAssetRequest();
    message.denom = object.denom ?? "";
    return message;
  },
};
export interface QueryAssetResponse {
  asset: Asset;
}
function createBaseQueryAssetResponse(): QueryAssetResponse {
  return {
    asset: Asset.fromPartial({}),
  };
}
export const QueryAssetResponse = {
  typeUrl: "/milkyway.assets.v1.QueryAssetResponse",
  encode(message: QueryAssetResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.asset !== undefined) {
      Asset.encode(message.asset, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryAssetResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryAssetResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.asset = Asset.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QueryAssetResponse>, I>>(object: I): QueryAssetResponse {
    const message = createBaseQueryAssetResponse();
    if (object.asset !== undefined && object.asset !== null) {
      message.asset = Asset.fromPartial(object.asset);
    }
    return message;
  },
};
export interface QueryAssetsRequest {
  ticker: string;
  pagination?: PageRequest;
}
function createBaseQueryAssetsRequest(): QueryAssetsRequest {
  return {
    ticker: "",
    pagination: undefined,
  };
}
export const QueryAssetsRequest = {
  typeUrl: "/milkyway.assets.v1.QueryAssetsRequest",
  encode(message: QueryAssetsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.ticker !== "") {
      writer.uint32(10).string(message.ticker);
    }
    if (message.pagination !== undefined) {
      PageRequest.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryAssetsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryAssetsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.ticker = reader.string();
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
  fromPartial<I extends Exact<DeepPartial<QueryAssetsRequest>, I>>(object: I): QueryAssetsRequest {
    const message = createBaseQueryAssetsRequest();
    message.ticker = object.ticker ?? "";
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageRequest.fromPartial(object.pagination);
    }
    return message;
  },
};
export interface QueryAssetsResponse {
  assets: Asset[];
  pagination?: PageResponse;
}
function createBaseQueryAssetsResponse(): QueryAssetsResponse {
  return {
    assets: [],
    pagination: undefined,
  };
}
export const QueryAssetsResponse = {
  typeUrl: "/milkyway.assets.v1.QueryAssetsResponse",
  encode(message: QueryAssetsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.assets) {
      Asset.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.pagination !== undefined) {
      PageResponse.encode(message.pagination, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryAssetsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryAssetsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.assets.push(Asset.decode(reader, reader.uint32()));
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
  fromPartial<I extends Exact<DeepPartial<QueryAssetsResponse>, I>>(object: I): QueryAssetsResponse {
    const message = createBaseQueryAssetsResponse();
    message.assets = object.assets?.map((e) => Asset.fromPartial(e)) || [];
    if (object.pagination !== undefined && object.pagination !== null) {
      message.pagination = PageResponse.fromPartial(object.pagination);
    }
    return message;
  },
};
/** gRPC method paths of `milkyway.assets.v1.Query`. */
export const ASSETS_QUERY = {
  asset: "/milkyway.assets.v1.Query/Asset",
  assets: "/milkyway.assets.v1.Query/Assets",
} as const;
