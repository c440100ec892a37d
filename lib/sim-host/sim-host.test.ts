import { describe, expect, it, vi } from "vitest";
import { toBase64 } from "@cosmjs/encoding";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { calculateFee, GasPrice } from "@cosmjs/stargate";
import { CELESTIA_SIM } from "../chains/sim-chains";
import { connect, freshWorld, fund, makeSigner } from "../sim/integration/harness";
import { restoreWorld } from "../sim/persist";
import type { Ownership } from "./tab-lock";

const saved = new Map<string, string>();
vi.mock("./idb", () => ({
  idbGet: async (k: string) => saved.get(k),
  idbSet: async (k: string, v: string) => void saved.set(k, v),
  idbDelete: async (k: string) => void saved.delete(k),
}));

const { SimHost } = await import("./sim-host");

describe("SimHost hand-over to another tab", () => {
  it("waits for a broadcast already under way, so the handed-over save holds the transaction", async () => {
    const world = freshWorld();
    const { client, address } = await connect(world, CELESTIA_SIM, await makeSigner(CELESTIA_SIM, "direct"));
    await fund(world, CELESTIA_SIM, address, [{ denom: "utia", amount: "10000000" }]);
    const send = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: address, toAddress: address, amount: [{ denom: "utia", amount: "1" }] } };
    const signed = await client.sign(address, [send], calculateFee(200_000, GasPrice.fromString("0.002utia")), "");

    const host = new SimHost(world, { kind: "ready" });
    let handover: (() => Promise<void>) | null = null;
    const ownership: Ownership = { onHandoverRequested: (cb) => (handover = cb), onLost: () => undefined };
    host.own(ownership);

    // The broadcast starts; before it settles, another tab asks for the simulator.
    const broadcast = host.rpc(CELESTIA_SIM, { jsonrpc: "2.0", id: 1, method: "broadcast_tx_sync", params: { tx: toBase64(TxRaw.encode(signed).finish()) } });
    const handedOver = handover!();
    const res = await broadcast;
    await handedOver;

    expect("result" in res && (res.result as { code: number }).code).toBe(0);
    expect(host.status.kind).toBe("elsewhere");
    const handed = restoreWorld(saved.get("world")!);
    expect(handed.chains[CELESTIA_SIM].accounts[address].sequence).toBe(1);
    // Writes after the hand-over are refused in this tab.
    const late = await host.rpc(CELESTIA_SIM, { jsonrpc: "2.0", id: 2, method: "sim_advance", params: { seconds: 1 } });
    expect("error" in late).toBe(true);
  });
});

describe("SimHost answers a write only once it is saved", () => {
  // "Advance 3 days" then an immediate reload used to bring the clock back: the save waited
  // for a debounce that a reload never reaches.
  it("time travel and faucet are in the save when their calls resolve", async () => {
    saved.clear();
    const world = freshWorld();
    const host = new SimHost(world, { kind: "ready" });
    const before = world.timeMs;
    await host.advance(3 * 86_400);
    expect(restoreWorld(saved.get("world")!).timeMs).toBe(before + 3 * 86_400_000);

    const { address } = await connect(world, CELESTIA_SIM, await makeSigner(CELESTIA_SIM, "direct"));
    await host.fund(CELESTIA_SIM, address, [{ denom: "utia", amount: 5n }]);
    expect(restoreWorld(saved.get("world")!).chains[CELESTIA_SIM].balances[address]?.utia).toBe(5n);
  });

  it("a broadcast answered with its hash is in the save", async () => {
    saved.clear();
    const world = freshWorld();
    const { client, address } = await connect(world, CELESTIA_SIM, await makeSigner(CELESTIA_SIM, "direct"));
    await fund(world, CELESTIA_SIM, address, [{ denom: "utia", amount: "10000000" }]);
    const send = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: address, toAddress: address, amount: [{ denom: "utia", amount: "1" }] } };
    const signed = await client.sign(address, [send], calculateFee(200_000, GasPrice.fromString("0.002utia")), "");
    const host = new SimHost(world, { kind: "ready" });
    await host.rpc(CELESTIA_SIM, { jsonrpc: "2.0", id: 1, method: "broadcast_tx_sync", params: { tx: toBase64(TxRaw.encode(signed).finish()) } });
    expect(restoreWorld(saved.get("world")!).chains[CELESTIA_SIM].accounts[address].sequence).toBe(1);
  });
});
