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

describe("bigint marker cannot be spoofed by data", () => {
  it("a string-valued object shaped like the marker round-trips as that object", () => {
    const v = { price: { $n: "1" }, bad: { $n: "not a number" }, deep: { $$n: "2", $x: 1 } };
    expect(parseBig(stringifyBig(v))).toEqual(v);
  });

  it("any object with any keys and bigint or string leaves round-trips", () => {
    const key = fc.oneof(fc.string(), fc.constantFrom("$n", "$$n", "$", "__proto__", "constructor", "toString"));
    const leaf = fc.oneof(fc.string(), fc.bigInt(), fc.integer(), fc.boolean(), fc.constant(null));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("node"), { maxLength: 3 }), fc.dictionary(key, tie("node"), { maxKeys: 3 })),
    })).node;
    fc.assert(
      fc.property(tree, (v) => {
        const back = parseBig(stringifyBig(v), { nullProto: true });
        expect(stringifyBig(back)).toBe(stringifyBig(v));
      }),
    );
  });

  it("null-prototype parsing keeps __proto__ and constructor as plain keys", () => {
    const back = parseBig<Record<string, bigint>>('{"__proto__":{"$n":"5"},"constructor":{"$n":"7"}}', { nullProto: true });
    expect(Object.getPrototypeOf(back)).toBe(null);
    expect(back["__proto__"]).toBe(5n);
    expect(back["constructor"]).toBe(7n);
  });
});
