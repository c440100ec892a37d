import { fromBech32 } from "@cosmjs/encoding";
import { ContractError, type ContractApi } from "./types";

/**
 * A serde failure while reading a message field. Its text names ExecuteMsg; the query, sudo and
 * instantiate entry points re-label it with their own type (cosmwasm-std `from_json::<T>`).
 */
export class SerdeError extends ContractError {
  constructor(readonly detail: string) {
    super(`Error parsing into type staking::msg::ExecuteMsg: ${detail}`);
  }
}

/**
 * Storage model, error texts and integer formulas of the MilkyWay staking contract v1.3.0
 * (protocol doc §1). Amounts are u128 held as bigint; times are u64 seconds held as number
 * (2^53 seconds is far beyond any block time).
 */

/** cw2 name is the crate name (`env!("CARGO_PKG_NAME")`). */
export const CW2 = { contract: "staking", version: "1.3.0" };

export const U128_MAX = (1n << 128n) - 1n;
export const FEE_DENOMINATOR = 100_000n;
export const MAX_UNBONDING_PERIOD = 3_628_800;
/** ibc-go timeout added to the block time for every outgoing transfer (§1.6). */
export const IBC_TIMEOUT_NS = 1_000_000_000_000n;
export const OWNERSHIP_DELAY_SECONDS = 60 * 60 * 24 * 7;
export const RECOVER_PAGE_SIZE = 10;

/**
 * Contract error texts, character for character. The cw_utils payment errors reach the chain
 * wrapped by the contract's `Payment error: {0}` variant, so that prefix is part of the text.
 */
export const ERR = {
  stopped: "contract was intentionally stopped",
  notStopped: "contract is not stopped",
  migrating: "The contract is migrating to a newer version",
  noFunds: "Payment error: No funds sent",
  missingDenom: (denom: string) => `Payment error: Must send reserve token '${denom}'`,
  multipleDenoms: "Payment error: Sent more than one denomination",
  /** error.rs:47 — only liquid_stake's `mint_to` check uses this variant. */
  invalidAddress: "Address is not valid",
  /** packages/milky_way/src/utils.rs:27 (validate_address: not bech32). */
  badAddress: "Generic error: Invalid address",
  /** packages/milky_way/src/utils.rs:22-24 (validate_address: other prefix). */
  badAddressPrefix: (address: string, prefix: string) =>
    `Generic error: Invalid address prefix, address: ${address}, prefix: ${prefix}`,
  /** packages/milky_way/src/utils.rs:39 (validate_addresses). */
  duplicateAddress: "Generic error: Duplicate address",
  /** helpers.rs:140-146 (validate_denom). */
  denomTooShort: "Generic error: denom len is less than or equal to 3",
  denomNotAlphabetic: "Generic error: denom must be alphabetic",
  /** helpers.rs:167,172 (validate_ibc_denom). */
  ibcDenomInvalid: "Generic error: ibc denom is invalid",
  /** error.rs:172 */
  valueTooBig: (field: string, value: bigint | number, max: bigint | number) =>
    `The field '${field}' has a value of ${value}, which exceeds the maximum allowed value of ${max}.`,
  /** error.rs:139 (save_ibc_waiting_for_reply, execute.rs:1108-1112). */
  contractLocked: "Contract already locked",
  minimumNotMet: "Minimum liquid stake amount not met",
  mintZero: "Unable to mint liquid staking token",
  mintMismatch: "Calculated mint amount not as expected",
  batchNotReady: "Batch is not ready to be submitted",
  batchEmpty: "No liquid unstake requests in batch",
  batchNotClaimable: "Batch is either already closed or is in an error state",
  wrongBatchAmount: (batchId: number, expected: bigint, got: bigint) =>
    `Received wrong batch amount, batch_id ${batchId} expected ${expected}, got ${got}`,
  alreadyClaimed: "The tokens in this batch have already been claimed",
  noRequestInBatch: "Batch provided doesn't have a request for the user",
  noLiquidStake: "No liquid stake to distribute rewards to",
  feesZero: (r: bigint) => `The computed fees are zero for the received rewards: ${r}`,
  noInflight: "No inflight packages to recover",
  packetNotFailed: (id: number) => `Can't recover packet ${id} because is not failed or timed out`,
  differentReceivers: "Can't recover packets with different receivers",
  insufficientFunds: "Insufficient funds",
  treasuryNotConfigured: "The treasury address has not been configured",
  notAdmin: "Admin error: Caller is not admin",
  unauthorized: (sender: string) => `Unauthorized: ${sender}`,
  noPendingOwner: "No pending owner",
  ownershipNotReady: "Ownership transfer not ready",
  duplicateValidator: "Validator already exists",
  validatorNotFound: "Validator not found",
  daoFeeTooHigh: "DAO treasury fee can't be higher then 100000",
  ibcConfigWrong: "The prvoided IBC channel and reserve token config is wrong",
  unexpectedBatchStatus: "unexpected batch status",
  batchWithoutExpected: (id: number) => `Batch ${id} don't have the expected native amount`,
  notFound: (kind: string) => `${kind} not found`,
  parse: (detail: string) => `Error parsing into type staking::msg::ExecuteMsg: ${detail}`,
  /** cosmwasm-std 1.5 `Api::addr_validate` on wasmd: the chain's bech32 error, prefixed. */
  addrValidate: (detail: string) => `Generic error: addr_validate errored: ${detail}`,
} as const;

export const BATCH_KIND = "milky_way::staking::Batch";
export const PACKET_KIND = "staking::state::ibc::IBCTransfer";

// ---------------------------------------------------------------------------------------------
// Stored shapes

export interface NativeChainConfig {
  account_address_prefix: string;
  validator_address_prefix: string;
  token_denom: string;
  validators: string[];
  unbonding_period: number;
  staker_address: string;
  reward_collector_address: string;
}

export interface ProtocolChainConfig {
  account_address_prefix: string;
  ibc_channel_id: string;
  ibc_token_denom: string;
  minimum_liquid_stake_amount: bigint;
  oracle_address: string | null;
}

export interface ProtocolFeeConfig {
  dao_treasury_fee: bigint;
  treasury_address: string | null;
}

export interface Config {
  native_chain_config: NativeChainConfig;
  protocol_chain_config: ProtocolChainConfig;
  protocol_fee_config: ProtocolFeeConfig;
  monitors: string[];
  liquid_stake_token_denom: string;
  batch_period: number;
  stopped: boolean;
}

export interface State {
  total_native_token: bigint;
  total_liquid_stake_token: bigint;
  total_reward_amount: bigint;
  total_fees: bigint;
  pending_owner: string | null;
  owner_transfer_min_time: number | null;
}

export type BatchStatus = "pending" | "submitted" | "received";

export interface Batch {
  id: number;
  batch_total_liquid_stake: bigint;
  expected_native_unstaked: bigint | null;
  received_native_unstaked: bigint | null;
  unstake_requests_count: number | null;
  /** Seconds; null once received. */
  next_batch_action_time: number | null;
  status: BatchStatus;
}

export interface UnstakeRequest {
  batch_id: number;
  user: string;
  amount: bigint;
}

/** state.rs:171 IbcWaitingForReply: what a transfer submessage's reply will record. */
export interface IbcWaitingForReply {
  amount: { denom: string; amount: bigint };
  receiver: string;
}

export type PacketStatus = "sent" | "ack_success" | "ack_failure" | "timed_out";

export interface InflightPacket {
  sequence: number;
  amount: { denom: string; amount: bigint };
  receiver: string;
  status: PacketStatus;
}

// ---------------------------------------------------------------------------------------------
// Storage keys: numbers are zero-padded so the host's ascending key order is numeric order.

const pad = (n: number) => n.toString().padStart(20, "0");

export const K = {
  config: "config",
  state: "state",
  admin: "admin",
  pendingBatchId: "pending_batch_id",
  batchPrefix: "batch/",
  batch: (id: number) => `batch/${pad(id)}`,
  requestPrefix: "req/",
  requestsOfBatch: (batchId: number) => `req/${pad(batchId)}/`,
  request: (batchId: number, user: string) => `req/${pad(batchId)}/${user}`,
  packetPrefix: "inflight/",
  replyPrefix: "ibc_waiting_for_reply/",
  reply: (id: bigint) => `ibc_waiting_for_reply/${id.toString().padStart(20, "0")}`,
  packet: (seq: number) => `inflight/${pad(seq)}`,
};

function must<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new ContractError(ERR.notFound(what));
  return v;
}

export const loadConfig = (api: ContractApi) => must(api.get<Config>(K.config), "staking::state::Config");
export const loadState = (api: ContractApi) => must(api.get<State>(K.state), "staking::state::State");
export const loadAdmin = (api: ContractApi) => api.get<string | null>(K.admin) ?? null;
export const loadPendingBatchId = (api: ContractApi) => must(api.get<number>(K.pendingBatchId), "u64");
export const mayLoadBatch = (api: ContractApi, id: number) => api.get<Batch>(K.batch(id));
export const loadBatch = (api: ContractApi, id: number) => must(mayLoadBatch(api, id), BATCH_KIND);
export const saveBatch = (api: ContractApi, b: Batch) => api.set(K.batch(b.id), b);

export function newPendingBatch(id: number, nextActionTime: number): Batch {
  return {
    id,
    batch_total_liquid_stake: 0n,
    expected_native_unstaked: null,
    received_native_unstaked: null,
    unstake_requests_count: 0,
    next_batch_action_time: nextActionTime,
    status: "pending",
  };
}

export const nowSeconds = (api: ContractApi) => Number(api.env.block.timeNs / 1_000_000_000n);

// ---------------------------------------------------------------------------------------------
// u128 arithmetic (cosmwasm Uint128 semantics; multiply_ratio uses a 256-bit intermediate,
// which bigint gives us for free).

export function add128(a: bigint, b: bigint): bigint {
  const r = a + b;
  if (r > U128_MAX) throw new ContractError(`Overflow: Cannot Add with given operands`);
  return r;
}

export function multiplyRatio(x: bigint, num: bigint, den: bigint): bigint {
  if (den === 0n) throw new ContractError("Divide by zero: Denominator must not be zero");
  const r = (x * num) / den;
  if (r > U128_MAX) throw new ContractError("Conversion error: Uint256 to Uint128 overflow");
  return r;
}

/** mint(a) = N==0 ? a : floor(L·a/N) */
export function computeMint(N: bigint, L: bigint, a: bigint): bigint {
  return N === 0n ? a : multiplyRatio(L, a, N);
}

/** unbond(b) = b==0 ? 0 : floor(N·b/L) */
export function computeUnbond(N: bigint, L: bigint, b: bigint): bigint {
  return b === 0n ? 0n : multiplyRatio(N, b, L);
}

/** claim = floor(received·userLst/batchTotal) */
export function computeClaim(received: bigint, userLst: bigint, batchTotal: bigint): bigint {
  return multiplyRatio(received, userLst, batchTotal);
}

/** fee(r) = floor(dao_treasury_fee·r/100000) */
export function computeFee(daoTreasuryFee: bigint, r: bigint): bigint {
  return multiplyRatio(daoTreasuryFee, r, FEE_DENOMINATOR);
}

const DEC_SCALE = 10n ** 18n;

/** cosmwasm `Decimal::from_ratio(num, den).to_string()`: truncated to 18 places, zeros trimmed. */
export function decimalFromRatioString(num: bigint, den: bigint): string {
  if (den === 0n) throw new ContractError("Divide by zero: Denominator must not be zero");
  const raw = (num * DEC_SCALE) / den;
  const int = raw / DEC_SCALE;
  const frac = (raw % DEC_SCALE).toString().padStart(18, "0").replace(/0+$/, "");
  return frac ? `${int}.${frac}` : int.toString();
}

/** [redemption N/L, purchase L/N]; both "1" while either total is zero (get_rates). */
export function rates(s: Pick<State, "total_native_token" | "total_liquid_stake_token">): {
  redemption: string;
  purchase: string;
} {
  const N = s.total_native_token;
  const L = s.total_liquid_stake_token;
  if (N === 0n || L === 0n) return { redemption: "1", purchase: "1" };
  return { redemption: decimalFromRatioString(N, L), purchase: decimalFromRatioString(L, N) };
}

// ---------------------------------------------------------------------------------------------
// UI values of §1.4 (pure helpers for the frontend and the coordinator)

export interface BatchView {
  status: BatchStatus;
  batch_total_liquid_stake: bigint;
  expected_native_unstaked: bigint;
  received_native_unstaked: bigint;
}

/**
 * The native amount to show for an unstake request: an estimate at the current N/L while
 * pending, the batch's pro-rata share of `expected` once submitted, the claimable amount once
 * received. Zero totals give zero rather than a division error.
 */
export function unstakeAmountToShow(batch: BatchView, requestLst: bigint, N: bigint, L: bigint): bigint {
  switch (batch.status) {
    case "pending":
      return L === 0n ? 0n : (requestLst * N) / L;
    case "submitted":
      return batch.batch_total_liquid_stake === 0n
        ? 0n
        : (batch.expected_native_unstaked * requestLst) / batch.batch_total_liquid_stake;
    case "received":
      return batch.batch_total_liquid_stake === 0n
        ? 0n
        : (batch.received_native_unstaked * requestLst) / batch.batch_total_liquid_stake;
  }
}

/**
 * Seconds until an unstake made now can be withdrawn: the wait for the pending batch to become
 * submittable, then the unbonding period, then relay/coordinator latency.
 */
export function unstakeEtaSeconds(pendingNextActionSeconds: number, nowSec: number, unbondingPeriod: number, latencySeconds = 0): number {
  return Math.max(0, pendingNextActionSeconds - nowSec) + unbondingPeriod + latencySeconds;
}

// ---------------------------------------------------------------------------------------------
// Message field parsing (serde's strictness, with errors in the contract's parse format)

const missing = (field: string) => new SerdeError(`missing field \`${field}\``);

export function parseU128(v: unknown, field: string): bigint {
  if (v === undefined) throw missing(field);
  if (typeof v === "bigint" && v >= 0n && v <= U128_MAX) return v;
  if (typeof v === "string" && /^\d+$/.test(v)) {
    const n = BigInt(v);
    if (n <= U128_MAX) return n;
  }
  throw new SerdeError(`invalid Uint128 '${String(v)}' for field \`${field}\``);
}

export function parseU64(v: unknown, field: string): number {
  if (v === undefined) throw missing(field);
  if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0) return v;
  throw new SerdeError(`invalid type for field \`${field}\`, expected u64`);
}

export function parseString(v: unknown, field: string): string {
  if (typeof v === "string") return v;
  if (v === undefined) throw missing(field);
  throw new SerdeError(`invalid type for field \`${field}\`, expected a string`);
}

export function optional<T>(v: unknown, parse: (v: unknown, field: string) => T, field: string): T | undefined {
  return v === undefined || v === null ? undefined : parse(v, field);
}

/**
 * The shared utils' `validate_address` (packages/milky_way/src/utils.rs:18-29): the string must
 * decode as bech32 and carry exactly `prefix`. The payload length is not checked.
 */
export function addressError(addr: string, prefix: string): string | null {
  let decodedPrefix: string;
  try {
    decodedPrefix = fromBech32(addr, Infinity).prefix;
  } catch {
    return ERR.badAddress;
  }
  return decodedPrefix === prefix ? null : ERR.badAddressPrefix(addr, prefix);
}

export function isValidAddress(addr: string, prefix: string): boolean {
  return addressError(addr, prefix) === null;
}

export function validateAddress(addr: unknown, prefix: string): string {
  const s = parseString(addr, "address");
  const err = addressError(s, prefix);
  if (err) throw new ContractError(err);
  return s;
}

/** `validate_addresses` (utils.rs:32-48): each valid, in order, and no duplicates. */
export function validateAddresses(list: unknown[], prefix: string): string[] {
  const seen = new Set<string>();
  return list.map((a) => {
    const s = validateAddress(a, prefix);
    if (seen.has(s)) throw new ContractError(ERR.duplicateAddress);
    seen.add(s);
    return s;
  });
}
