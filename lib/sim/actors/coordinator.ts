import { MsgDelegate, MsgUndelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { MsgWithdrawDelegatorReward } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { MsgExecuteContract } from "cosmjs-types/cosmwasm/wasm/v1/tx";
import { MsgTransfer } from "cosmjs-types/ibc/applications/transfer/v1/tx";
import { toUtf8 } from "@cosmjs/encoding";
import { SIM_LSTS, type LstRecord } from "../../chains/lsts";
import { simActorAddress } from "../../chains/derive";
import { simChain } from "../../chains/sim-chains";
import { systemTx } from "../block";
import { balanceOf } from "../modules/bank";
import { sendTransfer } from "../modules/ibc-transfer";
import { executeContract, queryContractJson } from "../modules/wasm";
import type { World } from "../state";
import { runMsg } from "./run-msg";

const DAY_MS = 86_400_000;
/** Timeout the coordinator puts on its own transfers (the contract uses 1000 s too). */
const TRANSFER_TIMEOUT_MS = 1_000_000;

interface Unbonding {
  batchId: number;
  amount: string;
  completeAtMs: number;
  /** Set while the return transfer is in flight. */
  sentAtMs?: number;
}

interface CoordinatorBook {
  /** valoper → tokens the staker delegated (the coordinator's own ledger). */
  delegated: Record<string, string>;
  unbondings: Unbonding[];
  lastRewardsMs: number;
}

/** Address the coordinator's hot key uses on the protocol chain (anyone may submit batches). */
export function coordinatorAddress(lst: LstRecord): string {
  return simActorAddress(simChain(lst.chainId).bech32Prefix, `${lst.symbol}/coordinator`);
}

function book(world: World, lst: LstRecord): CoordinatorBook {
  const key = `coordinator/${lst.symbol}`;
  const b = (world.actors[key] as CoordinatorBook | undefined) ?? { delegated: {}, unbondings: [], lastRewardsMs: world.timeMs };
  world.actors[key] = b;
  return b;
}

interface BatchJson {
  id: number;
  status: "pending" | "submitted" | "received";
  unstake_request_count: number;
  next_batch_action_time: string;
  expected_native_unstaked: string;
}

function validators(world: World, lst: LstRecord): string[] {
  const cfg = queryContractJson(world, world.chains[lst.chainId], lst.contract, { config: {} }) as {
    native_chain_config: { validators: string[] };
    stopped: boolean;
  };
  return cfg.native_chain_config.validators;
}

function stopped(world: World, lst: LstRecord): boolean {
  return (queryContractJson(world, world.chains[lst.chainId], lst.contract, { config: {} }) as { stopped: boolean }).stopped;
}

/** Splits `total` over `n` parts; the remainder goes to the first parts. */
function split(total: bigint, n: number): bigint[] {
  const base = total / BigInt(n);
  const rem = Number(total % BigInt(n));
  return Array.from({ length: n }, (_, i) => base + (i < rem ? 1n : 0n));
}

function submitDueBatch(world: World, lst: LstRecord, b: CoordinatorBook): void {
  const chain = world.chains[lst.chainId];
  const pending = queryContractJson(world, chain, lst.contract, { pending_batch: {} }) as BatchJson;
  const dueNs = BigInt(pending.next_batch_action_time);
  if (pending.unstake_request_count === 0 || BigInt(world.timeMs) * 1_000_000n < dueNs) return;
  const msg = { submit_batch: {} };
  const sender = coordinatorAddress(lst);
  const r = systemTx(world, chain, execRecord(sender, lst.contract, msg), (ctx) => void executeContract(ctx, sender, lst.contract, msg, []));
  if (!r.ok) return;
  const batch = queryContractJson(world, chain, lst.contract, { batch: { id: pending.id } }) as BatchJson;
  const amount = BigInt(batch.expected_native_unstaked);
  const native = world.chains[lst.nativeChainId];
  const vals = Object.keys(b.delegated).filter((v) => BigInt(b.delegated[v]) > 0n);
  if (amount > 0n && vals.length) {
    // Undelegate pro rata to what each validator holds, so no validator is over-asked.
    const total = vals.reduce((s, v) => s + BigInt(b.delegated[v]), 0n);
    let left = amount;
    vals.forEach((v, i) => {
      const part = i === vals.length - 1 ? left : (amount * BigInt(b.delegated[v])) / total;
      left -= part;
      if (part <= 0n) return;
      const value = MsgUndelegate.fromPartial({ delegatorAddress: lst.stakerAddress, validatorAddress: v, amount: { denom: lst.nativeDenom, amount: part.toString() } });
      const res = systemTx(world, native, { typeUrl: "/cosmos.staking.v1beta1.MsgUndelegate", value: MsgUndelegate.encode(value).finish() }, (ctx) => void runMsg(ctx, "/cosmos.staking.v1beta1.MsgUndelegate", value));
      if (res.ok) b.delegated[v] = (BigInt(b.delegated[v]) - part).toString();
    });
  }
  const unbondingMs = Number((queryContractJson(world, chain, lst.contract, { config: {} }) as { native_chain_config: { unbonding_period: number } }).native_chain_config.unbonding_period) * 1000;
  b.unbondings = [...b.unbondings, { batchId: batch.id, amount: amount.toString(), completeAtMs: world.timeMs + unbondingMs }];
}

function returnUnbonded(world: World, lst: LstRecord, b: CoordinatorBook): void {
  const native = world.chains[lst.nativeChainId];
  const protocol = world.chains[lst.chainId];
  const keep: Unbonding[] = [];
  for (const u of b.unbondings) {
    const batch = queryContractJson(world, protocol, lst.contract, { batch: { id: u.batchId } }) as BatchJson;
    if (batch.status === "received") continue;
    if (world.timeMs < u.completeAtMs) {
      keep.push(u);
      continue;
    }
    const inFlight = u.sentAtMs !== undefined && world.timeMs < u.sentAtMs + 2 * TRANSFER_TIMEOUT_MS;
    const amount = BigInt(u.amount);
    if (inFlight || balanceOf(native, lst.stakerAddress, lst.nativeDenom) < amount || amount === 0n) {
      keep.push(u);
      continue;
    }
    const memo = JSON.stringify({ wasm: { contract: lst.contract, msg: { receive_unstaked_tokens: { batch_id: u.batchId } } } });
    const r = transferToContract(world, lst, lst.stakerAddress, amount, memo);
    keep.push(r ? { ...u, sentAtMs: world.timeMs } : u);
  }
  b.unbondings = keep;
}

function transferToContract(world: World, lst: LstRecord, from: string, amount: bigint, memo: string): boolean {
  const native = world.chains[lst.nativeChainId];
  const timeoutNs = BigInt(world.timeMs + TRANSFER_TIMEOUT_MS) * 1_000_000n;
  const value = MsgTransfer.fromPartial({
    sourcePort: "transfer",
    sourceChannel: lst.nativeChannel,
    token: { denom: lst.nativeDenom, amount: amount.toString() },
    sender: from,
    receiver: lst.contract,
    timeoutTimestamp: timeoutNs,
    memo,
  });
  return systemTx(world, native, { typeUrl: "/ibc.applications.transfer.v1.MsgTransfer", value: MsgTransfer.encode(value).finish() }, (ctx) =>
    void sendTransfer(ctx, { sender: from, channel: lst.nativeChannel, token: { denom: lst.nativeDenom, amount }, receiver: lst.contract, timeoutNs, memo }),
  ).ok;
}

function delegateIdle(world: World, lst: LstRecord, b: CoordinatorBook): void {
  const native = world.chains[lst.nativeChainId];
  const reserved = b.unbondings.filter((u) => world.timeMs >= u.completeAtMs).reduce((s, u) => s + BigInt(u.amount), 0n);
  const idle = balanceOf(native, lst.stakerAddress, lst.nativeDenom) - reserved;
  const vals = validators(world, lst);
  if (idle < BigInt(vals.length) || vals.length === 0) return;
  split(idle, vals.length).forEach((part, i) => {
    const value = MsgDelegate.fromPartial({ delegatorAddress: lst.stakerAddress, validatorAddress: vals[i], amount: { denom: lst.nativeDenom, amount: part.toString() } });
    const r = systemTx(world, native, { typeUrl: "/cosmos.staking.v1beta1.MsgDelegate", value: MsgDelegate.encode(value).finish() }, (ctx) => void runMsg(ctx, "/cosmos.staking.v1beta1.MsgDelegate", value));
    if (r.ok) b.delegated[vals[i]] = (BigInt(b.delegated[vals[i]] ?? "0") + part).toString();
  });
}

/** Daily: withdraw staking rewards to the rewards collector and send them to be compounded. */
function collectRewards(world: World, lst: LstRecord, b: CoordinatorBook): void {
  if (world.timeMs - b.lastRewardsMs < DAY_MS) return;
  b.lastRewardsMs = world.timeMs;
  const native = world.chains[lst.nativeChainId];
  for (const v of Object.keys(b.delegated)) {
    if (BigInt(b.delegated[v]) === 0n) continue;
    const value = MsgWithdrawDelegatorReward.fromPartial({ delegatorAddress: lst.stakerAddress, validatorAddress: v });
    systemTx(world, native, { typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward", value: MsgWithdrawDelegatorReward.encode(value).finish() }, (ctx) =>
      void runMsg(ctx, "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward", value),
    );
  }
  const rewards = balanceOf(native, lst.rewardCollectorAddress, lst.nativeDenom);
  // The contract refuses rewards whose fee would round to zero; wait until it would not.
  if (rewards < 100n) return;
  const memo = JSON.stringify({ wasm: { contract: lst.contract, msg: { receive_rewards: {} } } });
  transferToContract(world, lst, lst.rewardCollectorAddress, rewards, memo);
}

export function execRecord(sender: string, contract: string, msg: unknown) {
  return {
    typeUrl: "/cosmwasm.wasm.v1.MsgExecuteContract",
    value: MsgExecuteContract.encode(MsgExecuteContract.fromPartial({ sender, contract, msg: toUtf8(JSON.stringify(msg)) })).finish(),
  };
}

/** The off-chain coordinator bot of every LST: batches, unbonding returns, delegation, rewards. */
export function runCoordinators(world: World): void {
  for (const lst of SIM_LSTS) {
    if (!world.chains[lst.chainId].wasm.contracts[lst.contract]) continue;
    // A stopped contract refuses everything the bot does; a real bot would idle too.
    if (stopped(world, lst)) continue;
    const b = book(world, lst);
    submitDueBatch(world, lst, b);
    returnUnbonded(world, lst, b);
    delegateIdle(world, lst, b);
    collectRewards(world, lst, b);
  }
}
