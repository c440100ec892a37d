/**
 * SIGN_MODE_LEGACY_AMINO_JSON sign bytes, derived by the simulator itself from the protobuf schema
 * (proto/ → lib/cosmos/proto/gen/proto-schema.json) by the rules of the Cosmos SDK's x/tx
 * `signing/aminojson` package (SDK v0.50, x/tx v0.13). It shares no code with the app's amino
 * converters, so a converter that renders a message differently from the chain is caught here.
 *
 * Rules (each from x/tx signing/aminojson):
 * - A message inside an `Any` is `{"type": <amino.name>, "value": …}`; with no `amino.name` the
 *   type is the type URL (any.go marshalAny → beginMarshal(isAny) → getMessageAminoNameAny in options.go).
 * - Keys are the proto field names, or `amino.field_name` (options.go getAminoFieldName); objects
 *   are written with sorted keys (the legacy amino JSON the SDK signs is sorted).
 * - A field not set on the wire is omitted unless `amino.dont_omitempty` (options.go omitEmpty);
 *   a kept unset repeated field is `null`, a kept unset scalar its zero value (json_marshal.go
 *   marshalMessage / marshal: an invalid list marshals as null).
 * - `amino.encoding = "legacy_coins"`: an empty list is `[]` (encoder.go nullSliceAsEmptyEncoder).
 * - `amino.encoding = "inline_json"`: the bytes are JSON, inlined with sorted keys (encoder.go cosmosInlineJSON).
 * - `cosmos_proto.scalar = "cosmos.Int"`: empty is `"0"` (encoder.go cosmosIntEncoder).
 * - `cosmos_proto.scalar = "cosmos.Dec"` on a field whose gogoproto.customtype is
 *   `cosmossdk.io/math.LegacyDec`: the wire string is the LegacyDec integer × 10^18 and is written
 *   with 18 decimals, empty as `"0"` (encoder.go cosmosDecEncoder). Without that customtype (gov v1
 *   weights, already "0.5") or without the scalar (a bare LegacyDec customtype), the string is
 *   written as it is on the wire (options.go getFieldEncoder: "do not handle encoding of fields
 *   tagged only with scalar which are not backed by a LegacyDec custom type").
 * - 64-bit integers are quoted decimal strings; 32-bit integers and enums are JSON numbers;
 *   bytes are standard base64 (json_marshal.go marshal).
 * - Timestamp is RFC 3339 in UTC, fractional seconds without trailing zeros; Duration is its
 *   nanoseconds as a quoted integer (time.go marshalTimestamp / marshalDuration).
 * - Maps and floating-point fields are refused (json_marshal.go: "maps are not supported").
 * - Strings are escaped as Go's encoding/json does: `<`, `>`, `&`, U+2028 and U+2029 as \u escapes.
 * - The sign doc is x/tx's AminoSignDoc / AminoSignFee (aminojson.go GetSignBytes and
 *   internal/aminojsonpb/aminojson.proto): account_number, chain_id, fee {amount (legacy_coins),
 *   gas, granter?, payer?}, memo, msgs, sequence and timeout_height only when non-zero.
 */
import {
  decodeWire,
  isScalar,
  protoSchema,
  SchemaError,
  type FieldSchema,
  type ProtoSchema,
  type WireMessage,
  type WireValue,
} from "./proto-schema";

export class AminoJsonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AminoJsonError";
  }
}

const opt = <T>(f: { readonly options?: Readonly<Record<string, unknown>> } | undefined, name: string): T | undefined =>
  f?.options?.[`(${name})`] as T | undefined;

// ---------------------------------------------------------------------------------------------
// JSON text, Go encoding/json style

/** A JSON string literal as Go's json.Marshal writes it (HTML-safe escapes included). */
export function goJsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (c < 0x20 || ch === "<" || ch === ">" || ch === "&" || c === 0x2028 || c === 0x2029) {
      out += `\\u${c.toString(16).padStart(4, "0")}`;
    } else if (c >= 0xd800 && c <= 0xdfff) out += "\\ufffd";
    else out += ch;
  }
  return `${out}"`;
}

function jsonObject(entries: Array<[string, string]>): string {
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${goJsonString(k)}:${v}`).join(",")}}`;
}

/** A parsed JSON value re-serialised with sorted keys, as Go's json.Marshal of interface{} does. */
function sortedJson(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return `[${v.map(sortedJson).join(",")}]`;
  if (typeof v === "object") return jsonObject(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, sortedJson(x)]));
  if (typeof v === "string") return goJsonString(v);
  // Go marshals float64 like ES2015 Number#toString (encoding/json floatEncoder), as does JSON.stringify
  return JSON.stringify(v);
}

function base64(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

// ---------------------------------------------------------------------------------------------
// Scalars

const LEGACY_DEC_PRECISION = 18;

/** LegacyDec wire string (integer × 10^18) → its String() form with 18 decimals. */
export function legacyDecString(atomics: string): string {
  const m = /^(-)?(\d+)$/.exec(atomics);
  if (!m) throw new AminoJsonError(`failed to unmarshal for Amino JSON encoding; string ${JSON.stringify(atomics)} into Dec`);
  const padded = m[2].padStart(LEGACY_DEC_PRECISION + 1, "0");
  const whole = padded.slice(0, -LEGACY_DEC_PRECISION).replace(/^0+(?=\d)/, "");
  const isZero = /^0+$/.test(m[2]);
  return `${m[1] && !isZero ? "-" : ""}${whole}.${padded.slice(-LEGACY_DEC_PRECISION)}`;
}

const MIN_SECONDS = -62135596800n; // 0001-01-01T00:00:00Z
const MAX_SECONDS = 253402300799n; // 9999-12-31T23:59:59Z

function timestampJson(m: WireMessage): string {
  const seconds = (m.seconds as bigint | undefined) ?? 0n;
  const nanos = (m.nanos as number | undefined) ?? 0;
  if (nanos < 0 || nanos > 999_999_999) throw new AminoJsonError(`timestamp nanos out of range: ${nanos}`);
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) throw new AminoJsonError(`timestamp seconds out of range: ${seconds}`);
  const d = new Date(Number(seconds) * 1000);
  const year = d.getUTCFullYear().toString().padStart(4, "0");
  const base = `${year}${d.toISOString().slice(-20, -5)}`;
  const frac = nanos === 0 ? "" : `.${nanos.toString().padStart(9, "0").replace(/0+$/, "")}`;
  return `"${base}${frac}Z"`;
}

/** ±10,000 years, the range google.protobuf.Duration allows (x/tx time.go MaxDurationSeconds). */
const MAX_DURATION_SECONDS = 315_576_000_000n;

function durationJson(m: WireMessage): string {
  const seconds = (m.seconds as bigint | undefined) ?? 0n;
  const nanos = BigInt((m.nanos as number | undefined) ?? 0);
  if (nanos <= -1_000_000_000n || nanos >= 1_000_000_000n) throw new AminoJsonError(`duration nanos out of range: ${nanos}`);
  if ((seconds > 0n && nanos < 0n) || (seconds < 0n && nanos > 0n)) throw new AminoJsonError("duration seconds and nanos have different signs");
  if (seconds > MAX_DURATION_SECONDS || seconds < -MAX_DURATION_SECONDS) throw new AminoJsonError(`duration seconds out of range: ${seconds}`);
  return `"${seconds * 1_000_000_000n + nanos}"`;
}

function zeroScalar(type: string): WireValue {
  switch (type) {
    case "string":
      return "";
    case "bytes":
      return new Uint8Array();
    case "bool":
      return false;
    case "int64":
    case "uint64":
    case "sint64":
    case "fixed64":
    case "sfixed64":
      return 0n;
    default:
      return 0;
  }
}

function scalarJson(type: string, v: WireValue, where: string): string {
  switch (type) {
    case "string":
      return goJsonString(v as string);
    case "bool":
      return v ? "true" : "false";
    case "bytes":
      return `"${base64(v as Uint8Array)}"`;
    case "int64":
    case "uint64":
    case "sint64":
    case "fixed64":
    case "sfixed64":
      return `"${(v as bigint).toString()}"`;
    case "int32":
    case "uint32":
    case "sint32":
    case "fixed32":
    case "sfixed32":
      return String(v);
    default:
      throw new AminoJsonError(`unknown type ${type} at ${where}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Messages

export class AminoJsonEncoder {
  constructor(private readonly schema: ProtoSchema = protoSchema) {}

  /** `{"type","value"}` of an `Any`, as x/tx writes each tx message. */
  anyJson(typeUrl: string, value: Uint8Array): string {
    const fullName = typeUrl.startsWith("/") ? typeUrl.slice(1) : typeUrl;
    const msg = this.schema.message(fullName);
    if (!msg) throw new AminoJsonError(`can't resolve type URL ${typeUrl}`);
    let decoded: WireMessage;
    try {
      decoded = decodeWire(this.schema, fullName, value);
    } catch (e) {
      throw new AminoJsonError(`decoding ${typeUrl}: ${(e as Error).message}`);
    }
    const name = opt<string>(msg, "amino.name") ?? `/${fullName}`;
    return `{"type":${goJsonString(name)},"value":${this.messageJson(fullName, decoded)}}`;
  }

  messageJson(fullName: string, m: WireMessage): string {
    switch (fullName) {
      case "google.protobuf.Timestamp":
        return timestampJson(m);
      case "google.protobuf.Duration":
        return durationJson(m);
      case "google.protobuf.Any":
        return this.anyJson((m.type_url as string | undefined) ?? "", (m.value as Uint8Array | undefined) ?? new Uint8Array());
    }
    const schema = this.schema.message(fullName);
    if (!schema) throw new AminoJsonError(`type ${fullName} is not in the schema`);
    if (opt(schema, "amino.message_encoding")) {
      throw new AminoJsonError(`amino.message_encoding is not supported (${fullName})`);
    }
    if (schema.oneofs && Object.keys(schema.oneofs).length > 0) {
      throw new AminoJsonError(`oneof fields are not supported (${fullName})`);
    }
    const entries: Array<[string, string]> = [];
    for (const [name, f] of Object.entries(schema.fields)) {
      const key = opt<string>(f, "amino.field_name") ?? name;
      const where = `${fullName}.${name}`;
      if (f.keyType) throw new AminoJsonError(`maps are not supported (${where})`);
      const v = m[name];
      const set = v !== undefined && !(Array.isArray(v) && v.length === 0);
      if (!set && opt<boolean>(f, "amino.dont_omitempty") !== true) continue;
      entries.push([key, this.fieldJson(fullName, f, set ? v : undefined, where)]);
    }
    return jsonObject(entries);
  }

  private fieldJson(scope: string, f: FieldSchema, v: WireValue | undefined, where: string): string {
    const encoding = opt<string>(f, "amino.encoding");
    const repeated = f.rule === "repeated";
    if (encoding === "legacy_coins") {
      if (!repeated) throw new AminoJsonError(`legacy_coins on a non-repeated field (${where})`);
      const list = (v as WireValue[] | undefined) ?? [];
      return list.length === 0 ? "[]" : this.listJson(scope, f, list, where);
    }
    if (encoding === "inline_json") {
      const bytes = (v as Uint8Array | undefined) ?? new Uint8Array();
      let parsed: unknown;
      try {
        parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
      } catch {
        throw new AminoJsonError(`could not normalize JSON: invalid JSON bytes (${where})`);
      }
      return sortedJson(parsed);
    }
    if (encoding === "cosmos_dec_bytes") {
      const bytes = v as Uint8Array | undefined;
      return bytes && bytes.length > 0 ? goJsonString(legacyDecString(new TextDecoder().decode(bytes))) : '"0"';
    }
    if (encoding !== undefined) throw new AminoJsonError(`unsupported amino.encoding ${encoding} (${where})`);

    if (repeated) return v === undefined ? "null" : this.listJson(scope, f, v as WireValue[], where);

    const scalar = opt<string>(f, "cosmos_proto.scalar");
    if (scalar === "cosmos.Int" && f.type === "string") return goJsonString((v as string | undefined) || "0");
    if (scalar === "cosmos.Dec" && opt<string>(f, "gogoproto.customtype") === "cosmossdk.io/math.LegacyDec") {
      const s = (v as string | undefined) ?? "";
      return goJsonString(s === "" ? "0" : legacyDecString(s));
    }
    return this.valueJson(scope, f.type, v, where);
  }

  private listJson(scope: string, f: FieldSchema, list: WireValue[], where: string): string {
    return `[${list.map((e) => this.valueJson(scope, f.type, e, where)).join(",")}]`;
  }

  private valueJson(scope: string, type: string, v: WireValue | undefined, where: string): string {
    if (isScalar(type)) {
      if (type === "float" || type === "double") throw new AminoJsonError(`unknown type ${type} at ${where}`);
      return scalarJson(type, v ?? zeroScalar(type), where);
    }
    let t;
    try {
      t = this.schema.resolve(type, scope);
    } catch (e) {
      throw new AminoJsonError((e as SchemaError).message);
    }
    if (t.kind === "enum") return String((v as number | undefined) ?? 0);
    // x/tx refuses dont_omitempty on an unset (nil) singular message field
    if (v === undefined) throw new AminoJsonError(`not supported: dont_omit_empty=true on invalid (nil?) message field: ${where}`);
    return this.messageJson(t.fullName, v as WireMessage);
  }
}

// ---------------------------------------------------------------------------------------------
// Sign doc

export interface AminoSignDocInput {
  readonly chainId: string;
  readonly accountNumber: bigint | number;
  readonly sequence: bigint | number;
  readonly memo: string;
  readonly timeoutHeight: bigint;
  readonly msgs: ReadonlyArray<{ readonly typeUrl: string; readonly value: Uint8Array }>;
  readonly fee: {
    readonly amount: ReadonlyArray<{ readonly denom: string; readonly amount: string }>;
    readonly gasLimit: bigint;
    readonly payer: string;
    readonly granter: string;
  };
}

function coinJson(c: { denom: string; amount: string }): string {
  const entries: Array<[string, string]> = [["amount", goJsonString(c.amount || "0")]];
  if (c.denom) entries.push(["denom", goJsonString(c.denom)]);
  return jsonObject(entries);
}

/** The JSON text x/tx signs for SIGN_MODE_LEGACY_AMINO_JSON (aminojson.go GetSignBytes). */
export function aminoSignDocJson(doc: AminoSignDocInput, encoder = new AminoJsonEncoder()): string {
  const fee: Array<[string, string]> = [
    ["amount", `[${doc.fee.amount.map(coinJson).join(",")}]`],
    ["gas", `"${doc.fee.gasLimit}"`],
  ];
  if (doc.fee.payer) fee.push(["payer", goJsonString(doc.fee.payer)]);
  if (doc.fee.granter) fee.push(["granter", goJsonString(doc.fee.granter)]);
  const entries: Array<[string, string]> = [
    ["account_number", `"${BigInt(doc.accountNumber)}"`],
    ["chain_id", goJsonString(doc.chainId)],
    ["fee", jsonObject(fee)],
    ["memo", goJsonString(doc.memo)],
    ["msgs", `[${doc.msgs.map((m) => encoder.anyJson(m.typeUrl, m.value)).join(",")}]`],
    ["sequence", `"${BigInt(doc.sequence)}"`],
  ];
  if (doc.timeoutHeight !== 0n) entries.push(["timeout_height", `"${doc.timeoutHeight}"`]);
  return jsonObject(entries);
}

export function aminoSignBytes(doc: AminoSignDocInput, encoder?: AminoJsonEncoder): Uint8Array {
  return new TextEncoder().encode(aminoSignDocJson(doc, encoder));
}
