/* eslint-disable */
/**
 * Protobuf codecs for Skip connect's `connect.oracle.v2` queries (and `connect.types.v2.CurrencyPair`),
 * transcribed from connect v2's proto/connect/oracle/v2/{query,genesis}.proto and
 * proto/connect/types/v2/currency_pair.proto; no codegen package is installed for them.
 * Same shape as cosmjs-types (telescope) output, like ../milkyway/*.
 * Field numbers:
 *   CurrencyPair {1 Base, 2 Quote} (the proto really spells them capitalised)
 *   QuotePrice {1 price cosmos.Int string, 2 block_timestamp Timestamp, 3 block_height uint64}
 *   GetAllCurrencyPairsRequest {} → GetAllCurrencyPairsResponse {1 currency_pairs}
 *   GetPriceRequest {1 currency_pair string "BASE/QUOTE"} → GetPriceResponse {1 price QuotePrice, 2 nonce, 3 decimals, 4 id (uint64)}
 *   GetPricesRequest {1 currency_pair_ids repeated string "BASE/QUOTE"} → GetPricesResponse {1 prices GetPriceResponse[]}
 * A price is an integer with `decimals` places: 5.62 USD at 8 decimals is "562000000".
 */
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { DeepPartial, Exact } from "cosmjs-types/helpers";
import { Timestamp, writeUint64 } from "../milkyway/varint64";
export const protobufPackage = "connect.oracle.v2";
export interface CurrencyPair {
  Base: string;
  Quote: string;
}
function createBaseCurrencyPair(): CurrencyPair {
  return {
    Base: "",
    Quote: "",
  };
}
export const CurrencyPair = {
  typeUrl: "/connect.types.v2.CurrencyPair",
  encode(message: CurrencyPair, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.Base !== "") {
      writer.uint32(10).string(message.Base);
    }
    if (message.Quote !== "") {
      writer.uint32(18).string(message.Quote);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): CurrencyPair {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseCurrencyPair();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.Base = reader.string();
          break;
        case 2:
          message.Quote = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<CurrencyPair>, I>>(object: I): CurrencyPair {
    const message = createBaseCurrencyPair();
    message.Base = object.Base ?? "";
    message.Quote = object.Quote ?? "";
    return message;
  },
};
export interface QuotePrice {
  price: string;
  blockTimestamp: Timestamp;
  blockHeight: bigint;
}
function createBaseQuotePrice(): QuotePrice {
  return {
    price: "",
    blockTimestamp: Timestamp.fromPartial({}),
    blockHeight: BigInt(0),
  };
}
export const QuotePrice = {
  typeUrl: "/connect.oracle.v2.QuotePrice",
  encode(message: QuotePrice, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.price !== "") {
      writer.uint32(10).string(message.price);
    }
    if (message.blockTimestamp !== undefined) {
      Timestamp.encode(message.blockTimestamp, writer.uint32(18).fork()).ldelim();
    }
    if (message.blockHeight !== BigInt(0)) {
      writeUint64(writer.uint32(24), message.blockHeight);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QuotePrice {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQuotePrice();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.price = reader.string();
          break;
        case 2:
          message.blockTimestamp = Timestamp.decode(reader, reader.uint32());
          break;
        case 3:
          message.blockHeight = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<QuotePrice>, I>>(object: I): QuotePrice {
    const message = createBaseQuotePrice();
    message.price = object.price ?? "";
    if (object.blockTimestamp !== undefined && object.blockTimestamp !== null) {
      message.blockTimestamp = Timestamp.fromPartial(object.blockTimestamp);
    }
    if (object.blockHeight !== undefined && object.blockHeight !== null) {
      message.blockHeight = BigInt(object.blockHeight.toString());
    }
    return message;
  },
};
export interface GetAllCurrencyPairsRequest {}
function createBaseGetAllCurrencyPairsRequest(): GetAllCurrencyPairsRequest {
  return {};
}
export const GetAllCurrencyPairsRequest = {
  typeUrl: "/connect.oracle.v2.GetAllCurrencyPairsRequest",
  encode(_: GetAllCurrencyPairsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): GetAllCurrencyPairsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseGetAllCurrencyPairsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      reader.skipType(tag & 7);
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<GetAllCurrencyPairsRequest>, I>>(_: I): GetAllCurrencyPairsRequest {
    return createBaseGetAllCurrencyPairsRequest();
  },
};
export interface GetAllCurrencyPairsResponse {
  currencyPairs: CurrencyPair[];
}
function createBaseGetAllCurrencyPairsResponse(): GetAllCurrencyPairsResponse {
  return {
    currencyPairs: [],
  };
}
export const GetAllCurrencyPairsResponse = {
  typeUrl: "/connect.oracle.v2.GetAllCurrencyPairsResponse",
  encode(message: GetAllCurrencyPairsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.currencyPairs) {
      CurrencyPair.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): GetAllCurrencyPairsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseGetAllCurrencyPairsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.currencyPairs.push(CurrencyPair.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<GetAllCurrencyPairsResponse>, I>>(object: I): GetAllCurrencyPairsResponse {
    const message = createBaseGetAllCurrencyPairsResponse();
    message.currencyPairs = object.currencyPairs?.map((e) => CurrencyPair.fromPartial(e)) || [];
    return message;
  },
};
export interface GetPriceRequest {
  /** "BASE/QUOTE", e.g. "TIA/USD": connect v2 takes the pair as its string id, not a CurrencyPair. */
  currencyPair: string;
}
function createBaseGetPriceRequest(): GetPriceRequest {
  return {
    currencyPair: "",
  };
}
export const GetPriceRequest = {
  typeUrl: "/connect.oracle.v2.GetPriceRequest",
  encode(message: GetPriceRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.currencyPair !== "") {
      writer.uint32(10).string(message.currencyPair);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): GetPriceRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseGetPriceRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.currencyPair = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<GetPriceRequest>, I>>(object: I): GetPriceRequest {
    const message = createBaseGetPriceRequest();
    message.currencyPair = object.currencyPair ?? "";
    return message;
  },
};
export interface GetPriceResponse {
  price?: QuotePrice;
  nonce: bigint;
  decimals: bigint;
  id: bigint;
}
function createBaseGetPriceResponse(): GetPriceResponse {
  return {
    price: undefined,
    nonce: BigInt(0),
    decimals: BigInt(0),
    id: BigInt(0),
  };
}
export const GetPriceResponse = {
  typeUrl: "/connect.oracle.v2.GetPriceResponse",
  encode(message: GetPriceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.price !== undefined) {
      QuotePrice.encode(message.price, writer.uint32(10).fork()).ldelim();
    }
    if (message.nonce !== BigInt(0)) {
      writeUint64(writer.uint32(16), message.nonce);
    }
    if (message.decimals !== BigInt(0)) {
      writeUint64(writer.uint32(24), message.decimals);
    }
    if (message.id !== BigInt(0)) {
      writeUint64(writer.uint32(32), message.id);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): GetPriceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseGetPriceResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.price = QuotePrice.decode(reader, reader.uint32());
          break;
        case 2:
          message.nonce = reader.uint64();
          break;
        case 3:
          message.decimals = reader.uint64();
          break;
        case 4:
          message.id = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<GetPriceResponse>, I>>(object: I): GetPriceResponse {
    const message = createBaseGetPriceResponse();
    if (object.price !== undefined && object.price !== null) {
      message.price = QuotePrice.fromPartial(object.price);
    }
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce.toString());
    }
    if (object.decimals !== undefined && object.decimals !== null) {
      message.decimals = BigInt(object.decimals.toString());
    }
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id.toString());
    }
    return message;
  },
};
export interface GetPricesRequest {
  currencyPairIds: string[];
}
function createBaseGetPricesRequest(): GetPricesRequest {
  return {
    currencyPairIds: [],
  };
}
export const GetPricesRequest = {
  typeUrl: "/connect.oracle.v2.GetPricesRequest",
  encode(message: GetPricesRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.currencyPairIds) {
      writer.uint32(10).string(v!);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): GetPricesRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseGetPricesRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.currencyPairIds.push(reader.string());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<GetPricesRequest>, I>>(object: I): GetPricesRequest {
    const message = createBaseGetPricesRequest();
    message.currencyPairIds = object.currencyPairIds?.map((e) => e) || [];
    return message;
  },
};
export interface GetPricesResponse {
  prices: GetPriceResponse[];
}
function createBaseGetPricesResponse(): GetPricesResponse {
  return {
    prices: [],
  };
}
export const GetPricesResponse = {
  typeUrl: "/connect.oracle.v2.GetPricesResponse",
  encode(message: GetPricesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.prices) {
      GetPriceResponse.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): GetPricesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseGetPricesResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.prices.push(GetPriceResponse.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<GetPricesResponse>, I>>(object: I): GetPricesResponse {
    const message = createBaseGetPricesResponse();
    message.prices = object.prices?.map((e) => GetPriceResponse.fromPartial(e)) || [];
    return message;
  },
};
/** gRPC method paths of `connect.oracle.v2.Query`. */
export const ORACLE_QUERY = {
  getAllCurrencyPairs: "/connect.oracle.v2.Query/GetAllCurrencyPairs",
  getPrice: "/connect.oracle.v2.Query/GetPrice",
  getPrices: "/connect.oracle.v2.Query/GetPrices",
} as const;
