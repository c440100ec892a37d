/**
 * 64-bit varint writing that works around a bug in cosmjs-types 0.10.1's `BinaryWriter`:
 * `int64()`/`uint64()` split the value into signed 32-bit halves, so every value in
 * [2^31, 2^32) is written as garbage (e.g. 2147483648 → `00 00 00 00 00`). Reading is correct.
 * In that range the 64-bit varint is identical to the unsigned 32-bit varint, so we write it
 * with `uint32()`; everything else goes through the original methods.
 *
 * This matters for Timestamps between 2038-01-19 and 2106-02-07 (e.g. a rewards plan
 * `end_time`), so `Timestamp` here re-exports the cosmjs-types codec with a fixed `encode`.
 */
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { Timestamp as CosmjsTimestamp } from "cosmjs-types/google/protobuf/timestamp";
import type { DeepPartial, Exact } from "cosmjs-types/helpers";

const TWO_31 = BigInt(2147483648);
const TWO_32_MINUS_1 = BigInt(4294967295);

function inBrokenRange(value: bigint): boolean {
  return value >= TWO_31 && value <= TWO_32_MINUS_1;
}

/** `writer.int64(value)` without the [2^31, 2^32) bug. */
export function writeInt64(writer: BinaryWriter, value: bigint): BinaryWriter {
  const v = BigInt(value);
  return inBrokenRange(v) ? writer.uint32(Number(v)) : writer.int64(v);
}

/** `writer.uint64(value)` without the [2^31, 2^32) bug. */
export function writeUint64(writer: BinaryWriter, value: bigint): BinaryWriter {
  const v = BigInt(value);
  return inBrokenRange(v) ? writer.uint32(Number(v)) : writer.uint64(v);
}

/** google.protobuf.Timestamp: same type as cosmjs-types. */
export type Timestamp = CosmjsTimestamp;

/** The cosmjs-types Timestamp codec with an `encode` that is correct for 2038–2106 dates. */
export const Timestamp = {
  typeUrl: CosmjsTimestamp.typeUrl,
  encode(message: Timestamp, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.seconds !== BigInt(0)) {
      writeInt64(writer.uint32(8), message.seconds);
    }
    if (message.nanos !== 0) {
      writer.uint32(16).int32(message.nanos);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Timestamp {
    return CosmjsTimestamp.decode(input, length);
  },
  fromPartial<I extends Exact<DeepPartial<Timestamp>, I>>(object: I): Timestamp {
    return CosmjsTimestamp.fromPartial(object);
  },
};
