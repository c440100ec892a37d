import {
  K,
  loadAdmin,
  loadBatch,
  loadConfig,
  loadPendingBatchId,
  loadState,
  mayLoadBatch,
  optional,
  parseString,
  parseU64,
  rates,
  type Batch,
  type BatchStatus,
  type IbcWaitingForReply,
  type InflightPacket,
  type UnstakeRequest,
} from "./liquid-staking-state";
import { QUERY_VARIANTS, parseError, parseVariant } from "./liquid-staking-msg";
import type { ContractApi } from "./types";

/** Wire shapes of §1.5: u128 as strings, u64 ids/counts as numbers, times as nanosecond strings. */
export interface BatchResponse {
  id: number;
  batch_total_liquid_stake: string;
  expected_native_unstaked: string;
  received_native_unstaked: string;
  unstake_request_count: number;
  next_batch_action_time: string;
  status: BatchStatus;
}

export interface UnstakeRequestResponse {
  batch_id: number;
  user: string;
  amount: string;
}

export interface IbcQueueEntry {
  sequence: number;
  amount: { denom: string; amount: string };
  receiver: string;
  status: InflightPacket["status"];
}

export function batchToResponse(b: Batch): BatchResponse {
  return {
    id: b.id,
    batch_total_liquid_stake: b.batch_total_liquid_stake.toString(),
    expected_native_unstaked: (b.expected_native_unstaked ?? 0n).toString(),
    received_native_unstaked: (b.received_native_unstaked ?? 0n).toString(),
    unstake_request_count: b.unstake_requests_count ?? 0,
    // cosmwasm Timestamp serialises as a nanosecond string.
    next_batch_action_time: (BigInt(b.next_batch_action_time ?? 0) * 1_000_000_000n).toString(),
    status: b.status,
  };
}

const requestToResponse = (r: UnstakeRequest): UnstakeRequestResponse => ({
  batch_id: r.batch_id,
  user: r.user,
  amount: r.amount.toString(),
});

const STATUS_FILTER: Record<string, BatchStatus> = { Pending: "pending", Submitted: "submitted", Received: "received" };

function parseLimit(v: unknown): number | undefined {
  return optional(v, (x) => parseU64(x, "limit"), "limit");
}

const queryParseError = (detail: string) => parseError("QueryMsg", detail);

/** contract.rs:269-296 */
export function query(api: ContractApi, msg: unknown): unknown {
  const { name, body: m } = parseVariant("QueryMsg", msg, QUERY_VARIANTS);
  switch (name) {
    case "config":
      return configResponse(api);
    case "state":
      return stateResponse(api);
    case "batch":
      return batchToResponse(loadBatch(api, parseU64(m.id, "id")));
    case "batches":
      return batches(api, m);
    case "batches_by_ids": {
      if (!Array.isArray(m.ids)) throw queryParseError("missing field `ids`");
      const ids = m.ids.map((x) => parseU64(x, "ids"));
      return {
        batches: ids.flatMap((id) => {
          const b = mayLoadBatch(api, id);
          return b ? [batchToResponse(b)] : [];
        }),
      };
    }
    case "pending_batch":
      return batchToResponse(loadBatch(api, loadPendingBatchId(api)));
    case "unstake_requests":
      return unstakeRequests(api, parseString(m.user, "user"));
    case "all_unstake_requests":
      return allUnstakeRequests(api, parseLimit(m.limit));
    case "ibc_queue":
      return ibcQueue(api, optional(m.start_after, parseU64, "start_after"), parseLimit(m.limit));
    case "ibc_reply_queue":
      return ibcReplyQueue(api, optional(m.start_after, parseU64, "start_after"), parseLimit(m.limit));
    case "admin":
      return { admin: loadAdmin(api) };
    default:
      throw queryParseError(`unknown variant \`${name}\``);
  }
}

function configResponse(api: ContractApi) {
  const c = loadConfig(api);
  const nc = c.native_chain_config;
  const pc = c.protocol_chain_config;
  return {
    native_chain_config: {
      account_address_prefix: nc.account_address_prefix,
      validator_address_prefix: nc.validator_address_prefix,
      token_denom: nc.token_denom,
      validators: [...nc.validators],
      unbonding_period: nc.unbonding_period,
      staker_address: nc.staker_address,
      reward_collector_address: nc.reward_collector_address,
    },
    protocol_chain_config: {
      account_address_prefix: pc.account_address_prefix,
      ibc_channel_id: pc.ibc_channel_id,
      ibc_token_denom: pc.ibc_token_denom,
      minimum_liquid_stake_amount: pc.minimum_liquid_stake_amount.toString(),
      oracle_address: pc.oracle_address,
    },
    protocol_fee_config: {
      dao_treasury_fee: c.protocol_fee_config.dao_treasury_fee.toString(),
      treasury_address: c.protocol_fee_config.treasury_address,
    },
    monitors: [...c.monitors],
    liquid_stake_token_denom: c.liquid_stake_token_denom,
    batch_period: c.batch_period,
    stopped: c.stopped,
  };
}

function stateResponse(api: ContractApi) {
  const s = loadState(api);
  return {
    total_native_token: s.total_native_token.toString(),
    total_liquid_stake_token: s.total_liquid_stake_token.toString(),
    // The field named `rate` is the purchase rate L/N, not the redemption rate.
    rate: rates(s).purchase,
    pending_owner: s.pending_owner ?? "",
    total_reward_amount: s.total_reward_amount.toString(),
    total_fees: s.total_fees.toString(),
  };
}

function batches(api: ContractApi, m: Record<string, unknown>) {
  const startAfter = optional(m.start_after, parseU64, "start_after");
  const limit = parseLimit(m.limit);
  let status: BatchStatus | undefined;
  if (m.status !== undefined && m.status !== null) {
    status = typeof m.status === "string" ? STATUS_FILTER[m.status] : undefined;
    if (!status) {
      throw queryParseError(`unknown variant \`${String(m.status)}\`, expected one of \`Pending\`, \`Submitted\`, \`Received\``);
    }
  }
  // The limit counts matching batches only (paginate_map filters before taking).
  const out = [];
  for (const key of api.keys(K.batchPrefix)) {
    if (limit !== undefined && out.length >= limit) break;
    const b = api.get<Batch>(key)!;
    if (startAfter !== undefined && b.id <= startAfter) continue;
    if (status && b.status !== status) continue;
    out.push(batchToResponse(b));
  }
  return { batches: out };
}

function unstakeRequests(api: ContractApi, user: string): UnstakeRequestResponse[] {
  const out: UnstakeRequest[] = [];
  for (const key of api.keys(K.requestPrefix)) {
    const r = api.get<UnstakeRequest>(key)!;
    if (r.user === user) out.push(r);
  }
  return out.sort((a, b) => a.batch_id - b.batch_id).map(requestToResponse);
}

/**
 * Ordered like the contract's by-user index: by user, then by batch id. Its `start_after`
 * bound sorts before every entry, so it never skips anything; we accept and ignore it.
 */
function allUnstakeRequests(api: ContractApi, limit: number | undefined): UnstakeRequestResponse[] {
  const all = api.keys(K.requestPrefix).map((k) => api.get<UnstakeRequest>(k)!);
  all.sort((a, b) => (a.user < b.user ? -1 : a.user > b.user ? 1 : a.batch_id - b.batch_id));
  return (limit === undefined ? all : all.slice(0, limit)).map(requestToResponse);
}

function ibcQueue(api: ContractApi, startAfter: number | undefined, limit: number | undefined) {
  const out: IbcQueueEntry[] = [];
  for (const key of api.keys(K.packetPrefix)) {
    if (limit !== undefined && out.length >= limit) break;
    const p = api.get<InflightPacket>(key)!;
    if (startAfter !== undefined && p.sequence <= startAfter) continue;
    out.push({
      sequence: p.sequence,
      amount: { denom: p.amount.denom, amount: p.amount.amount.toString() },
      receiver: p.receiver,
      status: p.status,
    });
  }
  return { ibc_queue: out };
}

/**
 * query.rs:454-471: the transfers still waiting for their submessage reply, as
 * `{ibc_queue:[{amount:{denom,amount}, receiver}]}` by submessage id. The reply runs in the same
 * transaction as the transfer, so between transactions this is empty.
 */
function ibcReplyQueue(api: ContractApi, startAfter: number | undefined, limit: number | undefined) {
  const out: Array<{ amount: { denom: string; amount: string }; receiver: string }> = [];
  for (const key of api.keys(K.replyPrefix)) {
    if (limit !== undefined && out.length >= limit) break;
    if (startAfter !== undefined && BigInt(key.slice(K.replyPrefix.length)) <= BigInt(startAfter)) continue;
    const w = api.get<IbcWaitingForReply>(key)!;
    out.push({ amount: { denom: w.amount.denom, amount: w.amount.amount.toString() }, receiver: w.receiver });
  }
  return { ibc_queue: out };
}
