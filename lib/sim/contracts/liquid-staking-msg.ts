import { ContractError } from "./types";

/**
 * How the contract's entry points turn JSON into its message enums, as serde + serde-json-wasm
 * 0.5 do for `#[cw_serde]` types (milkyway-contracts v1.3.0 `contracts/staking/src/msg.rs`):
 * externally tagged, snake_case variant names, `deny_unknown_fields`. cosmwasm-std 1.5 reports a
 * failure as `StdError::ParseErr`, displayed "Error parsing into type <type_name>: <serde msg>".
 *
 * The variant lists below are in declaration order, because serde lists them that way in its
 * "expected one of" text.
 */

export type MsgType = "ExecuteMsg" | "QueryMsg" | "SudoMsg" | "InstantiateMsg" | "IBCLifecycleComplete";

export function parseError(type: MsgType, detail: string): ContractError {
  // IBCLifecycleComplete is parsed as part of SudoMsg; its errors carry the outer type name.
  const outer = type === "IBCLifecycleComplete" ? "SudoMsg" : type;
  return new ContractError(`Error parsing into type staking::msg::${outer}: ${detail}`);
}

/** serde's `OneOf` display: "`a`", "`a` or `b`", "one of `a`, `b`, `c`". */
function oneOf(names: readonly string[]): string {
  const q = names.map((n) => `\`${n}\``);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} or ${q[1]}`;
  return `one of ${q.join(", ")}`;
}

/** serde::de::Error::unknown_variant */
export function unknownVariant(name: string, expected: readonly string[]): string {
  return expected.length === 0
    ? `unknown variant \`${name}\`, there are no variants`
    : `unknown variant \`${name}\`, expected ${oneOf(expected)}`;
}

/** serde::de::Error::unknown_field */
export function unknownField(name: string, expected: readonly string[]): string {
  return expected.length === 0
    ? `unknown field \`${name}\`, there are no fields`
    : `unknown field \`${name}\`, expected ${oneOf(expected)}`;
}

/** ExecuteMsg variants and their struct fields (msg.rs:46-180). */
export const EXECUTE_VARIANTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["liquid_stake", ["mint_to", "transfer_to_native_chain", "expected_mint_amount"]],
  ["liquid_unstake", []],
  ["withdraw", ["batch_id"]],
  ["submit_batch", []],
  ["add_validator", ["new_validator"]],
  ["remove_validator", ["validator"]],
  ["transfer_ownership", ["new_owner"]],
  ["accept_ownership", []],
  ["revoke_ownership_transfer", []],
  ["update_config", ["native_chain_config", "protocol_chain_config", "protocol_fee_config", "monitors", "batch_period"]],
  ["receive_rewards", []],
  ["receive_unstaked_tokens", ["batch_id"]],
  ["circuit_breaker", []],
  ["resume_contract", ["total_native_token", "total_liquid_stake_token", "total_reward_amount"]],
  ["slash_batches", ["new_amounts"]],
  ["recover_pending_ibc_transfers", ["paginated", "selected_packets", "receiver"]],
  ["fee_withdraw", ["amount"]],
];

/** QueryMsg variants and their struct fields (msg.rs:225-298). */
export const QUERY_VARIANTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["config", []],
  ["state", []],
  ["batch", ["id"]],
  ["batches", ["start_after", "limit", "status"]],
  ["batches_by_ids", ["ids"]],
  ["pending_batch", []],
  ["unstake_requests", ["user"]],
  ["all_unstake_requests", ["start_after", "limit"]],
  ["ibc_queue", ["start_after", "limit"]],
  ["ibc_reply_queue", ["start_after", "limit"]],
  ["admin", []],
];

/** SudoMsg (msg.rs:349-354) and IBCLifecycleComplete (msg.rs:320-346). */
export const SUDO_VARIANTS: ReadonlyArray<readonly [string, readonly string[]]> = [["ibc_lifecycle_complete", []]];
export const LIFECYCLE_VARIANTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["ibc_ack", ["channel", "sequence", "ack", "success"]],
  ["ibc_timeout", ["channel", "sequence"]],
];

export type Fields = Record<string, unknown>;

/**
 * One externally tagged enum value: `{"<variant>": {<fields>}}`. Unknown variants and unknown
 * fields are refused with serde's texts. (`skipFieldCheck` for a newtype variant whose content
 * is itself an enum.)
 */
export function parseVariant(
  type: MsgType,
  msg: unknown,
  variants: ReadonlyArray<readonly [string, readonly string[]]>,
  skipFieldCheck = false,
): { name: string; body: Fields } {
  if (msg === null || typeof msg !== "object" || Array.isArray(msg) || Object.keys(msg).length !== 1) {
    throw parseError(type, "expected an object with exactly one key");
  }
  const [name, body] = Object.entries(msg as Fields)[0];
  const entry = variants.find(([n]) => n === name);
  if (!entry) throw parseError(type, unknownVariant(name, variants.map(([n]) => n)));
  if (body !== null && (typeof body !== "object" || Array.isArray(body))) {
    throw parseError(type, `invalid type for \`${name}\`, expected a struct`);
  }
  const fields = (body ?? {}) as Fields;
  if (!skipFieldCheck) {
    for (const key of Object.keys(fields)) {
      if (!entry[1].includes(key)) throw parseError(type, unknownField(key, entry[1]));
    }
  }
  return { name, body: fields };
}

/** Struct fields of InstantiateMsg (msg.rs:17-44) and the config structs (types.rs:18-116). */
export const STRUCT_FIELDS = {
  InstantiateMsg: [
    "native_chain_config",
    "protocol_chain_config",
    "protocol_fee_config",
    "liquid_stake_token_denom",
    "batch_period",
    "monitors",
    "admin",
    "oracle_code_id",
  ],
  UnsafeNativeChainConfig: [
    "account_address_prefix",
    "validator_address_prefix",
    "token_denom",
    "validators",
    "unbonding_period",
    "staker_address",
    "reward_collector_address",
  ],
  UnsafeProtocolChainConfig: ["account_address_prefix", "ibc_token_denom", "ibc_channel_id", "minimum_liquid_stake_amount", "oracle_address"],
  UnsafeProtocolFeeConfig: ["dao_treasury_fee", "treasury_address"],
  BatchExpectedAmount: ["batch_id", "amount"],
} as const;

/** `#[cw_serde]` structs deny unknown fields: serde's unknown_field text, first offender. */
export function unknownFieldIn(fields: Fields, allowed: readonly string[]): string | null {
  const bad = Object.keys(fields).find((k) => !allowed.includes(k));
  return bad === undefined ? null : unknownField(bad, allowed);
}
