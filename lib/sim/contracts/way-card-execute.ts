import { parseDec, type Dec } from "../../amount/decimal";
import { coinToMicroUsd, formatMicroUsd, microUsdToCoin, minCollateralFor } from "../../amount/way-card-math";
import { harvest, yieldInCollateral } from "./way-card-math";
import { available, limitFor, market, priceOf } from "./way-card-pricing";
import {
  BOUNDS,
  ERR,
  K,
  MAX_RATE_SAMPLES,
  loadCard,
  loadConfig,
  nowSeconds,
  parseBounded,
  parseU128,
  record,
  saveCard,
  type Card,
  type Fields,
  type RateSample,
} from "./way-card-state";
import { ContractError, type ContractApi, type ContractResponse, type MessageInfo } from "./types";

type Attr = [string, string | number | bigint];

function response(...pairs: Attr[]): ContractResponse {
  return { attributes: pairs.map(([key, value]) => ({ key, value: String(value) })) };
}

function noFunds(info: MessageInfo): void {
  if (info.funds.length > 0) throw new ContractError(ERR.funds);
}

const coinText = (amount: bigint, denom: string) => `${amount}${denom}`;

export function openCard(api: ContractApi, info: MessageInfo, m: Fields): ContractResponse {
  noFunds(info);
  const bps = m.auto_top_up_bps == null ? BOUNDS.autoTopUpBps.default : parseBounded(m.auto_top_up_bps, ERR.bpsType, BOUNDS.autoTopUpBps, ERR.bpsBounds);
  const days = m.horizon_days == null ? BOUNDS.horizonDays.default : parseBounded(m.horizon_days, ERR.daysType, BOUNDS.horizonDays, ERR.horizonBounds);
  if (api.get<Card>(K.card(info.sender))) throw new ContractError(ERR.alreadyOpen);
  const card: Card = {
    owner: info.sender,
    balance: 0n,
    owed: 0n,
    spent_total: 0n,
    collateral: 0n,
    basis: 0n,
    frozen: false,
    auto_top_up_bps: bps,
    horizon_days: days,
    opened_at: nowSeconds(api),
    last_epoch: null,
  };
  saveCard(api, card);
  record(api, card.owner, { kind: "open", merchant: null, amount_usd: 0n, balance_after: 0n, owed_after: 0n, note: `auto top-up ${bps} bps, horizon ${days} days` });
  return response(["action", "open_card"], ["owner", card.owner], ["auto_top_up_bps", bps], ["horizon_days", days]);
}

/** Credits micro-USD: the debt is repaid first, the rest goes to the balance. */
function credit(api: ContractApi, card: Card, usd: bigint, kinds: { repay: "repayment"; rest: "top_up" | "auto_top_up" }, note: string): { card: Card; repaid: bigint; credited: bigint } {
  const repaid = card.owed < usd ? card.owed : usd;
  const credited = usd - repaid;
  let next = { ...card };
  if (repaid > 0n) {
    next = { ...next, owed: next.owed - repaid };
    record(api, card.owner, { kind: kinds.repay, merchant: null, amount_usd: repaid, balance_after: next.balance, owed_after: next.owed, note });
  }
  if (credited > 0n) {
    next = { ...next, balance: next.balance + credited };
    record(api, card.owner, { kind: kinds.rest, merchant: null, amount_usd: credited, balance_after: next.balance, owed_after: next.owed, note });
  }
  return { card: next, repaid, credited };
}

export function topUp(api: ContractApi, info: MessageInfo): ContractResponse {
  const config = loadConfig(api);
  const card = loadCard(api, info.sender);
  if (info.funds.length === 0) throw new ContractError(ERR.noFunds);
  let usd = 0n;
  const notes: string[] = [];
  for (const coin of info.funds) {
    const asset = config.assets.find((a) => a.denom === coin.denom);
    const price = asset ? priceOf(api, asset) : null;
    if (!asset || price === null) throw new ContractError(ERR.unpriced(coin.denom));
    usd += coinToMicroUsd(coin.amount, price, asset.exponent);
    notes.push(`${coinText(coin.amount, coin.denom)} at ${price}`);
  }
  if (usd === 0n) throw new ContractError(ERR.topUpZero);
  // The coins stay with the contract: they are the reserve that backs balances and refunds.
  const r = credit(api, card, usd, { repay: "repayment", rest: "top_up" }, notes.join(", "));
  saveCard(api, r.card);
  return response(["action", "top_up"], ["owner", card.owner], ["amount_usd", usd], ["repaid_usd", r.repaid], ["credited_usd", r.credited]);
}

export function lockCollateral(api: ContractApi, info: MessageInfo): ContractResponse {
  const config = loadConfig(api);
  const card = loadCard(api, info.sender);
  const denom = config.collateral.denom;
  if (info.funds.length !== 1) throw new ContractError(ERR.collateralFunds);
  if (info.funds[0].denom !== denom) throw new ContractError(ERR.wrongCollateral(config.collateral.symbol));
  const amount = info.funds[0].amount;
  const { latest } = market(api, config);
  if (!latest) throw new ContractError(ERR.noRate);
  // New collateral enters at today's rate, so only growth after this block counts as yield.
  const next: Card = { ...card, collateral: card.collateral + amount, basis: card.basis + amount * latest.rate };
  saveCard(api, next);
  record(api, card.owner, { kind: "lock", merchant: null, amount_usd: 0n, balance_after: next.balance, owed_after: next.owed, note: coinText(amount, denom) });
  return response(["action", "lock_collateral"], ["owner", card.owner], ["amount", amount], ["collateral", next.collateral]);
}

export function unlockCollateral(api: ContractApi, info: MessageInfo, m: Fields): ContractResponse {
  noFunds(info);
  const amount = parseU128(m.amount, "amount");
  const config = loadConfig(api);
  const card = loadCard(api, info.sender);
  if (amount === 0n) throw new ContractError(ERR.unlockZero);
  if (amount > card.collateral) throw new ContractError(ERR.unlockTooMuch(card.collateral));
  const rest = card.collateral - amount;
  if (card.owed > 0n) {
    const mk = market(api, config);
    const limit = limitFor(card, config, mk, card.horizon_days, rest);
    if (limit < card.owed) {
      const min = mk.collateralPrice === null ? null : minCollateralFor(card.owed, mk.collateralPrice, config.collateral.exponent, mk.apr, card.horizon_days);
      const max = min === null || min > card.collateral ? 0n : card.collateral - min;
      throw new ContractError(ERR.unlockUncovered(formatMicroUsd(limit), formatMicroUsd(card.owed), max));
    }
  }
  // The basis leaves in proportion, so the yield not yet harvested stays with what remains.
  const basis = card.collateral === 0n ? 0n : (card.basis * rest) / card.collateral;
  const next: Card = { ...card, collateral: rest, basis };
  saveCard(api, next);
  api.bankSend(card.owner, [{ denom: config.collateral.denom, amount }]);
  record(api, card.owner, { kind: "unlock", merchant: null, amount_usd: 0n, balance_after: next.balance, owed_after: next.owed, note: coinText(amount, config.collateral.denom) });
  return response(["action", "unlock_collateral"], ["owner", card.owner], ["amount", amount], ["collateral", rest]);
}

export function setAutoTopUp(api: ContractApi, info: MessageInfo, m: Fields): ContractResponse {
  noFunds(info);
  const bps = parseBounded(m.bps, ERR.bpsType, BOUNDS.autoTopUpBps, ERR.bpsBounds);
  const card = loadCard(api, info.sender);
  saveCard(api, { ...card, auto_top_up_bps: bps });
  return response(["action", "set_auto_top_up"], ["owner", card.owner], ["bps", bps]);
}

export function setHorizon(api: ContractApi, info: MessageInfo, m: Fields): ContractResponse {
  noFunds(info);
  const days = parseBounded(m.days, ERR.daysType, BOUNDS.horizonDays, ERR.horizonBounds);
  const config = loadConfig(api);
  const card = loadCard(api, info.sender);
  if (card.owed > 0n) {
    const limit = limitFor(card, config, market(api, config), days);
    if (limit < card.owed) throw new ContractError(ERR.horizonUncovered(days, formatMicroUsd(limit), formatMicroUsd(card.owed)));
  }
  saveCard(api, { ...card, horizon_days: days });
  return response(["action", "set_horizon"], ["owner", card.owner], ["days", days]);
}

export function purchase(api: ContractApi, info: MessageInfo, m: Fields): ContractResponse {
  noFunds(info);
  const config = loadConfig(api);
  const card = loadCard(api, info.sender);
  const merchant = typeof m.merchant === "string" ? m.merchant.trim() : "";
  if (merchant === "") throw new ContractError(ERR.emptyMerchant);
  if (!config.merchants.some((x) => x.id === merchant)) throw new ContractError(ERR.unknownMerchant(merchant));
  const amount = parseU128(m.amount_usd, "amount_usd");
  if (amount === 0n) throw new ContractError(ERR.zeroAmount);
  if (card.frozen) throw new ContractError(ERR.frozen);
  const spendable = card.balance + available(card, limitFor(card, config, market(api, config)));
  if (amount > spendable) throw new ContractError(ERR.overLimit(formatMicroUsd(amount), formatMicroUsd(spendable)));
  // The balance pays first; only the rest is borrowed against the collateral's future yield.
  const fromBalance = card.balance < amount ? card.balance : amount;
  const borrowed = amount - fromBalance;
  const next: Card = { ...card, balance: card.balance - fromBalance, owed: card.owed + borrowed, spent_total: card.spent_total + amount };
  saveCard(api, next);
  record(api, card.owner, {
    kind: "purchase",
    merchant,
    amount_usd: amount,
    balance_after: next.balance,
    owed_after: next.owed,
    note: borrowed > 0n ? `${formatMicroUsd(borrowed)} on credit, interest-free, repaid from yield` : "",
  });
  return response(["action", "purchase"], ["owner", card.owner], ["merchant", merchant], ["amount_usd", amount], ["from_balance", fromBalance], ["borrowed", borrowed]);
}

export function setFrozen(api: ContractApi, info: MessageInfo, frozen: boolean): ContractResponse {
  noFunds(info);
  const card = loadCard(api, info.sender);
  if (card.frozen === frozen) throw new ContractError(frozen ? ERR.alreadyFrozen : ERR.notFrozen);
  saveCard(api, { ...card, frozen });
  return response(["action", frozen ? "freeze" : "unfreeze"], ["owner", card.owner]);
}

export function closeCard(api: ContractApi, info: MessageInfo): ContractResponse {
  noFunds(info);
  const config = loadConfig(api);
  const card = loadCard(api, info.sender);
  if (card.owed > 0n) throw new ContractError(ERR.closeOwed(formatMicroUsd(card.owed)));
  let refund = 0n;
  if (card.balance > 0n) {
    const price = priceOf(api, config.refund);
    if (price === null) throw new ContractError(ERR.unpriced(config.refund.denom));
    refund = microUsdToCoin(card.balance, price, config.refund.exponent);
    const reserve = api.balance(api.env.contract.address, config.refund.denom);
    if (refund > reserve) throw new ContractError(ERR.reserveShort(refund, config.refund.denom));
    if (refund > 0n) api.bankSend(card.owner, [{ denom: config.refund.denom, amount: refund }]);
    record(api, card.owner, { kind: "refund", merchant: null, amount_usd: card.balance, balance_after: 0n, owed_after: 0n, note: `${coinText(refund, config.refund.denom)} at ${price}` });
  }
  if (card.collateral > 0n) api.bankSend(card.owner, [{ denom: config.collateral.denom, amount: card.collateral }]);
  api.del(K.card(card.owner));
  record(api, card.owner, { kind: "close", merchant: null, amount_usd: 0n, balance_after: 0n, owed_after: 0n, note: card.collateral > 0n ? `returned ${coinText(card.collateral, config.collateral.denom)}` : "" });
  return response(["action", "close_card"], ["owner", card.owner], ["refund", coinText(refund, config.refund.denom)], ["collateral_returned", card.collateral]);
}

function parseRate(v: unknown): Dec {
  if (typeof v !== "string" || !/^\d+(\.\d{1,18})?$/.test(v)) throw new ContractError(ERR.parse("invalid type for field `redemption_rate`, expected a decimal"));
  const d = parseDec(v);
  if (d === 0n) throw new ContractError(ERR.parse("`redemption_rate` must be positive"));
  return d;
}

/**
 * The card program's daily crank: records the collateral's redemption rate, then harvests
 * every card's yield since its mark. A real contract would page through cards; the simulator
 * has few.
 */
export function epoch(api: ContractApi, info: MessageInfo, m: Fields): ContractResponse {
  const config = loadConfig(api);
  if (info.sender !== config.program) throw new ContractError(ERR.unauthorized(info.sender));
  noFunds(info);
  const rate = parseRate(m.redemption_rate);
  const now = nowSeconds(api);
  const day = Math.floor(now / 86_400);
  const sample: RateSample = { rate, time: now };
  const existing = api.keys(K.ratePrefix);
  if (!api.get<RateSample>(K.rate(day)) && existing.length >= MAX_RATE_SAMPLES) api.del(existing[0]);
  api.set(K.rate(day), sample);

  const price = priceOf(api, config.collateral);
  let repaid = 0n;
  let toppedUp = 0n;
  let cards = 0;
  for (const key of api.keys("card/")) {
    const card = api.get<Card>(key)!;
    cards++;
    let next: Card = { ...card, last_epoch: now };
    const gain = yieldInCollateral(card.collateral, card.basis, rate);
    // Without a price the yield is left in place, unmarked, to be harvested at a later epoch.
    if (gain > 0n && price !== null) {
      const h = harvest({ gain, price, exponent: config.collateral.exponent, owed: card.owed, autoTopUpBps: BigInt(card.auto_top_up_bps) });
      const note = `yield ${coinText(h.takenCollateral, config.collateral.denom)} at ${price}`;
      const r = credit(api, next, h.repayUsd + h.topUpUsd, { repay: "repayment", rest: "auto_top_up" }, note);
      const collateral = card.collateral - h.takenCollateral;
      // What is not taken stays locked and becomes principal: it is not harvested twice.
      next = { ...r.card, collateral, basis: collateral * rate };
      repaid += r.repaid;
      toppedUp += r.credited;
    }
    saveCard(api, next);
  }
  return response(["action", "epoch"], ["redemption_rate", m.redemption_rate as string], ["cards", cards], ["repaid_usd", repaid], ["auto_top_up_usd", toppedUp]);
}
