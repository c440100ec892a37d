import { decFromRatio, decToString } from "../../amount/decimal";
import { SIM_LSTS } from "../../chains/lsts";
import { WAY_CARD_CHAIN_ID, WAY_CARD_CONTRACT, WAY_CARD_PROGRAM } from "../../chains/way-card";
import { systemTx } from "../block";
import type { Ctx } from "../ctx";
import { oracleAddress } from "../genesis/lst-setup";
import { executeContract, queryContractJson } from "../modules/wasm";
import type { World } from "../state";
import { execRecord } from "./coordinator";

const DAY_MS = 86_400_000;
const BOOK = "way-card/program";
const milkTIA = SIM_LSTS.find((l) => l.symbol === "milkTIA")!;

interface ProgramBook {
  lastEpochMs: number;
}

/**
 * milkTIA's redemption rate as the staking contract's rate oracle on Osmosis publishes it. The
 * card lives on MilkyWay and cannot query Osmosis, so the program relays the rate with each
 * epoch. Before the oracle's first post, the rate is the contract's own N/L (1 while empty).
 * Null when neither can be read: the program then skips the day rather than post a wrong rate,
 * which would read as a loss and then as a windfall.
 */
export function milkTiaRedemptionRate(world: World): string | null {
  const chain = world.chains[milkTIA.chainId];
  try {
    const r = queryContractJson(world, chain, oracleAddress(milkTIA), { redemption_rate: { denom: milkTIA.lstDenom } }) as { redemption_rate: string };
    return r.redemption_rate;
  } catch {
    try {
      const st = queryContractJson(world, chain, milkTIA.contract, { state: {} }) as { total_native_token: string; total_liquid_stake_token: string };
      const n = BigInt(st.total_native_token);
      const l = BigInt(st.total_liquid_stake_token);
      return n === 0n || l === 0n ? "1" : decToString(decFromRatio(n, l, "floor"));
    } catch {
      return null;
    }
  }
}

export function epochMsg(world: World) {
  const rate = milkTiaRedemptionRate(world);
  return rate === null ? null : { epoch: { redemption_rate: rate } };
}

/** Runs one epoch inside an existing context (genesis uses this for the first rate sample). */
export function runEpochIn(ctx: Ctx): void {
  const msg = epochMsg(ctx.world);
  if (msg) executeContract(ctx, WAY_CARD_PROGRAM, WAY_CARD_CONTRACT, msg, []);
}

/** The card program: once per simulated day, relay the rate and harvest every card's yield. */
export function runWayCardProgram(world: World): void {
  const chain = world.chains[WAY_CARD_CHAIN_ID];
  if (!chain.wasm.contracts[WAY_CARD_CONTRACT]) return;
  const book = (world.actors[BOOK] as ProgramBook | undefined) ?? { lastEpochMs: world.timeMs };
  if (world.timeMs - book.lastEpochMs < DAY_MS) {
    world.actors[BOOK] = book;
    return;
  }
  const msg = epochMsg(world);
  if (!msg) return;
  systemTx(world, chain, execRecord(WAY_CARD_PROGRAM, WAY_CARD_CONTRACT, msg), (ctx) => void executeContract(ctx, WAY_CARD_PROGRAM, WAY_CARD_CONTRACT, msg, []));
  // Daily cadence from the last epoch, not wall-clock midnight: a long jump runs one epoch.
  world.actors[BOOK] = { lastEpochMs: world.timeMs };
}
