import { SIM_LSTS, type LstRecord } from "../../chains/lsts";
import { simActorAddress } from "../../chains/derive";
import { simChain } from "../../chains/sim-chains";
import { systemTx } from "../block";
import { balanceOf } from "../modules/bank";
import { executeContract, queryContractJson } from "../modules/wasm";
import type { World } from "../state";
import { execRecord } from "./coordinator";
import { nextRandom, pick, randomInt } from "./rng";

const DAY_MS = 86_400_000;
export const SIM_USER_COUNT = 24;

/** The other stakers of the living world, one set per protocol chain. */
export function simUsers(chainId: string): string[] {
  const prefix = simChain(chainId).bech32Prefix;
  return Array.from({ length: SIM_USER_COUNT }, (_, i) => simActorAddress(prefix, `user/${i}`));
}

function act(world: World, lst: LstRecord, sender: string, msg: unknown, funds: { denom: string; amount: bigint }[]): void {
  const chain = world.chains[lst.chainId];
  systemTx(world, chain, execRecord(sender, lst.contract, msg), (ctx) => void executeContract(ctx, sender, lst.contract, msg, funds));
}

function userDay(world: World, lst: LstRecord): void {
  const chain = world.chains[lst.chainId];
  const users = simUsers(lst.chainId);
  const actions = randomInt(world, 1, 4);
  for (let i = 0; i < actions; i++) {
    const user = pick(world, users);
    const roll = nextRandom(world);
    if (roll < 0.55) {
      const have = balanceOf(chain, user, lst.ibcDenom);
      const amount = (have * BigInt(randomInt(world, 2, 20))) / 100n;
      if (amount >= 1_000_000n) act(world, lst, user, { liquid_stake: {} }, [{ denom: lst.ibcDenom, amount }]);
    } else if (roll < 0.85) {
      const have = balanceOf(chain, user, lst.lstDenom);
      const amount = (have * BigInt(randomInt(world, 5, 40))) / 100n;
      if (amount > 0n) act(world, lst, user, { liquid_unstake: {} }, [{ denom: lst.lstDenom, amount }]);
    } else {
      const reqs = queryContractJson(world, chain, lst.contract, { unstake_requests: { user } }) as { batch_id: number }[];
      for (const r of reqs) {
        const b = queryContractJson(world, chain, lst.contract, { batch: { id: r.batch_id } }) as { status: string };
        if (b.status === "received") act(world, lst, user, { withdraw: { batch_id: r.batch_id } }, []);
      }
    }
  }
}

/** Once per simulated day, other users stake, unstake and claim. */
export function runUsers(world: World): void {
  const last = (world.actors["users/lastDayMs"] as number | undefined) ?? world.genesisTimeMs;
  if (world.timeMs - last < DAY_MS) return;
  world.actors["users/lastDayMs"] = world.timeMs;
  for (const lst of SIM_LSTS) {
    if (!world.chains[lst.chainId].wasm.contracts[lst.contract]) continue;
    const cfg = queryContractJson(world, world.chains[lst.chainId], lst.contract, { config: {} }) as { stopped: boolean };
    if (!cfg.stopped) userDay(world, lst);
  }
}
