import { WAY_CARD_ADMIN, WAY_CARD_CHAIN_ID, WAY_CARD_CONTRACT, WAY_CARD_MERCHANTS, WAY_CARD_PROGRAM } from "../../chains/way-card";
import { MILKTIA_ON_MILKYWAY } from "../../chains/lsts";
import { Ctx } from "../ctx";
import { Journal } from "../journal";
import { mintCoins } from "../modules/bank";
import { instantiateContract } from "../modules/wasm";
import { runEpochIn } from "../actors/way-card-program";
import type { World } from "../state";

const UNIT = 1_000_000n;
/** MILK the card program keeps in the contract so closing cards can refund balances. */
export const WAY_CARD_RESERVE_MILK = 5_000_000n * UNIT;

const SYMBOLS: Record<string, string> = { MILK: "MILK", MILKTIA: "milkTIA", TIA: "TIA", MILKBABY: "milkBABY" };

/**
 * Deploys the Way Card on MilkyWay after the restaking module's assets exist: the card accepts
 * exactly the assets x/assets registers (ticker and exponent from there), milkTIA as collateral,
 * and refunds in MILK. The first epoch records today's milkTIA rate.
 */
export function setupWayCard(world: World): void {
  const chain = world.chains[WAY_CARD_CHAIN_ID];
  const ctx = new Ctx(world, chain, new Journal());
  const registered = Object.values(chain.restaking?.assets ?? {}).sort((a, b) => a.denom.localeCompare(b.denom));
  const assets = registered.map((a) => ({ denom: a.denom, ticker: a.ticker, exponent: a.exponent, symbol: SYMBOLS[a.ticker] ?? a.ticker }));
  const collateral = assets.find((a) => a.denom === MILKTIA_ON_MILKYWAY);
  const refund = assets.find((a) => a.denom === "umilk");
  if (!collateral || !refund) throw new Error("way card: milkTIA and MILK must be registered assets");
  instantiateContract(ctx, {
    address: WAY_CARD_CONTRACT,
    kind: "way-card",
    creator: WAY_CARD_ADMIN,
    admin: WAY_CARD_ADMIN,
    label: "Way Card (app model)",
    msg: { program: WAY_CARD_PROGRAM, collateral, refund, assets, merchants: WAY_CARD_MERCHANTS },
  });
  mintCoins(ctx, WAY_CARD_CONTRACT, [{ denom: "umilk", amount: WAY_CARD_RESERVE_MILK }]);
  runEpochIn(ctx);
  world.actors["way-card/program"] = { lastEpochMs: world.timeMs };
}
