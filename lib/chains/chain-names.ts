import type { ChainKey } from "../stores/network-store";

/** Display names of the chains by role (the configs' names carry a "(simulated)" suffix). */
export const CHAIN_NAMES: Record<ChainKey, string> = {
  celestia: "Celestia",
  osmosis: "Osmosis",
  milkyway: "MilkyWay",
  babylon: "Babylon",
  initia: "Initia",
  moo: "Moo",
};
