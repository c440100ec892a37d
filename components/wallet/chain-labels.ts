/** Short chain names for labels ("Copy Osmosis address", "TIA on Osmosis"): one list, in lib/chains. */
export { CHAIN_NAMES as CHAIN_LABELS } from "@/lib/chains/chain-names";
