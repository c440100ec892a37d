import { MILKTIA_ON_MILKYWAY, SIM_LSTS } from "../chains/lsts";
import { BABYLON_SIM, CELESTIA_SIM, INITIA_SIM, MILKYWAY_SIM, MOO_SIM, OSMOSIS_SIM } from "../chains/sim-chains";

const UNIT = 1_000_000n;
const lst = (s: string) => SIM_LSTS.find((l) => l.symbol === s)!;

/**
 * What the simulator faucet gives a new demo wallet: native tokens on every chain, fee tokens,
 * and each LST's native token already bridged to its contract's chain, so both staking
 * routes work on the first visit.
 */
export const DEMO_FUNDING: ReadonlyArray<{ chainId: string; coins: { denom: string; amount: bigint }[] }> = [
  { chainId: CELESTIA_SIM, coins: [{ denom: "utia", amount: 1_000n * UNIT }] },
  { chainId: OSMOSIS_SIM, coins: [{ denom: "uosmo", amount: 100n * UNIT }, { denom: lst("milkTIA").ibcDenom, amount: 500n * UNIT }] },
  { chainId: MILKYWAY_SIM, coins: [{ denom: "umilk", amount: 2_000n * UNIT }, { denom: lst("milkBABY").ibcDenom, amount: 20_000n * UNIT }, { denom: MILKTIA_ON_MILKYWAY, amount: 200n * UNIT }] },
  { chainId: BABYLON_SIM, coins: [{ denom: "ubbn", amount: 20_000n * UNIT }] },
  { chainId: INITIA_SIM, coins: [{ denom: "uinit", amount: 1_000n * UNIT }] },
  { chainId: MOO_SIM, coins: [{ denom: "umoo", amount: 100n * UNIT }, { denom: lst("milkINIT").ibcDenom, amount: 500n * UNIT }] },
];
