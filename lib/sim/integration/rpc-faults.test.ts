import { describe, expect, it } from "vitest";
import { calculateFee, GasPrice } from "@cosmjs/stargate";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { toHex } from "@cosmjs/encoding";
import { CELESTIA_SIM, OSMOSIS_SIM } from "../../chains/sim-chains";
import { handleRpc } from "../rpc/handler";
import { SIM_LSTS } from "../../chains/lsts";
import { queryContractJson } from "../modules/wasm";
import type { World } from "../state";
import { connect, freshWorld, fund, makeSigner, rpc } from "./harness";

const fee = calculateFee(200_000, GasPrice.fromString("0.002utia"));
const FEE = BigInt(fee.amount[0].amount);
const OTHER = "celestia1vxzram63f7mvseufc83fs0gnt5383lvrle3qpt";

async function funded(world: World) {
  const c = await connect(world, CELESTIA_SIM, await makeSigner(CELESTIA_SIM, "direct"));
  await fund(world, CELESTIA_SIM, c.address, [{ denom: "utia", amount: "10000000" }]);
  return c;
}

const send = (from: string, amount = "1000") => ({
  typeUrl: "/cosmos.bank.v1beta1.MsgSend",
  value: { fromAddress: from, toAddress: OTHER, amount: [{ denom: "utia", amount }] },
});

describe("fault switches as CosmJS sees them", () => {
  it("rpcError makes every CosmJS call reject with that message until cleared; chainId scopes it", async () => {
    const world = freshWorld();
    const { client, address } = await funded(world);
    await rpc(world, CELESTIA_SIM, "sim_fault", { rpcError: "node is syncing, try later" });
    await expect(client.getBalance(address, "utia")).rejects.toThrow(/node is syncing, try later/);
    await expect(client.signAndBroadcast(address, [send(address)], fee)).rejects.toThrow(/node is syncing, try later/);
    // Control methods still answer, so a test or the UI can switch the fault off again.
    expect((await rpc(world, CELESTIA_SIM, "sim_info", {})).faults.rpcError).toBe("node is syncing, try later");
    await rpc(world, CELESTIA_SIM, "sim_fault", { clear: true });
    expect((await client.getBalance(address, "utia")).amount).toBe("10000000");

    const osmo = await connect(world, OSMOSIS_SIM, await makeSigner(OSMOSIS_SIM, "direct"));
    await rpc(world, CELESTIA_SIM, "sim_fault", { rpcError: "osmosis only", chainId: OSMOSIS_SIM });
    expect((await client.getBalance(address, "utia")).amount).toBe("10000000");
    await expect(osmo.client.getBalance(osmo.address, "uosmo")).rejects.toThrow(/osmosis only/);
  });

  it("failNextDeliverTx: the tx is included with a non-zero code, the fee is charged, nothing else moves", async () => {
    const world = freshWorld();
    const { client, address } = await funded(world);
    const other = BigInt((await client.getBalance(OTHER, "utia")).amount);
    await rpc(world, CELESTIA_SIM, "sim_fault", { failNextDeliverTx: "out of luck" });
    const res = await client.signAndBroadcast(address, [send(address, "2500000")], fee);
    expect(res.code).not.toBe(0);
    expect(res.rawLog).toContain("out of luck");
    expect(res.height).toBeGreaterThan(0);
    const indexed = await client.getTx(res.transactionHash);
    expect(indexed?.code).toBe(res.code);
    expect((await client.getBalance(address, "utia")).amount).toBe(String(10_000_000n - FEE));
    expect(BigInt((await client.getBalance(OTHER, "utia")).amount)).toBe(other);
    expect((await client.getAccount(address))?.sequence).toBe(1);
    // One-shot: the next tx goes through.
    const ok = await client.signAndBroadcast(address, [send(address, "2500000")], fee);
    expect(ok.code).toBe(0);
    expect((await client.getBalance(address, "utia")).amount).toBe(String(10_000_000n - 2n * FEE - 2_500_000n));
  });

  it("delayInclusionBlocks keeps an accepted tx out of tx_search until enough blocks pass", async () => {
    const world = freshWorld();
    const { client, address } = await funded(world);
    await rpc(world, CELESTIA_SIM, "sim_fault", { delayInclusionBlocks: 3 });
    const signed = await client.sign(address, [send(address, "4000")], fee, "held back");
    const hash = await client.broadcastTxSync(TxRaw.encode(signed).finish());
    const query = `tx.hash='${hash}'`;
    expect(await client.getTx(hash)).toBeNull();
    expect(await client.searchTx(query)).toEqual([]);
    expect((await client.getBalance(address, "utia")).amount).toBe("10000000");

    await rpc(world, CELESTIA_SIM, "sim_advance", { blocks: 2 });
    expect(await client.searchTx(query)).toEqual([]);
    await rpc(world, CELESTIA_SIM, "sim_advance", { blocks: 1 });
    const found = await client.searchTx(query);
    expect(found.map((t) => t.hash)).toEqual([hash]);
    expect(found[0].code).toBe(0);
    expect((await client.getBalance(address, "utia")).amount).toBe(String(10_000_000n - FEE - 4_000n));
  });
});

describe("sim_faucet refuses bad input with JSON-RPC -32602", () => {
  const call = (world: World, params: unknown) => handleRpc(world, CELESTIA_SIM, { jsonrpc: "2.0", id: 7, method: "sim_faucet", params });

  it.each([
    ["an address with another chain's prefix", { address: "osmo1vxzram63f7mvseufc83fs0gnt5383lvrtqrdcj", coins: [{ denom: "utia", amount: "1" }] }, /address must be a celestia1… address/],
    ["a malformed address", { address: "celestia1notbech32", coins: [{ denom: "utia", amount: "1" }] }, /address must be a celestia1… address/],
    ["a negative amount", { address: OTHER, coins: [{ denom: "utia", amount: "-5" }] }, /coin amount must be an integer string/],
    ["a zero amount", { address: OTHER, coins: [{ denom: "utia", amount: "0" }] }, /coin amount must be between 1 and/],
    ["a decimal amount", { address: OTHER, coins: [{ denom: "utia", amount: "1.5" }] }, /coin amount must be an integer string/],
    ["no coins", { address: OTHER, coins: [] }, /coins must be a non-empty array/],
    ["an unknown IBC denom", { address: OTHER, coins: [{ denom: `ibc/${"AB".repeat(32)}`, amount: "1" }] }, /unknown IBC denom/],
  ])("%s", async (_name, params, message) => {
    const world = freshWorld();
    const supply = { ...world.chains[CELESTIA_SIM].supply };
    const res = await call(world, params);
    expect("error" in res).toBe(true);
    if (!("error" in res)) return;
    expect(res.id).toBe(7);
    expect(res.error.code).toBe(-32602);
    expect(res.error.message).toBe("Invalid params");
    expect(res.error.data).toMatch(message);
    expect(world.chains[CELESTIA_SIM].supply).toEqual(supply);
  });
});

describe("the block RPC as CosmJS reads it", () => {
  it("any kept height decodes, with the previous block's id linked", async () => {
    const world = freshWorld();
    const { client, address, comet } = await funded(world);
    const res = await client.signAndBroadcast(address, [send(address)], fee);
    const b = await client.getBlock(res.height);
    expect(b.header.height).toBe(res.height);
    expect(b.txs).toHaveLength(1);
    const raw = await comet.block(res.height);
    const prev = await comet.block(res.height - 1);
    expect(toHex(raw.block.header.lastBlockId!.hash)).toBe(toHex(prev.blockId.hash));
    expect(toHex(raw.block.lastCommit!.blockId.hash)).toBe(toHex(prev.blockId.hash));
    expect((await comet.block(1)).block.header.lastBlockId).toBeNull();
  });
});

describe("sim_contract_stopped", () => {
  it("trips the circuit breaker as the admin and resumes with the same totals", async () => {
    const world = freshWorld();
    const lst = SIM_LSTS[0];
    const chain = world.chains[lst.chainId];
    const before = queryContractJson(world, chain, lst.contract, { state: {} });
    await rpc(world, lst.chainId, "sim_contract_stopped", { contract: lst.contract, stopped: true });
    expect((queryContractJson(world, chain, lst.contract, { config: {} }) as { stopped: boolean }).stopped).toBe(true);
    await rpc(world, lst.chainId, "sim_contract_stopped", { contract: lst.contract, stopped: false });
    expect((queryContractJson(world, chain, lst.contract, { config: {} }) as { stopped: boolean }).stopped).toBe(false);
    expect(queryContractJson(world, chain, lst.contract, { state: {} })).toEqual(before);
    await expect(rpc(world, lst.chainId, "sim_contract_stopped", { contract: "osmo1nope", stopped: true })).rejects.toThrow(/no contract/);
  });
});
