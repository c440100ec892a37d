import { beforeAll, describe, expect, it } from "vitest";
import { simActorAddress } from "../chains/derive";
import { lstsFor, type NetworkSnapshot } from "../chains/networks";
import { wayCardContractOn } from "../chains/way-card";
import { OSMOSIS_DENOMS } from "../chains/osmosis-pools";
import { answerSimRpcWith } from "../cosmos/transport/sim-rpc-client";
import { simUsers } from "../sim/actors/users";
import { createGenesisWorld } from "../sim/genesis";
import { handleRpc } from "../sim/rpc/handler";
import { SIMULATOR_CHAIN_IDS } from "../stores/network-store";
import { reads, runRead, type ReadName } from "./registry";

const net: NetworkSnapshot = { mode: "simulator", chainIds: SIMULATOR_CHAIN_IDS, rpc: {} };
const [milkTia] = lstsFor(net);
const card = wayCardContractOn(net.chainIds.milkyway)!;
const [osmoUser] = simUsers(net.chainIds.osmosis);
const [milkUser] = simUsers(net.chainIds.milkyway);
/** A valid address nothing ever happened to: no vote, no card, no stake. */
const stranger = simActorAddress("milk", "registry-test/stranger");
let proposalId = 0n;

beforeAll(async () => {
  const world = createGenesisWorld({ days: 2 });
  answerSimRpcWith((chainId, req) => handleRpc(world, chainId, req));
  proposalId = (await reads.proposals(net, "umilk"))[0].id;
  simHasPools = await reads.osmosisPool(net, 1475n).then(
    () => true,
    (e: Error) => (/unknown|not (found|registered|supported)|no handler/i.test(e.message) ? false : Promise.reject(e)),
  );
}, 60_000);

/** Every read, with arguments that reach the genesis world; what they answer must cross to the page. */
const calls = (): Record<ReadName, unknown[]> => ({
  balance: [net, "osmosis", osmoUser, milkTia.lstDenom],
  allBalances: [net, "osmosis", osmoUser],
  height: [net, "celestia"],
  packetReceipt: [net, "milkyway", "channel-0", "999999"],
  lstConfig: [net, milkTia],
  lstState: [net, milkTia],
  pendingBatch: [net, milkTia],
  unstakeRequests: [net, milkTia, osmoUser],
  rateHistory: [net, milkTia, 48],
  govParams: [net],
  proposals: [net, "umilk"],
  tally: [net, proposalId],
  deposits: [net, proposalId, "umilk"],
  myVote: [net, proposalId, stranger],
  bonded: [net],
  myStake: [net, stranger],
  topValidator: [net],
  validators: [net],
  stakingParams: [net],
  stakeDelegations: [net, milkUser],
  stakeUnbondings: [net, milkUser],
  stakeWithdrawAddress: [net, milkUser],
  stakeRewards: [net, milkUser],
  pools: [net],
  operators: [net],
  services: [net],
  rewardsPlans: [net],
  restakingParams: [net],
  userDelegations: [net, milkUser],
  userUnbondings: [net, milkUser],
  userTrust: [net, milkUser],
  rewardsWithdrawAddress: [net, milkUser],
  userRewards: [net, milkUser],
  denomPrices: [net, ["umilk", milkTia.lstDenom]],
  wayCard: [net, card, stranger],
  wayCardStatement: [net, card, stranger, 5, null],
  wayCardParams: [net, card],
  wayCardMerchants: [net, card],
  chainHistory: [net, "osmosis", osmoUser, 5],
  osmosisPool: [net, 1475n],
  osmosisAllPools: [net],
  osmosisSpotPrice: [net, 1475n, milkTia.lstDenom, milkTia.ibcDenom],
  estimateSwapExactIn: [net, 1475n, { denom: milkTia.ibcDenom, amount: 1_000_000n }, milkTia.lstDenom],
  estimateSwapExactOut: [net, 1475n, milkTia.ibcDenom, { denom: milkTia.lstDenom, amount: 1_000_000n }],
  takerFee: [net, milkTia.lstDenom, milkTia.ibcDenom],
  poolVolume: [net, 1475n],
  poolLiquidity: [net, 1475n],
  swapQuote: [net, 1475n, { denom: milkTia.ibcDenom, amount: 1_000_000n }, milkTia.lstDenom, milkTia.lstDenom, milkTia.ibcDenom],
  clUserPositions: [net, osmoUser, 1475n],
  clPositionById: [net, 1n],
  clLiquidityPerTickRange: [net, 1475n],
  clClaimableSpreadRewards: [net, 1n],
  clPositionDeposit: [net, 1n],
  gammCalcJoin: [net, 2002n, [{ denom: OSMOSIS_DENOMS.milkBABY, amount: 1_000_000n }, { denom: OSMOSIS_DENOMS.MILK, amount: 1_000_000n }]],
  gammCalcExit: [net, 2002n, 10n ** 18n],
  poolHistory: [net, 1475n],
  poolVolumeWindow: [net, 1475n],
  osmoPriceOf: [net, OSMOSIS_DENOMS.TIA],
});

/** Osmosis's pool reads need the simulator's Osmosis pool modules (branch pools-chain); until they are in the world these say so and skip. */
const OSMOSIS_POOL_READS: ReadonlySet<string> = new Set([
  "osmosisPool", "osmosisAllPools", "osmosisSpotPrice", "estimateSwapExactIn", "estimateSwapExactOut", "takerFee", "poolVolume",
  "poolLiquidity", "swapQuote", "clUserPositions", "clPositionById", "clLiquidityPerTickRange", "clClaimableSpreadRewards", "clPositionDeposit", "gammCalcJoin", "gammCalcExit",
  "poolHistory", "poolVolumeWindow", "osmoPriceOf",
]);
let simHasPools = false;

/** The reads whose honest answer for these arguments is "nothing": null, not a failure. */
// A genesis position was never a transaction: its opening amounts are not in any tx index.
const NOTHING: ReadonlySet<ReadName> = new Set(["packetReceipt", "myVote", "wayCard", "clPositionDeposit"]);

describe("reads by name", () => {
  for (const name of Object.keys(reads) as ReadName[]) {
    it(`${name} answers plain data that crosses to the page unchanged`, async (ctx) => {
      if (OSMOSIS_POOL_READS.has(name) && !simHasPools) ctx.skip();
      const value = await runRead(name, calls()[name]);
      if (NOTHING.has(name)) expect(value).toBeNull();
      else expect(value ?? undefined).not.toBeUndefined();
      // What a worker posts is a structured clone: class instances (prototypes) and functions would not survive.
      expect(structuredClone(value)).toStrictEqual(value);
    });
  }

  it("answers 'nothing' for a stranger where the chain has nothing", async () => {
    expect(await runRead("myStake", [net, stranger])).toBe(0n);
    expect(await runRead("wayCardStatement", [net, card, stranger, 5, null])).toEqual([]);
  });

  it("refuses a name it does not know, inherited ones included, and arguments that are not a list", async () => {
    await expect(runRead("dropEverything", [net])).rejects.toThrow("Unknown read: dropEverything");
    await expect(runRead("toString", [])).rejects.toThrow("Unknown read: toString");
    await expect(runRead("pools", { 0: net })).rejects.toThrow("Bad arguments for read pools");
  });

  it("passes a chain's refusal through as an error with the chain's words", async () => {
    await expect(runRead("wayCard", [net, card, "milk1notanaddress"])).rejects.toThrow(/invalid|address|bech32/i);
  });
});
