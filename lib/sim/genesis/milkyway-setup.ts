import { SIM_LSTS } from "../../chains/lsts";
import { simActorAddress } from "../../chains/derive";
import { MILKYWAY_SIM } from "../../chains/sim-chains";
import { Ctx } from "../ctx";
import { Journal } from "../journal";
import { parseDec } from "../../amount/decimal";
import { mintCoins, sendCoins } from "../modules/bank";
import { initRestakingState, MILKTIA, TIA_VIA_OSMOSIS, STTIA } from "../modules/restaking/state";
import { setAsset, setPrice } from "../modules/restaking/pricing";
import {
  activateService,
  borrowPoolSecurity,
  createService,
  joinService,
  registerOperator,
  setOperatorParams,
  setServiceParams,
} from "../modules/restaking/admin";
import { delegateOperator, delegatePool, delegateService } from "../modules/restaking/delegation";
import { setUserPreferences } from "../modules/restaking/preferences";
import { basicDistribution, createRewardsPlan } from "../modules/restaking/rewards-plans";
import { planRewardsPoolAddress } from "../modules/restaking/store";
import { faucet } from "../rpc/sim-control";
import { simUsers } from "../actors/users";
import { randomInt } from "../actors/rng";
import type { World } from "../state";
import { setupGovernance } from "./gov-setup";

const UNIT = 1_000_000n;
const DAY_MS = 86_400_000;
const milkBABY = SIM_LSTS.find((l) => l.symbol === "milkBABY")!.lstDenom;

/** IBC traces of the TIA family on MilkyWay (doc §0), so faucets and DenomTrace work. */
const TRACES: Record<string, string> = {
  [MILKTIA]: "transfer/channel-0/factory/osmo1f5vfcph2dvfeqcqkhetwv75fda69z7e5c2dldm3kvgj23crkv6wqcn47a0/umilkTIA",
  [TIA_VIA_OSMOSIS]: "transfer/channel-0/transfer/channel-6994/utia",
  ["ibc/F1183DB3D428313A6FD329DF18219F9D6B83257D07D292EA9EC1D877E89EC2B0"]: "transfer/channel-1/utia",
};

const OPERATORS = [
  { moniker: "Nebula Restake", commission: "0.05" },
  { moniker: "Lactea Labs", commission: "0.08" },
  { moniker: "Orion Nodes", commission: "0.1" },
  { moniker: "Vega Secure", commission: "0.03" },
];

// MILK a day per service, sized so rates land where restaking rates sat in 2025 (roughly
// 5–25 % a year on the genesis TVL at the genesis prices), not at several hundred percent.
const SERVICES = [
  { name: "Blobstream Bridge", description: "Relays Celestia data roots to other chains.", perDay: 6_000n },
  { name: "Milky Oracle", description: "Price feeds secured by restaked TIA.", perDay: 4_000n },
  { name: "Rollup Sequencer", description: "Shared sequencing for MilkyWay rollups.", perDay: 2_500n },
];

/** Restaking world on MilkyWay: priced assets, operators, services with funded plans, delegators. */
export function setupMilkyway(world: World, validators: Record<string, string[]>): void {
  const chain = world.chains[MILKYWAY_SIM];
  const ctx = new Ctx(world, chain, new Journal());
  chain.restaking = initRestakingState({
    params: { unbondingTimeSec: 259_200, maxEntries: 7, restakingCap: 0n, allowedDenoms: [MILKTIA, TIA_VIA_OSMOSIS, STTIA, milkBABY] },
  });
  for (const [denom, path] of Object.entries(TRACES)) chain.ibc.traces[denom.slice(4)] = path;

  setAsset(ctx, MILKTIA, "MILKTIA", 6);
  setAsset(ctx, TIA_VIA_OSMOSIS, "TIA", 6);
  setAsset(ctx, milkBABY, "MILKBABY", 6);
  setAsset(ctx, "umilk", "MILK", 6);
  setPrice(ctx, "MILKTIA", parseDec("5.62"));
  setPrice(ctx, "TIA", parseDec("5.2"));
  setPrice(ctx, "MILKBABY", parseDec("0.071"));
  setPrice(ctx, "MILK", parseDec("0.048"));

  const fee = [{ denom: MILKTIA, amount: UNIT }];
  const operatorIds = OPERATORS.map((o, i) => {
    const admin = simActorAddress("milk", `operator/${i}`);
    faucet(world, MILKYWAY_SIM, admin, fee);
    const id = registerOperator(ctx, { sender: admin, moniker: o.moniker, website: "", pictureUrl: "", feeAmount: fee });
    setOperatorParams(ctx, admin, id, parseDec(o.commission));
    return { id, admin };
  });

  const users = simUsers(MILKYWAY_SIM);
  const milkTiaOf: bigint[] = [];
  // First delegations create the pools (ids from 1, one per denom).
  users.forEach((u, i) => {
    const milkTia = BigInt(randomInt(world, 2_000, 60_000)) * UNIT;
    milkTiaOf[i] = milkTia;
    const tia = BigInt(randomInt(world, 1_000, 30_000)) * UNIT;
    faucet(world, MILKYWAY_SIM, u, [
      { denom: MILKTIA, amount: milkTia },
      { denom: TIA_VIA_OSMOSIS, amount: tia },
    ]);
    mintCoins(ctx, u, [{ denom: "umilk", amount: 5_000n * UNIT }]);
    // A third to pools; operator and service delegations below take at most another third.
    delegatePool(ctx, u, { denom: MILKTIA, amount: milkTia / 3n });
    if (i % 3 === 0) delegatePool(ctx, u, { denom: TIA_VIA_OSMOSIS, amount: tia / 3n });
  });

  const start = world.timeMs;
  const serviceIds = SERVICES.map((s, i) => {
    const admin = simActorAddress("milk", `service/${i}`);
    faucet(world, MILKYWAY_SIM, admin, [{ denom: MILKTIA, amount: 2n * UNIT }]);
    const id = createService(ctx, { sender: admin, name: s.name, description: s.description, website: "", pictureUrl: "", feeAmount: fee });
    activateService(ctx, admin, id);
    setServiceParams(ctx, admin, id, []);
    for (const pool of [1, 2]) borrowPoolSecurity(ctx, admin, id, pool);
    operatorIds.forEach((o, j) => {
      if ((i + j) % 4 !== 3) joinService(ctx, o.admin, o.id, id);
    });
    const perDay = s.perDay * UNIT;
    const planId = createRewardsPlan(ctx, {
      sender: admin,
      serviceId: id,
      description: `${s.name} rewards in MILK`,
      amount: { denom: "umilk", amount: perDay },
      startMs: start,
      endMs: start + 400 * DAY_MS,
      pools: basicDistribution(1, 6),
      operators: basicDistribution(2, 3),
      users: { weight: 1 },
      feeAmount: fee,
    });
    mintCoins(ctx, admin, [{ denom: "umilk", amount: perDay * 420n }]);
    sendCoins(ctx, admin, planRewardsPoolAddress("milk", planId), [{ denom: "umilk", amount: perDay * 420n }]);
    return id;
  });

  users.forEach((u, i) => {
    const trusted = serviceIds.filter((_, j) => (i + j) % 3 !== 2).map((serviceId) => ({ serviceId, poolsIds: [] as number[] }));
    if (trusted.length) setUserPreferences(ctx, u, trusted);
    // Every operator and every service has delegators of its own, so no group of a plan is
    // empty (an empty group would hand its whole share to the first newcomer).
    if (i % 2 === 1) delegateOperator(ctx, u, operatorIds[(i >> 1) % operatorIds.length].id, [{ denom: MILKTIA, amount: milkTiaOf[i] / 6n }]);
    if (i % 2 === 0) delegateService(ctx, u, serviceIds[(i >> 1) % serviceIds.length], [{ denom: MILKTIA, amount: milkTiaOf[i] / 12n }]);
  });

  setupGovernance(world, validators[MILKYWAY_SIM] ?? []);
}
