import { describe, expect, it } from "vitest";
import { simActorAddress } from "../../chains/derive";
import {
  ADMIN,
  ALICE,
  ALICE_CELESTIA,
  BATCH_PERIOD,
  BOB,
  CAROL,
  IBC_TIA,
  MONITOR,
  T0,
  TREASURY,
  UNBONDING,
  VALIDATOR_1,
  VALIDATOR_2,
  attrs,
  instantiateMsg,
  setup,
} from "./liquid-staking-fixture";

const NOT_ADMIN = /^Admin error: Caller is not admin$/;
const WEEK = 7 * 24 * 3600;

describe("ownership transfer", () => {
  it("needs the admin, a valid address, and 7 days before the new owner can accept", () => {
    const f = setup();
    expect(() => f.exec(BOB, { transfer_ownership: { new_owner: BOB } })).toThrow(NOT_ADMIN);
    // execute.rs:588 uses the chain's addr_validate (cosmwasm-std 1.5 "addr_validate errored: …").
    expect(() => f.exec(ADMIN, { transfer_ownership: { new_owner: "celestia1xyz" } })).toThrow(
      /^Generic error: addr_validate errored: decoding bech32 failed/,
    );
    expect(() => f.exec(ADMIN, { transfer_ownership: { new_owner: ALICE_CELESTIA } })).toThrow(
      /^Generic error: addr_validate errored: invalid Bech32 prefix; expected osmo, got celestia$/,
    );
    const res = f.exec(ADMIN, { transfer_ownership: { new_owner: BOB } });
    expect(attrs(res)).toEqual([
      ["action", "transfer_ownership"],
      ["new_owner", BOB],
      ["previous_owner", ADMIN],
    ]);
    expect(f.state().pending_owner).toBe(BOB);

    f.host.setTimeSeconds(T0 + WEEK - 1);
    expect(() => f.exec(BOB, { accept_ownership: {} })).toThrow(/^Ownership transfer not ready$/);
    f.host.setTimeSeconds(T0 + WEEK);
    expect(() => f.exec(CAROL, { accept_ownership: {} })).toThrow(/^No pending owner$/);
    expect(attrs(f.exec(BOB, { accept_ownership: {} }))).toEqual([
      ["action", "accept_ownership"],
      ["new_owner", BOB],
    ]);
    expect(f.q({ admin: {} })).toEqual({ admin: BOB });
    expect(f.state().pending_owner).toBe("");
    expect(() => f.exec(ADMIN, { circuit_breaker: {} })).toThrow(/^Unauthorized: /);
    expect(() => f.exec(BOB, { accept_ownership: {} })).toThrow("No pending owner");
  });

  it("can be revoked by the admin", () => {
    const f = setup();
    f.exec(ADMIN, { transfer_ownership: { new_owner: BOB } });
    expect(() => f.exec(BOB, { revoke_ownership_transfer: {} })).toThrow(NOT_ADMIN);
    f.exec(ADMIN, { revoke_ownership_transfer: {} });
    f.host.advanceSeconds(WEEK);
    expect(() => f.exec(BOB, { accept_ownership: {} })).toThrow("No pending owner");
    expect(f.q({ admin: {} })).toEqual({ admin: ADMIN });
  });
});

describe("validators", () => {
  it("adds and removes valoper addresses, admin only", () => {
    const f = setup();
    expect(() => f.exec(BOB, { add_validator: { new_validator: VALIDATOR_2 } })).toThrow(NOT_ADMIN);
    expect(() => f.exec(ADMIN, { add_validator: { new_validator: VALIDATOR_1 } })).toThrow(/^Validator already exists$/);
    // execute.rs:504-507 -> packages/milky_way/src/utils.rs:22-24
    expect(() => f.exec(ADMIN, { add_validator: { new_validator: ALICE } })).toThrow(
      `Generic error: Invalid address prefix, address: ${ALICE}, prefix: celestiavaloper`,
    );
    f.exec(ADMIN, { add_validator: { new_validator: VALIDATOR_2 } });
    expect(f.q({ config: {} }).native_chain_config.validators).toEqual([VALIDATOR_1, VALIDATOR_2]);
    const res = f.exec(ADMIN, { remove_validator: { validator: VALIDATOR_1 } });
    expect(attrs(res)).toEqual([
      ["action", "remove_validator"],
      ["removed_validator", VALIDATOR_1],
      ["sender", ADMIN],
    ]);
    expect(() => f.exec(ADMIN, { remove_validator: { validator: VALIDATOR_1 } })).toThrow(/^Validator not found$/);
    expect(f.q({ config: {} }).native_chain_config.validators).toEqual([VALIDATOR_2]);
  });
});

describe("update_config", () => {
  it("replaces the given sections after validating them", () => {
    const f = setup();
    expect(() => f.exec(BOB, { update_config: { batch_period: 1 } })).toThrow(NOT_ADMIN);
    // execute.rs:820-825 builds this error with value and max swapped.
    expect(() => f.exec(ADMIN, { update_config: { batch_period: UNBONDING + 1 } })).toThrow(
      `The field 'batch_period' has a value of ${UNBONDING}, which exceeds the maximum allowed value of ${UNBONDING + 1}.`,
    );
    expect(() =>
      f.exec(ADMIN, { update_config: { protocol_fee_config: { dao_treasury_fee: "100001", treasury_address: null } } }),
    ).toThrow("DAO treasury fee can't be higher then 100000");
    expect(() => f.exec(ADMIN, { update_config: { monitors: ["celestia1abc"] } })).toThrow(/^Generic error: Invalid address$/);
    // types.rs:133-137 -> helpers.rs:166-167
    const pc = { ...instantiateMsg().protocol_chain_config, ibc_channel_id: "channel-1" };
    expect(() => f.exec(ADMIN, { update_config: { protocol_chain_config: pc } })).toThrow(/^Generic error: ibc denom is invalid$/);
    // execute.rs:799-805: a new native denom must still match the configured IBC denom.
    const nc = { ...instantiateMsg().native_chain_config, token_denom: "uatom" };
    expect(() => f.exec(ADMIN, { update_config: { native_chain_config: nc } })).toThrow(/^Generic error: ibc denom is invalid$/);
    // A failed update leaves the config untouched.
    expect(f.q({ config: {} }).batch_period).toBe(BATCH_PERIOD);

    f.exec(ADMIN, {
      update_config: {
        batch_period: 86_400,
        monitors: [CAROL],
        protocol_fee_config: { dao_treasury_fee: "5000", treasury_address: null },
        protocol_chain_config: { ...instantiateMsg().protocol_chain_config, minimum_liquid_stake_amount: "1000" },
      },
    });
    const c = f.q({ config: {} });
    expect(c.batch_period).toBe(86_400);
    expect(c.monitors).toEqual([CAROL]);
    expect(c.protocol_fee_config).toEqual({ dao_treasury_fee: "5000", treasury_address: null });
    expect(c.protocol_chain_config.minimum_liquid_stake_amount).toBe("1000");
    expect(() => f.stake(ALICE, 999)).toThrow("Minimum liquid stake amount not met");
  });
});

describe("circuit breaker and resume", () => {
  it("stops for the admin or a monitor only", () => {
    const f = setup();
    expect(() => f.exec(BOB, { circuit_breaker: {} })).toThrow(`Unauthorized: ${BOB}`);
    f.exec(MONITOR, { circuit_breaker: {} });
    expect(f.q({ config: {} }).stopped).toBe(true);
  });

  it("resume needs the admin and a stopped contract, and overwrites N, L and rewards", () => {
    const f = setup();
    f.stake(ALICE, 1000);
    const resume = { resume_contract: { total_native_token: "900", total_liquid_stake_token: "1000", total_reward_amount: "7" } };
    expect(() => f.exec(ADMIN, resume)).toThrow(/^contract is not stopped$/);
    f.exec(MONITOR, { circuit_breaker: {} });
    expect(() => f.exec(MONITOR, resume)).toThrow(NOT_ADMIN);
    expect(attrs(f.exec(ADMIN, resume))).toEqual([
      ["action", "resume_contract"],
      ["total_native_token", "900"],
      ["total_liquid_stake_token", "1000"],
      ["total_reward_amount", "7"],
    ]);
    expect(f.state()).toMatchObject({ total_native_token: "900", total_liquid_stake_token: "1000", total_reward_amount: "7" });
    expect(f.q({ config: {} }).stopped).toBe(false);
  });
});

describe("slash_batches", () => {
  function submittedTwo() {
    const f = setup();
    f.stake(ALICE, 1000);
    f.unstake(ALICE, 400);
    f.host.setTimeSeconds(T0 + BATCH_PERIOD);
    f.submit();
    f.unstake(ALICE, 100);
    return f;
  }

  it("overwrites expected_native_unstaked of submitted batches while stopped", () => {
    const f = submittedTwo();
    const slash = (id: number, amount: string) => ({ slash_batches: { new_amounts: [{ batch_id: id, amount }] } });
    expect(() => f.exec(ADMIN, slash(1, "390"))).toThrow("contract is not stopped");
    f.exec(ADMIN, { circuit_breaker: {} });
    expect(() => f.exec(BOB, slash(1, "390"))).toThrow(NOT_ADMIN);
    expect(() => f.exec(ADMIN, slash(2, "1"))).toThrow(/^Batch 2 don't have the expected native amount$/);
    expect(() => f.exec(ADMIN, slash(5, "1"))).toThrow("milky_way::staking::Batch not found");
    const res = f.exec(ADMIN, slash(1, "390"));
    expect(attrs(res)).toEqual([
      ["action", "slash_batches"],
      ["updated_batches", '[{"batch_id":1,"amount":"390"}]'],
    ]);
    expect(f.batch(1).expected_native_unstaked).toBe("390");

    f.exec(ADMIN, { resume_contract: { total_native_token: "600", total_liquid_stake_token: "600", total_reward_amount: "0" } });
    f.host.setTimeSeconds(T0 + BATCH_PERIOD + UNBONDING);
    expect(() => f.receive(1, 400n)).toThrow("Received wrong batch amount, batch_id 1 expected 390, got 400");
    f.receive(1);
    f.exec(ADMIN, { circuit_breaker: {} });
    expect(() => f.exec(ADMIN, slash(1, "1"))).toThrow(/^unexpected batch status$/);
  });
});

describe("fee_withdraw", () => {
  it("moves kept fees to the treasury once one is configured", () => {
    const f = setup({ treasury: null });
    f.stake(ALICE, 1000);
    f.rewards(1000); // fee 100 kept
    expect(() => f.exec(BOB, { fee_withdraw: { amount: "1" } })).toThrow(NOT_ADMIN);
    expect(() => f.exec(ADMIN, { fee_withdraw: { amount: "101" } })).toThrow(/^Insufficient funds$/);
    expect(() => f.exec(ADMIN, { fee_withdraw: { amount: "60" } })).toThrow(/^The treasury address has not been configured$/);
    f.exec(ADMIN, { update_config: { protocol_fee_config: { dao_treasury_fee: "10000", treasury_address: TREASURY } } });
    const res = f.exec(ADMIN, { fee_withdraw: { amount: "60" } });
    expect(attrs(res)).toEqual([
      ["action", "fee_withdraw"],
      ["receiver", TREASURY],
      ["amount", "60"],
    ]);
    expect(f.host.balance(TREASURY, IBC_TIA)).toBe(60n);
    expect(f.state().total_fees).toBe("40");
  });
});

describe("message parsing", () => {
  it("rejects unknown variants and malformed fields", () => {
    const f = setup();
    // serde's unknown_variant text lists the variants in declaration order (msg.rs:46-180).
    expect(() => f.exec(ALICE, { stake: {} })).toThrow(
      "Error parsing into type staking::msg::ExecuteMsg: unknown variant `stake`, expected one of `liquid_stake`, `liquid_unstake`, `withdraw`, `submit_batch`, `add_validator`, `remove_validator`, `transfer_ownership`, `accept_ownership`, `revoke_ownership_transfer`, `update_config`, `receive_rewards`, `receive_unstaked_tokens`, `circuit_breaker`, `resume_contract`, `slash_batches`, `recover_pending_ibc_transfers`, `fee_withdraw`",
    );
    expect(() => f.exec(ALICE, { withdraw: { batch_id: "1" } })).toThrow(/batch_id/);
    expect(() => f.stake(ALICE, 1000, { expected_mint_amount: 5 })).toThrow(/expected_mint_amount/);
    expect(() => f.q({ nope: {} })).toThrow(
      "Error parsing into type staking::msg::QueryMsg: unknown variant `nope`, expected one of `config`, `state`, `batch`, `batches`, `batches_by_ids`, `pending_batch`, `unstake_requests`, `all_unstake_requests`, `ibc_queue`, `ibc_reply_queue`, `admin`",
    );
    // #[cw_serde] denies unknown fields; serde's unknown_field text.
    expect(() => f.exec(ALICE, { withdraw: { batch_id: 1, user: ALICE } })).toThrow(
      "Error parsing into type staking::msg::ExecuteMsg: unknown field `user`, expected `batch_id`",
    );
    expect(() => f.exec(ALICE, { liquid_unstake: { amount: "1" } })).toThrow(
      "Error parsing into type staking::msg::ExecuteMsg: unknown field `amount`, there are no fields",
    );
    expect(() => f.exec(ALICE, { withdraw: {} })).toThrow("Error parsing into type staking::msg::ExecuteMsg: missing field `batch_id`");
    expect(() => f.q({ batch: {} })).toThrow("Error parsing into type staking::msg::QueryMsg: missing field `id`");
    // execute.rs:666-669 -> utils.rs:22-24
    const osmoX = simActorAddress("osmo", "x");
    expect(() => f.exec(ALICE, { recover_pending_ibc_transfers: { receiver: osmoX } })).toThrow(
      `Generic error: Invalid address prefix, address: ${osmoX}, prefix: celestia`,
    );
  });
});
