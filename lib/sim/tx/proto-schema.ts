/**
 * The protobuf schema as data: protobufjs reflection JSON (`Root.toJSON()`, field names as written
 * in the .proto files) generated from proto/ into lib/cosmos/proto/gen/proto-schema.json, plus a
 * schema-driven protobuf binary reader. The simulator reads messages with it when it needs the
 * wire as the chain sees it (field presence, unknown fields, the contents of nested `Any`s),
 * independent of the app's codecs.
 */
import schemaJson from "../../cosmos/proto/gen/proto-schema.json";

export interface FieldSchema {
  readonly type: string;
  readonly id: number;
  readonly rule?: "repeated" | "optional" | "required";
  readonly keyType?: string;
  readonly options?: Readonly<Record<string, unknown>>;
}

export interface MessageSchema {
  readonly fields: Readonly<Record<string, FieldSchema>>;
  readonly options?: Readonly<Record<string, unknown>>;
  readonly oneofs?: Readonly<Record<string, { readonly oneof: readonly string[] }>>;
}

export interface EnumSchema {
  readonly values: Readonly<Record<string, number>>;
}

interface Namespace {
  readonly nested?: Readonly<Record<string, Namespace & Partial<MessageSchema> & Partial<EnumSchema>>>;
}

export type ResolvedType =
  | { readonly kind: "message"; readonly fullName: string; readonly schema: MessageSchema }
  | { readonly kind: "enum"; readonly fullName: string; readonly schema: EnumSchema };

/** A decoded message: proto field name → value, present only when the field is set on the wire. */
export type WireMessage = { [field: string]: WireValue };
export type WireValue = string | number | bigint | boolean | Uint8Array | WireMessage | WireValue[];

export class SchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SchemaError";
  }
}

const SCALARS = new Set([
  "double", "float", "int32", "int64", "uint32", "uint64", "sint32", "sint64",
  "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string", "bytes",
]);

export function isScalar(type: string): boolean {
  return SCALARS.has(type);
}

export class ProtoSchema {
  private readonly byName = new Map<string, ResolvedType>();

  constructor(root: Namespace) {
    const walk = (ns: Namespace, prefix: string) => {
      for (const [name, node] of Object.entries(ns.nested ?? {})) {
        const full = prefix ? `${prefix}.${name}` : name;
        if (node.fields) this.byName.set(full, { kind: "message", fullName: full, schema: node as MessageSchema });
        else if (node.values) this.byName.set(full, { kind: "enum", fullName: full, schema: node as EnumSchema });
        walk(node, full);
      }
    };
    walk(root, "");
  }

  /** Full names of every message in the schema. */
  messageNames(): string[] {
    return [...this.byName.values()].filter((t) => t.kind === "message").map((t) => t.fullName);
  }

  /** The message with this full name (`cosmos.bank.v1beta1.MsgSend`), if the schema has it. */
  message(fullName: string): MessageSchema | undefined {
    const t = this.byName.get(fullName);
    return t?.kind === "message" ? t.schema : undefined;
  }

  /** Resolves a field's type name as protoc does: innermost scope first, then outwards. */
  resolve(typeName: string, scope: string): ResolvedType {
    if (typeName.startsWith(".")) {
      const t = this.byName.get(typeName.slice(1));
      if (t) return t;
    } else {
      const parts = scope.split(".");
      for (let i = parts.length; i >= 0; i--) {
        const candidate = [...parts.slice(0, i), typeName].join(".");
        const t = this.byName.get(candidate);
        if (t) return t;
      }
    }
    throw new SchemaError(`type ${typeName} (used in ${scope}) is not in the schema`);
  }
}

export const protoSchema = new ProtoSchema(schemaJson as Namespace);

// ---------------------------------------------------------------------------------------------
// Binary reader

class Reader {
  pos = 0;
  constructor(readonly buf: Uint8Array) {}

  get done(): boolean {
    return this.pos >= this.buf.length;
  }

  varint(): bigint {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.buf.length) throw new SchemaError("unexpected end of varint");
      const b = this.buf[this.pos++];
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return BigInt.asUintN(64, result);
      shift += 7n;
    }
    throw new SchemaError("varint overflow");
  }

  bytes(n: number): Uint8Array {
    if (n < 0 || this.pos + n > this.buf.length) throw new SchemaError("length out of range");
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  lengthDelimited(): Uint8Array {
    return this.bytes(Number(this.varint()));
  }

  fixed(n: 4 | 8): bigint {
    const b = this.bytes(n);
    let v = 0n;
    for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]);
    return v;
  }

  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 1) this.bytes(8);
    else if (wireType === 2) this.lengthDelimited();
    else if (wireType === 5) this.bytes(4);
    else throw new SchemaError(`unsupported wire type ${wireType}`);
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function scalarFromVarintOrFixed(type: string, raw: bigint): WireValue {
  switch (type) {
    case "int32":
    case "sfixed32":
      return Number(BigInt.asIntN(32, raw));
    case "uint32":
    case "fixed32":
      return Number(BigInt.asUintN(32, raw));
    case "sint32": {
      const n = BigInt.asUintN(32, raw);
      return Number((n >> 1n) ^ -(n & 1n));
    }
    case "int64":
    case "sfixed64":
      return BigInt.asIntN(64, raw);
    case "uint64":
    case "fixed64":
      return BigInt.asUintN(64, raw);
    case "sint64":
      return BigInt.asIntN(64, (raw >> 1n) ^ -(raw & 1n));
    case "bool":
      return raw !== 0n;
    case "float": {
      const dv = new DataView(new ArrayBuffer(4));
      dv.setUint32(0, Number(raw), true);
      return dv.getFloat32(0, true);
    }
    case "double": {
      const dv = new DataView(new ArrayBuffer(8));
      dv.setBigUint64(0, raw, true);
      return dv.getFloat64(0, true);
    }
    default:
      throw new SchemaError(`not a numeric type: ${type}`);
  }
}

const FIXED64 = new Set(["fixed64", "sfixed64", "double"]);
const FIXED32 = new Set(["fixed32", "sfixed32", "float"]);

/** Proto3 implicit presence: a scalar set to its zero value counts as not set. */
function isZeroScalar(v: WireValue): boolean {
  if (typeof v === "string") return v === "";
  if (typeof v === "number") return v === 0;
  if (typeof v === "bigint") return v === 0n;
  if (typeof v === "boolean") return !v;
  if (v instanceof Uint8Array) return v.length === 0;
  return false;
}

/**
 * Decodes `bytes` as the message `fullName`. Unknown fields are refused, as x/tx's amino JSON
 * sign mode handler does (decode.RejectUnknownFields on the body, x/tx signing/aminojson/aminojson.go).
 */
export function decodeWire(schema: ProtoSchema, fullName: string, bytes: Uint8Array): WireMessage {
  const msg = schema.message(fullName);
  if (!msg) throw new SchemaError(`type ${fullName} is not in the schema`);
  const byId = new Map<number, [string, FieldSchema]>();
  for (const [name, f] of Object.entries(msg.fields)) byId.set(f.id, [name, f]);
  const out: WireMessage = {};
  const r = new Reader(bytes);
  while (!r.done) {
    const tag = r.varint();
    const id = Number(tag >> 3n);
    const wireType = Number(tag & 7n);
    const entry = byId.get(id);
    if (!entry) throw new SchemaError(`unknown field number ${id} in ${fullName}`);
    const [name, f] = entry;
    if (f.keyType) throw new SchemaError(`map fields are not supported (${fullName}.${name})`);
    const repeated = f.rule === "repeated";
    const push = (v: WireValue) => {
      if (repeated) ((out[name] ??= []) as WireValue[]).push(v);
      else out[name] = v;
    };
    if (isScalar(f.type)) {
      if (f.type === "string" || f.type === "bytes") {
        if (wireType !== 2) throw new SchemaError(`wrong wire type for ${fullName}.${name}`);
        const b = r.lengthDelimited();
        push(f.type === "string" ? utf8.decode(b) : Uint8Array.from(b));
      } else if (wireType === 2 && repeated) {
        const packed = new Reader(r.lengthDelimited());
        while (!packed.done) {
          const raw = FIXED64.has(f.type) ? packed.fixed(8) : FIXED32.has(f.type) ? packed.fixed(4) : packed.varint();
          push(scalarFromVarintOrFixed(f.type, raw));
        }
      } else {
        const raw = wireType === 1 ? r.fixed(8) : wireType === 5 ? r.fixed(4) : wireType === 0 ? r.varint() : undefined;
        if (raw === undefined) throw new SchemaError(`wrong wire type for ${fullName}.${name}`);
        push(scalarFromVarintOrFixed(f.type, raw));
      }
      continue;
    }
    const t = schema.resolve(f.type, fullName);
    if (t.kind === "enum") {
      if (wireType === 2 && repeated) {
        const packed = new Reader(r.lengthDelimited());
        while (!packed.done) push(Number(BigInt.asIntN(32, packed.varint())));
      } else {
        if (wireType !== 0) throw new SchemaError(`wrong wire type for ${fullName}.${name}`);
        push(Number(BigInt.asIntN(32, r.varint())));
      }
      continue;
    }
    if (wireType !== 2) throw new SchemaError(`wrong wire type for ${fullName}.${name}`);
    push(decodeWire(schema, t.fullName, r.lengthDelimited()));
  }
  // proto3 scalars without explicit presence are "set" only when non-zero
  for (const [name, f] of Object.entries(msg.fields)) {
    const v = out[name];
    if (v !== undefined && f.rule !== "repeated" && f.rule !== "optional" && isZeroScalar(v)) {
      if (isScalar(f.type) || schema.resolve(f.type, fullName).kind === "enum") delete out[name];
    }
  }
  return out;
}
