import type { SimContract } from "./types";
import { liquidStakingContract } from "./liquid-staking";
import { rateOracleContract } from "./rate-oracle";
import { wayCardContract } from "./way-card";

/** TypeScript implementations by `ContractInfo.kind`; code ids are fixed per kind. */
export const CONTRACTS: Record<string, { codeId: number; impl: SimContract }> = {
  "liquid-staking": { codeId: 1, impl: liquidStakingContract },
  "rate-oracle": { codeId: 2, impl: rateOracleContract },
  "way-card": { codeId: 3, impl: wayCardContract },
};
