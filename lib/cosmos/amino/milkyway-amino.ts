/**
 * Amino JSON (LEGACY_AMINO_JSON, Keplr/Ledger) converters for every MilkyWay Msg, following
 * /work/shared/protocol/milkyway.md §2 "Amino JSON" (SDK 0.50 x/tx aminojson rules):
 *
 * - `{type, value}` with proto (snake_case) field names; CosmJS sorts the keys itself
 *   (`serializeSignDoc` → `sortedJsonStringify`), so only presence matters here;
 * - zero scalars and empty repeated fields are omitted, except `dont_omitempty` fields, which are
 *   always written: an empty list as `null` (x/tx marshals the unset list as null), or `[]` when the
 *   field also has `amino.encoding = "legacy_coins"`;
 * - `uint32` and enums are JSON numbers, 64-bit integers are strings;
 * - non-nullable nested messages are always written (`{}` when empty);
 * - Timestamps are RFC 3339 strings in UTC with `Z` and no trailing zero nanoseconds
 *   (`"2024-01-01T00:00:00Z"`, `"2024-01-01T00:00:00.5Z"`);
 * - `Any` values are `{type, value: {…}}` where type is the packed message's `amino.name`, or its
 *   type URL when it has none — the rewards distribution types have none, so they are named
 *   `/milkyway.rewards.v1.DistributionTypeBasic` etc. (x/tx aminojson any.go / options.go
 *   getMessageAminoNameAny);
 * - LegacyDec fields travel on the wire as integer × 10^18. Those with both `cosmos_proto.scalar =
 *   "cosmos.Dec"` and the LegacyDec customtype (restaking `restaking_cap`) are written as a decimal
 *   with 18 places (`"50000000000000000"` → `"0.050000000000000000"`, x/tx cosmosDecEncoder); those
 *   without the scalar (operators `commission_rate`) are written as the raw wire string (x/tx
 *   options.go getFieldEncoder uses no encoder for them);
 * - `Coin.amount` is `dont_omitempty` in the SDK and an empty amount renders as `"0"`.
 *
 * `fromAmino(toAmino(x))` deep-equals `fromPartial(x)` for every value whose coin amounts are
 * non-empty and whose LegacyDec strings are canonical (no leading zeros).
 */
import type { AminoConverter, AminoConverters } from "@cosmjs/stargate";
import type { BinaryWriter } from "cosmjs-types/binary";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";

import * as operators from "../proto/gen/milkyway/operators/v1/messages";
import * as restaking from "../proto/gen/milkyway/restaking/v1/messages";
import * as rewardsModels from "../proto/gen/milkyway/rewards/v1/models";
import * as rewards from "../proto/gen/milkyway/rewards/v1/messages";
import * as services from "../proto/gen/milkyway/services/v1/messages";

// ---------------------------------------------------------------------------------------------
// Field schemas

type ScalarKind = "string" | "uint32" | "enum" | "uint64" | "int64" | "bool" | "dec" | "rawDec";
type FieldKind = ScalarKind | "coin" | "timestamp" | "any" | { readonly msg: readonly FieldSchema[] };

interface FieldSchema {
  /** Amino JSON key (the proto field name). */
  readonly proto: string;
  /** Property name on the TypeScript message (camelCase, as in cosmjs-types). */
  readonly ts: string;
  readonly kind: FieldKind;
  readonly repeated?: boolean;
  readonly dontOmitEmpty?: boolean;
}

interface FieldOptions {
  readonly repeated?: boolean;
  readonly dontOmitEmpty?: boolean;
}

interface Codec<T = any> {
  readonly typeUrl: string;
  encode(message: T, writer?: BinaryWriter): BinaryWriter;
  decode(input: Uint8Array, length?: number): T;
  fromPartial(object: any): T;
}

const camel = (s: string): string => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const field =
  (kind: FieldKind) =>
  (proto: string, opts: FieldOptions = {}): FieldSchema => ({ proto, ts: camel(proto), kind, ...opts });
export const str = field("string");
const u32 = field("uint32");
const enm = field("enum");
export const u64 = field("uint64");
export const i64 = field("int64");
const dec = field("dec");
/** A LegacyDec customtype without the cosmos.Dec scalar: amino JSON carries the wire string as is. */
export const rawDec = field("rawDec");
export const coin = field("coin");
const timestamp = field("timestamp");
const any = field("any");
export const msg = (proto: string, fields: readonly FieldSchema[], opts: FieldOptions = {}): FieldSchema =>
  field({ msg: fields })(proto, opts);

// Nested messages
const TRUSTED_SERVICE_ENTRY = [u32("service_id"), u32("pools_ids", { repeated: true })];
const USER_PREFERENCES = [msg("trusted_services", TRUSTED_SERVICE_ENTRY, { repeated: true })];
const RESTAKING_PARAMS = [
  i64("unbonding_time"),
  str("allowed_denoms", { repeated: true }),
  dec("restaking_cap"),
  u32("max_entries"),
];
const OPERATOR_PARAMS = [rawDec("commission_rate")];
const OPERATORS_PARAMS = [coin("operator_registration_fee", { repeated: true }), i64("deactivation_time")];
const SERVICE_PARAMS = [str("allowed_denoms", { repeated: true })];
const SERVICES_PARAMS = [coin("service_registration_fee", { repeated: true })];
const REWARDS_PARAMS = [coin("rewards_plan_creation_fee", { repeated: true })];
const DISTRIBUTION_WEIGHT = [u32("delegation_target_id"), u32("weight")];
const DISTRIBUTION = [enm("delegation_type"), u32("weight"), any("type")];
const USERS_DISTRIBUTION = [u32("weight"), any("type")];

/** Types that may sit inside an `Any` of a MilkyWay Msg, with their amino JSON `type` (no amino.name: the type URL). */
const ANY_TYPES: ReadonlyArray<{ aminoType: string; codec: Codec; fields: readonly FieldSchema[] }> = [
  { aminoType: "/milkyway.rewards.v1.DistributionTypeBasic", codec: rewardsModels.DistributionTypeBasic, fields: [] },
  {
    aminoType: "/milkyway.rewards.v1.DistributionTypeWeighted",
    codec: rewardsModels.DistributionTypeWeighted,
    fields: [msg("weights", DISTRIBUTION_WEIGHT, { repeated: true })],
  },
  { aminoType: "/milkyway.rewards.v1.DistributionTypeEgalitarian", codec: rewardsModels.DistributionTypeEgalitarian, fields: [] },
  { aminoType: "/milkyway.rewards.v1.UsersDistributionTypeBasic", codec: rewardsModels.UsersDistributionTypeBasic, fields: [] },
];

// ---------------------------------------------------------------------------------------------
// Scalar helpers (exported for reuse and tests)

const DEC_PRECISION = 18;

/** LegacyDec wire string (integer × 10^18) → amino/REST decimal with 18 places. `""` → `"0"`. */
export function legacyDecToAmino(atomics: string): string {
  if (atomics === "") return "0";
  const negative = atomics.startsWith("-");
  const digits = negative ? atomics.slice(1) : atomics;
  if (!/^\d+$/.test(digits)) throw new Error(`Invalid LegacyDec wire value: ${JSON.stringify(atomics)}`);
  const padded = digits.padStart(DEC_PRECISION + 1, "0");
  const whole = padded.slice(0, -DEC_PRECISION).replace(/^0+(?=\d)/, "");
  const frac = padded.slice(-DEC_PRECISION);
  const isZero = /^0+$/.test(digits);
  return `${negative && !isZero ? "-" : ""}${whole}.${frac}`;
}

/** Amino/REST decimal (≤ 18 places) → LegacyDec wire string (integer × 10^18, no leading zeros). */
export function legacyDecFromAmino(decimal: string): string {
  const m = /^(-)?(\d+)(?:\.(\d{0,18}))?$/.exec(decimal);
  if (!m) throw new Error(`Invalid LegacyDec decimal: ${JSON.stringify(decimal)}`);
  const atomics = (m[2] + (m[3] ?? "").padEnd(DEC_PRECISION, "0")).replace(/^0+(?=\d)/, "");
  return atomics === "0" ? "0" : `${m[1] ?? ""}${atomics}`;
}

const MIN_SECONDS = -62135596800n; // 0001-01-01T00:00:00Z
const MAX_SECONDS = 253402300799n; // 9999-12-31T23:59:59Z

/** Timestamp → RFC 3339 UTC string as written by x/tx aminojson (RFC3339Nano, trailing zeros trimmed). */
export function timestampToAmino(t: Timestamp): string {
  const seconds = BigInt(t.seconds);
  const nanos = t.nanos;
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) throw new Error(`Timestamp seconds out of range: ${seconds}`);
  if (!Number.isInteger(nanos) || nanos < 0 || nanos > 999_999_999) throw new Error(`Timestamp nanos out of range: ${nanos}`);
  const base = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  const frac = nanos === 0 ? "" : `.${nanos.toString().padStart(9, "0").replace(/0+$/, "")}`;
  return `${base}${frac}Z`;
}

/** RFC 3339 string (UTC `Z` or a numeric offset, up to 9 fractional digits) → Timestamp. */
export function timestampFromAmino(s: string): Timestamp {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/.exec(s);
  if (!m) throw new Error(`Invalid RFC 3339 timestamp: ${JSON.stringify(s)}`);
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  d.setUTCHours(Number(m[4]), Number(m[5]), Number(m[6]), 0);
  let seconds = BigInt(d.getTime() / 1000);
  if (!m[8]) {
    const offset = (Number(m[10]) * 60 + Number(m[11])) * 60;
    seconds -= BigInt(m[9] === "-" ? -offset : offset);
  }
  const nanos = m[7] ? Number(m[7].padEnd(9, "0")) : 0;
  return { seconds, nanos };
}

// ---------------------------------------------------------------------------------------------
// Generic walkers

type Json = Record<string, unknown>;

function isZeroScalar(kind: ScalarKind, v: unknown): boolean {
  switch (kind) {
    case "string":
    case "dec":
    case "rawDec":
      return v === undefined || v === null || v === "";
    case "uint32":
    case "enum":
      return v === undefined || v === null || Number(v) === 0;
    case "uint64":
    case "int64":
      return v === undefined || v === null || BigInt(v as bigint) === 0n;
    case "bool":
      return v !== true;
  }
}

function scalarToAmino(kind: ScalarKind, v: unknown): unknown {
  switch (kind) {
    case "string":
      return v ?? "";
    case "dec":
      return legacyDecToAmino((v as string | undefined) ?? "");
    case "rawDec":
      return (v as string | undefined) ?? "";
    case "uint32":
    case "enum":
      return Number(v ?? 0);
    case "uint64":
    case "int64":
      return BigInt((v as bigint | undefined) ?? 0n).toString();
    case "bool":
      return v === true;
  }
}

function scalarFromAmino(kind: ScalarKind, j: unknown): unknown {
  switch (kind) {
    case "string":
      return String(j);
    case "dec":
      return legacyDecFromAmino(String(j));
    case "rawDec":
      return String(j);
    case "uint32":
    case "enum":
      return Number(j);
    case "uint64":
    case "int64":
      return BigInt(j as string);
    case "bool":
      return j === true || j === "true";
  }
}

function coinToAmino(c: { denom?: string; amount?: string } | undefined): Json {
  const out: Json = {};
  if (c?.denom) out.denom = c.denom;
  out.amount = c?.amount ? c.amount : "0";
  return out;
}

function anyToAmino(value: Any): Json {
  const t = ANY_TYPES.find((x) => x.codec.typeUrl === value.typeUrl);
  if (!t) throw new Error(`No amino name known for Any of type ${value.typeUrl}`);
  return { type: t.aminoType, value: toAminoObject(t.fields, t.codec.decode(value.value)) };
}

function anyFromAmino(j: unknown): Any {
  const { type, value } = (j ?? {}) as { type?: string; value?: Json };
  const t = ANY_TYPES.find((x) => x.aminoType === type);
  if (!t) throw new Error(`Unknown amino type inside Any: ${String(type)}`);
  const message = t.codec.fromPartial(fromAminoObject(t.fields, value ?? {}));
  return { typeUrl: t.codec.typeUrl, value: t.codec.encode(message).finish() };
}

function valueToAmino(kind: FieldKind, v: unknown): unknown {
  if (kind === "coin") return coinToAmino(v as { denom?: string; amount?: string } | undefined);
  if (kind === "timestamp") return timestampToAmino((v as Timestamp | undefined) ?? { seconds: 0n, nanos: 0 });
  if (kind === "any") return anyToAmino(v as Any);
  if (typeof kind === "object") return toAminoObject(kind.msg, (v ?? {}) as Json);
  return scalarToAmino(kind, v);
}

function valueFromAmino(kind: FieldKind, j: unknown): unknown {
  if (kind === "coin") {
    const c = (j ?? {}) as { denom?: unknown; amount?: unknown };
    return { denom: c.denom === undefined ? "" : String(c.denom), amount: c.amount === undefined ? "" : String(c.amount) };
  }
  if (kind === "timestamp") return timestampFromAmino(String(j));
  if (kind === "any") return anyFromAmino(j);
  if (typeof kind === "object") return fromAminoObject(kind.msg, (j ?? {}) as Json);
  return scalarFromAmino(kind, j);
}

function toAminoObject(fields: readonly FieldSchema[], value: Json): Json {
  const out: Json = {};
  for (const f of fields) {
    const v = value[f.ts];
    if (f.repeated) {
      const list = (v ?? []) as unknown[];
      if (list.length > 0) out[f.proto] = list.map((e) => valueToAmino(f.kind, e));
      else if (f.dontOmitEmpty) out[f.proto] = null; // no legacy_coins on any MilkyWay Msg field
      continue;
    }
    if (f.kind === "any") {
      // google.protobuf.Any fields are nullable: written only when set
      if (v !== undefined && v !== null) out[f.proto] = anyToAmino(v as Any);
      continue;
    }
    if (f.kind === "coin" || f.kind === "timestamp" || typeof f.kind === "object") {
      // non-nullable nested messages are always written
      out[f.proto] = valueToAmino(f.kind, v);
      continue;
    }
    if (isZeroScalar(f.kind, v) && !f.dontOmitEmpty) continue;
    out[f.proto] = scalarToAmino(f.kind, v);
  }
  return out;
}

function fromAminoObject(fields: readonly FieldSchema[], json: Json): Json {
  const out: Json = {};
  for (const f of fields) {
    const j = json[f.proto];
    if (j === undefined || j === null) continue;
    out[f.ts] = f.repeated ? (j as unknown[]).map((e) => valueFromAmino(f.kind, e)) : valueFromAmino(f.kind, j);
  }
  return out;
}

/** One converter walking `fields` (shared with the Osmosis converters, which have no Any fields). */
export function converter(aminoType: string, codec: Codec, fields: readonly FieldSchema[]): [string, AminoConverter] {
  return [
    codec.typeUrl,
    {
      aminoType,
      toAmino: (value: unknown) => toAminoObject(fields, codec.fromPartial(value ?? {}) as Json),
      fromAmino: (value: unknown) => codec.fromPartial(fromAminoObject(fields, (value ?? {}) as Json)),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Converters

const sender = str("sender");
const authority = str("authority");
const operatorId = u32("operator_id");
const serviceId = u32("service_id");
const PLAN_FIELDS = [
  coin("amount"),
  timestamp("start_time"),
  timestamp("end_time"),
  msg("pools_distribution", DISTRIBUTION),
  msg("operators_distribution", DISTRIBUTION),
  msg("users_distribution", USERS_DISTRIBUTION),
];

/**
 * Amino converters for every MilkyWay Msg (restaking, operators, services, rewards), keyed by
 * protobuf type URL. Amino names are `milkyway/<Msg>`, except `milkyway/services/MsgCreateService`,
 * `milkyway/services/MsgUpdateService` and `milkyway/<module>/MsgUpdateParams`.
 */
export function createMilkywayAminoConverters(): AminoConverters {
  return Object.fromEntries([
    // restaking — user Msgs
    converter("milkyway/MsgDelegatePool", restaking.MsgDelegatePool, [str("delegator"), coin("amount")]),
    converter("milkyway/MsgUndelegatePool", restaking.MsgUndelegatePool, [
      str("delegator"),
      coin("amount", { dontOmitEmpty: true }),
    ]),
    converter("milkyway/MsgDelegateOperator", restaking.MsgDelegateOperator, [
      str("delegator"),
      operatorId,
      coin("amount", { repeated: true }),
    ]),
    converter("milkyway/MsgUndelegateOperator", restaking.MsgUndelegateOperator, [
      str("delegator"),
      operatorId,
      coin("amount", { repeated: true, dontOmitEmpty: true }),
    ]),
    converter("milkyway/MsgDelegateService", restaking.MsgDelegateService, [
      str("delegator"),
      serviceId,
      coin("amount", { repeated: true }),
    ]),
    converter("milkyway/MsgUndelegateService", restaking.MsgUndelegateService, [
      str("delegator"),
      serviceId,
      coin("amount", { repeated: true, dontOmitEmpty: true }),
    ]),
    converter("milkyway/MsgSetUserPreferences", restaking.MsgSetUserPreferences, [
      str("user"),
      msg("preferences", USER_PREFERENCES),
    ]),
    // restaking — admin Msgs
    converter("milkyway/MsgJoinService", restaking.MsgJoinService, [sender, operatorId, serviceId]),
    converter("milkyway/MsgLeaveService", restaking.MsgLeaveService, [sender, operatorId, serviceId]),
    converter("milkyway/MsgAddOperatorToAllowList", restaking.MsgAddOperatorToAllowList, [sender, serviceId, operatorId]),
    converter("milkyway/MsgRemoveOperatorFromAllowlist", restaking.MsgRemoveOperatorFromAllowlist, [
      sender,
      serviceId,
      operatorId,
    ]),
    converter("milkyway/MsgBorrowPoolSecurity", restaking.MsgBorrowPoolSecurity, [sender, serviceId, u32("pool_id")]),
    converter("milkyway/MsgCeasePoolSecurityBorrow", restaking.MsgCeasePoolSecurityBorrow, [
      sender,
      serviceId,
      u32("pool_id"),
    ]),
    converter("milkyway/restaking/MsgUpdateParams", restaking.MsgUpdateParams, [
      authority,
      msg("params", RESTAKING_PARAMS),
    ]),

    // operators
    converter("milkyway/MsgRegisterOperator", operators.MsgRegisterOperator, [
      sender,
      str("moniker"),
      str("website"),
      str("picture_url"),
      coin("fee_amount", { repeated: true }),
    ]),
    converter("milkyway/MsgUpdateOperator", operators.MsgUpdateOperator, [
      sender,
      operatorId,
      str("moniker"),
      str("website"),
      str("picture_url"),
    ]),
    converter("milkyway/MsgDeactivateOperator", operators.MsgDeactivateOperator, [sender, operatorId]),
    converter("milkyway/MsgReactivateOperator", operators.MsgReactivateOperator, [sender, operatorId]),
    converter("milkyway/MsgDeleteOperator", operators.MsgDeleteOperator, [sender, operatorId]),
    converter("milkyway/MsgSetOperatorParams", operators.MsgSetOperatorParams, [
      sender,
      operatorId,
      msg("params", OPERATOR_PARAMS),
    ]),
    converter("milkyway/MsgTransferOperatorOwnership", operators.MsgTransferOperatorOwnership, [
      sender,
      operatorId,
      str("new_admin"),
    ]),
    converter("milkyway/operators/MsgUpdateParams", operators.MsgUpdateParams, [
      authority,
      msg("params", OPERATORS_PARAMS),
    ]),

    // services
    converter("milkyway/services/MsgCreateService", services.MsgCreateService, [
      sender,
      str("name"),
      str("description"),
      str("website"),
      str("picture_url"),
      coin("fee_amount", { repeated: true }),
    ]),
    converter("milkyway/services/MsgUpdateService", services.MsgUpdateService, [
      sender,
      serviceId,
      str("name"),
      str("description"),
      str("website"),
      str("picture_url"),
    ]),
    converter("milkyway/MsgActivateService", services.MsgActivateService, [sender, serviceId]),
    converter("milkyway/MsgDeactivateService", services.MsgDeactivateService, [sender, serviceId]),
    converter("milkyway/MsgDeleteService", services.MsgDeleteService, [sender, serviceId]),
    converter("milkyway/MsgTransferServiceOwnership", services.MsgTransferServiceOwnership, [
      sender,
      serviceId,
      str("new_admin"),
    ]),
    converter("milkyway/MsgSetServiceParams", services.MsgSetServiceParams, [
      sender,
      serviceId,
      msg("service_params", SERVICE_PARAMS),
    ]),
    converter("milkyway/MsgAccreditService", services.MsgAccreditService, [authority, serviceId]),
    converter("milkyway/MsgRevokeServiceAccreditation", services.MsgRevokeServiceAccreditation, [authority, serviceId]),
    converter("milkyway/services/MsgUpdateParams", services.MsgUpdateParams, [authority, msg("params", SERVICES_PARAMS)]),

    // rewards
    converter("milkyway/MsgCreateRewardsPlan", rewards.MsgCreateRewardsPlan, [
      sender,
      str("description"),
      serviceId,
      ...PLAN_FIELDS,
      coin("fee_amount", { repeated: true }),
    ]),
    converter("milkyway/MsgEditRewardsPlan", rewards.MsgEditRewardsPlan, [
      sender,
      u64("id"),
      str("description"),
      ...PLAN_FIELDS,
    ]),
    converter("milkyway/MsgSetWithdrawAddress", rewards.MsgSetWithdrawAddress, [sender, str("withdraw_address")]),
    converter("milkyway/MsgWithdrawDelegatorReward", rewards.MsgWithdrawDelegatorReward, [
      str("delegator_address"),
      enm("delegation_type"),
      u32("delegation_target_id"),
    ]),
    converter("milkyway/MsgWithdrawOperatorCommission", rewards.MsgWithdrawOperatorCommission, [sender, operatorId]),
    converter("milkyway/rewards/MsgUpdateParams", rewards.MsgUpdateParams, [authority, msg("params", REWARDS_PARAMS)]),
  ]);
}
