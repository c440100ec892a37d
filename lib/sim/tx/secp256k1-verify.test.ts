import { describe, expect, it } from "vitest";
import { toBase64 } from "@cosmjs/encoding";
import { calculateFee, GasPrice } from "@cosmjs/stargate";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { connect, freshWorld, fund, makeSigner, rpc } from "../integration/harness";

const CHAIN = "celestia-sim-1";
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

describe("signature checks by the SDK's rules", () => {
  it("refuse a tx whose signature is the malleable high-s twin of a valid one, and accept the original", async () => {
    const world = freshWorld();
    const { client, address } = await connect(world, CHAIN, await makeSigner(CHAIN, "direct"));
    await fund(world, CHAIN, address, [{ denom: "utia", amount: "10000000" }]);
    const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: address, toAddress: address, amount: [{ denom: "utia", amount: "1" }] } };
    const raw = await client.sign(address, [msg], calculateFee(100_000, GasPrice.fromString("0.002utia")), "");
    const sig = raw.signatures[0];
    let s = 0n;
    for (const b of sig.subarray(32)) s = (s << 8n) | BigInt(b);
    const high = sig.slice();
    high.set(Buffer.from((N - s).toString(16).padStart(64, "0"), "hex"), 32);
    const twin = TxRaw.encode({ ...raw, signatures: [high] }).finish();
    const refused = await rpc(world, CHAIN, "broadcast_tx_sync", { tx: toBase64(twin) });
    expect(refused.code).toBe(4);
    expect(refused.log).toMatch(/signature verification failed/);
    expect(world.chains[CHAIN].accounts[address].sequence).toBe(0);
    const ok = await rpc(world, CHAIN, "broadcast_tx_sync", { tx: toBase64(TxRaw.encode(raw).finish()) });
    expect(ok.code).toBe(0);
  });
});
