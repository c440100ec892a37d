import { describe, expect, it } from "vitest";
import { SdkError } from "../errors";
import type { DecodedTx } from "./decode";
import { checkFeeGranterAndCoins, checkTimeoutHeight, validateBasicMsgs, validateBasicTx, validateCoins } from "./validate-basic";

/** Sources: milkyway-labs/cosmos-sdk branch milkyway/v0.50.x (v0.50.13-milkyway-1). */

const c = (denom: string, amount: number | string) => ({ denom, amount: String(amount) });

describe("sdk.Coins.Validate (types/coin.go:233-275), vectors of types/coin_test.go TestCoins_Validate", () => {
  it.each([
    ["valid lowercase coins", [c("gas", 1), c("mineral", 1), c("tree", 1)], null],
    ["valid uppercase coins", [c("GAS", 1), c("MINERAL", 1), c("TREE", 1)], null],
    ["valid uppercase coin", [c("ATOM", 1)], null],
    ["valid lower and uppercase coins (1)", [c("GAS", 1), c("gAs", 1)], null],
    ["valid lower and uppercase coins (2)", [c("ATOM", 1), c("Atom", 1), c("atom", 1)], null],
    ["mixed case (1)", [c("MineraL", 1), c("TREE", 1), c("gAs", 1)], null],
    ["mixed case (2)", [c("gAs", 1), c("mineral", 1)], null],
    ["mixed case (3)", [c("gAs", 1)], null],
    ["unicode letters and numbers", [c("𐀀𐀆𐀉Ⅲ", 1)], "invalid denom: 𐀀𐀆𐀉Ⅲ"],
    ["emojis", [c("🤑😋🤔", 1)], "invalid denom: 🤑😋🤔"],
    [
      "IBC denominations (ADR 001)",
      [c("ibc/7F1D3FCF4AE79E1554D670D1AD949A9BA4E4A3C76C63093E17E446A46061A7A2", 1), c("ibc/876563AAAACF739EB061C67CDB5EDF2B7C9FD4AA9D876450CC21210807C2820A", 2)],
      null,
    ],
    ["empty", [], null],
    ["invalid denomination (1)", [c("MineraL", 1), c("0TREE", 1), c("gAs", 1)], "invalid denom: 0TREE"],
    ["invalid denomination (2)", [c("-GAS", 1), c("gAs", 1)], "invalid denom: -GAS"],
    ["bad sort (1)", [c("tree", 1), c("gas", 1), c("mineral", 1)], "denomination gas is not sorted"],
    ["bad sort (2)", [c("gas", 1), c("tree", 1), c("mineral", 1)], "denomination mineral is not sorted"],
    ["bad sort (3)", [c("gas", 1), c("tree", 1), c("gas", 1)], "denomination gas is not sorted"],
    // Past the first coin the text names the denom only (coin.go:265-267).
    ["non-positive amount (1)", [c("gas", 1), c("tree", 0), c("mineral", 1)], "coin tree amount is not positive"],
    ["non-positive amount (2)", [c("gas", -1), c("tree", 1), c("mineral", 1)], "coin -1gas amount is not positive"],
    ["duplicate denomination (1)", [c("gas", 1), c("gas", 1), c("mineral", 1)], "duplicate denomination gas"],
    ["duplicate denomination (2)", [c("gold", 1), c("gold", 1)], "duplicate denomination gold"],
    ["duplicate denomination (3)", [c("gas", 1), c("mineral", 1), c("silver", 1), c("silver", 1)], "duplicate denomination silver"],
  ])("%s", (_name, coins, expected) => {
    expect(validateCoins(coins)).toBe(expected);
  });
});

function tx(p: {
  msgs?: Array<{ typeUrl: string; value: unknown }>;
  fee?: { amount?: Array<{ denom: string; amount: string }>; gasLimit?: bigint; payer?: string; granter?: string };
  signers?: string[];
  sigs?: number;
  timeoutHeight?: bigint;
}): DecodedTx {
  const signers = p.signers ?? ["osmo1signer"];
  return {
    msgs: p.msgs ?? [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: {} }],
    signers,
    raw: { signatures: Array.from({ length: p.sigs ?? signers.length }, () => new Uint8Array(64)) },
    body: { timeoutHeight: p.timeoutHeight ?? 0n, memo: "" },
    authInfo: { fee: { amount: [], gasLimit: 200_000n, payer: "", granter: "", ...p.fee }, signerInfos: [] },
  } as unknown as DecodedTx;
}

function err(fn: () => void): [string, number, string] {
  try {
    fn();
  } catch (e) {
    if (e instanceof SdkError) return [e.codespace, e.code, e.message];
    throw e;
  }
  throw new Error("expected an SdkError");
}

describe("tx ValidateBasic (types/tx/types.go:40-95, x/auth/tx/builder.go:88-111)", () => {
  it("refuses a negative fee with ErrInsufficientFee (types.go:74-79)", () => {
    expect(err(() => validateBasicTx(tx({ fee: { amount: [c("umilk", -5)] } })))).toEqual(["sdk", 13, "invalid fee provided: -5umilk: insufficient fee"]);
  });
  it("refuses gas above MaxGasWanted (types.go:60-65)", () => {
    expect(err(() => validateBasicTx(tx({ fee: { gasLimit: 1n << 63n } })))[1]).toBe(18);
  });
  it("refuses no signatures with ErrNoSignatures = 15 (types.go:90-92)", () => {
    expect(err(() => validateBasicTx(tx({ sigs: 0 })))).toEqual(["sdk", 15, "no signatures supplied"]);
  });
  it("counts the fee payer among the signers (types.go:124-133; builder.go:103-108)", () => {
    expect(err(() => validateBasicTx(tx({ signers: ["osmo1a", "osmo1payer"], sigs: 1 })))).toEqual([
      "sdk",
      4,
      "wrong number of signers; expected 2, got 1: unauthorized",
    ]);
  });
});

describe("TxTimeoutHeightDecorator (x/auth/ante/basic.go:203-217)", () => {
  it("passes at the timeout height and with none, refuses above it with code 30", () => {
    expect(() => checkTimeoutHeight(tx({ timeoutHeight: 10n }), 10)).not.toThrow();
    expect(() => checkTimeoutHeight(tx({}), 1_000_000)).not.toThrow();
    expect(err(() => checkTimeoutHeight(tx({ timeoutHeight: 10n }), 11))).toEqual(["sdk", 30, "block height: 11, timeout height: 10: tx timeout height"]);
  });
});

describe("DeductFeeDecorator (x/auth/ante/fee.go)", () => {
  it("refuses a granter without x/feegrant (fee.go:92-93)", () => {
    expect(err(() => checkFeeGranterAndCoins(tx({ fee: { granter: "osmo1granter" } })))).toEqual(["sdk", 18, "fee grants are not enabled: invalid request"]);
  });
  it("refuses a non-zero fee that is not valid sdk.Coins (fee.go:130-133); a zero fee is never deducted (fee.go:110)", () => {
    expect(err(() => checkFeeGranterAndCoins(tx({ fee: { amount: [c("uosmo", 5), c("uatom", 5)] } })))).toEqual([
      "sdk",
      13,
      "invalid fee amount: 5uosmo,5uatom: insufficient fee",
    ]);
    expect(() => checkFeeGranterAndCoins(tx({ fee: { amount: [c("uosmo", 0)] } }))).not.toThrow();
  });
});

describe("msg ValidateBasic (baseapp/baseapp.go:614-631)", () => {
  const restaking = (typeUrl: string, value: unknown) => () => validateBasicMsgs(tx({ msgs: [{ typeUrl, value }] }));
  it("milkyway v12 restaking messages refuse invalid or zero amounts and zero ids (x/restaking/types/messages.go)", () => {
    expect(err(restaking("/milkyway.restaking.v1.MsgDelegatePool", { amount: c("umilk", 0), delegator: "x" }))).toEqual(["sdk", 18, "invalid amount: invalid request"]);
    expect(err(restaking("/milkyway.restaking.v1.MsgUndelegatePool", { amount: c("1bad", 5), delegator: "x" }))[2]).toBe("invalid amount: invalid request");
    expect(err(restaking("/milkyway.restaking.v1.MsgDelegateOperator", { operatorId: 0, amount: [c("umilk", 1)] }))[2]).toBe("invalid operator id: invalid request");
    expect(err(restaking("/milkyway.restaking.v1.MsgDelegateService", { serviceId: 3, amount: [] }))[2]).toBe("invalid amount: invalid request");
    expect(err(restaking("/milkyway.restaking.v1.MsgUndelegateService", { serviceId: 3, amount: [c("b", 1), c("a", 1)] }))[2]).toBe("invalid amount: invalid request");
    expect(() => restaking("/milkyway.restaking.v1.MsgDelegateOperator", { operatorId: 1, amount: [c("umilk", 1)] })()).not.toThrow();
  });
  it("bank MsgSend has no ValidateBasic in SDK 0.50: its coins are checked in execution", () => {
    expect(() => restaking("/cosmos.bank.v1beta1.MsgSend", { amount: [c("b", 1), c("a", 1)] })()).not.toThrow();
  });
});
