import { parseDec } from "../../amount/decimal";
import { MILKTIA_ON_MILKYWAY } from "../../chains/lsts";
import { simActorAddress } from "../../chains/derive";
import type { SimCoin } from "../coins";
import { FakeHost } from "./fake-contract-api";
import { wayCardContract } from "./way-card";

/** Test fixture: the Way Card on a fake MilkyWay host with a price feed. */

export const CARD = simActorAddress("milk", "test/way-card");
export const PROGRAM = simActorAddress("milk", "test/program");
export const ALICE = simActorAddress("milk", "test/alice");
export const BOB = simActorAddress("milk", "test/bob");
export const MILKTIA = MILKTIA_ON_MILKYWAY;
export const T0 = 1_700_000_000;
export const DAY = 86_400;
export const UNIT = 1_000_000n;

export const ASSETS = {
  milk: { denom: "umilk", ticker: "MILK", exponent: 6, symbol: "MILK" },
  milkTia: { denom: MILKTIA, ticker: "MILKTIA", exponent: 6, symbol: "milkTIA" },
};

export const MERCHANTS = [
  { id: "nebula-coffee", name: "Nebula Coffee", category: "Food and drink" },
  { id: "orbit-books", name: "Orbit Books", category: "Books" },
];

export function setup(opts: { reserveMilk?: bigint } = {}) {
  const host = new FakeHost({ timeSeconds: T0, chainId: "milkyway-sim-1" });
  host.prices.set("MILKTIA", parseDec("5"));
  host.prices.set("MILK", parseDec("0.05"));
  host.instantiate(CARD, wayCardContract, PROGRAM, {
    program: PROGRAM,
    collateral: ASSETS.milkTia,
    refund: ASSETS.milk,
    assets: [ASSETS.milk, ASSETS.milkTia],
    merchants: MERCHANTS,
  });
  host.fund(CARD, "umilk", opts.reserveMilk ?? 1_000_000n * UNIT);
  for (const u of [ALICE, BOB]) {
    host.fund(u, "umilk", 100_000n * UNIT);
    host.fund(u, MILKTIA, 10_000n * UNIT);
  }
  return host;
}

export const exec = (host: FakeHost, sender: string, msg: unknown, funds: SimCoin[] = []) => host.execute(CARD, sender, msg, funds);

export function epoch(host: FakeHost, rate: string) {
  return host.execute(CARD, PROGRAM, { epoch: { redemption_rate: rate } });
}

export interface CardJson {
  balance: string;
  owed: string;
  spent_total: string;
  credit_limit: string;
  credit_available: string;
  collateral: { denom: string; amount: string };
  collateral_value_usd: string;
  frozen: boolean;
  auto_top_up_bps: number;
  horizon_days: number;
  opened_at: number;
  last_epoch: number | null;
}

export const card = (host: FakeHost, owner = ALICE) => host.query<CardJson | null>(CARD, { card: { owner } });

/**
 * A card with collateral and a 30-day rate history 1 → 1.01 (APR = 0.01 × 365/30), ready to
 * borrow: credit limit = 1000 milkTIA × $5 × APR × horizon/365.
 */
export function cardWithCredit(host: FakeHost, opts: { bps?: number; horizon?: number; collateral?: bigint } = {}) {
  epoch(host, "1");
  exec(host, ALICE, { open_card: { auto_top_up_bps: opts.bps ?? 5_000, horizon_days: opts.horizon ?? 30 } });
  host.advanceSeconds(30 * DAY);
  epoch(host, "1.01");
  exec(host, ALICE, { lock_collateral: {} }, [{ denom: MILKTIA, amount: opts.collateral ?? 1_000n * UNIT }]);
}
