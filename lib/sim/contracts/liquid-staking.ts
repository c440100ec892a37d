import { ibcDenom } from "../../chains/derive";
import {
  acceptOwnership,
  addValidator,
  assertAdmin,
  circuitBreaker,
  feeWithdraw,
  ibcLifecycleComplete,
  liquidStake,
  liquidUnstake,
  receiveRewards,
  receiveUnstakedTokens,
  recoverPendingIbcTransfers,
  removeValidator,
  resumeContract,
  response,
  revokeOwnershipTransfer,
  slashBatches,
  submitBatch,
  transferOwnership,
  withdraw,
} from "./liquid-staking-execute";
import {
  EXECUTE_VARIANTS,
  LIFECYCLE_VARIANTS,
  STRUCT_FIELDS,
  SUDO_VARIANTS,
  parseError,
  parseVariant,
  unknownFieldIn,
  type MsgType,
} from "./liquid-staking-msg";
import { query } from "./liquid-staking-query";
import {
  CW2,
  ERR,
  SerdeError,
  K,
  MAX_UNBONDING_PERIOD,
  FEE_DENOMINATOR,
  loadConfig,
  newPendingBatch,
  nowSeconds,
  optional,
  parseString,
  parseU128,
  parseU64,
  saveBatch,
  validateAddress,
  validateAddresses,
  type Config,
  type NativeChainConfig,
  type ProtocolChainConfig,
  type ProtocolFeeConfig,
  type State,
} from "./liquid-staking-state";
import { ContractError, type ContractApi, type ContractResponse, type MessageInfo, type SimContract } from "./types";

/**
 * The MilkyWay liquid staking contract v1.3.0 (protocol doc §1), one deployment per LST.
 *
 * Instantiate message (mirrors the `config` query):
 * ```
 * { admin?, native_chain_config:{account_address_prefix, validator_address_prefix, token_denom,
 *     validators:[valoper], unbonding_period, staker_address, reward_collector_address},
 *   protocol_chain_config:{account_address_prefix, ibc_channel_id, ibc_token_denom,
 *     minimum_liquid_stake_amount:"u128", oracle_address?},
 *   protocol_fee_config:{dao_treasury_fee:"u128", treasury_address?},
 *   monitors:[addr], liquid_stake_token_denom:"<subdenom>", batch_period }
 * ```
 */
export const liquidStakingContract: SimContract = {
  cw2: CW2,
  instantiate: (api, info, msg) => asType("InstantiateMsg", () => instantiate(api, info, msg)),
  execute: (api, info, msg) => asType("ExecuteMsg", () => execute(api, info, msg)),
  query: (api, msg) => asType("QueryMsg", () => query(api, msg)),
  // contract.rs:356-370; the sudo message is `{"ibc_lifecycle_complete":{"ibc_ack"|"ibc_timeout":{…}}}`.
  sudo: (api, msg) =>
    asType("SudoMsg", () => {
      const outer = parseVariant("SudoMsg", msg, SUDO_VARIANTS, true);
      const inner = parseVariant("SudoMsg", outer.body, LIFECYCLE_VARIANTS);
      return ibcLifecycleComplete(api, inner.name as "ibc_ack" | "ibc_timeout", inner.body);
    }),
};

type Fields = Record<string, unknown>;

/** A field that failed to deserialise is reported against the entry point's message type. */
function asType<T>(type: MsgType, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SerdeError) throw parseError(type, e.detail);
    throw e;
  }
}

function execute(api: ContractApi, info: MessageInfo, msg: unknown): ContractResponse {
  const { name, body } = parseVariant("ExecuteMsg", msg, EXECUTE_VARIANTS);
  switch (name) {
    case "liquid_stake":
      return liquidStake(api, info, body);
    case "liquid_unstake":
      return liquidUnstake(api, info);
    case "submit_batch":
      return submitBatch(api);
    case "receive_unstaked_tokens":
      return receiveUnstakedTokens(api, info, body);
    case "withdraw":
      return withdraw(api, info, body);
    case "receive_rewards":
      return receiveRewards(api, info);
    case "circuit_breaker":
      return circuitBreaker(api, info);
    case "resume_contract":
      return resumeContract(api, info, body);
    case "slash_batches":
      return slashBatches(api, info, body);
    case "recover_pending_ibc_transfers":
      return recoverPendingIbcTransfers(api, body);
    case "fee_withdraw":
      return feeWithdraw(api, info, body);
    case "add_validator":
      return addValidator(api, info, body);
    case "remove_validator":
      return removeValidator(api, info, body);
    case "transfer_ownership":
      return transferOwnership(api, info, body);
    case "accept_ownership":
      return acceptOwnership(api, info);
    case "revoke_ownership_transfer":
      return revokeOwnershipTransfer(api, info);
    case "update_config":
      return updateConfig(api, info, body);
    default:
      throw parseError("ExecuteMsg", `unknown variant \`${name}\``);
  }
}

// ---------------------------------------------------------------------------------------------
// Instantiation and configuration

/** contract.rs:50-160, validation in types.rs and the shared utils, in the contract's order. */
function instantiate(api: ContractApi, info: MessageInfo, msg: unknown): ContractResponse {
  if (msg === null || typeof msg !== "object" || Array.isArray(msg)) throw new SerdeError("expected a struct");
  const m = msg as Fields;
  denyUnknown(m, STRUCT_FIELDS.InstantiateMsg);
  // `oracle_code_id` would instantiate an oracle by submessage (contract.rs:114-132); the
  // simulator deploys its oracle at genesis instead, so a code id is accepted and not used.
  optional(m.oracle_code_id, parseU64, "oracle_code_id");
  const native = parseNativeConfig(m.native_chain_config);
  const protocol = parseProtocolConfig(m.protocol_chain_config, native.token_denom);
  const fee = parseFeeConfig(m.protocol_fee_config, protocol.account_address_prefix);
  const adminArg = optional(m.admin, parseString, "admin");
  const admin = adminArg === undefined ? info.sender : validateAddress(adminArg, protocol.account_address_prefix);
  const batchPeriod = parseU64(m.batch_period, "batch_period");
  // contract.rs:75-81
  if (batchPeriod > native.unbonding_period) throw tooBig("batch_period", batchPeriod, native.unbonding_period);
  const subdenom = validateDenom(parseString(m.liquid_stake_token_denom, "liquid_stake_token_denom"));
  const config: Config = {
    native_chain_config: native,
    protocol_chain_config: protocol,
    protocol_fee_config: fee,
    liquid_stake_token_denom: `factory/${api.env.contract.address}/${subdenom}`,
    monitors: parseMonitors(m.monitors, protocol.account_address_prefix),
    batch_period: batchPeriod,
    // A fresh contract refuses user traffic until the admin resumes it (contract.rs:97).
    stopped: true,
  };

  const state: State = {
    total_native_token: 0n,
    total_liquid_stake_token: 0n,
    total_reward_amount: 0n,
    total_fees: 0n,
    pending_owner: null,
    owner_transfer_min_time: null,
  };
  api.set(K.config, config);
  api.set(K.state, state);
  api.set(K.admin, admin);
  // The tokenfactory denom exists as soon as it is first minted; nothing to create up front.
  saveBatch(api, newPendingBatch(1, nowSeconds(api) + config.batch_period));
  api.set(K.pendingBatchId, 1);
  return response(["action", "instantiate"], ["owner", admin]);
}

/** execute.rs:770-833, including its checks' order and its swapped value/max (execute.rs:821-825). */
function updateConfig(api: ContractApi, info: MessageInfo, m: Fields): ContractResponse {
  assertAdmin(api, info);
  const next: Config = { ...loadConfig(api) };
  if (m.native_chain_config != null) next.native_chain_config = parseNativeConfig(m.native_chain_config);
  if (m.protocol_chain_config != null) {
    next.protocol_chain_config = parseProtocolConfig(m.protocol_chain_config, next.native_chain_config.token_denom);
  }
  // A new native denom must still match the configured IBC denom (execute.rs:799-805).
  if (m.native_chain_config != null) {
    const pc = next.protocol_chain_config;
    validateIbcDenom(pc.ibc_token_denom, pc.ibc_channel_id, next.native_chain_config.token_denom);
  }
  const prefix = next.protocol_chain_config.account_address_prefix;
  if (m.protocol_fee_config != null) next.protocol_fee_config = parseFeeConfig(m.protocol_fee_config, prefix);
  if (m.monitors != null) next.monitors = parseMonitors(m.monitors, prefix);
  if (m.batch_period != null) {
    const batchPeriod = parseU64(m.batch_period, "batch_period");
    const unbonding = next.native_chain_config.unbonding_period;
    if (batchPeriod > unbonding) throw tooBig("batch_period", unbonding, batchPeriod);
    next.batch_period = batchPeriod;
  }
  api.set(K.config, next);
  return response(["action", "update_config"]);
}

function struct(v: unknown, field: string, allowed: readonly string[]): Fields {
  if (v === undefined) throw new SerdeError(`missing field \`${field}\``);
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw new SerdeError(`invalid type for field \`${field}\`, expected a struct`);
  denyUnknown(v as Fields, allowed);
  return v as Fields;
}

function denyUnknown(fields: Fields, allowed: readonly string[]): void {
  const problem = unknownFieldIn(fields, allowed);
  if (problem) throw new SerdeError(problem);
}

/**
 * utils.rs:11-14 validate_address_prefix via bech32 0.11 `Hrp::parse`: 1 to 83 ASCII characters
 * in 33..=126, not mixed case. (The wording after "invalid address prefix " is bech32's own
 * error display, approximated here.)
 */
function parsePrefix(v: unknown, field: string): string {
  const p = parseString(v, field);
  let problem: string | null = null;
  if (p.length === 0) problem = "hrp is empty, must have at least 1 character";
  else if (p.length > 83) problem = `hrp is too long, found ${p.length} characters, must be <= 83`;
  else if ([...p].some((c) => c.charCodeAt(0) < 33 || c.charCodeAt(0) > 126)) problem = "invalid ASCII character in hrp";
  else if (p !== p.toLowerCase() && p !== p.toUpperCase()) problem = "hrp cannot mix upper and lower case";
  if (problem) throw new ContractError(`Generic error: invalid address prefix ${problem}`);
  return p;
}

function parseList(v: unknown, field: string): unknown[] {
  if (v === undefined) throw new SerdeError(`missing field \`${field}\``);
  if (!Array.isArray(v)) throw new SerdeError(`invalid type for field \`${field}\`, expected a sequence`);
  return v;
}

/** types.rs:75-98 UnsafeNativeChainConfig::validate, in its order. */
function parseNativeConfig(v: unknown): NativeChainConfig {
  const f = struct(v, "native_chain_config", STRUCT_FIELDS.UnsafeNativeChainConfig);
  const accountPrefixRaw = parseString(f.account_address_prefix, "account_address_prefix");
  const valoperPrefixRaw = parseString(f.validator_address_prefix, "validator_address_prefix");
  const tokenDenom = parseString(f.token_denom, "token_denom");
  const validators = parseList(f.validators, "validators");
  const unbonding = parseU64(f.unbonding_period, "unbonding_period");
  const staker = parseString(f.staker_address, "staker_address");
  const rewardCollector = parseString(f.reward_collector_address, "reward_collector_address");
  if (unbonding > MAX_UNBONDING_PERIOD) throw tooBig("unbonding_period", unbonding, MAX_UNBONDING_PERIOD);
  const accountPrefix = parsePrefix(accountPrefixRaw, "account_address_prefix");
  const valoperPrefix = parsePrefix(valoperPrefixRaw, "validator_address_prefix");
  return {
    account_address_prefix: accountPrefix,
    validator_address_prefix: valoperPrefix,
    token_denom: validateDenom(tokenDenom),
    validators: validateAddresses(validators, valoperPrefix),
    unbonding_period: unbonding,
    staker_address: validateAddress(staker, accountPrefix),
    reward_collector_address: validateAddress(rewardCollector, accountPrefix),
  };
}

/** types.rs:118-146 UnsafeProtocolChainConfig::validate, in its order. */
function parseProtocolConfig(v: unknown, nativeDenom: string): ProtocolChainConfig {
  const f = struct(v, "protocol_chain_config", STRUCT_FIELDS.UnsafeProtocolChainConfig);
  const prefixRaw = parseString(f.account_address_prefix, "account_address_prefix");
  const ibcDenomArg = parseString(f.ibc_token_denom, "ibc_token_denom");
  const channel = parseString(f.ibc_channel_id, "ibc_channel_id");
  const minimum = parseU128(f.minimum_liquid_stake_amount, "minimum_liquid_stake_amount");
  const oracle = optional(f.oracle_address, parseString, "oracle_address");
  if (!/^channel-\d+$/.test(channel) || BigInt(channel.slice(8)) > 18_446_744_073_709_551_615n) {
    throw new ContractError(ERR.ibcConfigWrong);
  }
  const prefix = parsePrefix(prefixRaw, "account_address_prefix");
  return {
    account_address_prefix: prefix,
    ibc_token_denom: validateIbcDenom(ibcDenomArg, channel, nativeDenom),
    ibc_channel_id: channel,
    minimum_liquid_stake_amount: minimum,
    oracle_address: oracle === undefined ? null : validateAddress(oracle, prefixRaw),
  };
}

/** types.rs:27-45 UnsafeProtocolFeeConfig::validate. */
function parseFeeConfig(v: unknown, protocolPrefix: string): ProtocolFeeConfig {
  const f = struct(v, "protocol_fee_config", STRUCT_FIELDS.UnsafeProtocolFeeConfig);
  const fee = parseU128(f.dao_treasury_fee, "dao_treasury_fee");
  const treasury = optional(f.treasury_address, parseString, "treasury_address");
  if (fee > FEE_DENOMINATOR) throw new ContractError(ERR.daoFeeTooHigh);
  return { dao_treasury_fee: fee, treasury_address: treasury === undefined ? null : validateAddress(treasury, protocolPrefix) };
}

function parseMonitors(v: unknown, prefix: string): string[] {
  return validateAddresses(parseList(v, "monitors"), prefix);
}

/** helpers.rs:152-174: `ibc/` + uppercase hex sha256("transfer/{channel}/{denom}"). */
function validateIbcDenom(ibcDenomArg: string, channel: string, nativeDenom: string): string {
  if (ibcDenomArg !== ibcDenom(`transfer/${channel}/${nativeDenom}`)) throw new ContractError(ERR.ibcDenomInvalid);
  return ibcDenomArg;
}

/** helpers.rs:136-149 validate_denom: more than 3 characters, ASCII letters only. */
function validateDenom(s: string): string {
  if (s.length <= 3) throw new ContractError(ERR.denomTooShort);
  if (!/^[A-Za-z]+$/.test(s)) throw new ContractError(ERR.denomNotAlphabetic);
  return s;
}

function tooBig(field: string, value: number, max: number): ContractError {
  return new ContractError(ERR.valueTooBig(field, value, max));
}
