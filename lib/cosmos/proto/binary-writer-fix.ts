/**
 * Fixes 64-bit varint writing in cosmjs-types 0.10.1's `BinaryWriter`, for every codec that uses it:
 * our generated codecs and cosmjs-types' own (PageRequest offset/limit, gov proposal ids,
 * Timestamp seconds, ...).
 *
 * The writer splits `int64`/`uint64` values into signed 32-bit halves, so every value in
 * [2^31, 2^32) is written as garbage (2147483648 → `00 00 00 00 00`). Reading is correct. In that
 * range the 64-bit varint is exactly the unsigned 32-bit varint, so the patched methods write it
 * with `uint32()` and leave every other value to the original code.
 *
 * The writer's constructor copies `BinaryWriter.prototype.int64` into each instance's `uint64`, so
 * patching the prototype's `int64` (and `uint64`, for callers of the prototype) covers both. The
 * patch runs once on import (idempotent); import this module wherever bytes are written: the
 * app's registry and query clients, and the simulator.
 */
import { BinaryWriter } from "cosmjs-types/binary";

const TWO_31 = BigInt(2147483648);
const TWO_32_MINUS_1 = BigInt(4294967295);
const MARK = Symbol.for("milkyway-dapp.binary-writer-int64-fix");

type Int64Method = (this: BinaryWriter, value: bigint | number | string) => BinaryWriter;
type Patched = Int64Method & { [MARK]?: true };

function inBrokenRange(value: bigint | number | string): boolean {
  let v: bigint;
  try {
    v = BigInt(value);
  } catch {
    return false; // let the original method report what it makes of it
  }
  return v >= TWO_31 && v <= TWO_32_MINUS_1;
}

function fixed(original: Int64Method): Patched {
  const method: Patched = function (this: BinaryWriter, value) {
    return inBrokenRange(value) ? this.uint32(Number(value)) : original.call(this, value);
  };
  method[MARK] = true;
  return method;
}

/** Patches `BinaryWriter.prototype.int64` and `.uint64` once; later calls do nothing. */
export function installBinaryWriterFix(): void {
  const proto = BinaryWriter.prototype as unknown as { int64: Patched; uint64?: Patched };
  if (proto.int64[MARK]) return;
  const int64 = proto.int64;
  proto.int64 = fixed(int64);
  // The constructor assigns `this.uint64 = BinaryWriter.prototype.int64`; the prototype may also
  // carry its own `uint64` for callers that go through it directly.
  proto.uint64 = proto.uint64 && proto.uint64 !== int64 ? fixed(proto.uint64) : proto.int64;
}

/** True once the patch is in place (for tests and assertions at codec entry points). */
export function binaryWriterFixInstalled(): boolean {
  return Boolean((BinaryWriter.prototype as unknown as { int64: Patched }).int64[MARK]);
}

installBinaryWriterFix();
