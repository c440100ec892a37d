import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseBig, stringifyBig } from "./bigjson";

describe("bigint-safe JSON", () => {
  it("round-trips nested bigints of any size exactly", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }), fc.string(), (n, s) => {
        const v = { a: n, list: [n, { s, n }], s };
        expect(parseBig(stringifyBig(v))).toEqual(v);
      }),
    );
  });

  it("does not mistake an ordinary object for a bigint", () => {
    expect(parseBig(stringifyBig({ $n: "1", other: 2 }))).toEqual({ $n: "1", other: 2 });
  });

  it("refuses a tampered bigint", () => {
    expect(() => parseBig('{"x":{"$n":"12abc"}}')).toThrow(/bad bigint/);
  });
});
