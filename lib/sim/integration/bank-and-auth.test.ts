import { describe, expect, it } from "vitest";
import { BroadcastTxError, calculateFee, GasPrice } from "@cosmjs/stargate";
import { connect, freshWorld, fund, makeSigner, rpc } from "./harness";

const CHAIN = "celestia-sim-1";
const fee = calculateFee(200_000, GasPrice.fromString("0.002utia"));

describe("bank sends through real CosmJS clients", () => {
  it.each(["direct", "amino"] as const)("a %s-signed send moves exactly the amount and charges the fee", async (mode) => {
    const world = freshWorld();
    const { client, address } = await connect(world, CHAIN, await makeSigner(CHAIN, mode));
    await fund(world, CHAIN, address, [{ denom: "utia", amount: "10000000" }]);
    const to = "celestia1vxzram63f7mvseufc83fs0gnt5383lvrle3qpt";
    const before = BigInt((await client.getBalance(to, "utia")).amount);
    const res = await client.sendTokens(address, to, [{ denom: "utia", amount: "1234567" }], fee, "hello");
    expect(res.code).toBe(0);
    expect(BigInt((await client.getBalance(to, "utia")).amount) - before).toBe(1_234_567n);
    expect((await client.getBalance(address, "utia")).amount).toBe(String(10_000_000 - 1_234_567 - 400));
    const found = await client.searchTx(`message.sender='${address}'`);
    expect(found.map((t) => t.hash)).toContain(res.transactionHash);
    expect((await client.getAccount(address))?.sequence).toBe(1);
  });

  it("estimates gas by simulation and pays the auto fee", async () => {
    const world = freshWorld();
    const { client, address } = await connect(world, CHAIN, await makeSigner(CHAIN, "direct"));
    await fund(world, CHAIN, address, [{ denom: "utia", amount: "5000000" }]);
    const gas = await client.simulate(address, [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: address, toAddress: address, amount: [{ denom: "utia", amount: "1" }] } }], "");
    expect(gas).toBeGreaterThan(20_000);
    const res = await client.sendTokens(address, address, [{ denom: "utia", amount: "1" }], "auto");
    expect(res.code).toBe(0);
    expect(Number(res.gasUsed)).toBeLessThanOrEqual(Number(res.gasWanted));
  });

  it("an account the chain has never seen cannot sign", async () => {
    const world = freshWorld();
    const { client, address } = await connect(world, CHAIN, await makeSigner(CHAIN, "direct", 7));
    expect(await client.getAccount(address)).toBeNull();
    await expect(client.sendTokens(address, address, [{ denom: "utia", amount: "1" }], fee)).rejects.toThrow(/does not exist on chain/);
  });
});

describe("the ante handler refuses what a node refuses", () => {
  it("a signature for another chain-id fails with code 4", async () => {
    const world = freshWorld();
    const { client, address } = await connect(world, CHAIN, await makeSigner(CHAIN, "direct"));
    await fund(world, CHAIN, address, [{ denom: "utia", amount: "1000000" }]);
    const acc = (await client.getAccount(address))!;
    const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: address, toAddress: address, amount: [{ denom: "utia", amount: "1" }] } };
    const raw = await client.sign(address, [msg], fee, "", { accountNumber: acc.accountNumber, sequence: acc.sequence, chainId: "celestia" });
    const { TxRaw } = await import("cosmjs-types/cosmos/tx/v1beta1/tx");
    const err = await client.broadcastTx(TxRaw.encode(raw).finish()).catch((e) => e);
    expect(err).toBeInstanceOf(BroadcastTxError);
    expect(err.code).toBe(4);
    expect(err.log).toMatch(/signature verification failed/);
  });

  it("a stale sequence fails with code 32 and nothing moves", async () => {
    const world = freshWorld();
    const { client, address } = await connect(world, CHAIN, await makeSigner(CHAIN, "direct"));
    await fund(world, CHAIN, address, [{ denom: "utia", amount: "1000000" }]);
    const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: address, toAddress: address, amount: [{ denom: "utia", amount: "1" }] } };
    const signerData = { accountNumber: (await client.getAccount(address))!.accountNumber, sequence: 0, chainId: CHAIN };
    const { TxRaw } = await import("cosmjs-types/cosmos/tx/v1beta1/tx");
    const first = TxRaw.encode(await client.sign(address, [msg], fee, "a", signerData)).finish();
    const second = TxRaw.encode(await client.sign(address, [msg], fee, "b", signerData)).finish();
    expect((await client.broadcastTx(first, 10_000, 0)).code).toBe(0);
    const err = await client.broadcastTx(second).catch((e) => e);
    expect(err.code).toBe(32);
    expect(err.log).toContain("account sequence mismatch, expected 1, got 0");
    expect((await client.getBalance(address, "utia")).amount).toBe(String(1_000_000 - 400));
  });

  it("sending more than the balance is included with code 5, fee charged, balance kept", async () => {
    const world = freshWorld();
    const { client, address } = await connect(world, CHAIN, await makeSigner(CHAIN, "direct"));
    await fund(world, CHAIN, address, [{ denom: "utia", amount: "1000000" }]);
    const res = await client.sendTokens(address, "celestia1vxzram63f7mvseufc83fs0gnt5383lvrle3qpt", [{ denom: "utia", amount: "999999999" }], fee);
    expect(res.code).toBe(5);
    expect(res.rawLog).toMatch(/failed to execute message; message index: 0: spendable balance \d+utia is smaller than 999999999utia: insufficient funds/);
    expect((await client.getBalance(address, "utia")).amount).toBe(String(1_000_000 - 400));
  });

  it("a fee below the minimum gas price is refused at CheckTx with code 13", async () => {
    const world = freshWorld();
    const { client, address } = await connect(world, CHAIN, await makeSigner(CHAIN, "direct"));
    await fund(world, CHAIN, address, [{ denom: "utia", amount: "1000000" }]);
    const err = await client.sendTokens(address, address, [{ denom: "utia", amount: "1" }], { amount: [{ denom: "utia", amount: "1" }], gas: "200000" }).catch((e) => e);
    expect(err.code).toBe(13);
    expect(err.log).toContain("insufficient fees; got: 1utia required: 400utia");
  });

  it("fault switches: the next tx is rejected at CheckTx, then things work again", async () => {
    const world = freshWorld();
    const { client, address } = await connect(world, CHAIN, await makeSigner(CHAIN, "direct"));
    await fund(world, CHAIN, address, [{ denom: "utia", amount: "1000000" }]);
    await rpc(world, CHAIN, "sim_fault", { rejectNextCheckTx: "mempool is full" });
    const err = await client.sendTokens(address, address, [{ denom: "utia", amount: "1" }], fee).catch((e) => e);
    expect(err.log).toBe("mempool is full");
    expect((await client.sendTokens(address, address, [{ denom: "utia", amount: "1" }], fee)).code).toBe(0);
  });
});
