import { rec } from "../journal";
import { sha256 } from "../crypto";
import { toBase64, toBech32, toUtf8 } from "@cosmjs/encoding";
import { DEC_SCALE, decToString, type Dec } from "../../amount/decimal";
import type { SimChainConfig } from "../../chains/sim-chains";
import { moduleAddress } from "../address";
import type { Ctx } from "../ctx";
import { sdk } from "../errors";
import { balanceOf, sendCoins } from "./bank";
import { operatorAccount, payDelegationRewards } from "./distribution-keeper";
import { rfc3339 } from "./proto-time";
import { grpcStatusInTx, stakingErr } from "./staking-errors";
import { addTokensFromDel, invalidExRate, removeDelShares, sharesFromTokens, sharesFromTokensTruncated } from "./staking-math";
import {
  BOND_STATUS_BONDED,
  BOND_STATUS_UNBONDED,
  BOND_STATUS_UNBONDING,
  configDec,
  redelegationKey,
  stakingStateFor,
  type BondStatusNumber,
  type StakingState,
  type UnbondingEntry,
  type ValidatorRecord,
} from "./staking-state";

export function bondedPoolAddress(prefix: string): string {
  return moduleAddress(prefix, "bonded_tokens_pool");
}

export function notBondedPoolAddress(prefix: string): string {
  return moduleAddress(prefix, "not_bonded_tokens_pool");
}

/** A deterministic operator address for a simulated validator, from its moniker. */
export function validatorOperatorAddress(cfg: SimChainConfig, moniker: string): string {
  return toBech32(cfg.valoperPrefix, sha256(toUtf8(`sim-validator/${cfg.chainId}/${moniker}`)).slice(0, 20));
}

export interface CreateValidatorOptions {
  moniker: string;
  /** valoper address; derived from the moniker when omitted. */
  operator?: string;
  /** Decimal string ("0.05") or an 18-decimal raw bigint. */
  commissionRate: string | Dec;
  commissionMaxRate?: string | Dec;
  commissionMaxChangeRate?: string | Dec;
  /** Delegated from the operator's own account, which must already hold it. */
  selfDelegation?: bigint;
  identity?: string;
  website?: string;
  details?: string;
}

const asDec = (x: string | Dec): Dec => (typeof x === "bigint" ? x : configDec(x));

/** Genesis: a validator in the active set (bonded while under max_validators), optionally self-bonded. */
export function createValidator(ctx: Ctx, opts: CreateValidatorOptions): string {
  const st = stakingStateFor(ctx);
  const operator = opts.operator ?? validatorOperatorAddress(ctx.cfg, opts.moniker);
  if (st.validators[operator]) throw stakingErr.validatorOwnerExists();
  const rate = asDec(opts.commissionRate);
  const maxRate = asDec(opts.commissionMaxRate ?? "0.2");
  const maxChange = asDec(opts.commissionMaxChangeRate ?? "0.01");
  if (maxRate > DEC_SCALE) throw stakingErr.commissionHuge();
  if (rate > maxRate) throw stakingErr.commissionGTMaxRate();
  if (maxChange > maxRate) throw stakingErr.commissionChangeRateGTMaxRate();
  if (rate < st.params.minCommissionRate) throw stakingErr.commissionLTMinRate();
  const bondedCount = Object.values(st.validators).filter((v) => v.status === BOND_STATUS_BONDED).length;
  const v: ValidatorRecord = {
    operator,
    moniker: opts.moniker,
    identity: opts.identity ?? "",
    website: opts.website ?? "",
    details: opts.details ?? "",
    consensusPubkey: toBase64(sha256(toUtf8(`consensus/${operator}`))),
    status: bondedCount < st.params.maxValidators ? BOND_STATUS_BONDED : BOND_STATUS_UNBONDED,
    jailed: false,
    tokens: 0n,
    delegatorShares: 0n,
    commissionRate: rate,
    commissionMaxRate: maxRate,
    commissionMaxChangeRate: maxChange,
    commissionUpdateMs: ctx.timeMs,
    minSelfDelegation: 1n,
    rewardRatio: rec(),
    outstanding: rec(),
    commission: rec(),
  };
  ctx.set(st.validators, operator, v);
  const self = opts.selfDelegation ?? 0n;
  ctx.emit("create_validator", { validator: operator, amount: `${self}${st.params.bondDenom}` });
  if (self > 0n) delegateTokens(ctx, st, operatorAccount(operator, ctx.cfg.bech32Prefix), operator, self, "account");
  return operator;
}

/**
 * Keeper.Delegate: auto-withdraws pending rewards of an existing delegation first (the
 * distribution hook), moves the tokens into the pool matching the validator's status, issues
 * shares and restarts the delegation's reward period. `source` is "account" for a user's
 * coins, or the bond status of the pool the tokens already sit in (redelegation, cancel).
 */
function delegateTokens(ctx: Ctx, st: StakingState, delegator: string, valoper: string, amount: bigint, source: "account" | BondStatusNumber): Dec {
  if (invalidExRate(st.validators[valoper])) throw stakingErr.delegatorShareExRateInvalid();
  const prefix = ctx.cfg.bech32Prefix;
  const denom = st.params.bondDenom;
  // Rewards are paid before the coins move, so they can fund the delegation (as on a chain).
  if (st.delegations[delegator]?.[valoper]) payDelegationRewards(ctx, st, delegator, valoper);
  const dstBonded = st.validators[valoper].status === BOND_STATUS_BONDED;
  if (source === "account") {
    const have = balanceOf(ctx.chain, delegator, denom);
    if (have < amount) throw sdk.insufficientFunds(`failed to delegate; ${have}${denom} is smaller than ${amount}${denom}`);
    sendCoins(ctx, delegator, dstBonded ? bondedPoolAddress(prefix) : notBondedPoolAddress(prefix), [{ denom, amount }]);
  } else {
    const srcBonded = source === BOND_STATUS_BONDED;
    if (srcBonded && !dstBonded) sendCoins(ctx, bondedPoolAddress(prefix), notBondedPoolAddress(prefix), [{ denom, amount }]);
    if (!srcBonded && dstBonded) sendCoins(ctx, notBondedPoolAddress(prefix), bondedPoolAddress(prefix), [{ denom, amount }]);
  }
  const { validator, issued } = addTokensFromDel(st.validators[valoper], amount);
  ctx.set(st.validators, valoper, validator);
  const dels = ctx.sub(st.delegations, delegator);
  ctx.set(dels, valoper, {
    shares: (dels[valoper]?.shares ?? 0n) + issued,
    startRatio: { ...validator.rewardRatio },
    startHeight: ctx.height,
  });
  return issued;
}

/** MsgDelegate (also for actors and genesis seeding): the new shares. */
export function delegate(ctx: Ctx, delegator: string, valoper: string, amount: bigint): Dec {
  if (amount <= 0n) throw sdk.invalidRequest("invalid delegation amount");
  const st = stakingStateFor(ctx);
  if (!st.validators[valoper]) throw stakingErr.noValidatorFound();
  const shares = delegateTokens(ctx, st, delegator, valoper, amount, "account");
  ctx.emit("delegate", {
    validator: valoper,
    delegator,
    amount: `${amount}${st.params.bondDenom}`,
    new_shares: decToString(shares),
  });
  return shares;
}

/** ValidateUnbondAmount: token amount → shares, capped at the delegation's shares. */
function validateUnbondAmount(st: StakingState, delegator: string, valoper: string, amount: bigint): Dec {
  const v = st.validators[valoper];
  if (!v) throw stakingErr.noValidatorFound();
  const d = st.delegations[delegator]?.[valoper];
  if (!d) throw stakingErr.noDelegation();
  let shares = sharesFromTokens(v, amount);
  if (sharesFromTokensTruncated(v, amount) > d.shares) throw sdk.invalidRequest("invalid shares amount");
  if (shares > d.shares) shares = d.shares;
  return shares;
}

/** Keeper.Unbond: withdraws rewards, removes shares (and the delegation at zero), returns tokens. */
function unbond(ctx: Ctx, st: StakingState, delegator: string, valoper: string, shares: Dec): bigint {
  const dels = st.delegations[delegator];
  if (!dels?.[valoper]) throw stakingErr.noDelegatorForAddress();
  payDelegationRewards(ctx, st, delegator, valoper);
  const d = dels[valoper];
  if (d.shares < shares) throw stakingErr.notEnoughDelegationShares(decToString(d.shares));
  const remaining = d.shares - shares;
  if (remaining === 0n) {
    ctx.del(dels, valoper);
    if (Object.keys(dels).length === 0) ctx.del(st.delegations, delegator);
  } else {
    ctx.set(dels, valoper, { ...d, shares: remaining });
  }
  const { validator, tokens } = removeDelShares(st.validators[valoper], shares);
  ctx.set(st.validators, valoper, validator);
  return tokens;
}

export function unbondingEntries(st: StakingState, delegator: string, valoper: string): UnbondingEntry[] {
  return st.unbondings[delegator]?.[valoper] ?? [];
}

/** SetUnbondingDelegationEntry: same height and completion time merge into one entry. */
function addUnbondingEntry(ctx: Ctx, st: StakingState, delegator: string, valoper: string, completionMs: number, balance: bigint): void {
  const inner = ctx.sub(st.unbondings, delegator);
  const entries = inner[valoper] ?? [];
  const id = ctx.nextId("unbondingId");
  const i = entries.findIndex((e) => e.creationHeight === ctx.height && e.completionMs === completionMs);
  const next =
    i >= 0
      ? entries.map((e, j) => (j === i ? { ...e, balance: e.balance + balance, initialBalance: e.initialBalance + balance } : e))
      : [...entries, { creationHeight: ctx.height, completionMs, initialBalance: balance, balance, unbondingId: id }];
  ctx.set(inner, valoper, next);
}

/** MsgUndelegate (also for actors): completion time and the tokens actually unbonded. */
export function undelegate(ctx: Ctx, delegator: string, valoper: string, amount: bigint): { completionMs: number; amount: bigint } {
  if (amount <= 0n) throw sdk.invalidRequest("invalid shares amount");
  const st = stakingStateFor(ctx);
  const shares = validateUnbondAmount(st, delegator, valoper, amount);
  // The entry limit is checked before anything moves, so the 8th entry fails even in one block.
  if (unbondingEntries(st, delegator, valoper).length >= st.params.maxEntries) throw stakingErr.maxUnbondingDelegationEntries();
  const wasBonded = st.validators[valoper].status === BOND_STATUS_BONDED;
  const returned = unbond(ctx, st, delegator, valoper, shares);
  const denom = st.params.bondDenom;
  const prefix = ctx.cfg.bech32Prefix;
  if (wasBonded && returned > 0n) sendCoins(ctx, bondedPoolAddress(prefix), notBondedPoolAddress(prefix), [{ denom, amount: returned }]);
  const completionMs = ctx.timeMs + st.params.unbondingSeconds * 1000;
  addUnbondingEntry(ctx, st, delegator, valoper, completionMs, returned);
  ctx.emit("unbond", {
    validator: valoper,
    delegator,
    amount: `${returned}${denom}`,
    completion_time: rfc3339(completionMs),
  });
  return { completionMs, amount: returned };
}

function hasReceivingRedelegation(st: StakingState, delegator: string, dst: string): boolean {
  return Object.values(st.redelegations).some((r) => r.delegator === delegator && r.dst === dst && r.entries.length > 0);
}

/** MsgBeginRedelegate: moves shares at once; the record expires after the unbonding time. */
export function beginRedelegate(ctx: Ctx, delegator: string, src: string, dst: string, amount: bigint): number {
  if (amount <= 0n) throw sdk.invalidRequest("invalid shares amount");
  const st = stakingStateFor(ctx);
  const shares = validateUnbondAmount(st, delegator, src, amount);
  if (src === dst) throw stakingErr.selfRedelegation();
  if (!st.validators[dst]) throw stakingErr.badRedelegationDst();
  if (hasReceivingRedelegation(st, delegator, src)) throw stakingErr.transitiveRedelegation();
  const key = redelegationKey(delegator, src, dst);
  if ((st.redelegations[key]?.entries.length ?? 0) >= st.params.maxEntries) throw stakingErr.maxRedelegationEntries();
  const srcStatus = st.validators[src].status;
  const returned = unbond(ctx, st, delegator, src, shares);
  if (returned === 0n) throw stakingErr.tinyRedelegationAmount();
  const sharesDst = delegateTokens(ctx, st, delegator, dst, returned, srcStatus);
  const denom = st.params.bondDenom;
  // From a validator that is not bonded there is nothing at stake: it completes at once.
  const completionMs = srcStatus === BOND_STATUS_BONDED ? ctx.timeMs + st.params.unbondingSeconds * 1000 : ctx.timeMs;
  if (srcStatus === BOND_STATUS_BONDED) {
    const rec = st.redelegations[key] ?? { delegator, src, dst, entries: [] };
    const entry = { creationHeight: ctx.height, completionMs, initialBalance: returned, sharesDst, unbondingId: ctx.nextId("unbondingId") };
    ctx.set(st.redelegations, key, { ...rec, entries: [...rec.entries, entry] });
  }
  ctx.emit("redelegate", {
    source_validator: src,
    destination_validator: dst,
    delegator,
    amount: `${amount}${denom}`,
    completion_time: rfc3339(completionMs),
  });
  return completionMs;
}

/** MsgCancelUnbondingDelegation: re-delegates (part of) one unbonding entry to its validator. */
export function cancelUnbonding(ctx: Ctx, delegator: string, valoper: string, amount: bigint, creationHeight: number): void {
  if (amount <= 0n) throw sdk.invalidRequest("invalid amount");
  if (creationHeight <= 0) throw sdk.invalidRequest("invalid height");
  const st = stakingStateFor(ctx);
  const v = st.validators[valoper];
  if (!v) throw stakingErr.noValidatorFound();
  if (invalidExRate(v)) throw stakingErr.delegatorShareExRateInvalid();
  if (v.jailed) throw stakingErr.validatorJailed();
  const entries = st.unbondings[delegator]?.[valoper];
  if (!entries || entries.length === 0) {
    throw grpcStatusInTx("NotFound", `unbonding delegation with delegator ${delegator} not found for validator ${valoper}`);
  }
  const i = entries.findIndex((e) => e.creationHeight === creationHeight);
  if (i < 0) throw sdk.notFound(`unbonding delegation entry is not found at block height ${creationHeight}`);
  const entry = entries[i];
  if (entry.balance < amount) throw sdk.invalidRequest("amount is greater than the unbonding delegation entry balance");
  if (entry.completionMs < ctx.timeMs) throw sdk.invalidRequest("unbonding delegation is already processed");
  delegateTokens(ctx, st, delegator, valoper, amount, BOND_STATUS_UNBONDING);
  const left = entry.balance - amount;
  const next = left === 0n ? entries.filter((_, j) => j !== i) : entries.map((e, j) => (j === i ? { ...e, balance: left, initialBalance: e.initialBalance - amount } : e));
  const inner = st.unbondings[delegator];
  if (next.length > 0) ctx.set(inner, valoper, next);
  else {
    ctx.del(inner, valoper);
    if (Object.keys(inner).length === 0) ctx.del(st.unbondings, delegator);
  }
  ctx.emit("cancel_unbonding_delegation", {
    validator: valoper,
    delegator,
    amount: `${amount}${st.params.bondDenom}`,
    creation_height: creationHeight,
  });
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** EndBlock: pays out mature unbonding entries (completion ≤ block time) and drops mature redelegations. */
export function completeMatureEntries(ctx: Ctx): void {
  const st = ctx.chain.staking;
  if (!st) return;
  const now = ctx.timeMs;
  const denom = st.params.bondDenom;
  const pool = notBondedPoolAddress(ctx.cfg.bech32Prefix);
  for (const delegator of Object.keys(st.unbondings).sort(byKey)) {
    const inner = st.unbondings[delegator];
    for (const valoper of Object.keys(inner).sort(byKey)) {
      const entries = inner[valoper];
      const mature = entries.filter((e) => e.completionMs <= now);
      if (mature.length === 0) continue;
      const total = mature.reduce((s, e) => s + e.balance, 0n);
      if (total > 0n) sendCoins(ctx, pool, delegator, [{ denom, amount: total }]);
      const rest = entries.filter((e) => e.completionMs > now);
      if (rest.length > 0) ctx.set(inner, valoper, rest);
      else ctx.del(inner, valoper);
      ctx.emit("complete_unbonding", { amount: total > 0n ? `${total}${denom}` : "", validator: valoper, delegator });
    }
    if (Object.keys(inner).length === 0) ctx.del(st.unbondings, delegator);
  }
  for (const key of Object.keys(st.redelegations).sort(byKey)) {
    const rec = st.redelegations[key];
    const mature = rec.entries.filter((e) => e.completionMs <= now);
    if (mature.length === 0) continue;
    const rest = rec.entries.filter((e) => e.completionMs > now);
    if (rest.length > 0) ctx.set(st.redelegations, key, { ...rec, entries: rest });
    else ctx.del(st.redelegations, key);
    const amount = mature.reduce((s, e) => s + e.initialBalance, 0n);
    ctx.emit("complete_redelegation", {
      amount: `${amount}${denom}`,
      source_validator: rec.src,
      destination_validator: rec.dst,
      delegator: rec.delegator,
    });
  }
}
