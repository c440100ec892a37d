import { describe, expect, it } from "vitest";
import { calculateFee, GasPrice } from "@cosmjs/stargate";
import { CELESTIA_SIM, OSMOSIS_SIM } from "../../chains/sim-chains";
import { connect, freshWorld, fund, makeSigner, rpc } from "../integration/harness";
import { malformedAnswer } from "./node-faults";
import type { World } from "../state";

const fee = calculateFee(200_000, GasPrice.fromString("0.002utia"));
const OTHER = "celestia1vxzram63f7mvseufc83fs0gnt5383lvrle3qpt";
const send = (from: string) => ({ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: from, toAddress: OTHER, amount: [{ denom: "utia", amount: "1000" }] } });

async function funded(world: World) {
  const c = await connect(world, CELESTIA_SIM, await makeSigner(CELESTIA_SIM, "direct"));
  await fund(world, CELESTIA_SIM, c.address, [{ denom: "utia", amount: "10000000" }]);
  return c;
}

describe("node fault switches", () => {
  it("rpcGarbage: a non-JSON body for chain methods of the faulted chain only; control methods still answer", async () => {
    const world = freshWorld();
    await rpc(world, CELESTIA_SIM, "sim_fault", { rpcGarbage: true, chainId: CELESTIA_SIM });
    const body = malformedAnswer(world, CELESTIA_SIM, "abci_query");
    expect(body).not.toBeNull();
    expect(() => JSON.parse(body!)).toThrow(SyntaxError);
    expect(malformedAnswer(world, CELESTIA_SIM, "sim_fault")).toBeNull();
    expect(malformedAnswer(world, OSMOSIS_SIM, "abci_query")).toBeNull();
    await rpc(world, CELESTIA_SIM, "sim_fault", { clear: true });
    expect(malformedAnswer(world, CELESTIA_SIM, "abci_query")).toBeNull();
  });

  it("rpcLagging: the node's head stops while the chain moves on, and newer txs are not found through it", async () => {
    const world = freshWorld();
    const { client, address } = await funded(world);
    const before = await client.getHeight();
    await rpc(world, CELESTIA_SIM, "sim_fault", { rpcLagging: true, chainId: CELESTIA_SIM });
    await rpc(world, CELESTIA_SIM, "sim_advance", { blocks: 5 });
    expect(world.chains[CELESTIA_SIM].height).toBeGreaterThan(before);
    expect(await client.getHeight()).toBe(before);
    // The tx is included by the network, but this node cannot confirm it.
    const hash = await client.broadcastTxSync(
      (await import("cosmjs-types/cosmos/tx/v1beta1/tx")).TxRaw.encode(await client.sign(address, [send(address)], fee, "")).finish(),
    );
    expect(Object.keys(world.chains[CELESTIA_SIM].txs)).toContain(hash);
    expect(await client.getTx(hash)).toBeNull();
    await rpc(world, CELESTIA_SIM, "sim_fault", { clear: true });
    expect(await client.getHeight()).toBe(world.chains[CELESTIA_SIM].height);
    expect((await client.getTx(hash))?.hash).toBe(hash);
  });

  it("chainHalted: broadcasts are accepted but never included, so signAndBroadcast times out; nothing is spent", async () => {
    const world = freshWorld();
    const { client, address } = await funded(world);
    await rpc(world, CELESTIA_SIM, "sim_fault", { chainHalted: true });
    const height = await client.getHeight();
    await rpc(world, CELESTIA_SIM, "sim_advance", { blocks: 3 });
    expect(await client.getHeight()).toBe(height);
    (client as unknown as { broadcastTimeoutMs: number }).broadcastTimeoutMs = 300;
    (client as unknown as { broadcastPollIntervalMs: number }).broadcastPollIntervalMs = 50;
    await expect(client.signAndBroadcast(address, [send(address)], fee)).rejects.toThrow(/was submitted but was not yet found on the chain/);
    expect((await client.getBalance(address, "utia")).amount).toBe("10000000");
  });
});
