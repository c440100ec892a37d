/**
 * Projection calculator for layered strategies, in exact decimals:
 *   1. liquid stake alone — the LST's value compounds daily through the redemption rate;
 *   2. plus restaking — the same LST, restaked, also earns rewards paid out in reward tokens
 *      (valued here in the staked token, not compounded: they are claimed, not restaked);
 *   3. plus routing a share of those rewards to the Way Card — the same total, with the routed
 *      share landing on the card as spending power.
 *
 * Rounding: every step rounds DOWN (the daily growth factor, each day's value, each day's
 * reward, each day's card share), so the projection never promises more than the inputs imply.
 * It is a projection from constant rates, not a forecast.
 */
import { DEC_SCALE, decMul, mulIntByDec, type Dec } from "../amount/decimal";
import { parseAmount } from "../amount/parse";
import { divRound } from "../amount/rounding";
import { decPowFloor } from "./yield";

export const MAX_DAYS = 3_650;
/** 1000% a year: beyond it the inputs are almost certainly a typo. */
export const MAX_RATE: Dec = 10n * DEC_SCALE;

export interface ProjectionInput {
  /** Staked amount in base units of the native token. */
  principal: bigint;
  /** Yearly compounded growth of the redemption rate, as a fraction (0.05 = 5%). */
  lstApy: Dec;
  /** Yearly restaking rewards as a fraction of the staked value, paid out (not compounded). */
  restakeApr: Dec;
  /** Fraction 0..1 of restaking rewards routed to the card. */
  cardShare: Dec;
  days: number;
}

export interface ProjectionPoint {
  day: number;
  /** Value of the liquid-staked position in native base units. */
  value: bigint;
  /** Cumulative restaking rewards (native-equivalent base units). */
  rewards: bigint;
  /** Cumulative part of the rewards routed to the card. */
  card: bigint;
}

export interface ProjectionResult {
  dailyGrowth: Dec;
  /** Strategy 1. */
  stakeOnly: { endValue: bigint; yield: bigint };
  /** Strategy 2. */
  withRestaking: { endValue: bigint; rewards: bigint; yield: bigint };
  /** Strategy 3: the same yield as strategy 2, split between the card and the wallet. */
  withCard: { endValue: bigint; toCard: bigint; kept: bigint; yield: bigint };
  /** Points for the chart: day 0, then about 60 evenly spaced days, always the last one. */
  series: ProjectionPoint[];
}

/**
 * The largest daily growth x (18 digits) with (1+x)^365 ≤ 1+apy, so 365 daily steps never
 * beat the yearly figure. Bisection on the integer representation: exact and about 60 steps.
 */
export function dailyGrowthFromApy(apy: Dec): Dec {
  if (apy < 0n) throw new RangeError("dailyGrowthFromApy: a negative APY cannot be projected");
  const target = DEC_SCALE + apy;
  let lo = 0n;
  let hi = apy; // (1+apy)^(1/365) − 1 ≤ apy for apy ≥ 0
  while (lo < hi) {
    const mid = (lo + hi + 1n) / 2n;
    if (decPowFloor(DEC_SCALE + mid, 365) <= target) lo = mid;
    else hi = mid - 1n;
  }
  return lo;
}

export function project(input: ProjectionInput): ProjectionResult {
  const { principal, lstApy, restakeApr, cardShare, days } = input;
  if (principal < 0n) throw new RangeError("project: principal must not be negative");
  if (!Number.isInteger(days) || days < 0 || days > MAX_DAYS) throw new RangeError(`project: days must be an integer from 0 to ${MAX_DAYS}`);
  if (cardShare < 0n || cardShare > DEC_SCALE) throw new RangeError("project: cardShare must be between 0 and 1");
  if (restakeApr < 0n) throw new RangeError("project: restakeApr must not be negative");

  const daily = dailyGrowthFromApy(lstApy);
  const rewardPerDay = divRound(restakeApr, 365n, "floor");
  const step = Math.max(1, Math.ceil(days / 60));

  let factor = DEC_SCALE;
  let value = principal;
  let rewards = 0n;
  let card = 0n;
  const series: ProjectionPoint[] = [{ day: 0, value, rewards, card }];
  for (let d = 1; d <= days; d++) {
    // The day's restaking reward is earned on the value held during that day (start of day).
    const reward = mulIntByDec(value, rewardPerDay, "floor");
    const routed = mulIntByDec(reward, cardShare, "floor");
    rewards += reward;
    card += routed;
    factor = decMul(factor, DEC_SCALE + daily, "floor");
    value = mulIntByDec(principal, factor, "floor");
    if (d % step === 0 || d === days) series.push({ day: d, value, rewards, card });
  }
  const lstYield = value - principal;
  return {
    dailyGrowth: daily,
    stakeOnly: { endValue: value, yield: lstYield },
    withRestaking: { endValue: value, rewards, yield: lstYield + rewards },
    withCard: { endValue: value, toCard: card, kept: rewards - card, yield: lstYield + rewards },
    series,
  };
}

// ---- form input ----

export interface ProjectionForm {
  amount: string;
  lstApyPercent: string;
  restakeAprPercent: string;
  cardSharePercent: string;
  days: string;
}

export type ProjectionField = keyof ProjectionForm;

export type ProjectionParse = { ok: true; value: ProjectionInput } | { ok: false; errors: Partial<Record<ProjectionField, string>> };

/**
 * A percent typed by the user as an exact Dec fraction: "5.25" → 0.0525. A percent with 16
 * fractional digits is exactly an 18-digit fraction, so parseAmount at 16 decimals is exact.
 */
function parsePercent(input: string, label: string, max: Dec): { ok: true; value: Dec } | { ok: false; message: string } {
  const r = parseAmount(input, 16);
  if (!r.ok) {
    if (r.reason === "empty") return { ok: false, message: `Enter ${label} (0 or more).` };
    if (r.reason === "negative") return { ok: false, message: `${capital(label)} cannot be negative.` };
    if (r.reason === "too-many-decimals") return { ok: false, message: `${capital(label)} has too many decimals.` };
    return { ok: false, message: `Enter ${label} as a number, like 5.5.` };
  }
  if (r.value > max) return { ok: false, message: `${capital(label)} can be at most ${percentOf(max)}%.` };
  return { ok: true, value: r.value };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const percentOf = (d: Dec) => (d * 100n / DEC_SCALE).toString();

export function parseProjectionForm(form: ProjectionForm, decimals: number, symbol: string): ProjectionParse {
  const errors: Partial<Record<ProjectionField, string>> = {};
  const amount = parseAmount(form.amount, decimals);
  if (!amount.ok) errors.amount = amount.message;
  else if (amount.value === 0n) errors.amount = `Enter an amount of ${symbol} above zero.`;

  const apy = parsePercent(form.lstApyPercent, "the liquid staking APY", MAX_RATE);
  if (!apy.ok) errors.lstApyPercent = apy.message;
  const apr = parsePercent(form.restakeAprPercent, "the restaking APR", MAX_RATE);
  if (!apr.ok) errors.restakeAprPercent = apr.message;
  const share = parsePercent(form.cardSharePercent, "the share routed to the card", DEC_SCALE);
  if (!share.ok) errors.cardSharePercent = share.message;

  const daysText = form.days.trim();
  const days = /^\d{1,5}$/.test(daysText) ? Number(daysText) : NaN;
  if (daysText === "") errors.days = "Enter a number of days.";
  else if (!Number.isInteger(days)) errors.days = "Enter whole days, like 365.";
  else if (days < 1 || days > MAX_DAYS) errors.days = `Enter from 1 to ${MAX_DAYS} days.`;

  if (Object.keys(errors).length > 0 || !amount.ok || !apy.ok || !apr.ok || !share.ok) return { ok: false, errors };
  return { ok: true, value: { principal: amount.value, lstApy: apy.value, restakeApr: apr.value, cardShare: share.value, days } };
}
