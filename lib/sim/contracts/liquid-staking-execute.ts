import type { SimCoin } from "../coins";
import {
  ERR,
  IBC_TIMEOUT_NS,
  K,
  OWNERSHIP_DELAY_SECONDS,
  PACKET_KIND,
  RECOVER_PAGE_SIZE,
  SerdeError,
  addressError,
  add128,
  computeClaim,
  computeFee,
  computeMint,
  computeUnbond,
  isValidAddress,
  loadAdmin,
  loadBatch,
  loadConfig,
  loadPendingBatchId,
  loadState,
  mayLoadBatch,
  newPendingBatch,
  nowSeconds,
  optional,
  parseString,
  parseU128,
  parseU64,
  rates,
  saveBatch,
  validateAddress,
  type Config,
  type IbcWaitingForReply,
  type InflightPacket,
  type State,
  type UnstakeRequest,
} from "./liquid-staking-state";
import { STRUCT_FIELDS, unknownFieldIn } from "./liquid-staking-msg";
import { ContractError, type ContractApi, type ContractResponse, type MessageInfo } from "./types";

type Attr = { key: string; value: string };
type Fields = Record<string, unknown>;

export function response(...pairs: Array<[string, string | number | bigint]>): ContractResponse {
  return { attributes: pairs.map(([key, value]): Attr => ({ key, value: String(value) })) };
}

// ---------------------------------------------------------------------------------------------
// Shared guards and side effects

/** cw_utils::must_pay: exactly one coin, positive, of `denom`. */
export function mustPay(info: MessageInfo, denom: string): bigint {
  if (info.funds.length === 0) throw new ContractError(ERR.noFunds);
  if (info.funds.length > 1) throw new ContractError(ERR.multipleDenoms);
  const [c] = info.funds;
  if (c.amount === 0n) throw new ContractError(ERR.noFunds);
  if (c.denom !== denom) throw new ContractError(ERR.missingDenom(denom));
  return c.amount;
}

/** The hook handlers take the first coin of the right denom and ignore the rest. */
function findPayment(info: MessageInfo, denom: string): bigint {
  const c = info.funds.find((f) => f.denom === denom);
  if (!c) throw new ContractError(ERR.noFunds);
  return c.amount;
}

function checkStopped(config: Config): void {
  if (config.stopped) throw new ContractError(ERR.stopped);
}

export function assertAdmin(api: ContractApi, info: MessageInfo): void {
  if (loadAdmin(api) !== info.sender) throw new ContractError(ERR.notAdmin);
}

function saveState(api: ContractApi, s: State): void {
  api.set(K.state, s);
}

function postRates(api: ContractApi, config: Config, state: State): void {
  const oracle = config.protocol_chain_config.oracle_address;
  if (!oracle) return;
  const r = rates(state);
  api.execute(
    oracle,
    { post_rates: { denom: config.liquid_stake_token_denom, purchase_rate: r.purchase, redemption_rate: r.redemption } },
    [],
  );
}

/**
 * ICS-20 out of the contract with the ibc-hooks callback, as a submessage with reply "always"
 * (execute.rs:67-93). Its id is `tx index + block time ns` unless the caller picks one
 * (execute.rs:76-81; the simulator's contracts see tx index 0). The pending transfer is kept in
 * IBC_WAITING_FOR_REPLY until the reply (execute.rs:1057-1096) stores it in INFLIGHT_PACKETS as
 * `sent` under the packet sequence and answers with its own attributes, which become one more
 * `wasm` event per transfer.
 */
function sendIbc(api: ContractApi, config: Config, receiver: string, coin: SimCoin, subMsgId?: bigint): bigint {
  const id = subMsgId ?? api.env.block.timeNs;
  // save_ibc_waiting_for_reply (execute.rs:1098-1117)
  if (api.get<IbcWaitingForReply>(K.reply(id)) !== undefined) throw new ContractError(ERR.contractLocked);
  const waiting: IbcWaitingForReply = { amount: { denom: coin.denom, amount: coin.amount }, receiver };
  api.set(K.reply(id), waiting);
  const sequence = api.ibcTransfer({
    channel: config.protocol_chain_config.ibc_channel_id,
    receiver,
    coin,
    timeoutNs: api.env.block.timeNs + IBC_TIMEOUT_NS,
    memo: "",
    callback: true,
  });
  // handle_ibc_reply
  api.del(K.reply(id));
  const packet: InflightPacket = { sequence, amount: waiting.amount, receiver, status: "sent" };
  api.set(K.packet(sequence), packet);
  api.reply([
    { key: "action", value: "handle_ibc_reply" },
    { key: "status", value: "ibc_message_successfully_submitted" },
    { key: "packet_sequence", value: String(sequence) },
  ]);
  return id;
}

// ---------------------------------------------------------------------------------------------
// User messages

export function liquidStake(api: ContractApi, info: MessageInfo, m: Fields): ContractResponse {
  const mintToArg = optional(m.mint_to, parseString, "mint_to");
  const toNative = optional(m.transfer_to_native_chain, parseBool, "transfer_to_native_chain") ?? false;
  const expected = optional(m.expected_mint_amount, parseU128, "expected_mint_amount");
  const config = loadConfig(api);
  const pc = config.protocol_chain_config;
  const a = mustPay(info, pc.ibc_token_denom);
  checkStopped(config);

  const mintTo = mintToArg ?? info.sender;
  let toNativeChain = isValidAddress(mintTo, config.native_chain_config.account_address_prefix);
  let toProtocolChain = isValidAddress(mintTo, pc.account_address_prefix);
  if (!toNativeChain && !toProtocolChain) throw new ContractError(ERR.invalidAddress);
  // Same prefix on both chains: only the flag can tell where the LST should go.
  if (toNativeChain && toProtocolChain) {
    if (toNative) toProtocolChain = false;
    else toNativeChain = false;
  }

  const state = { ...loadState(api) };
  if (a < pc.minimum_liquid_stake_amount) throw new ContractError(ERR.minimumNotMet);
  // Orphan rule: native tokens nobody holds a claim on go to the DAO before minting restarts 1:1.
  if (state.total_liquid_stake_token === 0n && state.total_native_token !== 0n) {
    state.total_fees = add128(state.total_fees, state.total_native_token);
    state.total_native_token = 0n;
  }
  const mint = computeMint(state.total_native_token, state.total_liquid_stake_token, a);
  if (mint === 0n) throw new ContractError(ERR.mintZero);
  if (expected !== undefined && mint < expected) throw new ContractError(ERR.mintMismatch);

  api.mint(config.liquid_stake_token_denom, mint);
  state.total_native_token = add128(state.total_native_token, a);
  state.total_liquid_stake_token = add128(state.total_liquid_stake_token, mint);
  saveState(api, state);
  postRates(api, config, state);
  const stakeId = sendIbc(api, config, config.native_chain_config.staker_address, { denom: pc.ibc_token_denom, amount: a });
  const lst = { denom: config.liquid_stake_token_denom, amount: mint };
  if (toProtocolChain) api.bankSend(mintTo, [lst]);
  // The LST's own transfer uses the stake submessage id plus one (execute.rs:259-265).
  else sendIbc(api, config, mintTo, lst, stakeId + 1n);

  return response(["action", "liquid_stake"], ["sender", info.sender], ["in_amount", a], ["mint_amount", mint]);
}

export function liquidUnstake(api: ContractApi, info: MessageInfo): ContractResponse {
  const config = loadConfig(api);
  const amount = mustPay(info, config.liquid_stake_token_denom);
  checkStopped(config);

  // The LST stays in the contract until submit_batch burns it; N and L do not move here.
  const batchId = loadPendingBatchId(api);
  const key = K.request(batchId, info.sender);
  const existing = api.get<UnstakeRequest>(key);
  const request: UnstakeRequest = existing
    ? { ...existing, amount: add128(existing.amount, amount) }
    : { batch_id: batchId, user: info.sender, amount };
  api.set(key, request);

  const batch = loadBatch(api, batchId);
  saveBatch(api, {
    ...batch,
    batch_total_liquid_stake: add128(batch.batch_total_liquid_stake, amount),
    unstake_requests_count: existing ? batch.unstake_requests_count : (batch.unstake_requests_count ?? 0) + 1,
  });

  return response(["action", "liquid_unstake"], ["sender", info.sender], ["batch", batchId], ["amount", amount]);
}

export function submitBatch(api: ContractApi): ContractResponse {
  const config = loadConfig(api);
  checkStopped(config);
  const now = nowSeconds(api);
  const batch = loadBatch(api, loadPendingBatchId(api));
  if (batch.next_batch_action_time === null || now < batch.next_batch_action_time) {
    throw new ContractError(ERR.batchNotReady);
  }
  if ((batch.unstake_requests_count ?? 0) === 0) throw new ContractError(ERR.batchEmpty);
  const state = { ...loadState(api) };
  const total = batch.batch_total_liquid_stake;
  // The contract reuses the minimum-stake error here (sic).
  if (state.total_liquid_stake_token < total) throw new ContractError(ERR.minimumNotMet);

  const next = newPendingBatch(batch.id + 1, now + config.batch_period);
  saveBatch(api, next);
  api.set(K.pendingBatchId, next.id);
  api.burn(config.liquid_stake_token_denom, total);

  const unbond = computeUnbond(state.total_native_token, state.total_liquid_stake_token, total);
  state.total_native_token = state.total_native_token > unbond ? state.total_native_token - unbond : 0n;
  state.total_liquid_stake_token -= total;
  saveState(api, state);

  saveBatch(api, {
    ...batch,
    expected_native_unstaked: unbond,
    status: "submitted",
    next_batch_action_time: now + config.native_chain_config.unbonding_period,
  });
  postRates(api, config, state);

  return response(
    ["action", "submit_batch"],
    ["batch_id", batch.id],
    ["batch_total", total],
    ["expected_native_unstaked", unbond],
  );
}

/**
 * execute.rs:915-964. v1.3.0 has no time check: the coordinator may return a batch as soon as
 * the exact expected amount arrives, whatever `next_batch_action_time` says.
 */
export function receiveUnstakedTokens(api: ContractApi, info: MessageInfo, m: Fields): ContractResponse {
  const batchId = parseU64(m.batch_id, "batch_id");
  const config = loadConfig(api);
  checkStopped(config);
  const amount = findPayment(info, config.protocol_chain_config.ibc_token_denom);
  const batch = loadBatch(api, batchId);
  if (batch.status !== "submitted") throw new ContractError(ERR.batchNotClaimable);
  if (batch.expected_native_unstaked === null) throw new ContractError(ERR.batchWithoutExpected(batchId));
  if (batch.expected_native_unstaked !== amount) {
    throw new ContractError(ERR.wrongBatchAmount(batchId, batch.expected_native_unstaked, amount));
  }
  saveBatch(api, { ...batch, received_native_unstaked: amount, status: "received", next_batch_action_time: null });
  return response(["action", "receive_unstaked_tokens"], ["batch", batchId], ["amount", amount]);
}

export function withdraw(api: ContractApi, info: MessageInfo, m: Fields): ContractResponse {
  const batchId = parseU64(m.batch_id, "batch_id");
  const config = loadConfig(api);
  checkStopped(config);
  const batch = mayLoadBatch(api, batchId);
  if (!batch) throw new ContractError(ERR.batchEmpty);
  if (batch.status !== "received" || batch.received_native_unstaked === null) {
    throw new ContractError(ERR.alreadyClaimed);
  }
  const key = K.request(batchId, info.sender);
  const request = api.get<UnstakeRequest>(key);
  if (!request) throw new ContractError(ERR.noRequestInBatch);

  const amount = computeClaim(batch.received_native_unstaked, request.amount, batch.batch_total_liquid_stake);
  api.del(key);
  api.bankSend(info.sender, [{ denom: config.protocol_chain_config.ibc_token_denom, amount }]);
  postRates(api, config, loadState(api));
  return response(["action", "execute_withdraw"], ["batch", batchId], ["amount", amount]);
}

export function receiveRewards(api: ContractApi, info: MessageInfo): ContractResponse {
  const config = loadConfig(api);
  const state = { ...loadState(api) };
  checkStopped(config);
  if (state.total_liquid_stake_token === 0n) throw new ContractError(ERR.noLiquidStake);
  const pc = config.protocol_chain_config;
  const r = findPayment(info, pc.ibc_token_denom);
  const fee = computeFee(config.protocol_fee_config.dao_treasury_fee, r);
  // A zero fee is refused, so a 0% fee configuration blocks every reward.
  if (fee === 0n) throw new ContractError(ERR.feesZero(r));
  const afterFees = r - fee;

  state.total_native_token = add128(state.total_native_token, afterFees);
  state.total_reward_amount = add128(state.total_reward_amount, r);
  const treasury = config.protocol_fee_config.treasury_address;
  if (!treasury) state.total_fees = add128(state.total_fees, fee);
  saveState(api, state);

  postRates(api, config, state);
  sendIbc(api, config, config.native_chain_config.staker_address, { denom: pc.ibc_token_denom, amount: afterFees });
  if (treasury) api.bankSend(treasury, [{ denom: pc.ibc_token_denom, amount: fee }]);

  return response(
    ["action", "receive_rewards"],
    ["action", "transfer_stake"],
    ["amount", r],
    ["amount_after_fees", afterFees],
  );
}

export function recoverPendingIbcTransfers(api: ContractApi, m: Fields): ContractResponse {
  const paginated = optional(m.paginated, parseBool, "paginated") ?? false;
  const selected = optional(m.selected_packets, parseU64List, "selected_packets");
  const receiverArg = optional(m.receiver, parseString, "receiver");
  const config = loadConfig(api);
  const receiver =
    receiverArg === undefined
      ? config.native_chain_config.staker_address
      : validateAddress(receiverArg, config.native_chain_config.account_address_prefix);

  let packets: InflightPacket[];
  if (selected) {
    packets = [...new Set(selected)].sort((a, b) => a - b).map((seq) => {
      const p = api.get<InflightPacket>(K.packet(seq));
      if (!p) throw new ContractError(ERR.notFound(PACKET_KIND));
      if (p.receiver !== receiver) throw new ContractError(ERR.differentReceivers);
      if (p.status !== "ack_failure" && p.status !== "timed_out") throw new ContractError(ERR.packetNotFailed(seq));
      return p;
    });
  } else {
    packets = [];
    for (const key of api.keys(K.packetPrefix)) {
      if (paginated && packets.length >= RECOVER_PAGE_SIZE) break;
      const p = api.get<InflightPacket>(key)!;
      if (p.receiver === receiver && (p.status === "ack_failure" || p.status === "timed_out")) packets.push(p);
    }
  }
  if (packets.length === 0) throw new ContractError(ERR.noInflight);

  const totals = new Map<string, bigint>();
  for (const p of packets) {
    totals.set(p.amount.denom, add128(totals.get(p.amount.denom) ?? 0n, p.amount.amount));
    api.del(K.packet(p.sequence));
  }
  // One new transfer per denom, in denom order (the contract sums into a BTreeMap), with
  // submessage ids after the highest in-flight sequence (execute.rs:713-719, 747-762).
  const maxSequence = BigInt(Math.max(...packets.map((p) => p.sequence), ...api.keys(K.packetPrefix).map((k) => api.get<InflightPacket>(k)!.sequence)));
  [...totals.keys()].sort().forEach((denom, index) => {
    sendIbc(api, config, receiver, { denom, amount: totals.get(denom)! }, maxSequence + BigInt(index) + 1n);
  });

  return response(["action", "recover"], ["packets", packets.length]);
}

// ---------------------------------------------------------------------------------------------
// Admin and monitor messages

export function circuitBreaker(api: ContractApi, info: MessageInfo): ContractResponse {
  const config = loadConfig(api);
  if (loadAdmin(api) !== info.sender && !config.monitors.includes(info.sender)) {
    throw new ContractError(ERR.unauthorized(info.sender));
  }
  api.set(K.config, { ...config, stopped: true });
  return response(["action", "circuit_breaker"]);
}

export function resumeContract(api: ContractApi, info: MessageInfo, m: Fields): ContractResponse {
  const N = parseU128(m.total_native_token, "total_native_token");
  const L = parseU128(m.total_liquid_stake_token, "total_liquid_stake_token");
  const R = parseU128(m.total_reward_amount, "total_reward_amount");
  assertAdmin(api, info);
  const config = loadConfig(api);
  if (!config.stopped) throw new ContractError(ERR.notStopped);
  const resumed = { ...config, stopped: false };
  api.set(K.config, resumed);
  // Overwriting the totals is how the admin books a slash on the native chain.
  const state: State = { ...loadState(api), total_native_token: N, total_liquid_stake_token: L, total_reward_amount: R };
  saveState(api, state);
  postRates(api, resumed, state);
  return response(
    ["action", "resume_contract"],
    ["total_native_token", N],
    ["total_liquid_stake_token", L],
    ["total_reward_amount", R],
  );
}

export function slashBatches(api: ContractApi, info: MessageInfo, m: Fields): ContractResponse {
  if (m.new_amounts === undefined) throw new SerdeError("missing field `new_amounts`");
  if (!Array.isArray(m.new_amounts)) throw new SerdeError("invalid type for field `new_amounts`, expected a sequence");
  const amounts = m.new_amounts.map((e: unknown) => {
    const f = (e ?? {}) as Fields;
    const unknown = unknownFieldIn(f, STRUCT_FIELDS.BatchExpectedAmount);
    if (unknown) throw new SerdeError(unknown);
    return { batch_id: parseU64(f.batch_id, "batch_id"), amount: parseU128(f.amount, "amount") };
  });
  assertAdmin(api, info);
  if (!loadConfig(api).stopped) throw new ContractError(ERR.notStopped);
  for (const { batch_id, amount } of amounts) {
    const batch = loadBatch(api, batch_id);
    if (batch.status !== "pending" && batch.status !== "submitted") throw new ContractError(ERR.unexpectedBatchStatus);
    if (batch.expected_native_unstaked === null) throw new ContractError(ERR.batchWithoutExpected(batch_id));
    saveBatch(api, { ...batch, expected_native_unstaked: amount });
  }
  const json = JSON.stringify(amounts.map((a) => ({ batch_id: a.batch_id, amount: a.amount.toString() })));
  return response(["action", "slash_batches"], ["updated_batches", json]);
}

export function feeWithdraw(api: ContractApi, info: MessageInfo, m: Fields): ContractResponse {
  const amount = parseU128(m.amount, "amount");
  assertAdmin(api, info);
  const config = loadConfig(api);
  const state = loadState(api);
  if (state.total_fees < amount) throw new ContractError(ERR.insufficientFunds);
  const treasury = config.protocol_fee_config.treasury_address;
  if (!treasury) throw new ContractError(ERR.treasuryNotConfigured);
  saveState(api, { ...state, total_fees: state.total_fees - amount });
  api.bankSend(treasury, [{ denom: config.protocol_chain_config.ibc_token_denom, amount }]);
  return response(["action", "fee_withdraw"], ["receiver", treasury], ["amount", amount]);
}

export function addValidator(api: ContractApi, info: MessageInfo, m: Fields): ContractResponse {
  const validator = parseString(m.new_validator, "new_validator");
  assertAdmin(api, info);
  const config = loadConfig(api);
  const nc = config.native_chain_config;
  validateAddress(validator, nc.validator_address_prefix);
  if (nc.validators.includes(validator)) throw new ContractError(ERR.duplicateValidator);
  api.set(K.config, { ...config, native_chain_config: { ...nc, validators: [...nc.validators, validator] } });
  return response(["action", "add_validator"], ["new_validator", validator], ["sender", info.sender]);
}

export function removeValidator(api: ContractApi, info: MessageInfo, m: Fields): ContractResponse {
  const validator = parseString(m.validator, "validator");
  assertAdmin(api, info);
  const config = loadConfig(api);
  const nc = config.native_chain_config;
  validateAddress(validator, nc.validator_address_prefix);
  if (!nc.validators.includes(validator)) throw new ContractError(ERR.validatorNotFound);
  const validators = nc.validators.filter((v) => v !== validator);
  api.set(K.config, { ...config, native_chain_config: { ...nc, validators } });
  return response(["action", "remove_validator"], ["removed_validator", validator], ["sender", info.sender]);
}

export function transferOwnership(api: ContractApi, info: MessageInfo, m: Fields): ContractResponse {
  const newOwner = parseString(m.new_owner, "new_owner");
  assertAdmin(api, info);
  const config = loadConfig(api);
  // execute.rs:588 validates with the chain's `addr_validate`, not the shared utils.
  addrValidate(newOwner, config.protocol_chain_config.account_address_prefix);
  // The 7-day delay limits the damage of a mistyped owner.
  saveState(api, {
    ...loadState(api),
    pending_owner: newOwner,
    owner_transfer_min_time: nowSeconds(api) + OWNERSHIP_DELAY_SECONDS,
  });
  return response(["action", "transfer_ownership"], ["new_owner", newOwner], ["previous_owner", info.sender]);
}

export function revokeOwnershipTransfer(api: ContractApi, info: MessageInfo): ContractResponse {
  assertAdmin(api, info);
  saveState(api, { ...loadState(api), pending_owner: null, owner_transfer_min_time: null });
  return response(["action", "revoke_ownership_transfer"]);
}

export function acceptOwnership(api: ContractApi, info: MessageInfo): ContractResponse {
  const state = loadState(api);
  if (state.owner_transfer_min_time !== null && state.owner_transfer_min_time > nowSeconds(api)) {
    throw new ContractError(ERR.ownershipNotReady);
  }
  if (state.pending_owner === null || state.pending_owner !== info.sender) throw new ContractError(ERR.noPendingOwner);
  saveState(api, { ...state, pending_owner: null });
  api.set(K.admin, info.sender);
  return response(["action", "accept_ownership"], ["new_owner", info.sender]);
}

// ---------------------------------------------------------------------------------------------
// Sudo: ibc-hooks lifecycle callbacks (§1.6)

/**
 * ibc.rs receive_ack (lines 24-65) and receive_timeout (lines 69-95): a callback for another
 * channel or an unknown sequence answers success, with the contract's own attributes.
 */
export function ibcLifecycleComplete(api: ContractApi, kind: "ibc_ack" | "ibc_timeout", body: Fields): ContractResponse {
  const channel = parseString(body.channel, "channel");
  const sequence = parseSequence(body.sequence);
  const config = loadConfig(api);
  const key = K.packet(sequence);
  if (kind === "ibc_ack") {
    parseString(body.ack, "ack");
    const success = parseBool(body.success, "success");
    if (channel !== config.protocol_chain_config.ibc_channel_id) {
      return response(["action", "receive_ack"], ["channel", channel], ["error", "received ack for different channel"]);
    }
    const packet = api.get<InflightPacket>(key);
    if (!packet) return response(["action", "receive_ack"], ["msg", "received unexpected ack"]);
    if (success) {
      api.del(key);
      return response(["action", "receive_ack"], ["msg", "success"]);
    }
    api.set(key, { ...packet, status: "ack_failure" } satisfies InflightPacket);
    return response(["action", "receive_ack"], ["error", "ibc acknowledgement failed"]);
  }
  if (channel !== config.protocol_chain_config.ibc_channel_id) {
    return response(["action", "receive_timeout"], ["error", "received timeout for different channel"]);
  }
  const packet = api.get<InflightPacket>(key);
  if (!packet) return response(["action", "receive_timeout"], ["error", "received unexpected timeout"]);
  api.set(key, { ...packet, status: "timed_out" } satisfies InflightPacket);
  return response(["action", "receive_timeout"], ["error", "ibc packet timed out"]);
}

/**
 * cosmwasm-std 1.5 `addr_validate` on wasmd: sdk.AccAddressFromBech32, whose errors come back as
 * "addr_validate errored: <go error>".
 */
function addrValidate(addr: string, prefix: string): void {
  const err = addressError(addr, prefix);
  if (err === null) return;
  if (err === ERR.badAddress) throw new ContractError(ERR.addrValidate("decoding bech32 failed"));
  const got = addr.slice(0, addr.lastIndexOf("1"));
  throw new ContractError(ERR.addrValidate(`invalid Bech32 prefix; expected ${prefix}, got ${got}`));
}

// ---------------------------------------------------------------------------------------------

function parseBool(v: unknown, field: string): boolean {
  if (typeof v === "boolean") return v;
  if (v === undefined) throw new SerdeError(`missing field \`${field}\``);
  throw new SerdeError(`invalid type for field \`${field}\`, expected a boolean`);
}

function parseU64List(v: unknown, field: string): number[] {
  if (!Array.isArray(v)) throw new SerdeError(`invalid type for field \`${field}\`, expected a sequence`);
  return v.map((x) => parseU64(x, field));
}

/** Relayers hand sequences over as numbers; be lenient about a decimal string too. */
function parseSequence(v: unknown): number {
  if (typeof v === "string" && /^\d+$/.test(v)) return Number(v);
  if (typeof v === "bigint") return Number(v);
  return parseU64(v, "sequence");
}
