import { describe, expect, it } from "vitest";
import { ibcDenom, simActorAddress } from "../../chains/derive";
import { FakeHost } from "./fake-contract-api";
import { liquidStakingContract } from "./liquid-staking";
import {
  ADMIN,
  ALICE,
  ALICE_CELESTIA,
  BATCH_PERIOD,
  BOB,
  CAROL,
  CHANNEL,
  CONTRACT,
  HOOK,
  IBC_TIA,
  LST,
  STAKER,
  T0,
  TREASURY,
  UNBONDING,
  attrs,
  instantiateMsg,
  milk,
  setup,
  tia,
} from "./liquid-staking-fixture";
import type { BatchResponse, IbcQueueEntry, UnstakeRequestResponse } from "./liquid-staking-query";

const NS = 1_000_000_000n;
const nsString = (s: number) => (BigInt(s) * NS).toString();

describe("instantiate", () => {
  it("starts stopped with batch 1 pending, next = now + batch_period, admin = sender", () => {
    const f = setup({ stopped: true });
    const config = f.q({ config: {} });
    expect(config.stopped).toBe(true);
    expect(config.liquid_stake_token_denom).toBe(LST);
    expect(config.protocol_chain_config).toEqual({
      account_address_prefix: "osmo",
      ibc_channel_id: CHANNEL,
      ibc_token_denom: IBC_TIA,
      minimum_liquid_stake_amount: "100",
      oracle_address: null,
    });
    expect(config.protocol_fee_config).toEqual({ dao_treasury_fee: "10000", treasury_address: TREASURY });
    expect(config.native_chain_config.unbonding_period).toBe(UNBONDING);
    expect(config.batch_period).toBe(BATCH_PERIOD);
    expect(f.q({ admin: {} })).toEqual({ admin: ADMIN });
    expect(f.q({ pending_batch: {} })).toEqual({
      id: 1,
      batch_total_liquid_stake: "0",
      expected_native_unstaked: "0",
      received_native_unstaked: "0",
      unstake_request_count: 0,
      next_batch_action_time: nsString(T0 + BATCH_PERIOD),
      status: "pending",
    });
    expect(f.state()).toEqual({
      total_native_token: "0",
      total_liquid_stake_token: "0",
      rate: "1",
      pending_owner: "",
      total_reward_amount: "0",
      total_fees: "0",
    });
  });

  it("takes an explicit admin", () => {
    const host = new FakeHost();
    host.instantiate(CONTRACT, liquidStakingContract, ALICE, { ...instantiateMsg(), admin: BOB });
    expect(host.query(CONTRACT, { admin: {} })).toEqual({ admin: BOB });
  });

  it.each([
    ["unbonding period above 3,628,800", (m: any) => (m.native_chain_config.unbonding_period = 3_628_801), /^The field 'unbonding_period' has a value of 3628801, which exceeds the maximum allowed value of 3628800\.$/], // types.rs:77-83, error.rs:172
    ["batch period above unbonding", (m: any) => (m.batch_period = 1_814_401), /^The field 'batch_period' has a value of 1814401, which exceeds the maximum allowed value of 1814400\.$/], // contract.rs:75-81
    ["fee above 100000", (m: any) => (m.protocol_fee_config.dao_treasury_fee = "100001"), /^DAO treasury fee can't be higher then 100000$/],
    // helpers.rs:159-173 validate_ibc_denom
    ["ibc denom of another channel", (m: any) => (m.protocol_chain_config.ibc_token_denom = ibcDenom("transfer/channel-1/utia")), /^Generic error: ibc denom is invalid$/],
    // types.rs:120-129: only a malformed channel id gives IbcChannelConfigWrong
    ["malformed channel id", (m: any) => (m.protocol_chain_config.ibc_channel_id = "channel-x"), /^The prvoided IBC channel and reserve token config is wrong$/],
    // helpers.rs:139-143 validate_denom
    ["subdenom of 3 characters", (m: any) => (m.liquid_stake_token_denom = "abc"), /^Generic error: denom len is less than or equal to 3$/],
    ["non-alphabetic subdenom", (m: any) => (m.liquid_stake_token_denom = "umilk1"), /^Generic error: denom must be alphabetic$/],
    // types.rs:88 validates the native token denom with the same rule
    ["native token denom of 3 characters", (m: any) => (m.native_chain_config.token_denom = "tia"), /^Generic error: denom len is less than or equal to 3$/],
    // packages/milky_way/src/utils.rs:18-29 validate_address
    ["staker without the native prefix", (m: any) => (m.native_chain_config.staker_address = ALICE), new RegExp(`^Generic error: Invalid address prefix, address: ${ALICE}, prefix: celestia$`)],
    ["validator without the valoper prefix", (m: any) => (m.native_chain_config.validators = [ALICE]), /^Generic error: Invalid address prefix, address: osmo1.*, prefix: celestiavaloper$/],
    ["staker that is not bech32", (m: any) => (m.native_chain_config.staker_address = "celestia1nope"), /^Generic error: Invalid address$/],
    // utils.rs:37-40 validate_addresses refuses duplicates
    ["duplicate monitors", (m: any) => (m.monitors = [ALICE, ALICE]), /^Generic error: Duplicate address$/],
  ])("rejects %s", (_name, mutate, error) => {
    const msg = instantiateMsg();
    mutate(msg);
    const host = new FakeHost();
    expect(() => host.instantiate(CONTRACT, liquidStakingContract, ADMIN, msg)).toThrow(error);
  });

  it("accepts the limits themselves", () => {
    const msg = instantiateMsg({ fee: "100000" });
    msg.native_chain_config.unbonding_period = 3_628_800;
    msg.batch_period = 3_628_800;
    const host = new FakeHost();
    expect(() => host.instantiate(CONTRACT, liquidStakingContract, ADMIN, msg)).not.toThrow();
  });
});

describe("stopped flag", () => {
  const STOPPED = "contract was intentionally stopped";

  it("blocks exactly the user and coordinator messages", () => {
    const f = setup({ stopped: true });
    f.host.fund(ALICE, IBC_TIA, 10_000n);
    f.host.fund(ALICE, LST, 10_000n);
    const blocked: Array<[unknown, ReturnType<typeof tia>[]]> = [
      [{ liquid_stake: {} }, [tia(1000)]],
      [{ liquid_unstake: {} }, [milk(1000)]],
      [{ submit_batch: {} }, []],
      [{ receive_unstaked_tokens: { batch_id: 1 } }, [tia(10)]],
      [{ withdraw: { batch_id: 1 } }, []],
      [{ receive_rewards: {} }, [tia(1000)]],
    ];
    for (const [msg, funds] of blocked) expect(() => f.exec(ALICE, msg, funds), JSON.stringify(msg)).toThrow(STOPPED);
    // Nothing moved: the failed messages were rolled back.
    expect(f.host.balance(ALICE, IBC_TIA)).toBe(10_000n);
  });

  it("lets queries, recovery and admin messages through", () => {
    const f = setup({ stopped: true });
    expect(() => f.q({ state: {} })).not.toThrow();
    expect(() => f.q({ batches: {} })).not.toThrow();
    expect(() => f.exec(ALICE, { recover_pending_ibc_transfers: {} })).toThrow("No inflight packages to recover");
    f.exec(ADMIN, { add_validator: { new_validator: simActorAddress("celestiavaloper", "x") } });
    f.exec(ADMIN, { transfer_ownership: { new_owner: BOB } });
    f.exec(ADMIN, { fee_withdraw: { amount: "0" } });
    f.exec(ADMIN, { circuit_breaker: {} });
    f.exec(ADMIN, { update_config: { batch_period: 100 } });
    expect(f.q({ config: {} }).batch_period).toBe(100);
  });

  it("resume_contract unblocks, and circuit_breaker blocks again", () => {
    const f = setup({ stopped: true });
    f.exec(ADMIN, { resume_contract: { total_native_token: "0", total_liquid_stake_token: "0", total_reward_amount: "0" } });
    f.stake(ALICE, 1000);
    f.exec(ADMIN, { circuit_breaker: {} });
    expect(() => f.stake(ALICE, 1000)).toThrow(STOPPED);
  });
});

describe("liquid_stake", () => {
  it("mints 1:1 at N=0, sends the TIA to the staker and the LST to the sender", () => {
    const f = setup();
    const res = f.stake(ALICE, 1000);
    expect(attrs(res)).toEqual([
      ["action", "liquid_stake"],
      ["sender", ALICE],
      ["in_amount", "1000"],
      ["mint_amount", "1000"],
    ]);
    expect(f.host.balance(ALICE, LST)).toBe(1000n);
    expect(f.host.records.mints).toEqual([{ contract: CONTRACT, denom: LST, amount: 1000n, to: CONTRACT }]);
    const [transfer] = f.host.records.ibc;
    expect(transfer).toMatchObject({
      channel: CHANNEL,
      receiver: STAKER,
      coin: tia(1000),
      timeoutNs: BigInt(T0) * NS + 1_000_000_000_000n,
      callback: true,
    });
    expect(f.q<{ ibc_queue: IbcQueueEntry[] }>({ ibc_queue: {} }).ibc_queue).toEqual([
      { sequence: transfer.sequence, amount: { denom: IBC_TIA, amount: "1000" }, receiver: STAKER, status: "sent" },
    ]);
    expect(f.state()).toMatchObject({ total_native_token: "1000", total_liquid_stake_token: "1000", rate: "1" });
  });

  it("mints floor(L·a/N) and leaves the dust in N", () => {
    const f = setup();
    f.stake(ALICE, 1000);
    f.rewards(100); // fee 10 → N = 1090, L = 1000
    const res = f.stake(BOB, 1000);
    expect(attrs(res)).toContainEqual(["mint_amount", "917"]);
    expect(f.state()).toMatchObject({
      total_native_token: "2090",
      total_liquid_stake_token: "1917",
      // L/N = 1917/2090, truncated to 18 decimals
      rate: "0.917224880382775119",
    });
  });

  it("checks expected_mint_amount against the computed mint", () => {
    const f = setup();
    f.stake(ALICE, 1000);
    f.rewards(100);
    expect(() => f.stake(BOB, 1000, { expected_mint_amount: "918" })).toThrow("Calculated mint amount not as expected");
    expect(attrs(f.stake(BOB, 1000, { expected_mint_amount: "917" }))).toContainEqual(["mint_amount", "917"]);
  });

  it("refuses a stake that would mint zero", () => {
    const f = setup({ minimum: "1" });
    f.exec(ADMIN, { circuit_breaker: {} });
    f.exec(ADMIN, { resume_contract: { total_native_token: "3000", total_liquid_stake_token: "1000", total_reward_amount: "0" } });
    expect(() => f.stake(ALICE, 2)).toThrow("Unable to mint liquid staking token");
    expect(attrs(f.stake(ALICE, 3))).toContainEqual(["mint_amount", "1"]);
  });

  it("enforces the minimum", () => {
    const f = setup();
    expect(() => f.stake(ALICE, 99)).toThrow("Minimum liquid stake amount not met");
    expect(() => f.stake(ALICE, 100)).not.toThrow();
  });

  it("applies the orphan rule: N with no L goes to total_fees and the mint restarts 1:1", () => {
    const f = setup();
    f.exec(ADMIN, { circuit_breaker: {} });
    f.exec(ADMIN, { resume_contract: { total_native_token: "500", total_liquid_stake_token: "0", total_reward_amount: "0" } });
    const res = f.stake(BOB, 1000);
    expect(attrs(res)).toContainEqual(["mint_amount", "1000"]);
    expect(f.state()).toMatchObject({ total_native_token: "1000", total_liquid_stake_token: "1000", total_fees: "500" });
  });

  it("reports cw_utils payment errors", () => {
    const f = setup();
    f.host.fund(ALICE, IBC_TIA, 1000n);
    f.host.fund(ALICE, "uosmo", 1000n);
    expect(() => f.exec(ALICE, { liquid_stake: {} })).toThrow(/^Payment error: No funds sent$/);
    expect(() => f.exec(ALICE, { liquid_stake: {} }, [{ denom: "uosmo", amount: 500n }])).toThrow(
      new RegExp(`^Payment error: Must send reserve token '${IBC_TIA}'$`),
    );
    expect(() => f.exec(ALICE, { liquid_stake: {} }, [tia(500), { denom: "uosmo", amount: 1n }])).toThrow(
      /^Payment error: Sent more than one denomination$/,
    );
    expect(() => f.exec(ALICE, { liquid_unstake: {} }, [tia(500)])).toThrow(`Payment error: Must send reserve token '${LST}'`);
  });

  it("validates the recipient: native or protocol prefix only", () => {
    const f = setup();
    expect(() => f.stake(ALICE, 1000, { mint_to: simActorAddress("cosmos", "x") })).toThrow(/^Address is not valid$/);
    expect(() => f.stake(ALICE, 1000, { mint_to: "osmo1notanaddress" })).toThrow(/^Address is not valid$/);
    f.stake(ALICE, 1000, { mint_to: BOB });
    expect(f.host.balance(BOB, LST)).toBe(1000n);
  });

  it("IBC-sends the LST to a native-chain recipient and records the packet", () => {
    const f = setup();
    f.stake(ALICE, 1000);
    f.rewards(100);
    f.stake(BOB, 1000, { mint_to: ALICE_CELESTIA });
    const lstTransfer = f.host.records.ibc.at(-1)!;
    expect(lstTransfer).toMatchObject({ channel: CHANNEL, receiver: ALICE_CELESTIA, coin: milk(917), callback: true });
    expect(f.host.balance(BOB, LST)).toBe(0n);
    const queue = f.q<{ ibc_queue: IbcQueueEntry[] }>({ ibc_queue: {} }).ibc_queue;
    expect(queue.at(-1)).toEqual({
      sequence: lstTransfer.sequence,
      amount: { denom: LST, amount: "917" },
      receiver: ALICE_CELESTIA,
      status: "sent",
    });
  });

  it("with one prefix on both chains, transfer_to_native_chain decides where the LST goes", () => {
    const msg = instantiateMsg();
    const initStaker = simActorAddress("init", "staker");
    msg.native_chain_config = {
      ...msg.native_chain_config,
      account_address_prefix: "init",
      validator_address_prefix: "initvaloper",
      token_denom: "uinit",
      validators: [simActorAddress("initvaloper", "v")],
      staker_address: initStaker,
      reward_collector_address: simActorAddress("init", "rewards"),
    };
    const contract = simActorAddress("init", "contract");
    const ibcInit = ibcDenom("transfer/channel-0/uinit");
    msg.protocol_chain_config = { ...msg.protocol_chain_config, account_address_prefix: "init", ibc_channel_id: "channel-0", ibc_token_denom: ibcInit };
    msg.protocol_fee_config.treasury_address = simActorAddress("init", "treasury");
    msg.monitors = [];
    const host = new FakeHost();
    const admin = simActorAddress("init", "admin");
    host.instantiate(contract, liquidStakingContract, admin, msg);
    host.execute(contract, admin, { resume_contract: { total_native_token: "0", total_liquid_stake_token: "0", total_reward_amount: "0" } });
    const user = simActorAddress("init", "user");
    const lst = `factory/${contract}/umilkTIA`;
    host.fund(user, ibcInit, 3000n);

    host.execute(contract, user, { liquid_stake: {} }, [{ denom: ibcInit, amount: 1000n }]);
    expect(host.balance(user, lst)).toBe(1000n);
    host.execute(contract, user, { liquid_stake: { transfer_to_native_chain: false } }, [{ denom: ibcInit, amount: 1000n }]);
    expect(host.balance(user, lst)).toBe(2000n);
    host.execute(contract, user, { liquid_stake: { transfer_to_native_chain: true } }, [{ denom: ibcInit, amount: 1000n }]);
    expect(host.balance(user, lst)).toBe(2000n);
    expect(host.records.ibc.at(-1)).toMatchObject({ receiver: user, coin: { denom: lst, amount: 1000n }, channel: "channel-0" });
    expect(host.records.ibc.filter((t) => t.receiver === initStaker)).toHaveLength(3);
  });
});

describe("liquid_unstake", () => {
  it("merges requests per (batch, user), counts users once, and burns nothing", () => {
    const f = setup();
    f.stake(ALICE, 1000);
    f.stake(BOB, 1000);
    const r1 = f.unstake(ALICE, 300);
    expect(attrs(r1)).toEqual([
      ["action", "liquid_unstake"],
      ["sender", ALICE],
      ["batch", "1"],
      ["amount", "300"],
    ]);
    f.unstake(ALICE, 200);
    f.unstake(BOB, 100);
    expect(f.batch(1)).toMatchObject({ batch_total_liquid_stake: "600", unstake_request_count: 2 });
    expect(f.q<UnstakeRequestResponse[]>({ unstake_requests: { user: ALICE } })).toEqual([
      { batch_id: 1, user: ALICE, amount: "500" },
    ]);
    expect(f.host.records.burns).toEqual([]);
    expect(f.host.balance(CONTRACT, LST)).toBe(600n);
    expect(f.state()).toMatchObject({ total_native_token: "2000", total_liquid_stake_token: "2000" });
  });

  it("has no minimum", () => {
    const f = setup();
    f.stake(ALICE, 1000);
    expect(() => f.unstake(ALICE, 1)).not.toThrow();
  });
});

/** Alice 1000 → rewards 100 → Bob 500 (mint 458): N = 1590, L = 1458; requests Alice 500, Bob 101. */
function batchScenario() {
  const f = setup();
  f.stake(ALICE, 1000);
  f.rewards(100);
  f.stake(BOB, 500);
  f.unstake(ALICE, 300);
  f.unstake(ALICE, 200);
  f.unstake(BOB, 101);
  return f;
}

describe("submit_batch", () => {
  it("is refused before next_batch_action_time and for an empty batch", () => {
    const f = setup();
    f.stake(ALICE, 1000);
    f.host.setTimeSeconds(T0 + BATCH_PERIOD - 1);
    expect(() => f.submit()).toThrow("Batch is not ready to be submitted");
    f.host.setTimeSeconds(T0 + BATCH_PERIOD);
    expect(() => f.submit()).toThrow("No liquid unstake requests in batch");
  });

  it("burns the batch total, unbonds floor(N·b/L), and opens the next batch timed from the submit", () => {
    const f = batchScenario();
    const late = T0 + BATCH_PERIOD + 5_000;
    f.host.setTimeSeconds(late);
    const res = f.submit();
    expect(attrs(res)).toEqual([
      ["action", "submit_batch"],
      ["batch_id", "1"],
      ["batch_total", "601"],
      ["expected_native_unstaked", "655"], // floor(1590·601/1458) = 655
    ]);
    expect(f.host.records.burns).toEqual([{ contract: CONTRACT, denom: LST, amount: 601n }]);
    expect(f.host.balance(CONTRACT, LST)).toBe(0n);
    expect(f.state()).toMatchObject({ total_native_token: String(1590 - 655), total_liquid_stake_token: String(1458 - 601) });
    expect(f.batch(1)).toMatchObject({
      status: "submitted",
      expected_native_unstaked: "655",
      next_batch_action_time: nsString(late + UNBONDING),
    });
    expect(f.q({ pending_batch: {} })).toMatchObject({ id: 2, status: "pending", next_batch_action_time: nsString(late + BATCH_PERIOD) });
    // The new batch keeps its own schedule.
    f.unstake(BOB, 10);
    f.host.setTimeSeconds(late + BATCH_PERIOD - 1);
    expect(() => f.submit()).toThrow("Batch is not ready to be submitted");
  });

  it("refuses a batch larger than L with the minimum-stake error (sic)", () => {
    const f = setup();
    f.stake(ALICE, 1000);
    f.unstake(ALICE, 1000);
    f.exec(ADMIN, { circuit_breaker: {} });
    f.exec(ADMIN, { resume_contract: { total_native_token: "1000", total_liquid_stake_token: "999", total_reward_amount: "0" } });
    f.host.setTimeSeconds(T0 + BATCH_PERIOD);
    expect(() => f.submit()).toThrow(/^Minimum liquid stake amount not met$/);
  });
});

describe("receive_unstaked_tokens", () => {
  function submitted() {
    const f = batchScenario();
    f.host.setTimeSeconds(T0 + BATCH_PERIOD);
    f.submit();
    return f;
  }

  it("requires exactly the expected amount, at any time (v1.3.0 has no time check: execute.rs:915-964)", () => {
    const f = submitted();
    f.host.setTimeSeconds(T0 + BATCH_PERIOD + 1);
    expect(() => f.receive(1, 654n)).toThrow(/^Received wrong batch amount, batch_id 1 expected 655, got 654$/);
    expect(() => f.receive(1, 656n)).toThrow("Received wrong batch amount, batch_id 1 expected 655, got 656");
    const res = f.receive(1);
    expect(attrs(res)).toEqual([
      ["action", "receive_unstaked_tokens"],
      ["batch", "1"],
      ["amount", "655"],
    ]);
    expect(f.batch(1)).toMatchObject({ status: "received", received_native_unstaked: "655", next_batch_action_time: "0" });
    expect(f.host.balance(CONTRACT, IBC_TIA)).toBe(655n);
  });

  it("refuses pending, already received and unknown batches, and missing funds", () => {
    const f = submitted();
    f.host.setTimeSeconds(T0 + BATCH_PERIOD + UNBONDING);
    f.host.fund(HOOK, IBC_TIA, 10_000n);
    expect(() => f.exec(HOOK, { receive_unstaked_tokens: { batch_id: 2 } }, [tia(1)])).toThrow(
      /^Batch is either already closed or is in an error state$/,
    );
    f.host.fund(HOOK, "uosmo", 655n);
    expect(() => f.exec(HOOK, { receive_unstaked_tokens: { batch_id: 1 } }, [{ denom: "uosmo", amount: 655n }])).toThrow(
      "Payment error: No funds sent",
    );
    expect(() => f.exec(HOOK, { receive_unstaked_tokens: { batch_id: 7 } }, [tia(1)])).toThrow("milky_way::staking::Batch not found");
    f.receive(1);
    expect(() => f.receive(1, 655n)).toThrow("Batch is either already closed or is in an error state");
  });
});

describe("withdraw", () => {
  function received() {
    const f = batchScenario();
    f.host.setTimeSeconds(T0 + BATCH_PERIOD);
    f.submit();
    f.host.setTimeSeconds(T0 + BATCH_PERIOD + UNBONDING);
    f.receive(1);
    return f;
  }

  it("pays floor(received·req/total) once and deletes the request; dust stays", () => {
    const f = received();
    const a = f.exec(ALICE, { withdraw: { batch_id: 1 } });
    expect(attrs(a)).toEqual([
      ["action", "execute_withdraw"],
      ["batch", "1"],
      ["amount", "544"], // floor(655·500/601)
    ]);
    f.exec(BOB, { withdraw: { batch_id: 1 } });
    expect(f.host.balance(ALICE, IBC_TIA)).toBe(544n);
    expect(f.host.balance(BOB, IBC_TIA)).toBe(110n); // floor(655·101/601)
    expect(f.host.balance(CONTRACT, IBC_TIA)).toBe(1n);
    expect(f.q({ unstake_requests: { user: ALICE } })).toEqual([]);
    expect(() => f.exec(ALICE, { withdraw: { batch_id: 1 } })).toThrow(/^Batch provided doesn't have a request for the user$/);
  });

  it("refuses unknown, pending and submitted batches and strangers", () => {
    const f = batchScenario();
    expect(() => f.exec(ALICE, { withdraw: { batch_id: 99 } })).toThrow(/^No liquid unstake requests in batch$/);
    expect(() => f.exec(ALICE, { withdraw: { batch_id: 1 } })).toThrow(/^The tokens in this batch have already been claimed$/);
    f.host.setTimeSeconds(T0 + BATCH_PERIOD);
    f.submit();
    expect(() => f.exec(ALICE, { withdraw: { batch_id: 1 } })).toThrow("The tokens in this batch have already been claimed");
    f.host.setTimeSeconds(T0 + BATCH_PERIOD + UNBONDING);
    f.receive(1);
    expect(() => f.exec(CAROL, { withdraw: { batch_id: 1 } })).toThrow("Batch provided doesn't have a request for the user");
  });
});

describe("receive_rewards", () => {
  it("takes floor(fee·r/100000) to the treasury and IBC-sends the rest to the staker", () => {
    const f = setup();
    f.stake(ALICE, 1000);
    const res = f.rewards(1000);
    expect(attrs(res)).toEqual([
      ["action", "receive_rewards"],
      ["action", "transfer_stake"],
      ["amount", "1000"],
      ["amount_after_fees", "900"],
    ]);
    expect(f.host.balance(TREASURY, IBC_TIA)).toBe(100n);
    expect(f.host.records.ibc.at(-1)).toMatchObject({ receiver: STAKER, coin: tia(900) });
    expect(f.state()).toMatchObject({ total_native_token: "1900", total_reward_amount: "1000", total_fees: "0" });
    expect(f.host.balance(CONTRACT, IBC_TIA)).toBe(0n);
  });

  it("keeps the fee in total_fees without a treasury", () => {
    const f = setup({ treasury: null });
    f.stake(ALICE, 1000);
    f.rewards(1005); // fee floor(100.5) = 100
    expect(f.state()).toMatchObject({ total_native_token: "1905", total_fees: "100" });
    expect(f.host.records.sends.filter((s) => s.coins.some((c) => c.denom === IBC_TIA))).toEqual([]);
    expect(f.host.balance(CONTRACT, IBC_TIA)).toBe(100n);
  });

  it("refuses rewards whose fee rounds to zero, so a 0% fee blocks them all", () => {
    const f = setup();
    f.stake(ALICE, 1000);
    expect(() => f.rewards(9)).toThrow(/^The computed fees are zero for the received rewards: 9$/);
    expect(() => f.rewards(10)).not.toThrow();
    const zero = setup({ fee: "0" });
    zero.stake(ALICE, 1000);
    expect(() => zero.rewards(1_000_000)).toThrow("The computed fees are zero for the received rewards: 1000000");
  });

  it("refuses rewards with nothing staked, and without the ibc token", () => {
    const f = setup();
    expect(() => f.rewards(1000)).toThrow(/^No liquid stake to distribute rewards to$/);
    f.stake(ALICE, 1000);
    f.host.fund(HOOK, "uosmo", 5n);
    expect(() => f.exec(HOOK, { receive_rewards: {} }, [{ denom: "uosmo", amount: 5n }])).toThrow("Payment error: No funds sent");
  });
});

describe("queries", () => {
  it("filters batches by PascalCase status, ascending, with start_after and limit", () => {
    const f = batchScenario();
    f.host.setTimeSeconds(T0 + BATCH_PERIOD);
    f.submit();
    f.unstake(BOB, 5);
    f.host.advanceSeconds(BATCH_PERIOD);
    f.submit();
    const all = f.q<{ batches: BatchResponse[] }>({ batches: {} }).batches;
    expect(all.map((b) => [b.id, b.status])).toEqual([
      [1, "submitted"],
      [2, "submitted"],
      [3, "pending"],
    ]);
    expect(f.q<{ batches: BatchResponse[] }>({ batches: { status: "Submitted" } }).batches.map((b) => b.id)).toEqual([1, 2]);
    expect(f.q<{ batches: BatchResponse[] }>({ batches: { status: "Submitted", start_after: 1 } }).batches.map((b) => b.id)).toEqual([2]);
    expect(f.q<{ batches: BatchResponse[] }>({ batches: { status: "Pending", limit: 1 } }).batches.map((b) => b.id)).toEqual([3]);
    expect(() => f.q({ batches: { status: "submitted" } })).toThrow(/unknown variant/);
    expect(f.q<{ batches: BatchResponse[] }>({ batches_by_ids: { ids: [3, 9, 1] } }).batches.map((b) => b.id)).toEqual([3, 1]);
    expect(() => f.q({ batch: { id: 9 } })).toThrow("milky_way::staking::Batch not found");
  });

  it("lists unstake requests per user by batch, and all of them by user then batch", () => {
    const f = batchScenario();
    f.host.setTimeSeconds(T0 + BATCH_PERIOD);
    f.submit();
    f.unstake(ALICE, 7);
    const alice = f.q<UnstakeRequestResponse[]>({ unstake_requests: { user: ALICE } });
    expect(alice).toEqual([
      { batch_id: 1, user: ALICE, amount: "500" },
      { batch_id: 2, user: ALICE, amount: "7" },
    ]);
    const all = f.q<UnstakeRequestResponse[]>({ all_unstake_requests: {} });
    const expected = [...alice, { batch_id: 1, user: BOB, amount: "101" }].sort((a, b) =>
      a.user === b.user ? a.batch_id - b.batch_id : a.user < b.user ? -1 : 1,
    );
    expect(all).toEqual(expected);
    expect(f.q({ all_unstake_requests: { limit: 1 } })).toEqual(expected.slice(0, 1));
    expect(f.q({ all_unstake_requests: { start_after: 5, limit: 3 } })).toEqual(expected);
  });
});
