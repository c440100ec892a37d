/**
 * Vectors for the simulator's LEGACY_AMINO_JSON encoder, ported from the Cosmos SDK's x/tx
 * (cosmossdk.io/x/tx signing/aminojson) tests and rules. Sources are cited per case.
 */
import { describe, expect, it } from "vitest";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { aminoSignDocJson, AminoJsonEncoder, AminoJsonError, goJsonString, legacyDecString } from "./aminojson";
import { ProtoSchema, protoSchema } from "./proto-schema";
import { encodeMessage } from "./test-schema-arbitrary";

/** x/tx signing/aminojson/internal/testpb/test.proto, as protobufjs reflection JSON. */
const testpb = new ProtoSchema({
  nested: {
    google: {
      nested: {
        protobuf: {
          nested: {
            Duration: { fields: { seconds: { type: "int64", id: 1 }, nanos: { type: "int32", id: 2 } } },
            Timestamp: { fields: { seconds: { type: "int64", id: 1 }, nanos: { type: "int32", id: 2 } } },
          },
        },
      },
    },
    testpb: {
      nested: {
        WithAMap: { fields: { str_map: { keyType: "string", type: "string", id: 1 } } },
        WithAList: {
          fields: {
            dont_omitempty_list: { rule: "repeated", type: "string", id: 1, options: { "(amino.dont_omitempty)": true } },
            list: { rule: "repeated", type: "string", id: 2 },
          },
        },
        WithAJson: { fields: { field1: { type: "bytes", id: 1, options: { "(amino.encoding)": "inline_json" } } } },
        ABitOfEverything: {
          options: { "(amino.name)": "ABitOfEverything" },
          fields: {
            message: { type: "NestedMessage", id: 1 },
            enum: { type: "AnEnum", id: 2 },
            repeated: { rule: "repeated", type: "int32", id: 6 },
            str: { type: "string", id: 7 },
            bool: { type: "bool", id: 8 },
            bytes: { type: "bytes", id: 9 },
            i32: { type: "int32", id: 10 },
            f32: { type: "fixed32", id: 11 },
            u32: { type: "uint32", id: 12 },
            si32: { type: "sint32", id: 13 },
            sf32: { type: "sfixed32", id: 14 },
            i64: { type: "int64", id: 15 },
            f64: { type: "fixed64", id: 16 },
            u64: { type: "uint64", id: 17 },
            si64: { type: "sint64", id: 18 },
            sf64: { type: "sfixed64", id: 19 },
          },
        },
        Duration: {
          fields: { duration: { type: "google.protobuf.Duration", id: 1 }, timestamp: { type: "google.protobuf.Timestamp", id: 2 } },
        },
        NestedMessage: { options: { "(amino.name)": "NestedMessage" }, fields: { foo: { type: "string", id: 1 }, bar: { type: "int32", id: 2 } } },
        AnEnum: { values: { UNDEFINED: 0, ONE: 1, TWO: 2 } },
      },
    },
  },
} as never);

const enc = new AminoJsonEncoder(testpb);
const json = (type: string, value: Record<string, unknown>) => enc.anyJson(`/${type}`, encodeMessage(testpb, type, value));

describe("x/tx aminojson vectors", () => {
  // x/tx signing/aminojson/json_marshal_test.go TestIndent (same message; the default encoder sorts keys)
  it("ABitOfEverything: 64-bit ints quoted, 32-bit ints and enums as numbers, bytes base64, zero fields omitted, keys sorted", () => {
    const out = json("testpb.ABitOfEverything", {
      message: { foo: "test", bar: 0 },
      enum: 1,
      repeated: [3, -7, 2, 6, 4],
      str: 'abcxyz"foo"def',
      bool: true,
      bytes: Uint8Array.from([0, 1, 2, 3]),
      i32: -15,
      f32: 1001,
      u32: 1200,
      si32: -376,
      sf32: -1000,
      i64: 14578294827584932n,
      f64: 9572348124213523654n,
      u64: 4759492485n,
      si64: -59268425823934n,
      sf64: -659101379604211154n,
    });
    expect(out).toBe(
      '{"type":"ABitOfEverything","value":{"bool":true,"bytes":"AAECAw==","enum":1,"f32":1001,"f64":"9572348124213523654",' +
        '"i32":-15,"i64":"14578294827584932","message":{"foo":"test"},"repeated":[3,-7,2,6,4],"sf32":-1000,' +
        '"sf64":"-659101379604211154","si32":-376,"si64":"-59268425823934","str":"abcxyz\\"foo\\"def","u32":1200,"u64":"4759492485"}}',
    );
  });

  // json_marshal_test.go TestAminoJSON_EdgeCases "empty": everything omitted
  it("an empty message is {} (inside its type/value wrapper)", () => {
    expect(json("testpb.ABitOfEverything", {})).toBe('{"type":"ABitOfEverything","value":{}}');
  });

  // json_marshal_test.go TestAminoJSON_EdgeCases "single map": shouldErr
  it("maps are refused", () => {
    const bytes = Uint8Array.from([0x0a, 0x0a, 0x0a, 0x03, 0x66, 0x6f, 0x6f, 0x12, 0x03, 0x62, 0x61, 0x72]);
    expect(() => enc.anyJson("/testpb.WithAMap", bytes)).toThrow(AminoJsonError);
  });

  // json_marshal_test.go TestMarshalDuration: {"duration":"1000000000"}; no amino.name → the type URL inside an Any
  // (options.go getMessageAminoNameAny)
  it("Duration is its nanoseconds as a quoted integer; a message without amino.name is named by type URL", () => {
    expect(json("testpb.Duration", { duration: { seconds: 1n, nanos: 0 } })).toBe(
      '{"type":"/testpb.Duration","value":{"duration":"1000000000"}}',
    );
  });

  // time_test.go TestMarshalDuration_Valid / _InvalidNanosRange / _SignMismatch / _OverflowUnderflow
  it("Duration: 1s+500ns is \"1000000500\"; out-of-range nanos, mixed signs and overflow are refused", () => {
    const d = (seconds: bigint, nanos: number) => enc.messageJson("google.protobuf.Duration", { seconds, nanos });
    expect(d(1n, 500)).toBe('"1000000500"');
    expect(() => d(0n, 1_000_000_000)).toThrow(AminoJsonError);
    expect(() => d(0n, -1_000_000_000)).toThrow(AminoJsonError);
    expect(() => d(1n, -1)).toThrow(AminoJsonError);
    expect(() => d(-1n, 1)).toThrow(AminoJsonError);
    expect(() => d(315_576_000_001n, 0)).toThrow(AminoJsonError);
    expect(() => d(-315_576_000_001n, 0)).toThrow(AminoJsonError);
  });

  // time.go marshalTimestamp: RFC3339 when nanos == 0, else RFC3339Nano (trailing zeros trimmed), UTC
  it("Timestamp is RFC 3339 UTC with trimmed fractional seconds", () => {
    const t = (seconds: bigint, nanos: number) => enc.messageJson("google.protobuf.Timestamp", { seconds, nanos });
    expect(t(1704067200n, 0)).toBe('"2024-01-01T00:00:00Z"');
    expect(t(1704067200n, 500_000_000)).toBe('"2024-01-01T00:00:00.5Z"');
    expect(t(1704067200n, 120_000)).toBe('"2024-01-01T00:00:00.00012Z"');
    expect(t(-62135596800n, 0)).toBe('"0001-01-01T00:00:00Z"');
    expect(() => t(0n, -1)).toThrow(AminoJsonError);
  });

  // json_marshal.go marshalMessage + marshal: a dont_omitempty unset list is an invalid list → null
  it("an empty dont_omitempty list is null; an empty plain list is omitted", () => {
    expect(json("testpb.WithAList", {})).toBe('{"type":"/testpb.WithAList","value":{"dont_omitempty_list":null}}');
    expect(json("testpb.WithAList", { dontOmitemptyList: ["a"], list: ["b"] })).toBe(
      '{"type":"/testpb.WithAList","value":{"dont_omitempty_list":["a"],"list":["b"]}}',
    );
  });

  // encoder.go cosmosInlineJSON: the bytes are JSON, re-marshalled with sorted keys
  it("inline_json inlines the JSON with sorted keys; invalid JSON is refused", () => {
    const b = new TextEncoder().encode('{"z":1,"a":{"y":[true,null],"b":"<x>"}}');
    expect(json("testpb.WithAJson", { field1: b })).toBe(
      '{"type":"/testpb.WithAJson","value":{"field1":{"a":{"b":"\\u003cx\\u003e","y":[true,null]},"z":1}}}',
    );
    expect(() => json("testpb.WithAJson", { field1: new TextEncoder().encode("{") })).toThrow(AminoJsonError);
  });

  it("unknown field numbers and unknown type URLs are refused, not crashed on", () => {
    expect(() => enc.anyJson("/testpb.NestedMessage", Uint8Array.from([0x18, 0x01]))).toThrow(AminoJsonError);
    expect(() => enc.anyJson("/not.a.Type", new Uint8Array())).toThrow(/can't resolve type URL \/not\.a\.Type/);
  });
});

describe("Cosmos SDK options on the real schema", () => {
  const real = new AminoJsonEncoder(protoSchema);

  // encoder.go nullSliceAsEmptyEncoder ("legacy_coins"): an empty coin list is []
  it("MsgSend with no coins: amount is [] (legacy_coins), empty strings omitted", () => {
    const bytes = MsgSend.encode({ fromAddress: "a", toAddress: "", amount: [] }).finish();
    expect(real.anyJson("/cosmos.bank.v1beta1.MsgSend", bytes)).toBe('{"type":"cosmos-sdk/MsgSend","value":{"amount":[],"from_address":"a"}}');
  });

  // encoder.go cosmosIntEncoder: an empty cosmos.Int is "0"; coin.proto: amount is dont_omitempty
  it("a Coin with an empty amount writes amount \"0\" and omits an empty denom", () => {
    const bytes = encodeMessage(protoSchema, "cosmos.staking.v1beta1.MsgDelegate", { delegatorAddress: "d", validatorAddress: "v", amount: { denom: "", amount: "" } });
    expect(real.anyJson("/cosmos.staking.v1beta1.MsgDelegate", bytes)).toBe(
      '{"type":"cosmos-sdk/MsgDelegate","value":{"amount":{"amount":"0"},"delegator_address":"d","validator_address":"v"}}',
    );
  });

  // options.go getFieldEncoder: cosmos.Dec + LegacyDec customtype → cosmosDecEncoder (18 decimals);
  // cosmos.Dec without the customtype (gov v1 weight) and a bare LegacyDec customtype → the wire string
  it("LegacyDec rendering follows the scalar and customtype options", () => {
    const restaking = encodeMessage(protoSchema, "milkyway.restaking.v1.MsgUpdateParams", {
      authority: "gov",
      params: { restakingCap: "50000000000000000", allowedDenoms: [], unbondingTime: 0n, maxEntries: 0 },
    });
    expect(real.anyJson("/milkyway.restaking.v1.MsgUpdateParams", restaking)).toContain('"restaking_cap":"0.050000000000000000"');
    const operator = encodeMessage(protoSchema, "milkyway.operators.v1.MsgSetOperatorParams", {
      sender: "s",
      operatorId: 1,
      params: { commissionRate: "50000000000000000" },
    });
    expect(real.anyJson("/milkyway.operators.v1.MsgSetOperatorParams", operator)).toContain('"commission_rate":"50000000000000000"');
    const vote = encodeMessage(protoSchema, "cosmos.gov.v1.MsgVoteWeighted", {
      proposalId: 0n,
      voter: "v",
      options: [{ option: 1, weight: "0.5" }],
      metadata: "",
    });
    expect(real.anyJson("/cosmos.gov.v1.MsgVoteWeighted", vote)).toBe(
      '{"type":"cosmos-sdk/v1/MsgVoteWeighted","value":{"options":[{"option":1,"weight":"0.5"}],"proposal_id":"0","voter":"v"}}',
    );
    expect(legacyDecString("1")).toBe("0.000000000000000001");
    expect(legacyDecString("-1500000000000000000")).toBe("-1.500000000000000000");
    expect(() => legacyDecString("0.5")).toThrow(AminoJsonError);
  });

  // x/tx aminojson.go GetSignBytes + internal/aminojsonpb/aminojson.proto (AminoSignDoc / AminoSignFee)
  it("sign doc: sorted, fee amount [] when empty, payer/granter and timeout_height only when set", () => {
    const base = {
      chainId: "milkyway-sim-1",
      accountNumber: 7n,
      sequence: 0n,
      memo: "",
      timeoutHeight: 0n,
      msgs: [],
      fee: { amount: [], gasLimit: 200000n, payer: "", granter: "" },
    };
    expect(aminoSignDocJson(base)).toBe(
      '{"account_number":"7","chain_id":"milkyway-sim-1","fee":{"amount":[],"gas":"200000"},"memo":"","msgs":[],"sequence":"0"}',
    );
    expect(aminoSignDocJson({ ...base, timeoutHeight: 99n, fee: { ...base.fee, payer: "p", granter: "g" } })).toBe(
      '{"account_number":"7","chain_id":"milkyway-sim-1","fee":{"amount":[],"gas":"200000","granter":"g","payer":"p"},"memo":"","msgs":[],"sequence":"0","timeout_height":"99"}',
    );
  });

  // any.go marshalAny: an Any the resolver cannot find is an error ("can't resolve type URL"), which
  // the ante handler reports as the SDK's unauthorized signature error
  it("an Any nested in a message with a type the schema does not know is refused, not crashed on", () => {
    const distribution = { delegationType: 1, weight: 1 };
    const bytes = encodeMessage(protoSchema, "milkyway.rewards.v1.MsgCreateRewardsPlan", {
      sender: "s",
      amount: { denom: "umilk", amount: "1" },
      startTime: { seconds: 0n, nanos: 0 },
      endTime: { seconds: 1n, nanos: 0 },
      poolsDistribution: { ...distribution, type: { typeUrl: "/evil.v1.Unknown", value: Uint8Array.from([8, 1]) } },
      operatorsDistribution: distribution,
      usersDistribution: { weight: 1 },
    });
    expect(() => real.anyJson("/milkyway.rewards.v1.MsgCreateRewardsPlan", bytes)).toThrow(AminoJsonError);
    expect(() => real.anyJson("/milkyway.rewards.v1.MsgCreateRewardsPlan", bytes)).toThrow(/can't resolve type URL \/evil\.v1\.Unknown/);
  });

  // Go encoding/json (used by x/tx jsonMarshal) escapes <, >, & and U+2028/U+2029
  it("strings are escaped as Go's encoding/json does", () => {
    expect(goJsonString('a<b>&"\\\n\u2028\u0001')).toBe('"a\\u003cb\\u003e\\u0026\\"\\\\\\n\\u2028\\u0001"');
  });
});
