/**
 * `sim_wind_down`: the world as MilkyWay left it in January 2026, so the exit can be tried.
 *
 * The real team stopped the milkTIA contract (a stopped contract refuses even Withdraw) and,
 * with authz over the staker multisig, returned the principal through an Osmosis pool: TIA
 * offered for milkTIA at about the last redemption rate. Here the contract's admin trips its
 * circuit breaker, and a team account provides TIA single-sided in a concentrated position just
 * below the last rate (1% wide), so milkTIA holders who sell on the pool get about the rate.
 *
 * The TIA comes from a funded account, not from thin air: the team's treasury on Osmosis, bridged
 * from Celestia at genesis (osmosis-pools-setup.ts), moves into the position, so no token is
 * minted and every supply is unchanged. The real team paid out the staker's unbonded principal;
 * playing out its 21-day unbonding and the transfer would keep the exit closed for three weeks of
 * simulated time, and a control has to answer in seconds — the treasury stands in for that money.
 */
import { simActorAddress } from "../../chains/derive";
import { SIM_LSTS } from "../../chains/lsts";
import { SIM_OSMOSIS_POOLS } from "../../chains/osmosis-pools";
import { OSMOSIS_SIM } from "../../chains/sim-chains";
import { Ctx } from "../ctx";
import { Journal } from "../journal";
import { balanceOf } from "../modules/bank";
import { executeContract, queryContractJson } from "../modules/wasm";
import { clCreatePosition, loadClPool } from "../modules/osmosis/cl-keeper";
import { calculatePriceToTick, roundDownTickToSpacing } from "../modules/osmosis/math/cl/tick";
import type { World } from "../state";

export const WIND_DOWN_TEAM = simActorAddress("osmo", "milkTIA/wind-down-team");
/** The team's treasury, bridged at genesis (whole TIA): more than the contract's N in any world the app makes. */
export const WIND_DOWN_TREASURY_TIA = 3_000_000n;
/** Width of the team's range below the rate, in basis points. */
export const WIND_DOWN_RANGE_BPS = 100n;
const Q18 = 10n ** 18n;

export interface WindDownResult {
  contract: string;
  stopped: true;
  /** The rate the contract last had (N/L), 18 decimals. */
  redemptionRate: string;
  poolId: number;
  positionId: string;
  lowerTick: string;
  upperTick: string;
  /** TIA the team put in the pool (base units). */
  amount: string;
}

export class WindDownParamError extends Error {}

export function windDown(world: World, chainId: string, p: { poolId?: unknown; amount?: unknown }): WindDownResult {
  const lst = SIM_LSTS.find((l) => l.symbol === "milkTIA")!;
  if (chainId !== OSMOSIS_SIM) throw new WindDownParamError(`sim_wind_down runs on ${OSMOSIS_SIM}, where the milkTIA contract and its pools are`);
  const pools = SIM_OSMOSIS_POOLS.filter((x) => x.type === "concentrated" && x.denoms[0] === lst.lstDenom);
  const poolId = p.poolId === undefined ? 1475 : Number(p.poolId);
  if (!pools.some((x) => x.id === poolId)) throw new WindDownParamError(`poolId must be one of the milkTIA/TIA pools: ${pools.map((x) => x.id).join(", ")}`);
  if (p.amount !== undefined && !(typeof p.amount === "string" && /^[1-9]\d{0,15}$/.test(p.amount))) {
    throw new WindDownParamError("amount must be a positive integer string of TIA base units (at most 16 digits)");
  }

  const chain = world.chains[OSMOSIS_SIM];
  const ctx = new Ctx(world, chain, new Journal());
  const st = queryContractJson(world, chain, lst.contract, { state: {} }) as { total_native_token: string; total_liquid_stake_token: string };
  const n = BigInt(st.total_native_token);
  const l = BigInt(st.total_liquid_stake_token);
  const rate = n === 0n || l === 0n ? Q18 : (n * Q18) / l;
  const treasury = balanceOf(chain, WIND_DOWN_TEAM, lst.ibcDenom);
  // By default the contract's N, as far as the treasury reaches.
  const amount = p.amount !== undefined ? BigInt(p.amount as string) : n < treasury ? n : treasury;
  if (amount <= 0n) {
    throw new WindDownParamError(treasury === 0n ? "nothing to return: the team's treasury on Osmosis holds no TIA" : "nothing to return: the contract holds no TIA; pass amount");
  }
  if (amount > treasury) throw new WindDownParamError(`the team holds ${treasury} TIA base units on Osmosis; amount must not exceed that`);

  // 1. The admin trips the circuit breaker (once).
  const cfg = queryContractJson(world, chain, lst.contract, { config: {} }) as { stopped: boolean };
  if (!cfg.stopped) {
    const { admin } = queryContractJson(world, chain, lst.contract, { admin: {} }) as { admin: string };
    executeContract(ctx, admin, lst.contract, { circuit_breaker: {} }, []);
  }

  // 2. TIA only (from the team's treasury), in [rate − 1%, rate], kept below the pool's current tick so no milkTIA is needed.
  const { pool } = loadClPool(chain, BigInt(poolId));
  const spacing = pool.tickSpacing;
  const rateTick = roundDownTickToSpacing(calculatePriceToTick(rate * Q18), spacing);
  const lowTick = roundDownTickToSpacing(calculatePriceToTick(((rate * (10_000n - WIND_DOWN_RANGE_BPS)) / 10_000n) * Q18), spacing);
  const belowCurrent = pool.positions.size > 0 ? roundDownTickToSpacing(pool.currentTick, spacing) : rateTick;
  const upper = rateTick < belowCurrent ? rateTick : belowCurrent;
  const lower = lowTick < upper ? (upper - lowTick >= spacing ? lowTick : upper - spacing) : upper - spacing;
  const created = clCreatePosition(ctx, BigInt(poolId), WIND_DOWN_TEAM, [{ denom: lst.ibcDenom, amount }], 0n, 0n, lower, upper);

  return {
    contract: lst.contract,
    stopped: true,
    redemptionRate: rateText(rate),
    poolId,
    positionId: created.positionId.toString(),
    lowerTick: created.lowerTick.toString(),
    upperTick: created.upperTick.toString(),
    amount: (created.amount1 + created.amount0).toString(),
  };
}

const rateText = (r: bigint) => `${r / Q18}.${(r % Q18).toString().padStart(18, "0")}`;
