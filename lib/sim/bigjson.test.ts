import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
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

/** The reviver parseBig used to be: the reference its faster walk must agree with exactly. */
function reviverParse(text: string, nullProto: boolean): unknown {
  return JSON.parse(text, (_k, v) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === "$n") {
      if (typeof v.$n !== "string" || !/^-?\d+$/.test(v.$n)) throw new Error(`bad bigint ${String(v.$n)}`);
      return BigInt(v.$n);
    }
    if (!nullProto && !keys.some((k) => k.startsWith("$"))) return v;
    const out: Record<string, unknown> = nullProto ? Object.create(null) : {};
    for (const k of keys) {
      const name = k.startsWith("$$") ? k.slice(1) : k;
      if (name === "__proto__" && !nullProto) Object.defineProperty(out, name, { value: v[k], enumerable: true, writable: true, configurable: true });
      else out[name] = v[k];
    }
    return out;
  });
}

describe("parseBig reads any JSON as a per-value reviver would", () => {
  it("same values, key order and prototypes, or the same refusal, for any document", () => {
    const key = fc.oneof(fc.string(), fc.constantFrom("$n", "$$n", "$$$n", "$", "$$", "__proto__", "$$__proto__", "constructor"));
    const leaf = fc.oneof(fc.string(), fc.constantFrom("12", "-3", "1e3", "x"), fc.integer(), fc.boolean(), fc.constant(null));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("node"), { maxLength: 3 }), fc.dictionary(key, tie("node"), { maxKeys: 3 })),
    })).node;
    fc.assert(
      fc.property(tree, fc.boolean(), (v, nullProto) => {
        const text = JSON.stringify(v);
        let expected: unknown, expectedError: string | null = null;
        try {
          expected = reviverParse(text, nullProto);
        } catch (e) {
          expectedError = (e as Error).message;
        }
        if (expectedError !== null) {
          // Both refuse, with a bigint's own message. The texts can differ: the reviver revives a
          // bigint's contents first and can fail on String() of a null-prototype object there;
          // the walk looks at the bigint's text before its contents.
          expect(() => parseBig(text, { nullProto })).toThrow(/^bad bigint /);
          return;
        }
        const got = parseBig(text, { nullProto });
        // isDeepStrictEqual compares prototypes too; key order through the serialisation.
        expect(isDeepStrictEqual(got, expected)).toBe(true);
        expect(JSON.stringify(got, (_k, x) => (typeof x === "bigint" ? `${x}n` : x))).toBe(JSON.stringify(expected, (_k, x) => (typeof x === "bigint" ? `${x}n` : x)));
      }),
      { numRuns: 500 },
    );
  });
});
