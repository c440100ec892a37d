/**
 * Typed view of the liquid staking contract (protocol doc §1): response shapes as the chain
 * sends them (u128 as strings) converted to bigint at this edge, and message builders.
 */
import { toUtf8 } from "@cosmjs/encoding";
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { LstRecord } from "../chains/lsts";

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

/** mint(a) = N==0 ? a : floor(L·a/N) — what a stake of `a` receives (doc §1.3). */
export function expectedMint(state: LstState, amount: bigint): bigint {
  return state.totalNative === 0n ? amount : (state.totalLst * amount) / state.totalNative;
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
      timeoutTimestamp: BigInt(nowMs + 10 * 60_000) * 1_000_000n,
      memo: JSON.stringify({ wasm: { contract: lst.contract, msg: { liquid_stake } } }),
    },
  };
}
