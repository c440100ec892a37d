/**
 * Typed view of the liquid staking contract (protocol doc §1): response shapes as the chain
 * sends them (u128 as strings) converted to bigint at this edge, and message builders.
 */
import { toUtf8 } from "@cosmjs/encoding";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { type LstRecord } from "../chains/lsts";
import { TRANSFER_TIMEOUT_MS } from "./ibc-transfer";
import type { NetworkSnapshot } from "../chains/networks";
import type { ChainKey } from "../stores/network-store";
import { formatAmount } from "../amount/format";
import { parseAmount, type ParseFailure } from "../amount/parse";
import { DEC_SCALE, decFromRatio, mulIntByDec, parseDec, type Dec } from "../amount/decimal";

export interface LstConfig {
  stopped: boolean;
  minimumStake: bigint;
  batchPeriodS: number;
  unbondingPeriodS: number;
  daoFeePer100k: bigint;
  validators: string[];
}

export interface LstState {
  /** N: native tokens the protocol holds. */
  totalNative: bigint;
  /** L: liquid staking tokens in existence. */
  totalLst: bigint;
  totalRewards: bigint;
  totalFees: bigint;
}

export type BatchStatus = "pending" | "submitted" | "received";

export interface Batch {
  id: number;
  total: bigint;
  expected: bigint;
  received: bigint;
  requestCount: number;
  /** Unix ms; 0 when unset. */
  nextActionMs: number;
  status: BatchStatus;
}

export interface UnstakeRequest {
  batchId: number;
  amount: bigint;
}

export function parseConfig(raw: any): LstConfig {
  return {
    stopped: Boolean(raw.stopped),
    minimumStake: BigInt(raw.protocol_chain_config.minimum_liquid_stake_amount),
    batchPeriodS: Number(raw.batch_period),
    unbondingPeriodS: Number(raw.native_chain_config.unbonding_period),
    daoFeePer100k: BigInt(raw.protocol_fee_config.dao_treasury_fee),
    validators: raw.native_chain_config.validators ?? [],
  };
}

export function parseState(raw: any): LstState {
  return {
    totalNative: BigInt(raw.total_native_token),
    totalLst: BigInt(raw.total_liquid_stake_token),
    totalRewards: BigInt(raw.total_reward_amount),
    totalFees: BigInt(raw.total_fees),
  };
}

export function parseBatch(raw: any): Batch {
  return {
    id: Number(raw.id),
    total: BigInt(raw.batch_total_liquid_stake),
    expected: BigInt(raw.expected_native_unstaked ?? "0"),
    received: BigInt(raw.received_native_unstaked ?? "0"),
    requestCount: Number(raw.unstake_request_count ?? 0),
    // The contract answers nanoseconds; "0" means unset.
    nextActionMs: Number(BigInt(raw.next_batch_action_time ?? "0") / 1_000_000n),
    status: raw.status,
  };
}

/**
 * mint(a) = N==0 ? a : floor(L·a/N) — what a stake of `a` receives (doc §1.3). L==0 also mints
 * 1:1, because the contract's orphan rule first moves an unclaimed N to the fees (N := 0).
 */
export function expectedMint(state: LstState, amount: bigint): bigint {
  return state.totalNative === 0n || state.totalLst === 0n ? amount : (state.totalLst * amount) / state.totalNative;
}

/** The minimum acceptable mint for a slippage tolerance in basis points, rounded down. */
export function minimumMint(expected: bigint, slippageBps: number): bigint {
  return (expected * BigInt(10_000 - slippageBps)) / 10_000n;
}

/** What an unstake request is worth in native tokens, by batch status (doc §1.4). */
export function requestValue(batch: Batch, amount: bigint, state: LstState): bigint {
  if (batch.status === "pending") return state.totalLst === 0n ? amount : (amount * state.totalNative) / state.totalLst;
  if (batch.total === 0n) return 0n;
  const pot = batch.status === "received" ? batch.received : batch.expected;
  return (pot * amount) / batch.total;
}

function execute(sender: string, contract: string, msg: unknown, funds: { denom: string; amount: bigint }[] = []): EncodeObject {
  return {
    typeUrl: "/cosmwasm.wasm.v1.MsgExecuteContract",
    value: { sender, contract, msg: toUtf8(JSON.stringify(msg)), funds: funds.map((f) => ({ denom: f.denom, amount: f.amount.toString() })) },
  };
}

export function liquidStakeMsg(lst: LstRecord, sender: string, amount: bigint, expectedMintAmount?: bigint, mintTo?: string): EncodeObject {
  const body: Record<string, string> = {};
  if (mintTo) body.mint_to = mintTo;
  if (expectedMintAmount !== undefined) body.expected_mint_amount = expectedMintAmount.toString();
  return execute(sender, lst.contract, { liquid_stake: body }, [{ denom: lst.ibcDenom, amount }]);
}

export function liquidUnstakeMsg(lst: LstRecord, sender: string, amount: bigint): EncodeObject {
  return execute(sender, lst.contract, { liquid_unstake: {} }, [{ denom: lst.lstDenom, amount }]);
}

export function withdrawMsg(lst: LstRecord, sender: string, batchId: number): EncodeObject {
  return execute(sender, lst.contract, { withdraw: { batch_id: batchId } });
}

/** One click from the native chain: an ICS-20 transfer whose ibc-hooks memo stakes on arrival (§1.7). */
export function oneClickStakeMsg(lst: LstRecord, sender: string, amount: bigint, nowMs: number, expectedMintAmount?: bigint): EncodeObject {
  const liquid_stake: Record<string, string> = { mint_to: sender };
  if (expectedMintAmount !== undefined) liquid_stake.expected_mint_amount = expectedMintAmount.toString();
  return {
    typeUrl: "/ibc.applications.transfer.v1.MsgTransfer",
    value: {
      sourcePort: "transfer",
      sourceChannel: lst.nativeChannel,
      token: { denom: lst.nativeDenom, amount: amount.toString() },
      sender,
      receiver: lst.contract,
      timeoutTimestamp: BigInt(nowMs + TRANSFER_TIMEOUT_MS) * 1_000_000n,
      memo: JSON.stringify({ wasm: { contract: lst.contract, msg: { liquid_stake } } }),
    },
  };
}

/** Several claims in one transaction: one withdraw per received batch. */
export function claimAllMsgs(lst: LstRecord, sender: string, batchIds: ReadonlyArray<number>): EncodeObject[] {
  return batchIds.map((id) => withdrawMsg(lst, sender, id));
}

// ---------------------------------------------------------------------------------------------
// Pure helpers for the stake screen: rates, fees, amount checks, time, and one-click tracking.

/** The chain key whose chain-id (in this network) is `chainId`. */
export function chainKeyOf(net: NetworkSnapshot, chainId: string): ChainKey | undefined {
  return (Object.keys(net.chainIds) as ChainKey[]).find((k) => net.chainIds[k] === chainId);
}

/** The chain key of an LST's protocol chain in this network (its chain-id in `net`). */
export function protocolKey(net: NetworkSnapshot, lst: LstRecord): ChainKey {
  const key = chainKeyOf(net, lst.chainId);
  if (!key) throw new Error(`${lst.symbol}'s chain ${lst.chainId} is not part of this network`);
  return key;
}

/** "1 milkTIA = N/L TIA", truncated like the contract's Decimal::from_ratio; 1 when N or L is 0. */
export function redemptionRate(state: LstState): Dec {
  return state.totalNative === 0n || state.totalLst === 0n ? DEC_SCALE : decFromRatio(state.totalNative, state.totalLst, "floor");
}

/** "1 TIA = L/N milkTIA" (what `state.rate` reports); 1 when N or L is 0. */
export function purchaseRate(state: LstState): Dec {
  return state.totalNative === 0n || state.totalLst === 0n ? DEC_SCALE : decFromRatio(state.totalLst, state.totalNative, "floor");
}

/** dao_treasury_fee is in parts per 100,000 (the screen shows it with displayRatioPercent(fee, PROTOCOL_FEE_SCALE)). */
export const PROTOCOL_FEE_SCALE = 100_000n;

/** Gas a stake, unstake or claim is budgeted at when the Max button keeps the fee back. */
export const FEE_GAS_ESTIMATE = 300_000n;

/** ceil(gas × minimum gas price): the fee kept back by Max when the amount is in the fee token. */
export function feeReserve(minGasPrice: string, gas: bigint = FEE_GAS_ESTIMATE): bigint {
  return mulIntByDec(gas, parseDec(minGasPrice), "ceil");
}

/** What the Max button puts in the field: the balance minus the fee reserve, never below 0. */
export function maxAmount(balance: bigint, reserve: bigint = 0n): bigint {
  return balance > reserve ? balance - reserve : 0n;
}

export type AmountRefusal = ParseFailure | "zero" | "below-minimum" | "above-balance" | "fee-reserve";

export type AmountCheck = { ok: true; value: bigint } | { ok: false; reason: AmountRefusal; message: string };

export interface AmountLimits {
  decimals: number;
  symbol: string;
  /** The balance of the denom being spent; undefined while unknown (no wallet, still loading). */
  balance?: bigint;
  /** Kept back for the network fee when the amount is paid in the chain's fee token. */
  reserve?: bigint;
  /** The contract's minimum (liquid stake only). */
  minimum?: bigint;
}

/**
 * Everything an amount field refuses, in the order a user fixes it: the text itself, then zero,
 * the contract minimum, the balance, and the room left for the fee. Each refusal has a message
 * for next to the field, so nothing invalid ever reaches a wallet prompt.
 */
export function checkAmount(input: string, limits: AmountLimits): AmountCheck {
  const parsed = parseAmount(input, limits.decimals);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const fmt = (v: bigint) => `${formatAmount(v, limits.decimals)} ${limits.symbol}`;
  if (value === 0n) return { ok: false, reason: "zero", message: "Enter an amount greater than 0." };
  if (limits.minimum !== undefined && value < limits.minimum) {
    return { ok: false, reason: "below-minimum", message: `The minimum stake is ${fmt(limits.minimum)}.` };
  }
  if (limits.balance !== undefined) {
    if (value > limits.balance) {
      return { ok: false, reason: "above-balance", message: `That is more than your balance of ${fmt(limits.balance)}.` };
    }
    const reserve = limits.reserve ?? 0n;
    if (reserve > 0n && value > limits.balance - reserve) {
      return {
        ok: false,
        reason: "fee-reserve",
        message: `Leave ${fmt(reserve)} for the network fee: at most ${fmt(maxAmount(limits.balance, reserve))}.`,
      };
    }
  }
  return { ok: true, value };
}

/** Estimated claim date of an unstake requested now: max(batch due, now) + unbonding (doc §1.4). */
export function claimEstimateMs(pendingDueMs: number, nowMs: number, unbondingPeriodS: number): number {
  return Math.max(pendingDueMs, nowMs) + unbondingPeriodS * 1000;
}

export type RequestTiming = { kind: "ready" } | { kind: "waiting"; event: "submission" | "arrival"; targetMs: number; remainingMs: number };

/** What a request's countdown counts to: submission (pending), arrival (submitted), or nothing. */
export function requestTiming(batch: Batch, nowMs: number): RequestTiming {
  if (batch.status === "received") return { kind: "ready" };
  return {
    kind: "waiting",
    event: batch.status === "pending" ? "submission" : "arrival",
    targetMs: batch.nextActionMs,
    remainingMs: Math.max(0, batch.nextActionMs - nowMs),
  };
}

/** The LST as an IBC voucher on the native chain (where a one-click stake's LST arrives). */
export function lstVoucherDenom(lst: LstRecord): string {
  return lst.lstOnNativeDenom;
}

/**
 * Where a one-click stake's LST lands. The memo sets `mint_to` to the native address; when the
 * native and protocol chains share a bech32 prefix (INIT on moo) the contract cannot tell them
 * apart and, without `transfer_to_native_chain`, bank-sends on the protocol chain (doc §1.2).
 */
export function oneClickDelivery(lst: LstRecord, protocolPrefix: string): { on: "native" | "protocol"; chainId: string; denom: string } {
  return lst.nativePrefix === protocolPrefix
    ? { on: "protocol", chainId: lst.chainId, denom: lst.lstDenom }
    : { on: "native", chainId: lst.nativeChainId, denom: lstVoucherDenom(lst) };
}

interface TxEvent {
  type: string;
  attributes: ReadonlyArray<{ key: string; value: string }>;
}

function attr(e: TxEvent, key: string): string | undefined {
  return e.attributes.find((a) => a.key === key)?.value;
}

/** The ICS-20 packet sequence a transaction sent on `channel`, from its send_packet event. */
export function sentPacketSequence(events: ReadonlyArray<TxEvent>, channel: string): string | undefined {
  const e = events.find((x) => x.type === "send_packet" && attr(x, "packet_src_channel") === channel);
  return e && attr(e, "packet_sequence");
}

/** tx_search query for the receipt of a packet on its destination chain. */
export function recvPacketQuery(dstChannel: string, sequence: string): string {
  return `recv_packet.packet_dst_channel='${dstChannel}' AND recv_packet.packet_sequence='${sequence}'`;
}

/**
 * Whether the destination accepted one packet (by its destination channel and sequence): an error
 * acknowledgement means a refund is coming. A relayer often delivers several packets in one
 * transaction, so only this packet's write_acknowledgement decides; the fungible_token_packet
 * event names no packet and is read only when the transaction received this packet alone.
 */
export function packetOutcome(events: ReadonlyArray<TxEvent>, dstChannel: string, sequence: string): "ok" | "error" {
  const mine = (e: TxEvent) => attr(e, "packet_dst_channel") === dstChannel && attr(e, "packet_sequence") === sequence;
  const ack = events.find((e) => e.type === "write_acknowledgement" && mine(e));
  if (ack) return /"error"/.test(attr(ack, "packet_ack") ?? "") ? "error" : "ok";
  if (events.filter((e) => e.type === "recv_packet").length > 1) return "ok";
  const ftp = events.find((e) => e.type === "fungible_token_packet" && attr(e, "success") !== undefined);
  return ftp && attr(ftp, "success") === "false" ? "error" : "ok";
}

/** The LST a liquid_stake minted, from the contract's `mint_amount` attribute (doc §1.2). */
export function mintedAmount(events: ReadonlyArray<TxEvent>): bigint | undefined {
  for (const e of events) {
    if (e.type !== "wasm") continue;
    const v = attr(e, "mint_amount");
    if (v !== undefined && /^\d+$/.test(v)) return BigInt(v);
  }
  return undefined;
}
