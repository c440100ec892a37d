/**
 * The simulated chains. Chain-ids are never mainnet ids, so a signature made for the
 * simulator cannot be replayed on a real network. Channel ids and denoms mirror mainnet
 * (protocol doc §0), so `ibc/…` hashes computed here equal the real ones.
 */
export type SimModuleName =
  | "staking"
  | "gov"
  | "wasm"
  | "tokenfactory"
  | "restaking"
  | "ibc-hooks"
  /** Osmosis pools: poolmanager, gamm (balancer) and concentrated-liquidity. */
  | "pools";

export interface SimChainConfig {
  chainId: string;
  name: string;
  bech32Prefix: string;
  valoperPrefix: string;
  /** Fee tokens accepted (an OR-set) with their minimum gas price as a decimal string. */
  feeTokens: ReadonlyArray<{ denom: string; minGasPrice: string }>;
  stakeDenom: string;
  stakeSymbol: string;
  decimals: number;
  /** Nominal block time; time advances in steps no longer than this for per-block modules. */
  blockTimeMs: number;
  unbondingSeconds: number;
  /** Annual staking reward rate paid to bonded stake, as a decimal string. */
  stakingApr: string;
  communityTax: string;
  modules: ReadonlyArray<SimModuleName>;
}

export const CELESTIA_SIM = "celestia-sim-1";
export const OSMOSIS_SIM = "osmosis-sim-1";
export const MILKYWAY_SIM = "milkyway-sim-1";
export const BABYLON_SIM = "babylon-sim-1";
export const INITIA_SIM = "initia-sim-1";
export const MOO_SIM = "moo-sim-1";

export const SIM_CHAINS: ReadonlyArray<SimChainConfig> = [
  {
    chainId: CELESTIA_SIM,
    name: "Celestia (simulated)",
    bech32Prefix: "celestia",
    valoperPrefix: "celestiavaloper",
    feeTokens: [{ denom: "utia", minGasPrice: "0.002" }],
    stakeDenom: "utia",
    stakeSymbol: "TIA",
    decimals: 6,
    blockTimeMs: 6_000,
    unbondingSeconds: 1_814_400,
    stakingApr: "0.105",
    communityTax: "0.02",
    modules: ["staking"],
  },
  {
    chainId: OSMOSIS_SIM,
    name: "Osmosis (simulated)",
    bech32Prefix: "osmo",
    valoperPrefix: "osmovaloper",
    feeTokens: [{ denom: "uosmo", minGasPrice: "0.0025" }],
    stakeDenom: "uosmo",
    stakeSymbol: "OSMO",
    decimals: 6,
    blockTimeMs: 5_000,
    unbondingSeconds: 1_209_600,
    stakingApr: "0.06",
    communityTax: "0.02",
    modules: ["staking", "wasm", "tokenfactory", "ibc-hooks", "pools"],
  },
  {
    chainId: MILKYWAY_SIM,
    name: "MilkyWay (simulated)",
    bech32Prefix: "milk",
    valoperPrefix: "milkvaloper",
    feeTokens: [{ denom: "umilk", minGasPrice: "0.0025" }],
    stakeDenom: "umilk",
    stakeSymbol: "MILK",
    decimals: 6,
    blockTimeMs: 6_000,
    unbondingSeconds: 1_814_400,
    stakingApr: "0.08",
    communityTax: "0.02",
    modules: ["staking", "gov", "wasm", "tokenfactory", "restaking", "ibc-hooks"],
  },
  {
    chainId: BABYLON_SIM,
    name: "Babylon (simulated)",
    bech32Prefix: "bbn",
    valoperPrefix: "bbnvaloper",
    feeTokens: [{ denom: "ubbn", minGasPrice: "0.002" }],
    stakeDenom: "ubbn",
    stakeSymbol: "BABY",
    decimals: 6,
    blockTimeMs: 10_000,
    unbondingSeconds: 172_800 * 1,
    stakingApr: "0.09",
    communityTax: "0.02",
    modules: ["staking"],
  },
  {
    chainId: INITIA_SIM,
    name: "Initia (simulated)",
    bech32Prefix: "init",
    valoperPrefix: "initvaloper",
    feeTokens: [{ denom: "uinit", minGasPrice: "0.015" }],
    stakeDenom: "uinit",
    stakeSymbol: "INIT",
    decimals: 6,
    blockTimeMs: 1_000,
    unbondingSeconds: 1_814_400,
    stakingApr: "0.12",
    communityTax: "0.02",
    modules: ["staking"],
  },
  {
    chainId: MOO_SIM,
    name: "Moo rollup (simulated)",
    bech32Prefix: "init",
    valoperPrefix: "initvaloper",
    feeTokens: [{ denom: "umoo", minGasPrice: "0.0025" }],
    stakeDenom: "umoo",
    stakeSymbol: "MOO",
    decimals: 6,
    blockTimeMs: 1_000,
    unbondingSeconds: 1_814_400,
    stakingApr: "0",
    communityTax: "0",
    modules: ["wasm", "tokenfactory", "ibc-hooks"],
  },
];

/** ICS-20 paths, port `transfer`, unordered (doc §0). Initia ↔ moo is not public: our own. */
export const SIM_CHANNELS: ReadonlyArray<{
  a: string;
  aChannel: string;
  b: string;
  bChannel: string;
}> = [
  { a: CELESTIA_SIM, aChannel: "channel-2", b: OSMOSIS_SIM, bChannel: "channel-6994" },
  { a: OSMOSIS_SIM, aChannel: "channel-89298", b: MILKYWAY_SIM, bChannel: "channel-0" },
  { a: CELESTIA_SIM, aChannel: "channel-49", b: MILKYWAY_SIM, bChannel: "channel-1" },
  { a: BABYLON_SIM, aChannel: "channel-4", b: MILKYWAY_SIM, bChannel: "channel-4" },
  { a: INITIA_SIM, aChannel: "channel-0", b: MOO_SIM, bChannel: "channel-0" },
];

export function simChain(chainId: string): SimChainConfig {
  const c = SIM_CHAINS.find((x) => x.chainId === chainId);
  if (!c) throw new Error(`unknown simulated chain ${chainId}`);
  return c;
}
