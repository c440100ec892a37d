import { sha256 } from "../crypto";
import { toBech32, toUtf8 } from "@cosmjs/encoding";
import { CELESTIA_SIM, simChain } from "../../chains/sim-chains";
import { Ctx } from "../ctx";
import { Journal } from "../journal";
import type { ChainState, World } from "../state";
import { emptyChain, emptyWorld } from "../world";
import { mintCoins } from "./bank";
import { accrueRewards } from "./distribution-keeper";
import { completeMatureEntries } from "./staking-keeper";
import { initStakingState } from "./staking-state";

/** Test-only: a one-chain world with staking initialised at `t0`, and a fresh Ctx on it. */
export function stakingEnv(chainId = CELESTIA_SIM, t0 = Date.UTC(2025, 0, 1)) {
  const chain: ChainState = { ...emptyChain(chainId, t0), height: 1 };
  chain.staking = initStakingState(simChain(chainId), t0);
  const world: World = { ...emptyWorld(1, t0), chains: { [chainId]: chain } };
  const cfg = simChain(chainId);
  const env = {
    world,
    chain,
    cfg,
    ctx: () => new Ctx(world, chain, new Journal()),
    /** A deterministic test account address. */
    addr: (name: string) => toBech32(cfg.bech32Prefix, sha256(toUtf8(`test/${name}`)).slice(0, 20)),
    fund: (address: string, amount: bigint, denom = cfg.stakeDenom) => mintCoins(env.ctx(), address, [{ denom, amount }]),
    /** One block `ms` later: BeginBlock (reward accrual) and EndBlock (unbonding payouts). */
    block: (ms: number) => {
      chain.height += 1;
      chain.timeMs += ms;
      world.timeMs = chain.timeMs;
      const c = env.ctx();
      accrueRewards(c);
      completeMatureEntries(c);
    },
  };
  return env;
}
