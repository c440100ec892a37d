import { describe, expect, it } from "vitest";
import fc from "fast-check";

import { adminMsgs, models, userMsgs } from "./test-arbitraries";

interface AnyCodec {
  encode(m: any): { finish(): Uint8Array };
  decode(b: Uint8Array): unknown;
  fromPartial(o: any): unknown;
}

const cases = Object.entries({ ...userMsgs, ...adminMsgs, ...models }) as Array<[string, readonly [AnyCodec, fc.Arbitrary<unknown>]]>;

describe("protobuf round trips (fast-check)", () => {
  it.each(cases)("%s: decode(encode(x)) = x", (_, [codec, arb]) => {
    fc.assert(
      fc.property(arb, (value) => {
        const msg = codec.fromPartial(value);
        // arbitraries generate complete values, so fromPartial is the identity on them
        expect(msg).toEqual(value);
        const bytes = codec.encode(msg).finish();
        expect(codec.decode(bytes)).toEqual(msg);
        expect(codec.encode(codec.decode(bytes)).finish()).toEqual(bytes);
      }),
      { numRuns: 150 },
    );
  });
});
