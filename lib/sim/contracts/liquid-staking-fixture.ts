import { ibcDenom, simActorAddress } from "../../chains/derive";
import type { SimCoin } from "../coins";
import { FakeHost } from "./fake-contract-api";
import { liquidStakingContract } from "./liquid-staking";
import type { BatchResponse } from "./liquid-staking-query";
import { rateOracleContract } from "./rate-oracle";

/** Test fixture: a milkTIA-like deployment on a fake host. */

export const CONTRACT = "osmo1f5vfcph2dvfeqcqkhetwv75fda69z7e5c2dldm3kvgj23crkv6wqcn47a0";
export const ORACLE = simActorAddress("osmo", "test/oracle");
export const ADMIN = simActorAddress("osmo", "test/admin");
export const MONITOR = simActorAddress("osmo", "test/monitor");
export const TREASURY = "osmo1r88fszmnpn8ez5wc42pssd2597mhtrdzex7tzzulj98fmqee2fksg7z5yh";
export const STAKER = "celestia1vxzram63f7mvseufc83fs0gnt5383lvrle3qpt";
export const REWARD_COLLECTOR = "celestia1vr00egrck8a0dax68fgglrm3n8v4yz9wjj7cj2";
export const VALIDATOR_1 = simActorAddress("celestiavaloper", "test/v1");
export const VALIDATOR_2 = simActorAddress("celestiavaloper", "test/v2");
export const CHANNEL = "channel-6994";
export const IBC_TIA = ibcDenom(`transfer/${CHANNEL}/utia`);
export const LST = `factory/${CONTRACT}/umilkTIA`;
export const ALICE = simActorAddress("osmo", "test/alice");
export const BOB = simActorAddress("osmo", "test/bob");
export const CAROL = simActorAddress("osmo", "test/carol");
export const ALICE_CELESTIA = simActorAddress("celestia", "test/alice");
/** Who delivers hook-routed funds (the ibc-hooks intermediary of the Staker / Rewards Collector). */
export const HOOK = simActorAddress("osmo", "test/hook");

export const BATCH_PERIOD = 259_200;
export const UNBONDING = 1_814_400;
export const T0 = 1_700_000_000;

export interface InstantiateOverrides {
  treasury?: string | null;
  fee?: string;
  minimum?: string;
  oracle?: boolean;
  monitors?: string[];
}

export function instantiateMsg(o: InstantiateOverrides = {}) {
  return {
    native_chain_config: {
      account_address_prefix: "celestia",
      validator_address_prefix: "celestiavaloper",
      token_denom: "utia",
      validators: [VALIDATOR_1],
      unbonding_period: UNBONDING,
      staker_address: STAKER,
      reward_collector_address: REWARD_COLLECTOR,
    },
    protocol_chain_config: {
      account_address_prefix: "osmo",
      ibc_channel_id: CHANNEL,
      ibc_token_denom: IBC_TIA,
      minimum_liquid_stake_amount: o.minimum ?? "100",
      oracle_address: o.oracle ? ORACLE : null,
    },
    protocol_fee_config: {
      dao_treasury_fee: o.fee ?? "10000",
      treasury_address: o.treasury === undefined ? TREASURY : o.treasury,
    },
    monitors: o.monitors ?? [MONITOR],
    liquid_stake_token_denom: "umilkTIA",
    batch_period: BATCH_PERIOD,
  };
}

export const tia = (amount: bigint | number): SimCoin => ({ denom: IBC_TIA, amount: BigInt(amount) });
export const milk = (amount: bigint | number): SimCoin => ({ denom: LST, amount: BigInt(amount) });

export interface Fixture {
  host: FakeHost;
  exec: (sender: string, msg: unknown, funds?: SimCoin[]) => ReturnType<FakeHost["execute"]>;
  q: <T = any>(msg: unknown) => T;
  state: () => StateResponse;
  batch: (id: number) => BatchResponse;
  stake: (sender: string, amount: bigint | number, extra?: Record<string, unknown>) => ReturnType<FakeHost["execute"]>;
  unstake: (sender: string, amount: bigint | number) => ReturnType<FakeHost["execute"]>;
  submit: () => ReturnType<FakeHost["execute"]>;
  /** The coordinator's return of exactly `expected`, after the unbonding ETA. */
  receive: (batchId: number, amount?: bigint) => ReturnType<FakeHost["execute"]>;
  rewards: (amount: bigint | number) => ReturnType<FakeHost["execute"]>;
}

export interface StateResponse {
  total_native_token: string;
  total_liquid_stake_token: string;
  rate: string;
  pending_owner: string;
  total_reward_amount: string;
  total_fees: string;
}

/** A deployed contract; resumed with zero totals unless `stopped` is asked for. */
export function setup(o: InstantiateOverrides & { stopped?: boolean } = {}): Fixture {
  const host = new FakeHost({ timeSeconds: T0 });
  if (o.oracle) host.instantiate(ORACLE, rateOracleContract, ADMIN, { allowed: [CONTRACT] });
  host.instantiate(CONTRACT, liquidStakingContract, ADMIN, instantiateMsg(o));
  const exec: Fixture["exec"] = (sender, msg, funds = []) => host.execute(CONTRACT, sender, msg, funds);
  if (!o.stopped) {
    exec(ADMIN, { resume_contract: { total_native_token: "0", total_liquid_stake_token: "0", total_reward_amount: "0" } });
  }
  const q = <T>(msg: unknown) => host.query<T>(CONTRACT, msg);
  return {
    host,
    exec,
    q,
    state: () => q<StateResponse>({ state: {} }),
    batch: (id) => q<BatchResponse>({ batch: { id } }),
    stake(sender, amount, extra = {}) {
      host.fund(sender, IBC_TIA, BigInt(amount));
      return exec(sender, { liquid_stake: extra }, [tia(amount)]);
    },
    unstake: (sender, amount) => exec(sender, { liquid_unstake: {} }, [milk(amount)]),
    submit: () => exec(CAROL, { submit_batch: {} }),
    receive(batchId, amount) {
      const b = q<BatchResponse>({ batch: { id: batchId } });
      const a = amount ?? BigInt(b.expected_native_unstaked);
      host.fund(HOOK, IBC_TIA, a);
      return exec(HOOK, { receive_unstaked_tokens: { batch_id: batchId } }, [tia(a)]);
    },
    rewards(amount) {
      host.fund(HOOK, IBC_TIA, BigInt(amount));
      return exec(HOOK, { receive_rewards: {} }, [tia(amount)]);
    },
  };
}

export const attrs = (res: { attributes: Array<{ key: string; value: string }> }) =>
  res.attributes.map((a) => [a.key, a.value]);
