import { describe, expect, it } from "vitest";
import { calculateFee, GasPrice } from "@cosmjs/stargate";
import { CELESTIA_SIM } from "../chains/sim-chains";
import type { NetworkSnapshot } from "../chains/networks";
import { answerSimRpcWith } from "../cosmos/transport/sim-rpc-client";
import { historyCells } from "../protocol/history";
import { BLOCKS_KEPT } from "../sim/block";
import { advanceSeconds, connect, freshWorld, fund, makeSigner } from "../sim/integration/harness";
import { handleRpc } from "../sim/rpc/handler";
import { SIMULATOR_CHAIN_IDS } from "../stores/network-store";
import { chainHistory } from "./history";

// History rows used to lose their time once the node pruned the block ("Unknown (block
// pruned)"): a time seen once is kept, and a block never seen is placed between known ones.
const net: NetworkSnapshot = { mode: "simulator", chainIds: SIMULATOR_CHAIN_IDS, rpc: {} };
const world = freshWorld();
answerSimRpcWith((chainId, req) => handleRpc(world, chainId, req));

async function send(client: Awaited<ReturnType<typeof connect>>["client"], address: string) {
  const res = await client.signAndBroadcast(
    address,
    [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: address, toAddress: address, amount: [{ denom: "utia", amount: "1" }] } }],
    calculateFee(200_000, GasPrice.fromString("0.002utia")),
  );
  expect(res.code).toBe(0);
  return res;
}

/** Enough blocks for the node to prune everything before now. */
async function pruneAllBefore() {
  const start = world.chains[CELESTIA_SIM].height;
  while (world.chains[CELESTIA_SIM].height < start + BLOCKS_KEPT + 10) await advanceSeconds(world, 600);
}

describe("history row times", () => {
  it("keeps a time it has seen after the block is pruned, and estimates one it never saw", async () => {
    const { client, address } = await connect(world, CELESTIA_SIM, await makeSigner(CELESTIA_SIM, "direct"));
    await fund(world, CELESTIA_SIM, address, [{ denom: "utia", amount: "10000000" }]);
    const seen = await send(client, address);
    await advanceSeconds(world, 6);
    const first = await chainHistory(net, "celestia", address, 10);
    const exact = first.rows.find((r) => r.hash === seen.transactionHash)!;
    expect(exact.timeMs).not.toBeNull();

    const unseen = await send(client, address);
    await pruneAllBefore();
    const later = await chainHistory(net, "celestia", address, 10);
    const kept = later.rows.find((r) => r.hash === seen.transactionHash)!;
    expect(kept.timeMs).toBe(exact.timeMs);
    expect(kept.timeEstimated).toBeUndefined();

    const estimated = later.rows.find((r) => r.hash === unseen.transactionHash)!;
    expect(estimated.timeEstimated).toBe(true);
    expect(estimated.timeMs).toBeGreaterThanOrEqual(world.genesisTimeMs);
    expect(estimated.timeMs).toBeLessThanOrEqual(world.timeMs);
    expect(historyCells(estimated, (k) => k)[0]).toMatch(/^≈ \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC \(estimated\)$/);
  });
});
