import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import { PageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { toHex } from "@cosmjs/encoding";

import { binaryWriterFixInstalled, installBinaryWriterFix } from "./binary-writer-fix";
import { RewardsPlan } from "./gen/milkyway/rewards/v1/models";

/** Reference protobuf varint of a 64-bit value (two's complement for negatives), written independently. */
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

const int64 = (v: bigint) => toHex(BinaryWriter.create().int64(v).finish());
const uint64 = (v: bigint) => toHex(BinaryWriter.create().uint64(v).finish());

describe("binary-writer-fix", () => {
  it("is installed on import and idempotent", () => {
    expect(binaryWriterFixInstalled()).toBe(true);
    const before = BinaryWriter.prototype.int64;
    installBinaryWriterFix();
    expect(BinaryWriter.prototype.int64).toBe(before);
  });

  it("writes the edges of the broken range as protobuf varints", () => {
    // Unpatched cosmjs-types 0.10.1 writes 2^31 as 00 00 00 00 00.
    expect(uint64(2n ** 31n)).toBe("8080808008");
    expect(uint64(2n ** 32n - 1n)).toBe("ffffffff0f");
    expect(uint64(2n ** 32n)).toBe("8080808010");
    expect(int64(2n ** 31n)).toBe("8080808008");
    expect(int64(-1n)).toBe("ffffffffffffffffff01");
    expect(int64(-(2n ** 31n))).toBe("80808080f8ffffffff01");
    for (const v of [0n, 1n, 127n, 128n, 2n ** 31n - 1n, 2n ** 63n - 1n, -(2n ** 63n)]) expect(int64(v)).toBe(varint(v));
  });

  it("int64 and uint64 match the reference encoding and read back over the whole range", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (v) => {
        const bytes = BinaryWriter.create().int64(v).finish();
        expect(toHex(bytes)).toBe(varint(v));
        expect(new BinaryReader(bytes).int64()).toBe(v);
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), (v) => {
        const bytes = BinaryWriter.create().uint64(v).finish();
        expect(toHex(bytes)).toBe(varint(v));
        expect(new BinaryReader(bytes).uint64()).toBe(v);
      }),
    );
    fc.assert(fc.property(fc.bigInt({ min: 2n ** 31n, max: 2n ** 32n - 1n }), (v) => {
        expect(uint64(v)).toBe(varint(v));
      }),
    );
  });

  it("fixes cosmjs-types' own codecs: PageRequest offset 2^31", () => {
    const bytes = PageRequest.encode(PageRequest.fromPartial({ offset: 2n ** 31n, limit: 2n ** 32n - 1n })).finish();
    expect(toHex(bytes)).toBe("10" + varint(2n ** 31n) + "18" + varint(2n ** 32n - 1n));
    expect(PageRequest.decode(bytes)).toMatchObject({ offset: 2n ** 31n, limit: 2n ** 32n - 1n });
  });

  it("fixes Timestamps between 2038 and 2106, in cosmjs-types and in generated codecs", () => {
    // 2040-01-01T00:00:00Z = 2208988800 s, inside [2^31, 2^32)
    const t = { seconds: 2208988800n, nanos: 1 };
    const bytes = Timestamp.encode(t).finish();
    expect(toHex(bytes)).toBe("08" + varint(2208988800n) + "1001");
    expect(Timestamp.decode(bytes)).toEqual(t);
    const plan = RewardsPlan.fromPartial({ id: 2n ** 31n, endTime: t });
    const decoded = RewardsPlan.decode(RewardsPlan.encode(plan).finish());
    expect(decoded.endTime).toEqual(t);
    expect(decoded.id).toBe(2n ** 31n);
  });
});
