import { describe, expect, it } from "vitest";
import type { OfflineSigner } from "@cosmjs/proto-signing";
import { connectKeplrMobile, keplrMobileAvailable, NoWalletConnectSessionError, WalletConnectUnavailableError, type WcClient } from "./keplr-mobile";
import type { NetworkSnapshot } from "../chains/networks";

const LIVE: NetworkSnapshot = {
  mode: "live",
  chainIds: { celestia: "celestia", osmosis: "osmosis-1", milkyway: "milkyway", babylon: "bbn-1", initia: "interwoven-1", moo: "" },
  rpc: {},
};

/** A stand-in for cosmos-kit's Keplr WalletConnect client that behaves like the relay answered. */
function fakeClient(opts: { approve?: boolean; savedSession?: boolean; ledger?: boolean } = {}) {
  const calls: string[] = [];
  let actions: Parameters<WcClient["setActions"]>[0] = {};
  const client: WcClient = {
    qrUrl: { state: "Init" },
    sessions: opts.savedSession ? [{}] : [],
    setActions: (a) => {
      actions = a;
    },
    init: async () => void calls.push("init"),
    connect: async (ids) => {
      calls.push(`connect:${ids.join(",")}`);
      if (!opts.savedSession) {
        client.qrUrl = { state: "Done", data: "wc:abc@2?relay-protocol=irn" };
        actions.qrUrl?.state?.("Done");
      }
      if (opts.approve === false) {
        client.qrUrl = { state: "Error", message: "Proposal Expired" };
        return;
      }
      client.keplr = {};
    },
    enable: async (ids) => void calls.push(`enable:${ids.length}`),
    getAccount: async (id) => ({ address: `addr-on-${id}`, isNanoLedger: opts.ledger }),
    getOfflineSigner: (id, type) => ({ type, id }) as unknown as OfflineSigner,
    disconnect: async () => void calls.push("disconnect"),
  };
  return { client, calls };
}

describe("Keplr Mobile over WalletConnect", () => {
  it("is offered only in live mode and only with a project id", () => {
    expect(keplrMobileAvailable({ mode: "live" }, "abc")).toBe(true);
    expect(keplrMobileAvailable({ mode: "live" }, null)).toBe(false);
    expect(keplrMobileAvailable({ mode: "simulator" }, "abc")).toBe(false);
  });

  it("pairs for every configured chain, hands out the pairing link, and returns one address per chain", async () => {
    const { client, calls } = fakeClient();
    const uris: string[] = [];
    const s = await connectKeplrMobile(LIVE, { projectId: "p", load: async () => client, onPairingUri: (u) => uris.push(u) });
    expect(uris).toEqual(["wc:abc@2?relay-protocol=irn"]);
    // The empty live chain-id (a chain the user left unconfigured) is not requested.
    expect(calls).toContain("connect:celestia,osmosis-1,milkyway,bbn-1,interwoven-1");
    expect(s.addresses).toEqual({
      celestia: "addr-on-celestia",
      "osmosis-1": "addr-on-osmosis-1",
      milkyway: "addr-on-milkyway",
      "bbn-1": "addr-on-bbn-1",
      "interwoven-1": "addr-on-interwoven-1",
    });
    expect(await s.getSigner("milkyway")).toMatchObject({ type: "direct", id: "milkyway" });
  });

  it("signs amino for a Ledger account, which cannot sign protobuf", async () => {
    const { client } = fakeClient({ ledger: true });
    const s = await connectKeplrMobile(LIVE, { projectId: "p", load: async () => client });
    expect(await s.getSigner("milkyway")).toMatchObject({ type: "amino" });
  });

  it("turns an expired or rejected proposal into an error instead of a half-connected wallet", async () => {
    const { client } = fakeClient({ approve: false });
    await expect(connectKeplrMobile(LIVE, { projectId: "p", load: async () => client })).rejects.toThrow("Proposal Expired");
  });

  it("restores a saved session silently and never starts a new pairing without the user", async () => {
    const saved = fakeClient({ savedSession: true });
    const uris: string[] = [];
    const s = await connectKeplrMobile(LIVE, { projectId: "p", silent: true, load: async () => saved.client, onPairingUri: (u) => uris.push(u) });
    expect(uris).toEqual([]);
    expect(s.addresses.milkyway).toBe("addr-on-milkyway");

    const none = fakeClient();
    await expect(connectKeplrMobile(LIVE, { projectId: "p", silent: true, load: async () => none.client })).rejects.toBeInstanceOf(NoWalletConnectSessionError);
    expect(none.calls).toEqual(["init"]);
  });

  it("refuses the simulator before loading anything", async () => {
    let loaded = false;
    const sim = { ...LIVE, mode: "simulator" as const };
    await expect(
      connectKeplrMobile(sim, {
        projectId: "p",
        load: async () => {
          loaded = true;
          return fakeClient().client;
        },
      }),
    ).rejects.toBeInstanceOf(WalletConnectUnavailableError);
    expect(loaded).toBe(false);
  });
});
