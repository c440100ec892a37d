/**
 * Way Card input checks: each refusal is the message shown next to its field, before any
 * wallet prompt, worked out with the contract's own arithmetic.
 */
import { formatAmount } from "../amount/format";
import { parseAmount } from "../amount/parse";
import { coinToMicroUsd, formatMicroUsd, USD_DECIMALS } from "../amount/way-card-math";
import { maxUnlock, projectedLimit, refundPreview, spendable, type Bounds, type CardAsset, type WayCard, type WayCardParams } from "./way-card";

export type Check<T> = { ok: true; value: T } | { ok: false; message: string };

export function checkPurchase(card: WayCard | null, merchant: string, input: string): Check<bigint> {
  if (!card) return { ok: false, message: "Open a card first." };
  if (merchant.trim() === "") return { ok: false, message: "Choose a merchant." };
  const parsed = parseAmount(input, USD_DECIMALS);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  if (parsed.value === 0n) return { ok: false, message: "Enter an amount greater than $0." };
  if (card.frozen) return { ok: false, message: "The card is frozen. Unfreeze it to make purchases." };
  const max = spendable(card);
  if (parsed.value > max) {
    return { ok: false, message: `That is more than the card can pay: ${formatMicroUsd(max)} (balance ${formatMicroUsd(card.balance)} plus available credit ${formatMicroUsd(card.creditAvailable)}).` };
  }
  return { ok: true, value: parsed.value };
}

export function checkTokenAmount(input: string, opts: { decimals: number; symbol: string; max: bigint; maxLabel: string }): Check<bigint> {
  const parsed = parseAmount(input, opts.decimals);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  if (parsed.value === 0n) return { ok: false, message: "Enter an amount greater than 0." };
  if (parsed.value > opts.max) return { ok: false, message: `That is more than ${opts.maxLabel}: ${formatAmount(opts.max, opts.decimals)} ${opts.symbol}.` };
  return { ok: true, value: parsed.value };
}

/** A top-up must be worth at least one micro-dollar at the feed price. */
export function checkTopUpValue(asset: CardAsset | undefined, amount: bigint): Check<bigint> {
  if (!asset || asset.price === null) return { ok: false, message: "This token has no price in the feed, so the card cannot take it." };
  const usd = coinToMicroUsd(amount, asset.price, asset.exponent);
  if (usd === 0n) return { ok: false, message: "That is worth less than $0.000001 at the current price." };
  return { ok: true, value: usd };
}

export function checkUnlock(card: WayCard, params: WayCardParams, input: string, decimals: number, symbol: string): Check<bigint> {
  const max = maxUnlock(card, params);
  const r = checkTokenAmount(input, { decimals, symbol, max: card.collateral, maxLabel: "is locked" });
  if (!r.ok) return r;
  if (r.value > max) {
    return {
      ok: false,
      message: `While ${formatMicroUsd(card.owed)} is owed, the rest must still cover it: at most ${formatAmount(max, decimals)} ${symbol} can be unlocked now.`,
    };
  }
  return r;
}

/** Auto top-up share typed as a percentage ("50", "12.5") → basis points within bounds. */
export function checkSharePercent(input: string, bounds: Bounds): Check<number> {
  const parsed = parseAmount(input, 2);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const bps = Number(parsed.value);
  if (bps < bounds.min || bps > bounds.max) return { ok: false, message: `Choose a share from ${bounds.min / 100}% to ${bounds.max / 100}%.` };
  return { ok: true, value: bps };
}

export function checkHorizon(input: string, bounds: Bounds, card: WayCard | null, params: WayCardParams): Check<number> {
  if (!/^\d{1,3}$/.test(input.trim())) return { ok: false, message: "Enter a whole number of days." };
  const days = Number(input.trim());
  if (days < bounds.min || days > bounds.max) return { ok: false, message: `Choose a horizon from ${bounds.min} to ${bounds.max} days.` };
  if (card && card.owed > 0n) {
    const limit = projectedLimit(params, card.collateral, days);
    if (limit < card.owed) return { ok: false, message: `A ${days}-day horizon would set the credit limit to ${formatMicroUsd(limit)}, below the ${formatMicroUsd(card.owed)} owed.` };
  }
  return { ok: true, value: days };
}

export function checkClose(card: WayCard, params: WayCardParams): Check<bigint> {
  if (card.owed > 0n) return { ok: false, message: `The card owes ${formatMicroUsd(card.owed)}. Repay it (top up) before closing.` };
  const refund = refundPreview(card, params);
  if (refund === null) return { ok: false, message: "MILK has no price in the feed right now, so the balance cannot be refunded." };
  return { ok: true, value: refund };
}

/**
 * Rewards are paid to the withdraw address (x/distribution for MILK staking, x/rewards for
 * restaking: two separate settings), not to the signer. The top-up spends the signer's MILK, so
 * if any claimed source pays elsewhere the card would be topped up from the wallet's own MILK,
 * or the transaction would fail short: refuse before signing.
 */
export function checkRewardsRecipient(args: {
  owner: string;
  sources: ReadonlyArray<{ kind: "staking" | "restaking" }>;
  stakingWithdrawAddress: string;
  restakingWithdrawAddress: string;
}): Check<null> {
  const elsewhere = (["staking", "restaking"] as const).filter((kind) => {
    const to = kind === "staking" ? args.stakingWithdrawAddress : args.restakingWithdrawAddress;
    return to !== args.owner && args.sources.some((s) => s.kind === kind);
  });
  if (elsewhere.length === 0) return { ok: true, value: null };
  const where = (kind: "staking" | "restaking") => (kind === "staking" ? args.stakingWithdrawAddress : args.restakingWithdrawAddress);
  const what = elsewhere.map((k) => `${k === "staking" ? "MILK staking" : "restaking"} rewards are paid to ${where(k)}`).join(" and your ");
  return {
    ok: false,
    message: `Your ${what}, not to this wallet, so claiming them cannot top up the card. Top up from your wallet instead, or set the rewards withdraw address back to this wallet.`,
  };
}
