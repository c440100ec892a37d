/* eslint-disable */
/**
 * Protobuf codecs for `milkyway.restaking.v1`, transcribed from the field tables in
 * /work/shared/protocol/milkyway.md §2 (no .proto codegen: `@milkywaylabs/milkyway.proto` is not on npm).
 * Same shape as cosmjs-types (telescope) output, so every message works as a CosmJS `GeneratedType`.
 * Wire rules: proto3 defaults are not written, repeated scalars are packed (decoders also accept
 * unpacked), LegacyDec strings carry the integer value × 10^18 without a decimal point.
 * 64-bit integers and Timestamps are written through ./varint64 (cosmjs-types 0.10.1's
 * BinaryWriter mis-encodes values in [2^31, 2^32)).
 * Models: delegations, unbonding delegations, user preferences and module params.
 */
import { Coin, DecCoin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { Timestamp, writeInt64, writeUint64 } from "./varint64";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { DeepPartial, Exact } from "cosmjs-types/helpers";
export const protobufPackage = "milkyway.restaking.v1";
/** DelegationType defines the type of delegation target. */
export enum DelegationType {
  DELEGATION_TYPE_UNSPECIFIED = 0,
  DELEGATION_TYPE_POOL = 1,
  DELEGATION_TYPE_OPERATOR = 2,
  DELEGATION_TYPE_SERVICE = 3,
  UNRECOGNIZED = -1,
}
export function delegationTypeFromJSON(object: any): DelegationType {
  switch (object) {
    case 0:
    case "DELEGATION_TYPE_UNSPECIFIED":
      return DelegationType.DELEGATION_TYPE_UNSPECIFIED;
    case 1:
    case "DELEGATION_TYPE_POOL":
      return DelegationType.DELEGATION_TYPE_POOL;
    case 2:
    case "DELEGATION_TYPE_OPERATOR":
      return DelegationType.DELEGATION_TYPE_OPERATOR;
    case 3:
    case "DELEGATION_TYPE_SERVICE":
      return DelegationType.DELEGATION_TYPE_SERVICE;
    case -1:
    case "UNRECOGNIZED":
    default:
      return DelegationType.UNRECOGNIZED;
  }
}
export function delegationTypeToJSON(object: DelegationType): string {
  switch (object) {
    case DelegationType.DELEGATION_TYPE_UNSPECIFIED:
      return "DELEGATION_TYPE_UNSPECIFIED";
    case DelegationType.DELEGATION_TYPE_POOL:
      return "DELEGATION_TYPE_POOL";
    case DelegationType.DELEGATION_TYPE_OPERATOR:
      return "DELEGATION_TYPE_OPERATOR";
    case DelegationType.DELEGATION_TYPE_SERVICE:
      return "DELEGATION_TYPE_SERVICE";
    case DelegationType.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** Delegation is the bond of a user with a pool, operator or service. */
export interface Delegation {
  type: DelegationType;
  userAddress: string;
  targetId: number;
  /** Share denoms look like `pool/1/<denom>`; amounts are LegacyDec (× 10^18 on the wire). */
  shares: DecCoin[];
}
function createBaseDelegation(): Delegation {
  return {
    type: 0,
    userAddress: "",
    targetId: 0,
    shares: [],
  };
}
export const Delegation = {
  typeUrl: "/milkyway.restaking.v1.Delegation",
  encode(message: Delegation, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.type !== 0) {
      writer.uint32(8).int32(message.type);
    }
    if (message.userAddress !== "") {
      writer.uint32(18).string(message.userAddress);
    }
    if (message.targetId !== 0) {
      writer.uint32(24).uint32(message.targetId);
    }
    for (const v of message.shares) {
      DecCoin.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Delegation {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseDelegation();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.type = reader.int32() as any;
          break;
        case 2:
          message.userAddress = reader.string();
          break;
        case 3:
          message.targetId = reader.uint32();
          break;
        case 4:
          message.shares.push(DecCoin.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<Delegation>, I>>(object: I): Delegation {
    const message = createBaseDelegation();
    message.type = object.type ?? 0;
    message.userAddress = object.userAddress ?? "";
    message.targetId = object.targetId ?? 0;
    message.shares = object.shares?.map((e) => DecCoin.fromPartial(e)) || [];
    return message;
  },
};
export interface DelegationResponse {
  delegation: Delegation;
  /** Floored token value of the shares. */
  balance: Coin[];
}
function createBaseDelegationResponse(): DelegationResponse {
  return {
    delegation: Delegation.fromPartial({}),
    balance: [],
  };
}
export const DelegationResponse = {
  typeUrl: "/milkyway.restaking.v1.DelegationResponse",
  encode(message: DelegationResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.delegation !== undefined) {
      Delegation.encode(message.delegation, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.balance) {
      Coin.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): DelegationResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseDelegationResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.delegation = Delegation.decode(reader, reader.uint32());
          break;
        case 2:
          message.balance.push(Coin.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<DelegationResponse>, I>>(object: I): DelegationResponse {
    const message = createBaseDelegationResponse();
    if (object.delegation !== undefined && object.delegation !== null) {
      message.delegation = Delegation.fromPartial(object.delegation);
    }
    message.balance = object.balance?.map((e) => Coin.fromPartial(e)) || [];
    return message;
  },
};
export interface UnbondingDelegation {
  type: DelegationType;
  delegatorAddress: string;
  targetId: number;
  entries: UnbondingDelegationEntry[];
}
function createBaseUnbondingDelegation(): UnbondingDelegation {
  return {
    type: 0,
    delegatorAddress: "",
    targetId: 0,
    entries: [],
  };
}
export const UnbondingDelegation = {
  typeUrl: "/milkyway.restaking.v1.UnbondingDelegation",
  encode(message: UnbondingDelegation, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.type !== 0) {
      writer.uint32(8).int32(message.type);
    }
    if (message.delegatorAddress !== "") {
      writer.uint32(18).string(message.delegatorAddress);
    }
    if (message.targetId !== 0) {
      writer.uint32(24).uint32(message.targetId);
    }
    for (const v of message.entries) {
      UnbondingDelegationEntry.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): UnbondingDelegation {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseUnbondingDelegation();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.type = reader.int32() as any;
          break;
        case 2:
          message.delegatorAddress = reader.string();
          break;
        case 3:
          message.targetId = reader.uint32();
          break;
        case 4:
          message.entries.push(UnbondingDelegationEntry.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<UnbondingDelegation>, I>>(object: I): UnbondingDelegation {
    const message = createBaseUnbondingDelegation();
    message.type = object.type ?? 0;
    message.delegatorAddress = object.delegatorAddress ?? "";
    message.targetId = object.targetId ?? 0;
    message.entries = object.entries?.map((e) => UnbondingDelegationEntry.fromPartial(e)) || [];
    return message;
  },
};
export interface UnbondingDelegationEntry {
  creationHeight: bigint;
  completionTime: Timestamp;
  initialBalance: Coin[];
  balance: Coin[];
  /** Global counter, starting from 1. */
  unbondingId: bigint;
}
function createBaseUnbondingDelegationEntry(): UnbondingDelegationEntry {
  return {
    creationHeight: BigInt(0),
    completionTime: Timestamp.fromPartial({}),
    initialBalance: [],
    balance: [],
    unbondingId: BigInt(0),
  };
}
export const UnbondingDelegationEntry = {
  typeUrl: "/milkyway.restaking.v1.UnbondingDelegationEntry",
  encode(message: UnbondingDelegationEntry, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.creationHeight !== BigInt(0)) {
      writeInt64(writer.uint32(8), message.creationHeight);
    }
    if (message.completionTime !== undefined) {
      Timestamp.encode(message.completionTime, writer.uint32(18).fork()).ldelim();
    }
    for (const v of message.initialBalance) {
      Coin.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    for (const v of message.balance) {
      Coin.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    if (message.unbondingId !== BigInt(0)) {
      writeUint64(writer.uint32(40), message.unbondingId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): UnbondingDelegationEntry {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseUnbondingDelegationEntry();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.creationHeight = reader.int64();
          break;
        case 2:
          message.completionTime = Timestamp.decode(reader, reader.uint32());
          break;
        case 3:
          message.initialBalance.push(Coin.decode(reader, reader.uint32()));
          break;
        case 4:
          message.balance.push(Coin.decode(reader, reader.uint32()));
          break;
        case 5:
          message.unbondingId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<UnbondingDelegationEntry>, I>>(object: I): UnbondingDelegationEntry {
    const message = createBaseUnbondingDelegationEntry();
    if (object.creationHeight !== undefined && object.creationHeight !== null) {
      message.creationHeight = BigInt(object.creationHeight.toString());
    }
    if (object.completionTime !== undefined && object.completionTime !== null) {
      message.completionTime = Timestamp.fromPartial(object.completionTime);
    }
    message.initialBalance = object.initialBalance?.map((e) => Coin.fromPartial(e)) || [];
    message.balance = object.balance?.map((e) => Coin.fromPartial(e)) || [];
    if (object.unbondingId !== undefined && object.unbondingId !== null) {
      message.unbondingId = BigInt(object.unbondingId.toString());
    }
    return message;
  },
};
/** Params of the restaking module. */
export interface Params {
  /** Unbonding time in nanoseconds (REST shows it as a duration, e.g. `"259200s"`). */
  unbondingTime: bigint;
  /** Restakable denoms; empty means every denom. */
  allowedDenoms: string[];
  /** LegacyDec USD cap (0 = none); integer × 10^18 on the wire. */
  restakingCap: string;
  maxEntries: number;
}
function createBaseParams(): Params {
  return {
    unbondingTime: BigInt(0),
    allowedDenoms: [],
    restakingCap: "",
    maxEntries: 0,
  };
}
export const Params = {
  typeUrl: "/milkyway.restaking.v1.Params",
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.unbondingTime !== BigInt(0)) {
      writeInt64(writer.uint32(8), message.unbondingTime);
    }
    for (const v of message.allowedDenoms) {
      writer.uint32(18).string(v!);
    }
    if (message.restakingCap !== "") {
      writer.uint32(26).string(message.restakingCap);
    }
    if (message.maxEntries !== 0) {
      writer.uint32(32).uint32(message.maxEntries);
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
          message.unbondingTime = reader.int64();
          break;
        case 2:
          message.allowedDenoms.push(reader.string());
          break;
        case 3:
          message.restakingCap = reader.string();
          break;
        case 4:
          message.maxEntries = reader.uint32();
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
    if (object.unbondingTime !== undefined && object.unbondingTime !== null) {
      message.unbondingTime = BigInt(object.unbondingTime.toString());
    }
    message.allowedDenoms = object.allowedDenoms?.map((e) => e) || [];
    message.restakingCap = object.restakingCap ?? "";
    message.maxEntries = object.maxEntries ?? 0;
    return message;
  },
};
export interface UserPreferences {
  /** Field 4 on the wire; fields 1–3 are reserved. Empty = trusts no service. */
  trustedServices: TrustedServiceEntry[];
}
function createBaseUserPreferences(): UserPreferences {
  return {
    trustedServices: [],
  };
}
export const UserPreferences = {
  typeUrl: "/milkyway.restaking.v1.UserPreferences",
  encode(message: UserPreferences, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.trustedServices) {
      TrustedServiceEntry.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): UserPreferences {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseUserPreferences();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 4:
          message.trustedServices.push(TrustedServiceEntry.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<UserPreferences>, I>>(object: I): UserPreferences {
    const message = createBaseUserPreferences();
    message.trustedServices = object.trustedServices?.map((e) => TrustedServiceEntry.fromPartial(e)) || [];
    return message;
  },
};
export interface TrustedServiceEntry {
  serviceId: number;
  /** Packed repeated uint32; empty = all pools. */
  poolsIds: number[];
}
function createBaseTrustedServiceEntry(): TrustedServiceEntry {
  return {
    serviceId: 0,
    poolsIds: [],
  };
}
export const TrustedServiceEntry = {
  typeUrl: "/milkyway.restaking.v1.TrustedServiceEntry",
  encode(message: TrustedServiceEntry, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.serviceId !== 0) {
      writer.uint32(8).uint32(message.serviceId);
    }
    if (message.poolsIds.length > 0) {
      writer.uint32(18).fork();
      for (const v of message.poolsIds) {
        writer.uint32(v);
      }
      writer.ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): TrustedServiceEntry {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseTrustedServiceEntry();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.serviceId = reader.uint32();
          break;
        case 2:
          if ((tag & 7) === 2) {
            const end2 = reader.uint32() + reader.pos;
            while (reader.pos < end2) {
              message.poolsIds.push(reader.uint32());
            }
          } else {
            message.poolsIds.push(reader.uint32());
          }
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromPartial<I extends Exact<DeepPartial<TrustedServiceEntry>, I>>(object: I): TrustedServiceEntry {
    const message = createBaseTrustedServiceEntry();
    message.serviceId = object.serviceId ?? 0;
    message.poolsIds = object.poolsIds?.map((e) => e) || [];
    return message;
  },
};
