import type { ChainKey } from "@/lib/stores/network-store";

/** Short chain names for labels ("Copy Osmosis address", "TIA on Osmosis"). */
export const CHAIN_LABELS: Readonly<Record<ChainKey, string>> = {
  celestia: "Celestia",
  osmosis: "Osmosis",
  milkyway: "MilkyWay",
  babylon: "Babylon",
  initia: "Initia",
  moo: "Moo",
};
