import { SIM_LSTS } from "../chains/lsts";
import { simChain } from "../chains/sim-chains";
import { Ctx } from "./ctx";
import { Journal } from "./journal";
import { beginBlock, endBlock } from "./block";
import { mintCoins } from "./modules/bank";
import { sendTransfer } from "./modules/ibc-transfer";
import { delegate } from "./modules/staking-keeper";
import { setWithdrawAddressFor } from "./genesis/withdraw-address";
import { setupValidators } from "./genesis/staking-setup";
import { setupLsts } from "./genesis/lst-setup";
import { setupMilkyway } from "./genesis/milkyway-setup";
import { setupWayCard } from "./genesis/way-card-setup";
import { setupOsmosisPools } from "./genesis/osmosis-pools-setup";
import { simUsers } from "./actors/users";
import { randomInt } from "./actors/rng";
import { advanceTo, emptyWorld } from "./world";
import type { World } from "./state";

export const GENESIS_SEED = 20_260_116;
/** Fixed so every browser and test starts from the same world. */
export const GENESIS_TIME_MS = Date.UTC(2026, 7, 1, 0, 0, 0);
export const HISTORY_DAYS = 90;
const UNIT = 1_000_000n;
const DAY_MS = 86_400_000;

/**
 * The seeded world: validators on every staking chain, the three LST contracts resumed, other
 * users funded on the native chains and bridged to the protocol chains, the MilkyWay chain's
 * restaking and governance, the Osmosis pools — then `days` of life so rates and rewards have history.
 */
export function createGenesisWorld(opts: { seed?: number; days?: number } = {}): World {
  const world = emptyWorld(opts.seed ?? GENESIS_SEED, GENESIS_TIME_MS);
  for (const chain of Object.values(world.chains)) beginBlock(world, chain);

  const validators = setupValidators(world);
  setupLsts(world, (chainId) => validators[chainId] ?? []);

  for (const lst of SIM_LSTS) {
    const native = world.chains[lst.nativeChainId];
    const ctx = new Ctx(world, native, new Journal());
    setWithdrawAddressFor(ctx, lst.stakerAddress, lst.rewardCollectorAddress);
    // Other users: native tokens, most of them bridged to the protocol chain to stake there.
    const nativeUsers = simUsers(lst.nativeChainId);
    const protocolUsers = simUsers(lst.chainId);
    nativeUsers.forEach((u, i) => {
      const amount = BigInt(randomInt(world, 5_000, 250_000)) * UNIT;
      mintCoins(ctx, u, [{ denom: lst.nativeDenom, amount }]);
      const vals = validators[lst.nativeChainId];
      delegate(ctx, u, vals[i % vals.length], amount / 4n);
      sendTransfer(ctx, {
        sender: u,
        channel: lst.nativeChannel,
        token: { denom: lst.nativeDenom, amount: amount / 2n },
        receiver: protocolUsers[i],
        timeoutNs: BigInt(world.timeMs + DAY_MS) * 1_000_000n,
        memo: "",
      });
    });
    const pctx = new Ctx(world, world.chains[lst.chainId], new Journal());
    const fee = simChain(lst.chainId).feeTokens[0].denom;
    for (const u of protocolUsers) mintCoins(pctx, u, [{ denom: fee, amount: 1_000n * UNIT }]);
  }

  setupMilkyway(world, validators);
  setupWayCard(world);
  setupOsmosisPools(world);

  for (const chain of Object.values(world.chains)) endBlock(world, chain);
  advanceTo(world, world.timeMs + (opts.days ?? HISTORY_DAYS) * DAY_MS + 60_000);
  return world;
}
