import { describe, expect, it } from "vitest";
import { toUtf8 } from "@cosmjs/encoding";
import { BroadcastTxError, calculateFee, GasPrice, type StdFee } from "@cosmjs/stargate";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { connect, freshWorld, fund, makeSigner } from "./harness";

/**
 * SDK 0.50 ante and ValidateBasic through the real CosmJS clients (sources: the MilkyWay chain's
 * SDK fork milkyway-labs/cosmos-sdk v0.50.13-milkyway-1; wasmd x/wasm/types/tx.go; ibc-go v8
 * MsgTransfer.ValidateBasic). Every refusal here happens in CheckTx: no fee, no sequence bump.
 */

const CELESTIA = "celestia-sim-1";
const OSMOSIS = "osmosis-sim-1";
const fee = calculateFee(200_000, GasPrice.fromString("0.002utia"));

async function setup(chainId = CELESTIA, denom = "utia") {
  const world = freshWorld();
  const { client, address } = await connect(world, chainId, await makeSigner(chainId, "direct"));
  const other = (await (await makeSigner(chainId, "direct", 1)).getAccounts())[0].address;
  await fund(world, chainId, address, [{ denom, amount: "10000000" }]);
  await fund(world, chainId, other, [{ denom, amount: "10000000" }]);
  const send = (amount: { denom: string; amount: string }[] = [{ denom, amount: "1" }]) => ({
    typeUrl: "/cosmos.bank.v1beta1.MsgSend",
    value: { fromAddress: address, toAddress: address, amount },
  });
  /** Signs and broadcasts; the refusal, with balance and sequence before and after. */
  const refused = async (msgs: { typeUrl: string; value: unknown }[], f: StdFee, timeoutHeight?: bigint) => {
    const acc = (await client.getAccount(address))!;
    const before = (await client.getBalance(address, denom)).amount;
    const raw = await client.sign(address, msgs, f, "", { accountNumber: acc.accountNumber, sequence: acc.sequence, chainId }, timeoutHeight);
    const err = await client.broadcastTx(TxRaw.encode(raw).finish()).catch((e) => e);
    expect(err).toBeInstanceOf(BroadcastTxError);
    expect((await client.getBalance(address, denom)).amount).toBe(before);
    expect((await client.getAccount(address))!.sequence).toBe(acc.sequence);
    return err as BroadcastTxError;
  };
  return { world, client, address, other, send, refused };
}

describe("ante and ValidateBasic as SDK 0.50", () => {
  it("a fee payer is a required signer (types/tx/types.go:97-136, x/auth/tx/builder.go:103-108)", async () => {
    const { send, refused, other } = await setup();
    const err = await refused([send()], { ...fee, payer: other });
    expect([err.code, err.codespace, err.log]).toEqual([4, "sdk", "wrong number of signers; expected 2, got 1: unauthorized"]);
  });

  it("a fee payer that is not an address (types/tx/types.go:81-86)", async () => {
    const { send, refused } = await setup();
    const err = await refused([send()], { ...fee, payer: "celestia1nope" });
    expect([err.code, err.codespace]).toEqual([7, "sdk"]);
    expect(err.log).toMatch(/^Invalid fee payer address \(decoding bech32 failed: .*\): invalid address$/);
  });

  it("timeout_height is enforced (x/auth/ante/basic.go:203-217, ErrTxTimeoutHeight = 30)", async () => {
    const { world, client, address, send, refused } = await setup();
    const height = world.chains[CELESTIA].height;
    const err = await refused([send()], fee, BigInt(height - 1));
    expect([err.code, err.codespace, err.log]).toEqual([30, "sdk", `block height: ${height}, timeout height: ${height - 1}: tx timeout height`]);
    // At or above the checked height it passes.
    const ok = await client.signAndBroadcast(address, [send()], fee, "", BigInt(height + 5));
    expect(ok.code).toBe(0);
  });

  it("a fee granter without x/feegrant (x/auth/ante/fee.go:89-93)", async () => {
    const { send, refused, other } = await setup();
    const err = await refused([send()], { ...fee, granter: other });
    expect([err.code, err.codespace, err.log]).toEqual([18, "sdk", "fee grants are not enabled: invalid request"]);
  });

  it("malformed fee coins are refused by DeductFees (x/auth/ante/fee.go:130-133), not charged", async () => {
    const { send, refused } = await setup();
    const dup: StdFee = { amount: [{ denom: "utia", amount: "400" }, { denom: "utia", amount: "400" }], gas: "200000" };
    const err = await refused([send()], dup);
    expect([err.code, err.log]).toEqual([13, "invalid fee amount: 400utia,400utia: insufficient fee"]);
  });

  it("a bank send with bad coins fails in execution, fee charged (x/bank/keeper/msg_server.go:48-54; no MsgSend.ValidateBasic in 0.50)", async () => {
    const { client, address, send } = await setup();
    const res = await client.signAndBroadcast(address, [send([{ denom: "utia", amount: "0" }])], fee);
    expect([res.code, res.rawLog]).toEqual([10, "failed to execute message; message index: 0: 0utia: invalid coins"]);
    expect((await client.getBalance(address, "utia")).amount).toBe(String(10_000_000 - 400));
  });
});

describe("message ValidateBasic before the ante handler (baseapp/baseapp.go:614-631)", () => {
  it("MsgExecuteContract: funds must be valid sdk.Coins, msg valid JSON (wasmd x/wasm/types/tx.go)", async () => {
    const { address, refused } = await setup(OSMOSIS, "uosmo");
    const osmoFee = calculateFee(300_000, GasPrice.fromString("0.025uosmo"));
    const contract = address; // ValidateBasic refuses before the contract is looked up
    const exec = (funds: { denom: string; amount: string }[], msg = toUtf8("{}")) => ({
      typeUrl: "/cosmwasm.wasm.v1.MsgExecuteContract",
      value: { sender: address, contract, msg, funds },
    });
    for (const funds of [
      [{ denom: "uosmo", amount: "1" }, { denom: "uosmo", amount: "2" }], // duplicate denomination
      [{ denom: "uosmo", amount: "1" }, { denom: "uatom", amount: "2" }], // not sorted
      [{ denom: "uosmo", amount: "0" }], // not positive
      [{ denom: "1bad", amount: "5" }], // invalid denom
    ]) {
      const err = await refused([exec(funds)], osmoFee);
      expect([err.code, err.codespace, err.log]).toEqual([10, "sdk", "sentFunds: invalid coins"]);
    }
    const err = await refused([exec([], toUtf8("{not json"))], osmoFee);
    expect([err.code, err.codespace, err.log]).toEqual([14, "wasm", "payload msg: invalid"]);
  });

  it("MsgTransfer: a zero token is refused with ibc's insufficient funds (ibc-go v8 MsgTransfer.ValidateBasic)", async () => {
    const { address, refused } = await setup();
    const transfer = {
      typeUrl: "/ibc.applications.transfer.v1.MsgTransfer",
      value: {
        sourcePort: "transfer",
        sourceChannel: "channel-2",
        token: { denom: "utia", amount: "0" },
        sender: address,
        receiver: "osmo1r88fszmnpn8ez5wc42pssd2597mhtrdzex7tzzulj98fmqee2fksg7z5yh",
        timeoutHeight: undefined,
        timeoutTimestamp: 1_000_000_000_000_000_000n,
        memo: "",
      },
    };
    const err = await refused([transfer], fee);
    expect([err.code, err.codespace, err.log]).toEqual([3, "ibc", "0utia: insufficient funds"]);
  });
});
