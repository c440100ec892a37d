import { describe, expect, it } from "vitest";
import { calculateFee, GasPrice, QueryClient, setupIbcExtension } from "@cosmjs/stargate";
import { CELESTIA_SIM, OSMOSIS_SIM } from "../../chains/sim-chains";
import type { World } from "../state";
import { advanceSeconds, connect, freshWorld, fund, makeSigner, rpc } from "./harness";

// TIA on Osmosis: ibc/ + sha256("transfer/channel-6994/utia") (doc §0).
const TIA_ON_OSMOSIS = "ibc/D79E7D83AB399BFFF93433E54FAA480C191248FC556924A2A8351AE2638B3877";
const CELESTIA_TO_OSMOSIS = "channel-2";
const OSMOSIS_TO_CELESTIA = "channel-6994";
const tiaFee = calculateFee(200_000, GasPrice.fromString("0.002utia"));
const osmoFee = calculateFee(200_000, GasPrice.fromString("0.0025uosmo"));
const TIA_FEE = BigInt(tiaFee.amount[0].amount);

async function bothSides(world: World) {
  const celestia = await connect(world, CELESTIA_SIM, await makeSigner(CELESTIA_SIM, "direct"));
  const osmosis = await connect(world, OSMOSIS_SIM, await makeSigner(OSMOSIS_SIM, "amino"));
  await fund(world, CELESTIA_SIM, celestia.address, [{ denom: "utia", amount: "50000000" }]);
  await fund(world, OSMOSIS_SIM, osmosis.address, [{ denom: "uosmo", amount: "5000000" }]);
  return { celestia, osmosis };
}

function transfer(sender: string, receiver: string, channel: string, denom: string, amount: string, timeoutMs: number) {
  return {
    typeUrl: "/ibc.applications.transfer.v1.MsgTransfer",
    value: {
      sourcePort: "transfer",
      sourceChannel: channel,
      token: { denom, amount },
      sender,
      receiver,
      timeoutTimestamp: BigInt(timeoutMs) * 1_000_000n,
      memo: "",
    },
  };
}

type Client = Awaited<ReturnType<typeof connect>>["client"];
const bal = async (client: Client, address: string, denom: string) => BigInt((await client.getBalance(address, denom)).amount);

describe("ICS-20 transfers between simulated chains through the real clients", () => {
  it("Celestia → Osmosis arrives as the TIA voucher; sending it back restores utia; DenomTrace answers the path", async () => {
    const world = freshWorld();
    const { celestia, osmosis } = await bothSides(world);

    const out = await celestia.client.signAndBroadcast(
      celestia.address,
      [transfer(celestia.address, osmosis.address, CELESTIA_TO_OSMOSIS, "utia", "12345678", world.timeMs + 600_000)],
      tiaFee,
    );
    expect(out.code, out.rawLog).toBe(0);
    expect(await bal(celestia.client, celestia.address, "utia")).toBe(50_000_000n - 12_345_678n - TIA_FEE);
    // Not there before the relayer has carried the packet.
    expect(await bal(osmosis.client, osmosis.address, TIA_ON_OSMOSIS)).toBe(0n);
    await advanceSeconds(world, 30);
    expect(await bal(osmosis.client, osmosis.address, TIA_ON_OSMOSIS)).toBe(12_345_678n);

    const ibc = QueryClient.withExtensions(osmosis.comet, setupIbcExtension);
    const { denomTrace } = await ibc.ibc.transfer.denomTrace(TIA_ON_OSMOSIS.slice(4));
    expect(denomTrace).toEqual({ path: `transfer/${OSMOSIS_TO_CELESTIA}`, baseDenom: "utia" });
    await expect(ibc.ibc.transfer.denomTrace("00".repeat(32))).rejects.toThrow(/denomination trace not found/);

    const back = await osmosis.client.signAndBroadcast(
      osmosis.address,
      [transfer(osmosis.address, celestia.address, OSMOSIS_TO_CELESTIA, TIA_ON_OSMOSIS, "12345678", world.timeMs + 600_000)],
      osmoFee,
    );
    expect(back.code, back.rawLog).toBe(0);
    // The voucher is burned at once on its way home.
    expect(await bal(osmosis.client, osmosis.address, TIA_ON_OSMOSIS)).toBe(0n);
    await advanceSeconds(world, 30);
    expect(await bal(celestia.client, celestia.address, "utia")).toBe(50_000_000n - TIA_FEE);
    // The ack came back: the source chain has no outstanding commitment left.
    expect(Object.keys(world.chains[OSMOSIS_SIM].ibc.packets).filter((k) => k.startsWith(`${OSMOSIS_TO_CELESTIA}/`))).toEqual([]);
  });

  it("a packet the destination refuses is found by its recv_packet event, with its own error acknowledgement, and refunded", async () => {
    const world = freshWorld();
    const { celestia, osmosis } = await bothSides(world);
    // A receiver Osmosis cannot decode: the transfer app refuses the packet (an error acknowledgement).
    const out = await celestia.client.signAndBroadcast(
      celestia.address,
      [transfer(celestia.address, "osmo1notanaddress", CELESTIA_TO_OSMOSIS, "utia", "7000000", world.timeMs + 600_000)],
      tiaFee,
    );
    expect(out.code, out.rawLog).toBe(0);
    const sequence = out.events.find((e) => e.type === "send_packet")?.attributes.find((a) => a.key === "packet_sequence")?.value;
    expect(sequence).toMatch(/^\d+$/);
    await advanceSeconds(world, 30);

    // As in ibc-go, core IBC emits recv_packet outside the application's cache context, so it
    // stays although the app reverted its own writes and events.
    const [recv] = await osmosis.client.searchTx(`recv_packet.packet_dst_channel='${OSMOSIS_TO_CELESTIA}' AND recv_packet.packet_sequence='${sequence}'`);
    expect(recv, "the receipt is found by the packet's recv_packet attributes").toBeDefined();
    const ack = recv.events.find((e) => e.type === "write_acknowledgement");
    expect(ack?.attributes.find((a) => a.key === "packet_ack")?.value).toMatch(/"error"/);
    expect(recv.events.some((e) => e.type === "fungible_token_packet" && e.attributes.some((a) => a.key === "success" && a.value === "false"))).toBe(true);
    expect(await bal(osmosis.client, osmosis.address, TIA_ON_OSMOSIS)).toBe(0n);
    // The error acknowledgement refunds the sender on Celestia.
    expect(await bal(celestia.client, celestia.address, "utia")).toBe(50_000_000n - TIA_FEE);
  });

  it("with the relayer stalled a packet times out after its deadline and is refunded once the relayer resumes", async () => {
    const world = freshWorld();
    const { celestia, osmosis } = await bothSides(world);
    await rpc(world, CELESTIA_SIM, "sim_fault", { relayerStalled: true });
    const deadline = world.timeMs + 120_000;
    const out = await celestia.client.signAndBroadcast(
      celestia.address,
      [transfer(celestia.address, osmosis.address, CELESTIA_TO_OSMOSIS, "utia", "7000000", deadline)],
      tiaFee,
    );
    expect(out.code, out.rawLog).toBe(0);
    const debited = 50_000_000n - 7_000_000n - TIA_FEE;

    await advanceSeconds(world, 300);
    expect(world.timeMs).toBeGreaterThan(deadline);
    // Past the deadline but nobody relayed the timeout yet: still escrowed, nothing arrived.
    expect(await bal(celestia.client, celestia.address, "utia")).toBe(debited);
    expect(await bal(osmosis.client, osmosis.address, TIA_ON_OSMOSIS)).toBe(0n);

    await rpc(world, CELESTIA_SIM, "sim_fault", { relayerStalled: false });
    await advanceSeconds(world, 30);
    expect(await bal(celestia.client, celestia.address, "utia")).toBe(50_000_000n - TIA_FEE);
    expect(await bal(osmosis.client, osmosis.address, TIA_ON_OSMOSIS)).toBe(0n);
    const timeouts = await celestia.client.searchTx(`timeout_packet.packet_src_channel='${CELESTIA_TO_OSMOSIS}'`);
    expect(timeouts.length).toBeGreaterThanOrEqual(1);
    // Refunded once: more time does not pay again.
    await advanceSeconds(world, 300);
    expect(await bal(celestia.client, celestia.address, "utia")).toBe(50_000_000n - TIA_FEE);
  });

  it("a transfer on a channel that does not exist is refused and nothing leaves the account", async () => {
    const world = freshWorld();
    const { celestia, osmosis } = await bothSides(world);
    const res = await celestia.client.signAndBroadcast(
      celestia.address,
      [transfer(celestia.address, osmosis.address, "channel-999", "utia", "1000", world.timeMs + 600_000)],
      tiaFee,
    );
    expect(res.code).not.toBe(0);
    expect(res.rawLog).toContain("channel not found");
    expect(await bal(celestia.client, celestia.address, "utia")).toBe(50_000_000n - TIA_FEE);
  });
});
