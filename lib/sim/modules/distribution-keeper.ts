import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { DEC_SCALE, decMul, decMulTruncate, decToString, type Dec } from "../../amount/decimal";
import { moduleAddress } from "../address";
import { coinsString, sortCoins, type SimCoin } from "../coins";
import type { Ctx } from "../ctx";
import { sdk } from "../errors";
import { rec, type Rec } from "../journal";
import { allBalances, mintCoins, sendCoins } from "./bank";
import { distrErr } from "./staking-errors";
import {
  BOND_STATUS_BONDED,
  configDec,
  setStakingField,
  stakingStateFor,
  type StakingState,
  type ValidatorRecord,
} from "./staking-state";

/** Reward accrual uses a 365-day year: APR × bonded × Δt / YEAR. */
export const YEAR_MS = 365n * 86_400_000n;

export function distributionAddress(prefix: string): string {
  return moduleAddress(prefix, "distribution");
}

export function feeCollectorAddress(prefix: string): string {
  return moduleAddress(prefix, "fee_collector");
}

// ---- DecCoins as plain records (denom → raw 18-decimal), zero entries dropped ----

export function sortedDenoms(rec: Readonly<Rec<unknown>>): string[] {
  return Object.keys(rec).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function decCoinsAdd(a: Readonly<Rec<Dec>>, b: Readonly<Rec<Dec>>): Rec<Dec> {
  const out: Rec<Dec> = Object.assign(rec<Dec>(), a);
  for (const [d, v] of Object.entries(b)) out[d] = (out[d] ?? 0n) + v;
  for (const d of Object.keys(out)) if (out[d] === 0n) delete out[d];
  return out;
}

export function decCoinsSub(a: Readonly<Rec<Dec>>, b: Readonly<Rec<Dec>>): Rec<Dec> {
  const out: Rec<Dec> = Object.assign(rec<Dec>(), a);
  for (const [d, v] of Object.entries(b)) out[d] = (out[d] ?? 0n) - v;
  for (const d of Object.keys(out)) {
    if (out[d] < 0n) throw new Error(`negative DecCoin amount for ${d}`);
    if (out[d] === 0n) delete out[d];
  }
  return out;
}

/** DecCoins.TruncateDecimal: whole coins and the fractional change. */
export function decCoinsTruncate(a: Readonly<Rec<Dec>>): { coins: SimCoin[]; change: Rec<Dec> } {
  const coins: SimCoin[] = [];
  const change: Rec<Dec> = rec();
  for (const d of sortedDenoms(a)) {
    const whole = a[d] / DEC_SCALE;
    if (whole > 0n) coins.push({ denom: d, amount: whole });
    const frac = a[d] - whole * DEC_SCALE;
    if (frac > 0n) change[d] = frac;
  }
  return { coins, change };
}

/** The wire form: cosmos.base.v1beta1.DecCoin with the raw LegacyDec integer as amount. */
export function toProtoDecCoins(a: Readonly<Rec<Dec>>): { denom: string; amount: string }[] {
  return sortedDenoms(a)
    .filter((d) => a[d] !== 0n)
    .map((denom) => ({ denom, amount: a[denom].toString() }));
}

/** DecCoins.String(), as event attributes print them. */
export function decCoinsString(a: Readonly<Rec<Dec>>): string {
  return sortedDenoms(a)
    .map((d) => `${decToString(a[d])}${d}`)
    .join(",");
}

function fromCoins(coins: ReadonlyArray<SimCoin>): Rec<Dec> {
  const out: Rec<Dec> = rec();
  for (const c of coins) if (c.amount > 0n) out[c.denom] = (out[c.denom] ?? 0n) + c.amount * DEC_SCALE;
  return out;
}

// ---- allocation (mint + fees → community pool, commission, delegators) ----

export function bondedValidators(st: StakingState): ValidatorRecord[] {
  return Object.values(st.validators)
    .filter((v) => v.status === BOND_STATUS_BONDED && !v.jailed)
    .sort((a, b) => (a.operator < b.operator ? -1 : a.operator > b.operator ? 1 : 0));
}

export function totalBondedTokens(st: StakingState): bigint {
  return bondedValidators(st).reduce((s, v) => s + v.tokens, 0n);
}

/** AllocateTokensToValidator: commission at the validator's rate (LegacyDec.Mul), the rest per share. */
function allocateToValidator(ctx: Ctx, st: StakingState, v: ValidatorRecord, reward: Rec<Dec>): void {
  const commission: Rec<Dec> = rec();
  const ratioInc: Rec<Dec> = rec();
  for (const [denom, amount] of Object.entries(reward)) {
    const c = decMul(amount, v.commissionRate, "half-even");
    if (c > 0n) commission[denom] = c;
    // Floored per share: what delegators can ever claim stays within what was allocated.
    const inc = ((amount - c) * DEC_SCALE) / v.delegatorShares;
    if (inc > 0n) ratioInc[denom] = inc;
  }
  ctx.set(st.validators, v.operator, {
    ...v,
    rewardRatio: decCoinsAdd(v.rewardRatio, ratioInc),
    outstanding: decCoinsAdd(v.outstanding, reward),
    commission: decCoinsAdd(v.commission, commission),
  });
  ctx.emit("commission", { amount: decCoinsString(commission), validator: v.operator });
  ctx.emit("rewards", { amount: decCoinsString(reward), validator: v.operator });
}

/**
 * Splits coins already held by the distribution module: community tax first (MulDecTruncate),
 * then bonded validators by tokens (floored); every rounding remainder goes to the community pool.
 */
export function allocateTokens(ctx: Ctx, st: StakingState, coins: ReadonlyArray<SimCoin>): void {
  const pool = fromCoins(coins);
  if (Object.keys(pool).length === 0) return;
  const vals = bondedValidators(st).filter((v) => v.tokens > 0n && v.delegatorShares > 0n);
  const total = vals.reduce((s, v) => s + v.tokens, 0n);
  const perVal = new Map<string, Rec<Dec>>();
  const community: Rec<Dec> = rec();
  for (const denom of sortedDenoms(pool)) {
    const amount = pool[denom];
    const remaining = amount - decMulTruncate(amount, st.communityTax);
    let given = 0n;
    if (total > 0n) {
      for (const v of vals) {
        const share = (remaining * v.tokens) / total;
        if (share === 0n) continue;
        given += share;
        const r = perVal.get(v.operator) ?? {};
        r[denom] = share;
        perVal.set(v.operator, r);
      }
    }
    community[denom] = amount - given;
  }
  for (const v of vals) {
    const r = perVal.get(v.operator);
    if (r) allocateToValidator(ctx, st, st.validators[v.operator], r);
  }
  ctx.set(st as unknown as Rec<unknown>, "communityPool", decCoinsAdd(st.communityPool, community));
}

/**
 * BeginBlock: mint `APR × bonded × Δt / year` into the distribution module (exact over any split
 * of time: the division remainder is carried), sweep the fee collector, and allocate both.
 */
export function accrueRewards(ctx: Ctx): void {
  const st = stakingStateFor(ctx);
  const dt = ctx.timeMs - st.lastAccrualMs;
  if (dt <= 0) return;
  setStakingField(ctx, st, "lastAccrualMs", ctx.timeMs);
  const prefix = ctx.cfg.bech32Prefix;
  const dist = distributionAddress(prefix);
  const bonded = totalBondedTokens(st);
  const apr = configDec(ctx.cfg.stakingApr);
  const num = bonded * apr * BigInt(dt) + st.mintCarry;
  const den = YEAR_MS * DEC_SCALE;
  const minted = num / den;
  setStakingField(ctx, st, "mintCarry", num % den);
  const income: SimCoin[] = [];
  if (minted > 0n) {
    const coins = [{ denom: st.params.bondDenom, amount: minted }];
    mintCoins(ctx, dist, coins);
    ctx.emit("mint", { annual_provisions: decToString(bonded * apr), amount: minted.toString() });
    income.push(...coins);
  }
  const fees = allBalances(ctx.chain, feeCollectorAddress(prefix));
  if (fees.length > 0) {
    sendCoins(ctx, feeCollectorAddress(prefix), dist, fees);
    income.push(...fees);
  }
  allocateTokens(ctx, st, income);
}

// ---- delegator rewards ----

/** Rewards owed to a delegation right now: shares × (ratio − start), truncated per coin, DecCoins. */
export function pendingRewards(st: StakingState, delegator: string, valoper: string): Rec<Dec> {
  const v = st.validators[valoper];
  const d = st.delegations[delegator]?.[valoper];
  const out: Rec<Dec> = rec();
  if (!v || !d) return out;
  for (const [denom, ratio] of Object.entries(v.rewardRatio)) {
    const diff = ratio - (d.startRatio[denom] ?? 0n);
    if (diff <= 0n) continue;
    const r = (d.shares * diff) / DEC_SCALE;
    if (r > 0n) out[denom] = r;
  }
  return out;
}

export function withdrawAddressOf(st: StakingState, delegator: string): string {
  return st.withdrawAddrs[delegator] ?? delegator;
}

/**
 * withdrawDelegationRewards + initializeDelegation: pays the whole coins to the withdraw
 * address, sends the fractional change to the community pool (as the SDK does), and restarts
 * the delegation's F1 period. The caller has checked that the delegation exists.
 */
export function payDelegationRewards(ctx: Ctx, st: StakingState, delegator: string, valoper: string): SimCoin[] {
  const v = st.validators[valoper];
  const dels = st.delegations[delegator];
  const d = dels[valoper];
  let rewards = pendingRewards(st, delegator, valoper);
  // Never pay more than the validator has outstanding (rounding guard, as Intersect in the SDK).
  const capped: Rec<Dec> = rec();
  for (const [denom, r] of Object.entries(rewards)) {
    const o = v.outstanding[denom] ?? 0n;
    const x = r < o ? r : o;
    if (x > 0n) capped[denom] = x;
  }
  rewards = capped;
  const { coins, change } = decCoinsTruncate(rewards);
  if (coins.length > 0) sendCoins(ctx, distributionAddress(ctx.cfg.bech32Prefix), withdrawAddressOf(st, delegator), coins);
  ctx.set(st.validators, valoper, { ...v, outstanding: decCoinsSub(v.outstanding, rewards) });
  if (Object.keys(change).length > 0) {
    ctx.set(st as unknown as Rec<unknown>, "communityPool", decCoinsAdd(st.communityPool, change));
  }
  ctx.set(dels, valoper, { ...d, startRatio: { ...v.rewardRatio }, startHeight: ctx.height });
  const emitted = coins.length > 0 ? coinsString(coins) : `0${st.params.bondDenom}`;
  ctx.emit("withdraw_rewards", { amount: emitted, validator: valoper, delegator });
  return coins;
}

/** MsgWithdrawDelegatorReward's keeper call, for actors too: the paid coins. */
export function withdrawRewards(ctx: Ctx, delegator: string, valoper: string): SimCoin[] {
  const st = stakingStateFor(ctx);
  if (!st.validators[valoper]) throw distrErr.noValidatorDistInfo();
  if (!st.delegations[delegator]?.[valoper]) throw distrErr.emptyDelegationDistInfo();
  return payDelegationRewards(ctx, st, delegator, valoper);
}

/** Account address with the operator's bytes (the validator's own account). */
export function operatorAccount(valoper: string, accountPrefix: string): string {
  return toBech32(accountPrefix, fromBech32(valoper).data);
}

/** WithdrawValidatorCommission: whole coins to the operator's withdraw address, change kept. */
export function withdrawCommission(ctx: Ctx, valoper: string): SimCoin[] {
  const st = stakingStateFor(ctx);
  const v = st.validators[valoper];
  if (!v || Object.keys(v.commission).length === 0) throw distrErr.noValidatorCommission();
  const { coins, change } = decCoinsTruncate(v.commission);
  const paid = fromCoins(coins);
  ctx.set(st.validators, valoper, { ...v, commission: change, outstanding: decCoinsSub(v.outstanding, paid) });
  if (coins.length > 0) {
    sendCoins(ctx, distributionAddress(ctx.cfg.bech32Prefix), withdrawAddressOf(st, operatorAccount(valoper, ctx.cfg.bech32Prefix)), coins);
  }
  ctx.emit("withdraw_commission", { amount: coinsString(coins) });
  return coins;
}

const BLOCKED_MODULES = ["distribution", "bonded_tokens_pool", "not_bonded_tokens_pool", "fee_collector", "mint"];

/** SetWithdrawAddr: module accounts cannot receive external funds. */
export function setWithdrawAddress(ctx: Ctx, delegator: string, withdrawAddress: string): void {
  const prefix = ctx.cfg.bech32Prefix;
  if (BLOCKED_MODULES.some((m) => moduleAddress(prefix, m) === withdrawAddress)) {
    throw sdk.unauthorized(`${withdrawAddress} is not allowed to receive external funds`);
  }
  const st = stakingStateFor(ctx);
  ctx.emit("set_withdraw_address", { withdraw_address: withdrawAddress });
  if (withdrawAddress === delegator) ctx.del(st.withdrawAddrs, delegator);
  else ctx.set(st.withdrawAddrs, delegator, withdrawAddress);
}

/** FundCommunityPool: the coins move into the distribution module and are recorded in the pool. */
export function fundCommunityPool(ctx: Ctx, from: string, coins: ReadonlyArray<SimCoin>): void {
  const list = sortCoins(coins.filter((c) => c.amount > 0n));
  if (list.length === 0) return;
  sendCoins(ctx, from, distributionAddress(ctx.cfg.bech32Prefix), list);
  const st = stakingStateFor(ctx);
  ctx.set(st as unknown as Rec<unknown>, "communityPool", decCoinsAdd(st.communityPool, fromCoins(list)));
}
