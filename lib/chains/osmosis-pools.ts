/**
 * Osmosis pools of the simulated world (osmosis-sim-1), for the app's network config. Plain data.
 *
 * The milkTIA/TIA concentrated pools keep their mainnet ids (#1335 spread factor 0.2%, #1475
 * 0.05% — milkTIA's price source on Osmosis since May 2024 — and #1800), tick spacing 100,
 * milkTIA as token0, so a preset like "#1475" means the same pool in both modes. The balancer
 * pools (MILK/OSMO, milkBABY/MILK, TIA/OSMO) are simulator-only (ids 2001+ are not the mainnet
 * pools with those numbers).
 * The pool manager's counter starts after the highest id, so NumPools answers next id − 1 as on
 * chain, although only these pools exist.
 */
import { ibcDenom } from "./derive";
import { SIM_LSTS } from "./lsts";

const milkTia = SIM_LSTS.find((l) => l.symbol === "milkTIA")!;
const milkBaby = SIM_LSTS.find((l) => l.symbol === "milkBABY")!;

/** Osmosis ↔ MilkyWay channel on the Osmosis side (protocol doc §0). */
const OSMOSIS_TO_MILKYWAY = "channel-89298";

export const OSMOSIS_DENOMS = {
  milkTIA: milkTia.lstDenom,
  TIA: milkTia.ibcDenom,
  OSMO: "uosmo",
  /** MILK (umilk) bridged from MilkyWay. */
  MILK: ibcDenom(`transfer/${OSMOSIS_TO_MILKYWAY}/umilk`),
  /** milkBABY bridged from MilkyWay. */
  milkBABY: ibcDenom(`transfer/${OSMOSIS_TO_MILKYWAY}/${milkBaby.lstDenom}`),
} as const;

export interface SimOsmosisPool {
  id: number;
  type: "concentrated" | "balancer";
  /** CL: [token0, token1]; balancer: the assets (sorted by denom on chain). */
  denoms: readonly [string, string];
  /** Spread factor (CL) or swap fee (balancer), as a decimal string. */
  spreadFactor: string;
  label: string;
}

export const SIM_OSMOSIS_POOLS: readonly SimOsmosisPool[] = [
  { id: 1335, type: "concentrated", denoms: [OSMOSIS_DENOMS.milkTIA, OSMOSIS_DENOMS.TIA], spreadFactor: "0.002", label: "milkTIA/TIA 0.2%" },
  { id: 1475, type: "concentrated", denoms: [OSMOSIS_DENOMS.milkTIA, OSMOSIS_DENOMS.TIA], spreadFactor: "0.0005", label: "milkTIA/TIA 0.05%" },
  { id: 1800, type: "concentrated", denoms: [OSMOSIS_DENOMS.milkTIA, OSMOSIS_DENOMS.TIA], spreadFactor: "0.001", label: "milkTIA/TIA 0.1%" },
  { id: 2001, type: "balancer", denoms: [OSMOSIS_DENOMS.MILK, OSMOSIS_DENOMS.OSMO], spreadFactor: "0.003", label: "MILK/OSMO 50:50" },
  { id: 2002, type: "balancer", denoms: [OSMOSIS_DENOMS.milkBABY, OSMOSIS_DENOMS.MILK], spreadFactor: "0.003", label: "milkBABY/MILK 50:50" },
  // TIA's OSMO pool: protorev picks it to price TIA, so the pool manager can count the milkTIA/TIA
  // pools' volume in OSMO (as mainnet's TIA/OSMO pools do); also how the app values that volume.
  { id: 2003, type: "balancer", denoms: [OSMOSIS_DENOMS.TIA, OSMOSIS_DENOMS.OSMO], spreadFactor: "0.002", label: "TIA/OSMO 50:50" },
];

/** The pool the app quotes milkTIA against by default (mainnet's price source). */
export const SIM_MILKTIA_PRICE_POOL_ID = 1475;
