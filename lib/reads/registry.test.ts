import { beforeAll, describe, expect, it } from "vitest";
import { lstsFor, type NetworkSnapshot } from "../chains/networks";
import { wayCardContractOn } from "../chains/way-card";
import { answerSimRpcWith } from "../cosmos/transport/sim-rpc-client";
import { createGenesisWorld } from "../sim/genesis";
import { simUsers } from "../sim/actors/users";
import { handleRpc } from "../sim/rpc/handler";
import { SIMULATOR_CHAIN_IDS } from "../stores/network-store";
import { reads, runRead, type ReadName } from "./registry";

const net: NetworkSnapshot = { mode: "simulator", chainIds: SIMULATOR_CHAIN_IDS, rpc: {} };
const [milkTia] = lstsFor(net);
const card = wayCardContractOn(net.chainIds.milkyway)!;
const [osmoUser] = simUsers(net.chainIds.osmosis);
const [milkUser] = simUsers(net.chainIds.milkyway);

beforeAll(() => {
  const world = createGenesisWorld({ days: 2 });
  answerSimRpcWith((chainId, req) => handleRpc(world, chainId, req));
}, 60_000);

/** Reads of the genesis world, one per kind of answer the pages show. */
const calls: { [K in ReadName]?: unknown[] } = {
  lstConfig: [net, milkTia],
  lstState: [net, milkTia],
  pendingBatch: [net, milkTia],
  rateHistory: [net, milkTia, 48],
  pools: [net],
  operators: [net],
  services: [net],
  rewardsPlans: [net],
  restakingParams: [net],
  validators: [net],
  stakingParams: [net],
  govParams: [net],
  proposals: [net, "umilk"],
  bonded: [net],
  topValidator: [net],
  denomPrices: [net, ["umilk", milkTia.lstDenom]],
  wayCardParams: [net, card],
  wayCardMerchants: [net, card],
  height: [net, "celestia"],
  allBalances: [net, "osmosis", osmoUser],
  chainHistory: [net, "osmosis", osmoUser, 5],
  userDelegations: [net, milkUser],
  userRewards: [net, milkUser],
  stakeRewards: [net, milkUser],
};

describe("reads by name", () => {
  for (const [name, args] of Object.entries(calls)) {
    it(`${name} answers plain data that crosses to the page unchanged`, async () => {
      const value = await runRead(name, args);
      expect(value).not.toBeUndefined();
      // What a worker posts is a structured clone: class instances and functions would not survive.
      expect(structuredClone(value)).toEqual(value);
    });
  }

  it("gives the same answer by name as by calling the function", async () => {
    expect(await runRead("lstState", [net, milkTia])).toEqual(await reads.lstState(net, milkTia));
  });

  it("refuses a name it does not know, inherited ones included", async () => {
    await expect(runRead("dropEverything", [net])).rejects.toThrow("Unknown read: dropEverything");
    await expect(runRead("toString", [])).rejects.toThrow("Unknown read: toString");
  });

  it("passes a chain's refusal through as an error", async () => {
    await expect(runRead("wayCard", [net, card, "milk1nobody"])).rejects.toThrow();
  });
});
