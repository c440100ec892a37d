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
import { query } from "./liquid-staking-query";
import {
  CW2,
  ERR,
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
  instantiate,
  execute,
  query,
  sudo(api, msg) {
    const { name, body } = variant(msg);
    if (name !== "ibc_lifecycle_complete") throw new ContractError(ERR.parse(`unknown variant \`${name}\``));
    return ibcLifecycleComplete(api, body);
  },
};

type Fields = Record<string, unknown>;

function variant(msg: unknown): { name: string; body: Fields } {
  if (msg === null || typeof msg !== "object" || Array.isArray(msg) || Object.keys(msg).length !== 1) {
    throw new ContractError(ERR.parse("expected an object with exactly one key"));
  }
  const [name, body] = Object.entries(msg as Fields)[0];
  if (body !== null && (typeof body !== "object" || Array.isArray(body))) {
    throw new ContractError(ERR.parse(`invalid type for \`${name}\`, expected a struct`));
  }
  return { name, body: (body ?? {}) as Fields };
}

function execute(api: ContractApi, info: MessageInfo, msg: unknown): ContractResponse {
  const { name, body } = variant(msg);
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
      throw new ContractError(ERR.parse(`unknown variant \`${name}\``));
  }
}

// ---------------------------------------------------------------------------------------------
// Instantiation and configuration

function instantiate(api: ContractApi, info: MessageInfo, msg: unknown): ContractResponse {
  if (msg === null || typeof msg !== "object" || Array.isArray(msg)) throw new ContractError(ERR.parse("expected a struct"));
  const m = msg as Fields;
  const subdenom = validateSubdenom(parseString(m.liquid_stake_token_denom, "liquid_stake_token_denom"));
  const native = parseNativeConfig(m.native_chain_config);
  const protocol = parseProtocolConfig(m.protocol_chain_config);
  const config: Config = {
    native_chain_config: native,
    protocol_chain_config: protocol,
    protocol_fee_config: parseFeeConfig(m.protocol_fee_config, protocol.account_address_prefix),
    monitors: parseMonitors(m.monitors ?? [], protocol.account_address_prefix),
    liquid_stake_token_denom: `factory/${api.env.contract.address}/${subdenom}`,
    batch_period: parseU64(m.batch_period, "batch_period"),
    // A fresh contract refuses user traffic until the admin resumes it.
    stopped: true,
  };
  checkConsistency(config);
  const admin =
    optional(m.admin, parseString, "admin") === undefined
      ? info.sender
      : validateAddress(m.admin, protocol.account_address_prefix);

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

function updateConfig(api: ContractApi, info: MessageInfo, m: Fields): ContractResponse {
  assertAdmin(api, info);
  const old = loadConfig(api);
  const next: Config = { ...old };
  if (m.native_chain_config != null) next.native_chain_config = parseNativeConfig(m.native_chain_config);
  if (m.protocol_chain_config != null) next.protocol_chain_config = parseProtocolConfig(m.protocol_chain_config);
  const prefix = next.protocol_chain_config.account_address_prefix;
  if (m.protocol_fee_config != null) next.protocol_fee_config = parseFeeConfig(m.protocol_fee_config, prefix);
  if (m.monitors != null) next.monitors = parseMonitors(m.monitors, prefix);
  if (m.batch_period != null) next.batch_period = parseU64(m.batch_period, "batch_period");
  checkConsistency(next);
  api.set(K.config, next);
  return response(["action", "update_config"]);
}

function struct(v: unknown, field: string): Fields {
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw new ContractError(ERR.parse(`missing field \`${field}\``));
  return v as Fields;
}

function parsePrefix(v: unknown, field: string): string {
  const p = parseString(v, field);
  if (!/^[a-z][a-z0-9]*$/.test(p)) throw new ContractError(`Generic error: invalid address prefix '${p}'`);
  return p;
}

function parseNativeConfig(v: unknown): NativeChainConfig {
  const f = struct(v, "native_chain_config");
  const accountPrefix = parsePrefix(f.account_address_prefix, "account_address_prefix");
  const valoperPrefix = parsePrefix(f.validator_address_prefix, "validator_address_prefix");
  const tokenDenom = parseString(f.token_denom, "token_denom");
  if (tokenDenom === "") throw new ContractError("Generic error: denom len is less than 3");
  if (!Array.isArray(f.validators)) throw new ContractError(ERR.parse("missing field `validators`"));
  const unbonding = parseU64(f.unbonding_period, "unbonding_period");
  if (unbonding > MAX_UNBONDING_PERIOD) throw tooBig("unbonding_period", unbonding, MAX_UNBONDING_PERIOD);
  return {
    account_address_prefix: accountPrefix,
    validator_address_prefix: valoperPrefix,
    token_denom: tokenDenom,
    validators: f.validators.map((a) => validateAddress(a, valoperPrefix)),
    unbonding_period: unbonding,
    staker_address: validateAddress(f.staker_address, accountPrefix),
    reward_collector_address: validateAddress(f.reward_collector_address, accountPrefix),
  };
}

function parseProtocolConfig(v: unknown): ProtocolChainConfig {
  const f = struct(v, "protocol_chain_config");
  const prefix = parsePrefix(f.account_address_prefix, "account_address_prefix");
  const channel = parseString(f.ibc_channel_id, "ibc_channel_id");
  if (!/^channel-\d+$/.test(channel)) throw new ContractError(ERR.ibcConfigWrong);
  const oracle = optional(f.oracle_address, parseString, "oracle_address");
  return {
    account_address_prefix: prefix,
    ibc_channel_id: channel,
    ibc_token_denom: parseString(f.ibc_token_denom, "ibc_token_denom"),
    minimum_liquid_stake_amount: parseU128(f.minimum_liquid_stake_amount, "minimum_liquid_stake_amount"),
    oracle_address: oracle === undefined ? null : validateAddress(oracle, prefix),
  };
}

function parseFeeConfig(v: unknown, protocolPrefix: string): ProtocolFeeConfig {
  const f = struct(v, "protocol_fee_config");
  const fee = parseU128(f.dao_treasury_fee, "dao_treasury_fee");
  if (fee > FEE_DENOMINATOR) throw new ContractError(ERR.daoFeeTooHigh);
  const treasury = optional(f.treasury_address, parseString, "treasury_address");
  return { dao_treasury_fee: fee, treasury_address: treasury === undefined ? null : validateAddress(treasury, protocolPrefix) };
}

function parseMonitors(v: unknown, prefix: string): string[] {
  if (!Array.isArray(v)) throw new ContractError(ERR.parse("invalid type for field `monitors`, expected a sequence"));
  return v.map((a) => validateAddress(a, prefix));
}

/** Cross-field rules that must hold after instantiate and after every update_config. */
function checkConsistency(c: Config): void {
  const nc = c.native_chain_config;
  if (c.batch_period > nc.unbonding_period) throw tooBig("batch_period", c.batch_period, nc.unbonding_period);
  const pc = c.protocol_chain_config;
  if (pc.ibc_token_denom !== ibcDenom(`transfer/${pc.ibc_channel_id}/${nc.token_denom}`)) {
    throw new ContractError(ERR.ibcConfigWrong);
  }
}

function validateSubdenom(s: string): string {
  if (s.length <= 3) throw new ContractError("Generic error: denom len is less than 3");
  if (!/^[A-Za-z]+$/.test(s)) throw new ContractError("Generic error: denom must be alphabetic");
  return s;
}

function tooBig(field: string, value: number, max: number): ContractError {
  return new ContractError(`Value too big for field ${field}: ${value} > ${max}`);
}
