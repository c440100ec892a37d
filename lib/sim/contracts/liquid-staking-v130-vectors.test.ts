import { describe, expect, it } from "vitest";
import { FakeHost } from "./fake-contract-api";
import { liquidStakingContract } from "./liquid-staking";
import { K, type Batch, type State } from "./liquid-staking-state";
import { computeMint, computeUnbond } from "./liquid-staking-state";
import { attrs } from "./liquid-staking-fixture";

/**
 * The unit tests of milkyway-contracts v1.3.0 (tag v1.3.0 = 3f05d35,
 * `contracts/staking/src/tests/*.rs`), ported as vectors against the simulator's contract.
 * Each `it` names the Rust test it ports; the rule it checks is cited by source file and line
 * (paths under contracts/staking/src/ unless stated). The Rust tests poke contract storage
 * directly; here the same states are written through the fake host's storage API.
 *
 * Differences from test_helper.rs's mock_init_msg: no oracle address (the fake host would need
 * an oracle contract there; rate posting has its own tests), and the admin is ADMIN below.
 */

// test_helper.rs:11-25 — real bech32 strings from the contract's tests.
const ADMIN = "osmo1sfhy3emrgp26wnzuu64p06kpkxd9phel8ym0ge"; // OSMO3 plays the admin here
const OSMO1 = "osmo12z558dm3ew6avgjdj07mfslx80rp9sh8nt7q3w";
const OSMO2 = "osmo13ftwm6z4dq6ugjvus2hf2vx3045ahfn3dq7dms";
const OSMO4 = "osmo17x4zm0m0mxc428ykll3agmehfrxpr5hqpmsatd";
const STAKER_ADDRESS = "celestia1sfhy3emrgp26wnzuu64p06kpkxd9phel74e0yx";
const CELESTIA1 = "celestia1fc25htmfvg28ygjckkhrxr7t73ek6zly8dshju";
const CELESTIA2 = "celestia1ztrhpdznu2xlwakd4yp3hg9lwyr3d46ayd30u2";
const CELESTIAVAL1 = "celestiavaloper1463wx5xkus5hyugyecvlhv9qpxklz62kyhwcts";
const CELESTIAVAL2 = "celestiavaloper1amxp3ah9anq4pmpnsknls7sql3kras9hs8pu0g";
const CELESTIAVAL3 = "celestiavaloper1t345w0vxnyyrf4eh43lpd3jl7z378rtsdn9tz3";
const CHANNEL_ID = "channel-6994";
const NATIVE_TOKEN = "ibc/D79E7D83AB399BFFF93433E54FAA480C191248FC556924A2A8351AE2638B3877";
const CONTRACT = "osmo1f5vfcph2dvfeqcqkhetwv75fda69z7e5c2dldm3kvgj23crkv6wqcn47a0";
const LST = `factory/${CONTRACT}/umilkTIA`;
const HOOK = OSMO4; // stands in for the ibc-hooks intermediary sender
const T0 = 1_571_797_419; // cosmwasm mock_env() block time, seconds

function mockInitMsg() {
  return {
    native_chain_config: {
      token_denom: "utia",
      account_address_prefix: "celestia",
      validator_address_prefix: "celestiavaloper",
      validators: [CELESTIAVAL1, CELESTIAVAL2],
      unbonding_period: 1_209_600,
      staker_address: STAKER_ADDRESS,
      reward_collector_address: CELESTIA2,
    },
    protocol_chain_config: {
      account_address_prefix: "osmo",
      ibc_token_denom: NATIVE_TOKEN,
      ibc_channel_id: CHANNEL_ID,
      oracle_address: null as string | null,
      minimum_liquid_stake_amount: "100",
    },
    liquid_stake_token_denom: "umilkTIA",
    monitors: [OSMO2, OSMO4],
    batch_period: 86_400,
    protocol_fee_config: { dao_treasury_fee: "10000", treasury_address: OSMO1 as string | null },
    admin: null as string | null,
  };
}

/** test_helper.rs:55-73 init(): instantiate, then clear `stopped` directly. */
function init(mutate?: (m: ReturnType<typeof mockInitMsg>) => void) {
  const host = new FakeHost({ timeSeconds: T0 });
  const msg = mockInitMsg();
  mutate?.(msg);
  host.instantiate(CONTRACT, liquidStakingContract, ADMIN, msg);
  const api = host.api(CONTRACT);
  api.set(K.config, { ...api.get<object>(K.config), stopped: false });
  const exec = (sender: string, m: unknown, funds: Array<{ denom: string; amount: bigint }> = []) => {
    for (const f of funds) host.fund(sender, f.denom, f.amount);
    return host.execute(CONTRACT, sender, m, funds);
  };
  const setState = (patch: Partial<State>) => api.set(K.state, { ...api.get<State>(K.state)!, ...patch });
  const state = () => api.get<State>(K.state)!;
  const batch = (id: number) => api.get<Batch>(K.batch(id))!;
  const setBatch = (b: Batch) => api.set(K.batch(b.id), b);
  return { host, api, exec, setState, state, batch, setBatch };
}

const tia = (n: number | bigint) => [{ denom: NATIVE_TOKEN, amount: BigInt(n) }];
const milk = (n: number | bigint) => [{ denom: LST, amount: BigInt(n) }];
const stakeMsg = (extra: Record<string, unknown> = {}) => ({ liquid_stake: extra });

function instantiateError(mutate: (m: ReturnType<typeof mockInitMsg>) => void): string {
  try {
    init(mutate);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("instantiate succeeded");
}

describe("helper_tests.rs (helpers.rs:7-38)", () => {
  it("test_compute_mint_amount: L·a/N = 1.8e9·1e8/2e9 = 9e7", () => {
    expect(computeMint(2_000_000_000n, 1_800_000_000n, 100_000_000n)).toBe(90_000_000n);
  });
  it("test_compute_unbond_amount: N·b/L = 2e9·9e7/1.8e9 = 1e8", () => {
    expect(computeUnbond(2_000_000_000n, 1_800_000_000n, 90_000_000n)).toBe(100_000_000n);
  });
});

describe("helpers.rs tests (validate_ibc_denom, helpers.rs:152-174)", () => {
  it("refuses a wrong hash and a lowercase hash, accepts the real one", () => {
    expect(instantiateError((m) => (m.protocol_chain_config.ibc_token_denom = "ibc/D79E7D83AB399BFFF93433E54FAA480C191248FC556924A2A8351AE2638B3866"))).toBe(
      "Generic error: ibc denom is invalid",
    );
    expect(instantiateError((m) => (m.protocol_chain_config.ibc_token_denom = NATIVE_TOKEN.toLowerCase().replace("ibc/", "ibc/")))).toBe(
      "Generic error: ibc denom is invalid",
    );
    expect(() => init()).not.toThrow();
  });
});

describe("instantiate_tests.rs", () => {
  // Each Rust test only asserts is_err(); the texts are those of the rules they hit.
  it.each([
    ["invalid_native_chain_account_address_prefix_fails (utils.rs:11-14)", (m: any) => (m.native_chain_config.account_address_prefix = ""), /^Generic error: invalid address prefix /],
    ["invalid_native_chain_validator_address_prefix_fails (utils.rs:11-14)", (m: any) => (m.native_chain_config.validator_address_prefix = ""), /^Generic error: invalid address prefix /],
    ["invalid_native_token_denom_fails (types.rs:88, helpers.rs:139-143)", (m: any) => (m.native_chain_config.token_denom = ""), /^Generic error: denom len is less than or equal to 3$/],
    ["invalid_native_chain_validators_fails (types.rs:89)", (m: any) => (m.native_chain_config.validators = [CELESTIA1]), /^Generic error: Invalid address prefix, address: celestia1.*, prefix: celestiavaloper$/],
    ["invalid_staker_fails (types.rs:91)", (m: any) => (m.native_chain_config.staker_address = OSMO1), /^Generic error: Invalid address prefix, address: osmo1.*, prefix: celestia$/],
    ["invalid_rewards_collector_fails (types.rs:92-95)", (m: any) => (m.native_chain_config.reward_collector_address = OSMO1), /^Generic error: Invalid address prefix/],
    ["invalid_protocol_chain_account_address_prefix_fails (types.rs:132)", (m: any) => (m.protocol_chain_config.account_address_prefix = ""), /^Generic error: invalid address prefix /],
    ["invalid_protocol_ibc_token_denom_fails (helpers.rs:171-172)", (m: any) => (m.protocol_chain_config.ibc_token_denom = "utia"), /^Generic error: ibc denom is invalid$/],
    ["invalid_lst_token_denom_fails (contract.rs:88-91)", (m: any) => (m.liquid_stake_token_denom = ""), /^Generic error: denom len is less than or equal to 3$/],
    ["invalid_protocol_ibc_channel_id_fails (types.rs:120-129)", (m: any) => (m.protocol_chain_config.ibc_channel_id = ""), /^The prvoided IBC channel and reserve token config is wrong$/],
    ["invalid_protocol_treasury_address_fails (types.rs:38-42)", (m: any) => (m.protocol_fee_config.treasury_address = CELESTIA1), /^Generic error: Invalid address prefix, address: celestia1.*, prefix: osmo$/],
    ["invalid_monitors_fails (contract.rs:92-95)", (m: any) => (m.monitors = [CELESTIA1]), /^Generic error: Invalid address prefix/],
    ["invalid_unbonding_period_fails (types.rs:77-83)", (m: any) => (m.native_chain_config.unbonding_period = 3_628_801), /^The field 'unbonding_period' has a value of 3628801, which exceeds the maximum allowed value of 3628800\.$/],
    ["invalid_batch_period_fails (contract.rs:75-81)", (m: any) => (m.batch_period = 1_209_601), /^The field 'batch_period' has a value of 1209601, which exceeds the maximum allowed value of 1209600\.$/],
  ])("%s", (_name, mutate, error) => {
    expect(instantiateError(mutate)).toMatch(error);
  });

  it("#[cw_serde] structs deny unknown fields (msg.rs:17, types.rs:18-116)", () => {
    expect(instantiateError((m: any) => (m.extra = 1))).toBe(
      "Error parsing into type staking::msg::InstantiateMsg: unknown field `extra`, expected one of `native_chain_config`, `protocol_chain_config`, `protocol_fee_config`, `liquid_stake_token_denom`, `batch_period`, `monitors`, `admin`, `oracle_code_id`",
    );
    expect(instantiateError((m: any) => (m.protocol_fee_config.fee = "1"))).toBe(
      "Error parsing into type staking::msg::InstantiateMsg: unknown field `fee`, expected `dao_treasury_fee` or `treasury_address`",
    );
    expect(() => init((m: any) => (m.oracle_code_id = 7))).not.toThrow();
  });

  it("init_properly (contract.rs:83-101, 140-148): config, stopped, batch 1 pending at now + batch_period", () => {
    const host = new FakeHost({ timeSeconds: T0 });
    host.instantiate(CONTRACT, liquidStakingContract, ADMIN, mockInitMsg());
    const config = host.query<any>(CONTRACT, { config: {} });
    expect(config.stopped).toBe(true);
    expect(config.liquid_stake_token_denom).toBe(LST);
    expect(config.native_chain_config.validators).toEqual([CELESTIAVAL1, CELESTIAVAL2]);
    expect(host.query<any>(CONTRACT, { batch: { id: 1 } })).toMatchObject({
      status: "pending",
      next_batch_action_time: String(BigInt(T0 + 86_400) * 1_000_000_000n),
    });
  });
});

describe("stake_tests.rs", () => {
  it("proper_liquid_stake (execute.rs:136-269): 1:1 at N=0, then floor(L·a/N)", () => {
    let c = init();
    const res = c.exec(ADMIN, stakeMsg(), tia(1000));
    expect(attrs(res)).toEqual([
      ["action", "liquid_stake"],
      ["sender", ADMIN],
      ["in_amount", "1000"],
      ["mint_amount", "1000"],
    ]);
    expect(c.host.records.ibc[0]).toMatchObject({ channel: CHANNEL_ID, receiver: STAKER_ADDRESS, coin: { denom: NATIVE_TOKEN, amount: 1000n } });
    expect(c.host.records.sends.at(-1)).toMatchObject({ to: ADMIN, coins: [{ denom: LST, amount: 1000n }] });
    c.exec(OSMO2, stakeMsg(), tia(10_000));
    expect(c.state()).toMatchObject({ total_liquid_stake_token: 11_000n, total_native_token: 11_000n });

    c = init();
    c.setState({ total_liquid_stake_token: 1_000_000_000n, total_native_token: 1_000_000n });
    c.exec(OSMO2, stakeMsg(), tia(50_000_000));
    expect(c.state()).toMatchObject({ total_liquid_stake_token: 51_000_000_000n, total_native_token: 51_000_000n });

    c = init();
    c.setState({ total_liquid_stake_token: 1_000_000n, total_native_token: 1_000_000_000n });
    c.exec(OSMO2, stakeMsg(), tia(50_000_000));
    expect(c.state()).toMatchObject({ total_liquid_stake_token: 1_050_000n, total_native_token: 1_050_000_000n });
    // helpers.rs:121-133 get_rates; query.rs:348-363 reports the purchase rate
    expect(c.host.query<any>(CONTRACT, { state: {} }).rate).toBe("0.001");
  });

  it("proper_liquid_stake_with_ibc_transfer (execute.rs:256-266): a celestia mint_to gets the LST over IBC", () => {
    const c = init();
    c.exec(ADMIN, stakeMsg({ mint_to: CELESTIA1 }), tia(1000));
    expect(c.host.records.ibc.map((t) => [t.receiver, t.coin.denom, t.coin.amount])).toEqual([
      [STAKER_ADDRESS, NATIVE_TOKEN, 1000n],
      [CELESTIA1, LST, 1000n],
    ]);
  });

  it("liquid_stake_less_than_minimum (execute.rs:174-180)", () => {
    expect(() => init().exec(ADMIN, stakeMsg(), tia(10))).toThrow(/^Minimum liquid stake amount not met$/);
  });

  it("receive_rewards_before_minting (execute.rs:841-843)", () => {
    expect(() => init().exec(HOOK, { receive_rewards: {} }, tia(1000))).toThrow(/^No liquid stake to distribute rewards to$/);
  });

  it("mint_amount_divergence (execute.rs:200-208)", () => {
    const c = init();
    c.setState({ total_liquid_stake_token: 1_000_000_000n, total_native_token: 1_000_000n });
    expect(() => c.exec(OSMO2, stakeMsg({ expected_mint_amount: "2000000" }), tia(1000))).toThrow(/^Calculated mint amount not as expected$/);
    expect(attrs(c.exec(OSMO2, stakeMsg({ expected_mint_amount: "1000000" }), tia(1000)))).toContainEqual(["mint_amount", "1000000"]);
  });

  it("zero_liquid_stake_but_native_tokens (execute.rs:185-188): orphaned N moves to total_fees", () => {
    const c = init();
    c.setState({ total_native_token: 1000n, total_liquid_stake_token: 0n, total_fees: 100n });
    c.exec(OSMO2, stakeMsg(), tia(1000));
    expect(c.state()).toMatchObject({ total_native_token: 1000n, total_liquid_stake_token: 1000n, total_fees: 1100n });
  });

  it("transfer_to_native_chain_{false,true}_is_handle_correctly (execute.rs:167-171, 246-266)", () => {
    // Same prefix on both chains: the flag decides.
    const same = (m: ReturnType<typeof mockInitMsg>) => {
      m.native_chain_config.account_address_prefix = "osmo";
      m.native_chain_config.staker_address = OSMO1;
      m.native_chain_config.reward_collector_address = OSMO2;
    };
    let c = init(same);
    c.exec(ADMIN, stakeMsg({ mint_to: OSMO2, transfer_to_native_chain: false }), tia(1000));
    expect(c.host.records.ibc).toHaveLength(1);
    expect(c.host.records.sends.at(-1)).toMatchObject({ to: OSMO2, coins: [{ denom: LST, amount: 1000n }] });
    c = init(same);
    c.exec(ADMIN, stakeMsg({ mint_to: OSMO2, transfer_to_native_chain: true }), tia(1000));
    expect(c.host.records.ibc.map((t) => t.receiver)).toEqual([OSMO1, OSMO2]);
  });
});

describe("unstake_tests.rs", () => {
  it("proper_liquid_unstake / double_liquid_unstake (execute.rs:271-331): requests merge per (batch, user)", () => {
    const c = init();
    c.exec(ADMIN, stakeMsg(), tia(300_000));
    const res = c.exec(ADMIN, { liquid_unstake: {} }, milk(1000));
    expect(attrs(res)).toEqual([
      ["action", "liquid_unstake"],
      ["sender", ADMIN],
      ["batch", "1"],
      ["amount", "1000"],
    ]);
    c.exec(ADMIN, { liquid_unstake: {} }, milk(2000));
    expect(c.batch(1)).toMatchObject({ batch_total_liquid_stake: 3000n, unstake_requests_count: 1 });
  });

  it("invalid_denom_liquid_unstake (contract.rs:188-190, cw_utils must_pay)", () => {
    expect(() => init().exec(ADMIN, { liquid_unstake: {} }, tia(1000))).toThrow(`Payment error: Must send reserve token '${LST}'`);
  });

  it("receive_unstaked_tokens (execute.rs:915-964): a submitted batch is received before its ETA", () => {
    const c = init();
    c.setBatch({ ...c.batch(1), expected_native_unstaked: 100n, status: "pending", next_batch_action_time: T0 - 1 });
    expect(() => c.exec(HOOK, { receive_unstaked_tokens: { batch_id: 1 } }, tia(100))).toThrow(
      /^Batch is either already closed or is in an error state$/,
    );
    // next_batch_action_time one second in the future: v1.3.0 does not look at it.
    c.setBatch({ ...c.batch(1), status: "submitted", next_batch_action_time: T0 + 1 });
    c.exec(HOOK, { receive_unstaked_tokens: { batch_id: 1 } }, tia(100));
    expect(c.batch(1)).toMatchObject({ status: "received", received_native_unstaked: 100n, next_batch_action_time: null });
  });

  it("receive_unstaked_tokens without an expected amount (execute.rs:944-946)", () => {
    const c = init();
    c.setBatch({ ...c.batch(1), status: "submitted" });
    expect(() => c.exec(HOOK, { receive_unstaked_tokens: { batch_id: 1 } }, tia(100))).toThrow(
      /^Batch 1 don't have the expected native amount$/,
    );
  });

  it("total_liquid_stake_token_with_zero (execute.rs:368-374): a batch larger than L cannot be submitted", () => {
    const c = init();
    c.setState({ total_liquid_stake_token: 0n, total_native_token: 300_000n });
    c.host.fund(CONTRACT, LST, 0n);
    const res = c.exec(OSMO2, { liquid_unstake: {} }, milk(1_000_000_000));
    expect(attrs(res).map(([, v]) => v)).toEqual(["liquid_unstake", OSMO2, "1", "1000000000"]);
    c.host.setTimeSeconds(T0 + 86_400 + 1);
    expect(() => c.exec(OSMO2, { submit_batch: {} })).toThrow(/^Minimum liquid stake amount not met$/);
    expect(c.state()).toMatchObject({ total_liquid_stake_token: 0n, total_native_token: 300_000n });
    expect(c.batch(1).status).toBe("pending");
  });
});

describe("submit_batch_tests.rs", () => {
  it("empty_submit_batch (execute.rs:362-364)", () => {
    const c = init();
    c.host.setTimeSeconds(T0 + 86_400 + 1);
    expect(() => c.exec(ADMIN, { submit_batch: {} })).toThrow(/^No liquid unstake requests in batch$/);
  });
  it("not_ready_submit_batch (execute.rs:346-353)", () => {
    const c = init();
    c.exec(ADMIN, stakeMsg(), tia(1000));
    c.exec(ADMIN, { liquid_unstake: {} }, milk(100));
    c.host.setTimeSeconds(T0 + 86_400 - 1);
    expect(() => c.exec(ADMIN, { submit_batch: {} })).toThrow(/^Batch is not ready to be submitted$/);
  });
  it("pending_batch_with_to_many_lst_tokens_fails (execute.rs:368-374)", () => {
    const c = init();
    c.exec(ADMIN, stakeMsg(), tia(1000));
    c.setBatch({ ...c.batch(1), batch_total_liquid_stake: 1001n, unstake_requests_count: 1 });
    c.host.setTimeSeconds(T0 + 86_400 + 1);
    expect(() => c.exec(ADMIN, { submit_batch: {} })).toThrow(/^Minimum liquid stake amount not met$/);
  });
});

describe("withdraw_tests.rs", () => {
  it("withdraw (execute.rs:441-492): pro-rata claims, once each", () => {
    const c = init();
    c.setState({ total_liquid_stake_token: 130_000n, total_native_token: 300_000n });
    c.host.fund(CONTRACT, NATIVE_TOKEN, 130_000n);
    const reqs = [
      [OSMO2, 40_000n],
      [OSMO4, 90_000n],
    ] as const;
    for (const [user, amount] of reqs) c.api.set(K.request(1, user), { batch_id: 1, user, amount });
    c.setBatch({ ...c.batch(1), batch_total_liquid_stake: 130_000n, unstake_requests_count: 2, next_batch_action_time: T0 + 10_000 });
    // Not received yet (execute.rs:457-459)
    expect(() => c.exec(OSMO2, { withdraw: { batch_id: 1 } })).toThrow(/^The tokens in this batch have already been claimed$/);
    c.setBatch({ ...c.batch(1), status: "received", received_native_unstaked: 130_000n });
    // Unknown batch (execute.rs:451-454)
    expect(() => c.exec(OSMO2, { withdraw: { batch_id: 2 } })).toThrow(/^No liquid unstake requests in batch$/);
    // No request for this user (execute.rs:462-464)
    expect(() => c.exec(OSMO1, { withdraw: { batch_id: 1 } })).toThrow(/^Batch provided doesn't have a request for the user$/);
    c.exec(OSMO2, { withdraw: { batch_id: 1 } });
    expect(c.host.records.sends.at(-1)).toMatchObject({ to: OSMO2, coins: [{ denom: NATIVE_TOKEN, amount: 40_000n }] });
    expect(c.host.query(CONTRACT, { unstake_requests: { user: OSMO2 } })).toEqual([]);
    c.exec(OSMO4, { withdraw: { batch_id: 1 } });
    expect(c.host.records.sends.at(-1)).toMatchObject({ to: OSMO4, coins: [{ denom: NATIVE_TOKEN, amount: 90_000n }] });
  });

  it("fee_withdraw (execute.rs:1119-1160)", () => {
    const c = init();
    c.setState({ total_fees: 1000n });
    c.host.fund(CONTRACT, NATIVE_TOKEN, 1000n);
    expect(() => c.exec(OSMO2, { fee_withdraw: { amount: "100" } })).toThrow(/^Admin error: Caller is not admin$/);
    expect(() => c.exec(ADMIN, { fee_withdraw: { amount: "2000" } })).toThrow(/^Insufficient funds$/);
    expect(attrs(c.exec(ADMIN, { fee_withdraw: { amount: "400" } }))).toEqual([
      ["action", "fee_withdraw"],
      ["receiver", OSMO1],
      ["amount", "400"],
    ]);
    expect(c.state().total_fees).toBe(600n);
  });
});

describe("reward_tests.rs", () => {
  it("receive_rewards (execute.rs:835-913): fee floor(10%·r) to the treasury, the rest to N and the staker", () => {
    const c = init();
    c.setState({ total_liquid_stake_token: 100_000n, total_native_token: 100_000n, total_reward_amount: 0n });
    // wrong denom (execute.rs:845-851)
    expect(() => c.exec(HOOK, { receive_rewards: {} }, [{ denom: "uosmo", amount: 100n }])).toThrow(/^Payment error: No funds sent$/);
    const res = c.exec(HOOK, { receive_rewards: {} }, tia(100));
    expect(attrs(res)).toEqual([
      ["action", "receive_rewards"],
      ["action", "transfer_stake"],
      ["amount", "100"],
      ["amount_after_fees", "90"],
    ]);
    expect(c.host.records.ibc.at(-1)).toMatchObject({ receiver: STAKER_ADDRESS, coin: { amount: 90n } });
    expect(c.host.records.sends.at(-1)).toMatchObject({ to: OSMO1, coins: [{ amount: 10n }] });
    expect(c.state()).toMatchObject({ total_reward_amount: 100n, total_native_token: 100_090n, total_fees: 0n });
  });

  it("receive_rewards without a treasury keeps the fee in total_fees (execute.rs:875-877)", () => {
    const c = init((m) => (m.protocol_fee_config.treasury_address = null));
    c.setState({ total_liquid_stake_token: 100_000n, total_native_token: 100_000n });
    c.exec(HOOK, { receive_rewards: {} }, tia(100));
    expect(c.state()).toMatchObject({ total_native_token: 100_090n, total_fees: 10n });
  });

  it("receive_rewards_with_zero_fees_fails (execute.rs:858-862)", () => {
    const c = init((m) => (m.protocol_fee_config.dao_treasury_fee = "0"));
    c.setState({ total_liquid_stake_token: 100_000n, total_native_token: 100_000n });
    expect(() => c.exec(HOOK, { receive_rewards: {} }, tia(100))).toThrow(/^The computed fees are zero for the received rewards: 100$/);
  });
});

describe("slash_batches.rs (execute.rs:1021-1055)", () => {
  function withSubmitted() {
    const c = init();
    c.setBatch({ ...c.batch(1), status: "submitted", expected_native_unstaked: 1000n });
    return c;
  }
  it("only_admin_can_slash_batches", () => {
    expect(() => withSubmitted().exec(OSMO2, { slash_batches: { new_amounts: [{ batch_id: 1, amount: "900" }] } })).toThrow(
      /^Admin error: Caller is not admin$/,
    );
  });
  it("not_halted_contract_fails", () => {
    expect(() => withSubmitted().exec(ADMIN, { slash_batches: { new_amounts: [{ batch_id: 1, amount: "900" }] } })).toThrow(
      /^contract is not stopped$/,
    );
  });
  it("slash_not_found_batch_fails / slash_received_batch_fails / slash_correctly", () => {
    const c = withSubmitted();
    c.exec(ADMIN, { circuit_breaker: {} });
    expect(() => c.exec(ADMIN, { slash_batches: { new_amounts: [{ batch_id: 7, amount: "900" }] } })).toThrow(
      /^milky_way::staking::Batch not found$/,
    );
    const res = c.exec(ADMIN, { slash_batches: { new_amounts: [{ batch_id: 1, amount: "900" }] } });
    expect(attrs(res)).toEqual([
      ["action", "slash_batches"],
      ["updated_batches", '[{"batch_id":1,"amount":"900"}]'],
    ]);
    expect(c.batch(1).expected_native_unstaked).toBe(900n);
    c.setBatch({ ...c.batch(1), status: "received" });
    expect(() => c.exec(ADMIN, { slash_batches: { new_amounts: [{ batch_id: 1, amount: "800" }] } })).toThrow(
      /^unexpected batch status$/,
    );
  });
});

describe("circuit_breaker_tests.rs (execute.rs:966-981, 126-131, 983-1019)", () => {
  it("circuit_breaker: admin or monitor stops; stopped blocks stake; only the admin resumes", () => {
    const c = init();
    expect(() => c.exec(OSMO1, { circuit_breaker: {} })).toThrow(`Unauthorized: ${OSMO1}`);
    c.exec(OSMO2, { circuit_breaker: {} });
    expect(() => c.exec(ADMIN, stakeMsg(), tia(1000))).toThrow(/^contract was intentionally stopped$/);
    expect(() => c.exec(OSMO2, { resume_contract: { total_native_token: "0", total_liquid_stake_token: "0", total_reward_amount: "0" } })).toThrow(
      /^Admin error: Caller is not admin$/,
    );
    c.exec(ADMIN, { resume_contract: { total_native_token: "0", total_liquid_stake_token: "0", total_reward_amount: "0" } });
    expect(() => c.exec(ADMIN, { resume_contract: { total_native_token: "0", total_liquid_stake_token: "0", total_reward_amount: "0" } })).toThrow(
      /^contract is not stopped$/,
    );
  });
});

describe("validator_tests.rs (execute.rs:494-573)", () => {
  it("proper/duplicate add, proper/invalid remove, admin only", () => {
    const c = init();
    expect(() => c.exec(OSMO2, { add_validator: { new_validator: CELESTIAVAL3 } })).toThrow(/^Admin error: Caller is not admin$/);
    expect(() => c.exec(OSMO2, { remove_validator: { validator: CELESTIAVAL1 } })).toThrow(/^Admin error: Caller is not admin$/);
    expect(attrs(c.exec(ADMIN, { add_validator: { new_validator: CELESTIAVAL3 } }))).toEqual([
      ["action", "add_validator"],
      ["new_validator", CELESTIAVAL3],
      ["sender", ADMIN],
    ]);
    expect(() => c.exec(ADMIN, { add_validator: { new_validator: CELESTIAVAL1 } })).toThrow(/^Validator already exists$/);
    c.exec(ADMIN, { remove_validator: { validator: CELESTIAVAL1 } });
    expect(() => c.exec(ADMIN, { remove_validator: { validator: CELESTIAVAL1 } })).toThrow(/^Validator not found$/);
  });
});

describe("ownership_tests.rs (execute.rs:575-654)", () => {
  it("transfer, 7-day wait, claim by the pending owner only, revoke", () => {
    const c = init();
    expect(() => c.exec(OSMO2, { transfer_ownership: { new_owner: OSMO2 } })).toThrow(/^Admin error: Caller is not admin$/);
    c.exec(ADMIN, { transfer_ownership: { new_owner: OSMO2 } });
    expect(() => c.exec(OSMO2, { accept_ownership: {} })).toThrow(/^Ownership transfer not ready$/);
    c.host.setTimeSeconds(T0 + 7 * 86_400);
    expect(() => c.exec(OSMO1, { accept_ownership: {} })).toThrow(/^No pending owner$/);
    expect(attrs(c.exec(OSMO2, { accept_ownership: {} }))).toEqual([
      ["action", "accept_ownership"],
      ["new_owner", OSMO2],
    ]);
    expect(c.host.query(CONTRACT, { admin: {} })).toEqual({ admin: OSMO2 });
    expect(() => c.exec(ADMIN, { revoke_ownership_transfer: {} })).toThrow(/^Admin error: Caller is not admin$/);
    c.exec(OSMO2, { transfer_ownership: { new_owner: OSMO1 } });
    c.exec(OSMO2, { revoke_ownership_transfer: {} });
    expect(c.host.query<any>(CONTRACT, { state: {} }).pending_owner).toBe("");
  });
});

describe("update_config_tests.rs (execute.rs:770-833, types.rs)", () => {
  const native = () => mockInitMsg().native_chain_config;
  const protocol = () => mockInitMsg().protocol_chain_config;
  it.each([
    ["update_native_chain_config_with_invalid_staker_fails", { native_chain_config: { ...native(), staker_address: OSMO1 } }, /^Generic error: Invalid address prefix/],
    ["update_native_chain_config_with_invalid_reward_collector_fails", { native_chain_config: { ...native(), reward_collector_address: OSMO1 } }, /^Generic error: Invalid address prefix/],
    ["update_native_chain_config_with_invalid_validator_fails", { native_chain_config: { ...native(), validators: [OSMO1] } }, /^Generic error: Invalid address prefix/],
    ["update_native_chain_config_with_invalid_unbonding_period_fails", { native_chain_config: { ...native(), unbonding_period: 3_628_801 } }, /^The field 'unbonding_period'/],
    ["update_native_chain_config_token_denom_without_updating_ibc_denom_fails", { native_chain_config: { ...native(), token_denom: "uinit" } }, /^Generic error: ibc denom is invalid$/],
    ["update_protocol_chain_config_with_invalid_account_address_prefix_fails", { protocol_chain_config: { ...protocol(), account_address_prefix: "" } }, /^Generic error: invalid address prefix /],
    ["update_protocol_chain_config_with_invalid_ibc_token_fails", { protocol_chain_config: { ...protocol(), ibc_token_denom: "utia" } }, /^Generic error: ibc denom is invalid$/],
    ["update_protocol_chain_config_with_invalid_ibc_channel_id_fails", { protocol_chain_config: { ...protocol(), ibc_channel_id: "channel" } }, /^The prvoided IBC channel and reserve token config is wrong$/],
    ["update_protocol_chain_config_with_invalid_oracle_address_fails", { protocol_chain_config: { ...protocol(), oracle_address: CELESTIA1 } }, /^Generic error: Invalid address prefix/],
    ["update_protocol_fee_config_with_invalid_treasury_address_fails", { protocol_fee_config: { dao_treasury_fee: "10000", treasury_address: CELESTIA1 } }, /^Generic error: Invalid address prefix/],
    ["update_protocol_fee_config_with_invalid_dao_treasury_fee_fails", { protocol_fee_config: { dao_treasury_fee: "100001", treasury_address: null } }, /^DAO treasury fee can't be higher then 100000$/],
    ["update_batch_period_with_value_bigger_then_unbonding_period_fails", { batch_period: 1_209_601 }, /^The field 'batch_period' has a value of 1209600, which exceeds the maximum allowed value of 1209601\.$/],
    ["update_monitors_with_invalid_address_fails", { monitors: [CELESTIA1] }, /^Generic error: Invalid address prefix/],
  ])("%s", (_name, update, error) => {
    expect(() => init().exec(ADMIN, { update_config: update })).toThrow(error);
  });

  it("update_native_chain_config_properly / update_protocol_chain_config_properly / update_monitors_properly", () => {
    const c = init();
    c.exec(ADMIN, { update_config: { native_chain_config: { ...native(), validators: [CELESTIAVAL3], unbonding_period: 1_000_000 } } });
    c.exec(ADMIN, { update_config: { protocol_chain_config: { ...protocol(), minimum_liquid_stake_amount: "5" } } });
    c.exec(ADMIN, { update_config: { monitors: [OSMO1] } });
    const config = c.host.query<any>(CONTRACT, { config: {} });
    expect(config.native_chain_config).toMatchObject({ validators: [CELESTIAVAL3], unbonding_period: 1_000_000 });
    expect(config.protocol_chain_config.minimum_liquid_stake_amount).toBe("5");
    expect(config.monitors).toEqual([OSMO1]);
  });
});

describe("ibc_transfer_tests.rs (execute.rs:67-93, 1057-1096; ibc.rs)", () => {
  it("success_ibc_queue: waiting for reply, then in flight as sent, then gone on a successful ack", () => {
    const c = init();
    c.exec(ADMIN, stakeMsg(), tia(1000));
    // The reply ran in the same transaction: nothing is left waiting (query.rs:454-471).
    expect(c.host.query(CONTRACT, { ibc_reply_queue: {} })).toEqual({ ibc_queue: [] });
    const [t] = c.host.records.ibc;
    expect(c.host.query<any>(CONTRACT, { ibc_queue: {} }).ibc_queue).toEqual([
      { sequence: t.sequence, amount: { denom: NATIVE_TOKEN, amount: "1000" }, receiver: STAKER_ADDRESS, status: "sent" },
    ]);
    // Each transfer submessage's reply answers with its own attributes (execute.rs:1087-1093).
    expect(c.host.records.replies.map((r) => attrs(r))).toEqual([
      [
        ["action", "handle_ibc_reply"],
        ["status", "ibc_message_successfully_submitted"],
        ["packet_sequence", String(t.sequence)],
      ],
    ]);
    const ack = { ibc_lifecycle_complete: { ibc_ack: { channel: CHANNEL_ID, sequence: t.sequence, ack: "", success: true } } };
    expect(attrs(c.host.sudo(CONTRACT, ack))).toEqual([
      ["action", "receive_ack"],
      ["msg", "success"],
    ]);
    expect(c.host.query<any>(CONTRACT, { ibc_queue: {} }).ibc_queue).toEqual([]);
  });

  it("fail_ibc_queue / timeout_ibc_queue: ack_failure and timed_out, with ibc.rs's attributes", () => {
    const c = init();
    c.exec(ADMIN, stakeMsg(), tia(1000));
    c.exec(ADMIN, stakeMsg(), tia(2000));
    const [a, b] = c.host.records.ibc.map((t) => t.sequence);
    expect(attrs(c.host.sudo(CONTRACT, { ibc_lifecycle_complete: { ibc_ack: { channel: CHANNEL_ID, sequence: a, ack: "", success: false } } }))).toEqual([
      ["action", "receive_ack"],
      ["error", "ibc acknowledgement failed"],
    ]);
    expect(attrs(c.host.sudo(CONTRACT, { ibc_lifecycle_complete: { ibc_timeout: { channel: CHANNEL_ID, sequence: b } } }))).toEqual([
      ["action", "receive_timeout"],
      ["error", "ibc packet timed out"],
    ]);
    expect(c.host.query<any>(CONTRACT, { ibc_queue: {} }).ibc_queue.map((p: any) => p.status)).toEqual(["ack_failure", "timed_out"]);
  });

  it("recover_*: re-sends failed packets summed per denom; a sent packet cannot be selected", () => {
    const c = init();
    for (const n of [1000, 2000, 3000]) c.exec(ADMIN, stakeMsg(), tia(n));
    const [a, b, s] = c.host.records.ibc.map((t) => t.sequence);
    for (const seq of [a, b]) {
      c.host.fund(CONTRACT, NATIVE_TOKEN, seq === a ? 1000n : 2000n);
      c.host.sudo(CONTRACT, { ibc_lifecycle_complete: { ibc_timeout: { channel: CHANNEL_ID, sequence: seq } } });
    }
    // recover_sent_packet_fails (execute.rs:683-687)
    expect(() => c.exec(OSMO2, { recover_pending_ibc_transfers: { selected_packets: [s] } })).toThrow(
      `Can't recover packet ${s} because is not failed or timed out`,
    );
    // duplicated_packets_are_ignored_when_recovering (helpers.rs:176-187)
    const res = c.exec(OSMO2, { recover_pending_ibc_transfers: { selected_packets: [a, b, a] } });
    expect(attrs(res)).toEqual([
      ["action", "recover"],
      ["packets", "2"],
    ]);
    expect(c.host.records.ibc.at(-1)).toMatchObject({ receiver: STAKER_ADDRESS, coin: { denom: NATIVE_TOKEN, amount: 3000n } });
    expect(() => c.exec(OSMO2, { recover_pending_ibc_transfers: {} })).toThrow(/^No inflight packages to recover$/);
  });
});

describe("query_tests.rs (query.rs)", () => {
  it("get_state / get_batch / get_pending_batch / get_admin", () => {
    const c = init();
    c.setState({ total_native_token: 300_000n, total_liquid_stake_token: 130_000n, total_reward_amount: 10_000n });
    expect(c.host.query(CONTRACT, { state: {} })).toEqual({
      total_native_token: "300000",
      total_liquid_stake_token: "130000",
      rate: "0.433333333333333333", // Decimal::from_ratio(130000, 300000), truncated
      pending_owner: "",
      total_reward_amount: "10000",
      total_fees: "0",
    });
    expect(c.host.query(CONTRACT, { pending_batch: {} })).toEqual({
      id: 1,
      batch_total_liquid_stake: "0",
      expected_native_unstaked: "0",
      received_native_unstaked: "0",
      unstake_request_count: 0,
      next_batch_action_time: String(BigInt(T0 + 86_400) * 1_000_000_000n),
      status: "pending",
    });
    expect(c.host.query(CONTRACT, { admin: {} })).toEqual({ admin: ADMIN });
  });
});
