import { describe, expect, it } from "vitest";
import { CosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import { calculateFee, GasPrice } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { lstsFor, type NetworkSnapshot } from "../chains/networks";
import { CELESTIA_SIM } from "../chains/sim-chains";
import { advanceSeconds, connect, freshWorld, fund, makeSigner } from "../sim/integration/harness";
import { SIMULATOR_CHAIN_IDS } from "../stores/network-store";
import { ChainReader } from "./chain-reader";
import { InProcessRpcClient } from "./transport/in-process-rpc-client";

// The reads' client replaced CosmJS's CosmWasmClient to keep the workers small; CosmWasmClient is
// the reference for what every read relies on: the same answers and the same errors.
const world = freshWorld();
const net: NetworkSnapshot = { mode: "simulator", chainIds: SIMULATOR_CHAIN_IDS, rpc: {} };
const [milkTia] = lstsFor(net);

async function both(chainId: string) {
  return {
    ours: await ChainReader.create(new InProcessRpcClient(() => world, chainId)),
    cosmjs: await CosmWasmClient.create(Comet38Client.create(new InProcessRpcClient(() => world, chainId))),
  };
}

async function failure(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => "resolved",
    (e: Error) => e.message,
  );
}

describe("ChainReader answers as CosmWasmClient does", () => {
  it("height, balances, blocks and transaction searches, on a chain with a transaction", async () => {
    const { client, address } = await connect(world, CELESTIA_SIM, await makeSigner(CELESTIA_SIM, "direct"));
    await fund(world, CELESTIA_SIM, address, [{ denom: "utia", amount: "10000000" }]);
    const sent = await client.signAndBroadcast(
      address,
      [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: address, toAddress: address, amount: [{ denom: "utia", amount: "1" }] } }],
      calculateFee(200_000, GasPrice.fromString("0.002utia")),
    );
    expect(sent.code).toBe(0);
    await advanceSeconds(world, 6);
    const { ours, cosmjs } = await both(CELESTIA_SIM);

    expect(await ours.getHeight()).toBe(world.chains[CELESTIA_SIM].height);
    expect(await ours.getHeight()).toBe(await cosmjs.getHeight());
    expect((await ours.getBalance(address, "utia")).denom).toBe("utia");
    expect(await ours.getBalance(address, "utia")).toEqual(await cosmjs.getBalance(address, "utia"));
    expect(await ours.getBalance(address, "unheard-of")).toEqual(await cosmjs.getBalance(address, "unheard-of"));
    expect(await ours.getBlock()).toEqual(await cosmjs.getBlock());
    expect(await ours.getBlock(sent.height)).toEqual(await cosmjs.getBlock(sent.height));
    const tooHigh = await failure(ours.getBlock(10_000_000));
    expect(tooHigh).not.toBe("resolved");
    expect(tooHigh).toBe(await failure(cosmjs.getBlock(10_000_000)));

    const found = await ours.searchTx(`tx.fee_payer='${address}'`);
    expect(found.map((t) => t.hash)).toContain(sent.transactionHash);
    expect(found).toEqual(await cosmjs.searchTx(`tx.fee_payer='${address}'`));
    expect(await ours.searchTx("transfer.recipient='nobody'")).toEqual([]);
  });

  it("a contract's smart query, a query it refuses, and an address with no contract", async () => {
    const { ours, cosmjs } = await both(milkTia.chainId);
    const config = await ours.queryContractSmart(milkTia.contract, { config: {} });
    expect(config).toHaveProperty("native_chain_config");
    expect(config).toEqual(await cosmjs.queryContractSmart(milkTia.contract, { config: {} }));
    const refused = await failure(ours.queryContractSmart(milkTia.contract, { no_such_query: {} }));
    expect(refused).not.toBe("resolved");
    expect(refused).toBe(await failure(cosmjs.queryContractSmart(milkTia.contract, { no_such_query: {} })));
    const nowhere = milkTia.contract.slice(0, -6) + "qqqqqq";
    const missing = await failure(ours.queryContractSmart(nowhere, { config: {} }));
    expect(missing).toMatch(/no such contract/);
    expect(missing).toBe(await failure(cosmjs.queryContractSmart(nowhere, { config: {} })));
  });
});
