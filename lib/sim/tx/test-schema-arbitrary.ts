/**
 * Test helper: fast-check arbitraries for any message of the proto schema, in the shape the app's
 * codecs take (cosmjs-types style: camelCase fields, bigint 64-bit integers, `{typeUrl, value}`
 * Anys), plus a schema-driven protobuf writer for the bytes inside generated `Any`s.
 * Only valid instances: addresses are non-empty, coins have a denom and an integer amount,
 * LegacyDec fields carry the integer × 10^18 wire string, gov v1 weights a decimal string.
 */
import fc from "fast-check";
import { isScalar, protoSchema, type FieldSchema, type MessageSchema, type ProtoSchema } from "./proto-schema";

export const camel = (s: string): string => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const opt = (f: { options?: Readonly<Record<string, unknown>> } | undefined, name: string): unknown => f?.options?.[`(${name})`];

const MIN_SECONDS = -62135596800n;
const MAX_SECONDS = 253402300799n;

/** Fields that ValidateBasic requires non-empty although they carry no address scalar. */
const REQUIRED_STRINGS: Readonly<Record<string, readonly string[]>> = {
  // ibc-go v8 modules/apps/transfer/types/msgs.go MsgTransfer.ValidateBasic
  "ibc.applications.transfer.v1.MsgTransfer": ["source_port", "source_channel", "sender", "receiver"],
};

const address = fc.stringMatching(/^[a-z]{2,8}1[02-9ac-hj-np-z]{38}$/);
const denom = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9/:._-]{2,20}$/);
const intString = fc.bigInt(0n, 10n ** 30n).map(String);

/**
 * CosmWasm messages as contracts take them: objects with snake_case keys. (Keys that are array
 * indices, like "0" or "10", or "" sort differently in CosmJS than in Go: a JS object lists
 * integer keys first and in numeric order, so sortedJsonStringify cannot produce Go's byte order
 * for them. No converter can fix that; the app's contract messages never use such keys.)
 */
const contractJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null)),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/), tie("value"), { maxKeys: 3 }),
  ),
})).value;

/** Messages whose options say they implement `iface` (cosmos_proto.implements_interface). */
function implementations(schema: ProtoSchema, iface: string): string[] {
  return schema.messageNames().filter((name) => {
    const v = opt(schema.message(name), "cosmos_proto.implements_interface");
    return v === iface || (Array.isArray(v) && v.includes(iface));
  });
}

export class SchemaArbitraries {
  private readonly cache = new Map<string, fc.Arbitrary<Record<string, unknown>>>();

  constructor(private readonly schema: ProtoSchema = protoSchema) {}

  message(fullName: string, depth = 0): fc.Arbitrary<Record<string, unknown>> {
    const cached = this.cache.get(fullName);
    if (cached) return cached;
    const msg = this.schema.message(fullName);
    if (!msg) throw new Error(`${fullName} is not in the schema`);
    if (fullName === "google.protobuf.Timestamp") {
      return fc.record({ seconds: fc.bigInt(MIN_SECONDS, MAX_SECONDS), nanos: fc.integer({ min: 0, max: 999_999_999 }) });
    }
    if (fullName === "cosmos.base.v1beta1.Coin") return fc.record({ denom, amount: intString });
    const parts: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, f] of Object.entries(msg.fields)) {
      parts[camel(name)] = this.field(fullName, name, f, depth);
    }
    const arb = fc.record(parts) as fc.Arbitrary<Record<string, unknown>>;
    if (depth === 0) this.cache.set(fullName, arb);
    return arb;
  }

  private field(scope: string, name: string, f: FieldSchema, depth: number): fc.Arbitrary<unknown> {
    const one = this.single(scope, name, f, depth);
    if (f.rule !== "repeated") return one;
    // an Any list with no declared interface (gov v1 proposal messages) stays empty
    if (f.type === "google.protobuf.Any" && !opt(f, "cosmos_proto.accepts_interface")) return fc.constant([]);
    return fc.array(one, { maxLength: 3 });
  }

  private single(scope: string, name: string, f: FieldSchema, depth: number): fc.Arbitrary<unknown> {
    if (isScalar(f.type)) return this.scalar(scope, name, f);
    const t = this.schema.resolve(f.type, scope);
    if (t.kind === "enum") return fc.constantFrom(...Object.values(t.schema.values));
    if (t.fullName === "google.protobuf.Any") {
      const iface = opt(f, "cosmos_proto.accepts_interface") as string | undefined;
      const impls = iface ? implementations(this.schema, iface) : [];
      if (impls.length === 0 || depth > 3) return fc.constant(undefined);
      const any = fc.oneof(
        ...impls.map((impl) =>
          this.message(impl, depth + 1).map((v) => ({ typeUrl: `/${impl}`, value: encodeMessage(this.schema, impl, v) })),
        ),
      );
      // Any fields are nullable
      return fc.option(any, { nil: undefined });
    }
    return this.message(t.fullName, depth + 1);
  }

  private scalar(scope: string, name: string, f: FieldSchema): fc.Arbitrary<unknown> {
    const scalar = opt(f, "cosmos_proto.scalar");
    switch (f.type) {
      case "string":
        if (scalar === "cosmos.AddressString" || scalar === "cosmos.ValidatorAddressString") return address;
        if (REQUIRED_STRINGS[scope]?.includes(name)) return fc.string({ minLength: 1, maxLength: 16 });
        if (scalar === "cosmos.Int") return intString;
        if (opt(f, "gogoproto.customtype") === "cosmossdk.io/math.LegacyDec") return fc.bigInt(0n, 10n ** 24n).map(String);
        if (scalar === "cosmos.Dec") {
          return fc
            .tuple(fc.bigInt(0n, 10n), fc.bigInt(0n, 10n ** 18n - 1n))
            .map(([i, d]) => `${i}.${d.toString().padStart(18, "0")}`);
        }
        return fc.string({ maxLength: 16 });
      case "bytes":
        if (opt(f, "amino.encoding") === "inline_json") return contractJson.map((v) => new TextEncoder().encode(JSON.stringify(v)));
        return fc.uint8Array({ maxLength: 16 });
      case "bool":
        return fc.boolean();
      case "int32":
      case "sint32":
      case "sfixed32":
        return fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
      case "uint32":
      case "fixed32":
        return fc.integer({ min: 0, max: 2 ** 32 - 1 });
      case "int64":
      case "sint64":
      case "sfixed64":
        return fc.bigInt(-(2n ** 63n), 2n ** 63n - 1n);
      case "uint64":
      case "fixed64":
        return fc.bigInt(0n, 2n ** 64n - 1n);
      default:
        throw new Error(`no arbitrary for ${f.type} (${scope}.${name})`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// A schema-driven protobuf writer (for the bytes inside generated Anys)

function varint(out: number[], v: bigint): void {
  let x = BigInt.asUintN(64, v);
  while (x >= 0x80n) {
    out.push(Number(x & 0x7fn) | 0x80);
    x >>= 7n;
  }
  out.push(Number(x));
}

function tag(out: number[], id: number, wireType: number): void {
  varint(out, BigInt((id << 3) | wireType));
}

function lengthDelimited(out: number[], id: number, bytes: Uint8Array): void {
  tag(out, id, 2);
  varint(out, BigInt(bytes.length));
  for (const b of bytes) out.push(b);
}

export function encodeMessage(schema: ProtoSchema, fullName: string, value: Record<string, unknown>): Uint8Array {
  const msg = schema.message(fullName) as MessageSchema;
  const out: number[] = [];
  for (const [name, f] of Object.entries(msg.fields)) {
    const v = value[camel(name)];
    const list = f.rule === "repeated" ? ((v as unknown[] | undefined) ?? []) : v === undefined ? [] : [v];
    for (const e of list) {
      if (f.type === "string") {
        if (e !== "" || f.rule === "repeated") lengthDelimited(out, f.id, new TextEncoder().encode(e as string));
      } else if (f.type === "bytes") {
        if ((e as Uint8Array).length > 0 || f.rule === "repeated") lengthDelimited(out, f.id, e as Uint8Array);
      } else if (f.type === "bool") {
        if (e) {
          tag(out, f.id, 0);
          varint(out, 1n);
        }
      } else if (["fixed32", "sfixed32", "fixed64", "sfixed64"].includes(f.type)) {
        const size = f.type.endsWith("32") ? 4 : 8;
        let n = BigInt.asUintN(size * 8, BigInt(e as number | bigint));
        if (n !== 0n || f.rule === "repeated") {
          tag(out, f.id, size === 4 ? 5 : 1);
          for (let i = 0; i < size; i++, n >>= 8n) out.push(Number(n & 0xffn));
        }
      } else if (isScalar(f.type)) {
        if (!["int32", "uint32", "int64", "uint64", "sint32", "sint64"].includes(f.type)) throw new Error(`unsupported ${f.type}`);
        let n = BigInt(e as number | bigint);
        if (f.type === "sint32" || f.type === "sint64") n = n >= 0n ? n << 1n : (-n << 1n) - 1n;
        if (n !== 0n || f.rule === "repeated") {
          tag(out, f.id, 0);
          varint(out, n);
        }
      } else {
        const t = schema.resolve(f.type, fullName);
        if (t.kind === "enum") {
          if (e !== 0) {
            tag(out, f.id, 0);
            varint(out, BigInt(e as number));
          }
        } else if (t.fullName === "google.protobuf.Any") {
          const a = e as { typeUrl: string; value: Uint8Array };
          lengthDelimited(out, f.id, encodeMessage(schema, t.fullName, { typeUrl: a.typeUrl, value: a.value }));
        } else {
          lengthDelimited(out, f.id, encodeMessage(schema, t.fullName, e as Record<string, unknown>));
        }
      }
    }
  }
  return Uint8Array.from(out);
}
