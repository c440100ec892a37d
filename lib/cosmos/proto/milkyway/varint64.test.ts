import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { toHex } from "@cosmjs/encoding";

import { RewardsPlan } from "./rewards-models";
import { Timestamp, writeInt64, writeUint64 } from "./varint64";

/** Reference protobuf varint of a 64-bit value (two's complement for negatives). */
function varint(value: bigint): string {
  let x = BigInt.asUintN(64, value);
  const out: number[] = [];
  do {
    let b = Number(x & 0x7fn);
    x >>= 7n;
    if (x) b |= 0x80;
    out.push(b);
  } while (x);
  return toHex(Uint8Array.from(out));
}

describe("varint64", () => {
  it("documents the cosmjs-types BinaryWriter bug this module works around", () => {
    const w = BinaryWriter.create();
    w.int64(2147483648n);
    expect(toHex(w.finish())).not.toBe(varint(2147483648n));
  });

  it("writeInt64 / writeUint64 match the reference encoding over the whole range", () => {
    const edges = [0n, 1n, 127n, 128n, 2n ** 31n - 1n, 2n ** 31n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 63n - 1n, -1n, -(2n ** 63n)];
    for (const v of edges) {
      expect(toHex(writeInt64(BinaryWriter.create(), v).finish())).toBe(varint(v));
    }
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (v) => {
        const bytes = writeInt64(BinaryWriter.create(), v).finish();
        expect(toHex(bytes)).toBe(varint(v));
        expect(new BinaryReader(bytes).int64()).toBe(v);
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), (v) => {
        const bytes = writeUint64(BinaryWriter.create(), v).finish();
        expect(toHex(bytes)).toBe(varint(v));
        expect(new BinaryReader(bytes).uint64()).toBe(v);
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 2n ** 31n, max: 2n ** 32n - 1n }), (v) => {
        expect(toHex(writeUint64(BinaryWriter.create(), v).finish())).toBe(varint(v));
      }),
    );
  });

  it("Timestamp encodes 2038+ dates correctly", () => {
    // 2040-01-01T00:00:00Z = 2208988800 s, inside [2^31, 2^32)
    const t = { seconds: 2208988800n, nanos: 1 };
    const bytes = Timestamp.encode(t).finish();
    expect(toHex(bytes)).toBe("08" + varint(2208988800n) + "1001");
    expect(Timestamp.decode(bytes)).toEqual(t);
    expect(Timestamp.fromPartial({ seconds: 5n })).toEqual({ seconds: 5n, nanos: 0 });

    const plan = RewardsPlan.fromPartial({ endTime: t });
    expect(RewardsPlan.decode(RewardsPlan.encode(plan).finish()).endTime).toEqual(t);
  });
});
