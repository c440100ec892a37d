import { decToString } from "../../amount/decimal";
import { coinToMicroUsd } from "../../amount/way-card-math";
import { available, limitFor, market, priceOf } from "./way-card-pricing";
import {
  APR_WINDOW_DAYS,
  BOUNDS,
  ERR,
  K,
  STATEMENT_PAGE_DEFAULT,
  STATEMENT_PAGE_MAX,
  loadConfig,
  validateAddress,
  type Card,
  type Entry,
  type Fields,
} from "./way-card-state";
import { ContractError, type ContractApi } from "./types";

/**
 * Query answers are JSON as a CosmWasm contract would send: u128 as strings, decimals as
 * strings, Option as null.
 */

const s = (v: bigint) => v.toString();
const dec = (v: bigint | null) => (v === null ? null : decToString(v));

function cardView(api: ContractApi, card: Card) {
  const config = loadConfig(api);
  const mk = market(api, config);
  const limit = limitFor(card, config, mk);
  return {
    owner: card.owner,
    balance: s(card.balance),
    owed: s(card.owed),
    spent_total: s(card.spent_total),
    credit_limit: s(limit),
    credit_available: s(available(card, limit)),
    collateral: { denom: config.collateral.denom, amount: s(card.collateral) },
    collateral_value_usd: s(mk.collateralPrice === null ? 0n : coinToMicroUsd(card.collateral, mk.collateralPrice, config.collateral.exponent)),
    frozen: card.frozen,
    auto_top_up_bps: card.auto_top_up_bps,
    horizon_days: card.horizon_days,
    opened_at: card.opened_at,
    last_epoch: card.last_epoch,
  };
}

function entryView(e: Entry) {
  return { ...e, amount_usd: s(e.amount_usd), balance_after: s(e.balance_after), owed_after: s(e.owed_after) };
}

function statement(api: ContractApi, f: Fields) {
  const owner = validateAddress(f.owner, "owner");
  let limit = STATEMENT_PAGE_DEFAULT;
  if (f.limit != null) {
    if (typeof f.limit !== "number" || !Number.isInteger(f.limit) || f.limit < 0) throw new ContractError(ERR.queryParse("invalid type for field `limit`, expected u32"));
    limit = Math.min(f.limit, STATEMENT_PAGE_MAX);
  }
  let before = Number.POSITIVE_INFINITY;
  if (f.start_after != null) {
    if (typeof f.start_after !== "number" || !Number.isInteger(f.start_after)) throw new ContractError(ERR.queryParse("invalid type for field `start_after`, expected u64"));
    before = f.start_after;
  }
  // Newest first; `start_after` is the last seq the caller has seen.
  const keys = api.keys(K.entryPrefix(owner));
  const out = [];
  for (let i = keys.length - 1; i >= 0 && out.length < limit; i--) {
    const e = api.get<Entry>(keys[i])!;
    if (e.seq < before) out.push(entryView(e));
  }
  return { entries: out };
}

function params(api: ContractApi) {
  const config = loadConfig(api);
  const mk = market(api, config);
  return {
    program: config.program,
    collateral_denom: config.collateral.denom,
    refund_denom: config.refund.denom,
    assets: config.assets.map((a) => ({ denom: a.denom, ticker: a.ticker, exponent: a.exponent, symbol: a.symbol, price: dec(priceOf(api, a)) })),
    auto_top_up_bps: BOUNDS.autoTopUpBps,
    horizon_days: BOUNDS.horizonDays,
    apr: decToString(mk.apr),
    apr_window_days: APR_WINDOW_DAYS,
    redemption_rate: mk.latest ? decToString(mk.latest.rate) : null,
    rate_time: mk.latest ? mk.latest.time : null,
  };
}

export function query(api: ContractApi, msg: unknown): unknown {
  if (msg === null || typeof msg !== "object" || Array.isArray(msg) || Object.keys(msg).length !== 1) {
    throw new ContractError(ERR.queryParse("expected an object with exactly one key"));
  }
  const [name, body] = Object.entries(msg as Fields)[0];
  const f = (body ?? {}) as Fields;
  switch (name) {
    case "card": {
      const card = api.get<Card>(K.card(validateAddress(f.owner, "owner")));
      return card ? cardView(api, card) : null;
    }
    case "statement":
      return statement(api, f);
    case "params":
      return params(api);
    case "merchants":
      return { merchants: loadConfig(api).merchants };
    default:
      throw new ContractError(ERR.queryParse(`unknown variant \`${name}\``));
  }
}
