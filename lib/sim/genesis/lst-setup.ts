import { toUtf8 } from "@cosmjs/encoding";
import { SIM_LSTS, type LstRecord } from "../../chains/lsts";
import { simActorAddress } from "../../chains/derive";
import { simChain } from "../../chains/sim-chains";
import { derivedAddress } from "../address";
import { Ctx } from "../ctx";
import { Journal } from "../journal";
import { executeContract, instantiateContract } from "../modules/wasm";
import type { World } from "../state";

/** Simulator defaults from the protocol doc §1.1 [inf]: 3-day batches, 10% fee, minimum 100. */
export const SIM_BATCH_PERIOD_S = 259_200;
export const SIM_DAO_FEE = "10000";
export const SIM_MIN_STAKE = "100";
export const VALIDATORS_PER_LST = 3;

export function lstAdmin(lst: LstRecord): string {
  return simActorAddress(simChain(lst.chainId).bech32Prefix, `${lst.symbol}/admin`);
}

export function oracleAddress(lst: LstRecord): string {
  return derivedAddress(simChain(lst.chainId).bech32Prefix, "wasm", toUtf8(`rate-oracle/${lst.symbol}`));
}

/** The staking contract's instantiate message for an LST on the simulated chains. */
export function lstInstantiateMsg(lst: LstRecord, validators: string[]) {
  const native = simChain(lst.nativeChainId);
  const protocol = simChain(lst.chainId);
  return {
    admin: lstAdmin(lst),
    native_chain_config: {
      account_address_prefix: native.bech32Prefix,
      validator_address_prefix: native.valoperPrefix,
      token_denom: lst.nativeDenom,
      validators,
      unbonding_period: native.unbondingSeconds,
      staker_address: lst.stakerAddress,
      reward_collector_address: lst.rewardCollectorAddress,
    },
    protocol_chain_config: {
      account_address_prefix: protocol.bech32Prefix,
      ibc_channel_id: lst.protocolChannel,
      ibc_token_denom: lst.ibcDenom,
      minimum_liquid_stake_amount: SIM_MIN_STAKE,
      oracle_address: oracleAddress(lst),
    },
    protocol_fee_config: { dao_treasury_fee: SIM_DAO_FEE, treasury_address: lst.treasuryAddress },
    monitors: [],
    liquid_stake_token_denom: lst.subdenom,
    // The contract requires batch_period ≤ unbonding_period; Babylon unbonds in 2 days, so 1-day batches.
    batch_period: native.unbondingSeconds >= SIM_BATCH_PERIOD_S ? SIM_BATCH_PERIOD_S : 86_400,
  };
}

/** Deploys the oracle and the staking contract of every LST, then resumes it (a fresh one is stopped). */
export function setupLsts(world: World, validatorsOf: (chainId: string) => string[]): void {
  for (const lst of SIM_LSTS) {
    const ctx = new Ctx(world, world.chains[lst.chainId], new Journal());
    const admin = lstAdmin(lst);
    instantiateContract(ctx, {
      address: oracleAddress(lst),
      kind: "rate-oracle",
      creator: admin,
      admin,
      label: `${lst.symbol} rate oracle`,
      msg: { allowed: [lst.contract] },
    });
    const vals = validatorsOf(lst.nativeChainId).slice(0, VALIDATORS_PER_LST);
    instantiateContract(ctx, {
      address: lst.contract,
      kind: "liquid-staking",
      creator: admin,
      admin,
      label: `${lst.symbol} liquid staking`,
      msg: lstInstantiateMsg(lst, vals),
    });
    executeContract(ctx, admin, lst.contract, { resume_contract: { total_native_token: "0", total_liquid_stake_token: "0", total_reward_amount: "0" } }, []);
  }
}
