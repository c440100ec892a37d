import { SIM_CHAINS, type SimChainConfig } from "../../chains/sim-chains";
import { Ctx } from "../ctx";
import { Journal } from "../journal";
import { mintCoins } from "../modules/bank";
import { createValidator, delegate } from "../modules/staking-keeper";
import { operatorAccount } from "../modules/distribution-keeper";
import type { World } from "../state";
import { randomInt } from "../actors/rng";

const MONIKERS = ["Nebula", "Lactea", "Andromeda", "Cassiopeia", "Orion", "Vega", "Lyra", "Draco", "Polaris", "Sirius"];
const COMMISSIONS = ["0.05", "0.05", "0.08", "0.1", "0.03", "0.07", "0.05", "0.1", "0.06", "0.04"];
const UNIT = 1_000_000n;

function validatorCount(cfg: SimChainConfig): number {
  return cfg.chainId.startsWith("celestia") ? 10 : cfg.chainId.startsWith("milkyway") ? 7 : 6;
}

/** Validators with uneven self-bonds, so voting power and APR differ like a real set. */
export function setupValidators(world: World): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const cfg of SIM_CHAINS) {
    if (!cfg.modules.includes("staking")) continue;
    const ctx = new Ctx(world, world.chains[cfg.chainId], new Journal());
    const vals: string[] = [];
    for (let i = 0; i < validatorCount(cfg); i++) {
      const moniker = MONIKERS[i];
      const bond = BigInt(randomInt(world, 200_000, 4_000_000)) * UNIT;
      const valoper = createValidator(ctx, { moniker, commissionRate: COMMISSIONS[i], selfDelegation: 0n });
      const self = operatorAccount(valoper, cfg.bech32Prefix);
      mintCoins(ctx, self, [{ denom: cfg.stakeDenom, amount: bond + 1_000n * UNIT }]);
      delegate(ctx, self, valoper, bond);
      vals.push(valoper);
    }
    out[cfg.chainId] = vals;
  }
  return out;
}
