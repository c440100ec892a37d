/**
 * The simulator is the referee of the app's amino converters: for every message the app can sign
 * (every converter in createAppAminoTypes that the schema knows), random valid instances signed
 * the app's way (converter → @cosmjs/amino makeSignDoc/serializeSignDoc) must give byte-identical
 * sign bytes to the simulator's own x/tx-rules encoder reading the protobuf the app broadcasts.
 * A difference is a Ledger signature a real chain refuses.
 */
import { makeSignDoc, serializeSignDoc } from "@cosmjs/amino";
import { fromUtf8 } from "@cosmjs/encoding";
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAppAminoTypes } from "../../cosmos/amino-types";
import { fullRegistry } from "../integration/harness";
import { aminoSignBytes } from "./aminojson";
import { protoSchema } from "./proto-schema";
import { SchemaArbitraries } from "./test-schema-arbitrary";

/**
 * Converters CosmJS registers by default that the app never builds a message for. Each must stay
 * unreferenced as a `typeUrl:` by the app's code (checked below); anything else with a converter
 * must be in the schema, so a new message the app sends is covered automatically.
 */
const NOT_SENT = new Set([
  "/cosmos.bank.v1beta1.MsgMultiSend",
  "/cosmos.gov.v1beta1.MsgDeposit",
  "/cosmos.gov.v1beta1.MsgVote",
  "/cosmos.gov.v1beta1.MsgVoteWeighted",
  "/cosmos.gov.v1beta1.MsgSubmitProposal",
  "/cosmos.staking.v1beta1.MsgCreateValidator",
  "/cosmos.staking.v1beta1.MsgEditValidator",
  "/cosmos.vesting.v1beta1.MsgCreateVestingAccount",
  "/cosmwasm.wasm.v1.MsgStoreCode",
  "/cosmwasm.wasm.v1.MsgInstantiateContract",
  "/cosmwasm.wasm.v1.MsgInstantiateContract2",
  "/cosmwasm.wasm.v1.MsgUpdateAdmin",
  "/cosmwasm.wasm.v1.MsgClearAdmin",
  "/cosmwasm.wasm.v1.MsgMigrateContract",
]);

const aminoTypes = createAppAminoTypes();
// The page registers only what it sends; every converter the app has is checked, admin ones too.
const registry = fullRegistry();
const converterTypeUrls = Object.keys((aminoTypes as unknown as { register: Record<string, unknown> }).register);
const sendable = converterTypeUrls.filter((u) => !NOT_SENT.has(u));
const arbitraries = new SchemaArbitraries();

function appSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === "node_modules" || name === "sim" ? [] : appSources(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

const FEE = fc.record({
  amount: fc.array(fc.record({ denom: fc.stringMatching(/^[a-z][a-z0-9/]{2,12}$/), amount: fc.bigInt(1n, 10n ** 12n).map(String) }), {
    maxLength: 2,
  }),
  gas: fc.bigInt(1n, 10n ** 7n),
  payer: fc.option(fc.stringMatching(/^[a-z]{2,8}1[02-9ac-hj-np-z]{38}$/), { nil: undefined }),
  granter: fc.option(fc.stringMatching(/^[a-z]{2,8}1[02-9ac-hj-np-z]{38}$/), { nil: undefined }),
});

type Fee = { amount: { denom: string; amount: string }[]; gas: bigint; payer?: string; granter?: string };
type Signer = { chainId: string; accountNumber: number; sequence: number; memo: string; timeoutHeight?: bigint };

const SIGNER = fc.record({
  chainId: fc.stringMatching(/^[a-z]{3,10}-[0-9]{1,2}$/),
  accountNumber: fc.integer({ min: 0, max: 2 ** 31 }),
  sequence: fc.integer({ min: 0, max: 2 ** 31 }),
  memo: fc.string({ maxLength: 40 }),
  timeoutHeight: fc.option(fc.bigInt(1n, 2n ** 63n - 1n), { nil: undefined }),
});

function appSignBytes(typeUrl: string, value: unknown, fee: Fee, s: Signer): string {
  const msg = aminoTypes.toAmino({ typeUrl, value });
  const stdFee = {
    amount: fee.amount,
    gas: fee.gas.toString(),
    ...(fee.payer ? { payer: fee.payer } : {}),
    ...(fee.granter ? { granter: fee.granter } : {}),
  };
  const doc = makeSignDoc([msg], stdFee, s.chainId, s.memo, s.accountNumber, s.sequence, s.timeoutHeight);
  return fromUtf8(serializeSignDoc(doc));
}

function simSignBytes(typeUrl: string, value: unknown, fee: Fee, s: Signer): string {
  const bytes = registry.encode({ typeUrl, value });
  return fromUtf8(
    aminoSignBytes({
      chainId: s.chainId,
      accountNumber: BigInt(s.accountNumber),
      sequence: BigInt(s.sequence),
      memo: s.memo,
      timeoutHeight: s.timeoutHeight ?? 0n,
      msgs: [{ typeUrl, value: bytes }],
      fee: { amount: fee.amount, gasLimit: fee.gas, payer: fee.payer ?? "", granter: fee.granter ?? "" },
    }),
  );
}

describe("the app's amino converters agree with the simulator's x/tx-rules encoder", () => {
  it("every converter the app registers is either in the schema or a message the app never sends", () => {
    const missing = sendable.filter((u) => !protoSchema.message(u.slice(1)));
    expect(missing).toEqual([]);
    const sources = ["lib", "components", "hooks", "app"].flatMap((d) => appSources(join(process.cwd(), d)));
    const text = sources.map((p) => readFileSync(p, "utf8")).join("\n");
    const sentButListed = [...NOT_SENT].filter((u) => text.includes(`typeUrl: "${u}"`));
    expect(sentButListed).toEqual([]);
  });

  it.each(sendable)("%s", (typeUrl) => {
    fc.assert(
      fc.property(arbitraries.message(typeUrl.slice(1)), FEE, SIGNER, (value, fee, signer) => {
        expect(appSignBytes(typeUrl, value, fee, signer)).toBe(simSignBytes(typeUrl, value, fee, signer));
      }),
      { numRuns: 60 },
    );
  });
});
