/**
 * Way Card transactions: the contract's execute messages (docs/way-card.md §3) and the
 * "top up from rewards" bundle that withdraws MILK rewards and tops the card up with them.
 */
import { toUtf8 } from "@cosmjs/encoding";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { stakeWithdrawMsg, withdrawRewardMsg, type Target } from "./restaking";

function execute(sender: string, contract: string, msg: unknown, funds: ReadonlyArray<{ denom: string; amount: bigint }> = []): EncodeObject {
  return {
    typeUrl: "/cosmwasm.wasm.v1.MsgExecuteContract",
    value: { sender, contract, msg: toUtf8(JSON.stringify(msg)), funds: funds.map((f) => ({ denom: f.denom, amount: f.amount.toString() })) },
  };
}

export const wayCardMsgs = {
  open: (contract: string, sender: string, s: { autoTopUpBps: number; horizonDays: number }) =>
    execute(sender, contract, { open_card: { auto_top_up_bps: s.autoTopUpBps, horizon_days: s.horizonDays } }),
  topUp: (contract: string, sender: string, coins: ReadonlyArray<{ denom: string; amount: bigint }>) => execute(sender, contract, { top_up: {} }, coins),
  lock: (contract: string, sender: string, denom: string, amount: bigint) => execute(sender, contract, { lock_collateral: {} }, [{ denom, amount }]),
  unlock: (contract: string, sender: string, amount: bigint) => execute(sender, contract, { unlock_collateral: { amount: amount.toString() } }),
  setAutoTopUp: (contract: string, sender: string, bps: number) => execute(sender, contract, { set_auto_top_up: { bps } }),
  setHorizon: (contract: string, sender: string, days: number) => execute(sender, contract, { set_horizon: { days } }),
  purchase: (contract: string, sender: string, merchant: string, amountUsd: bigint) =>
    execute(sender, contract, { purchase: { merchant, amount_usd: amountUsd.toString() } }),
  freeze: (contract: string, sender: string) => execute(sender, contract, { freeze: {} }),
  unfreeze: (contract: string, sender: string) => execute(sender, contract, { unfreeze: {} }),
  close: (contract: string, sender: string) => execute(sender, contract, { close_card: {} }),
};

/**
 * "Top up from rewards" as one transaction: withdraw every MILK-paying reward (MILK staking
 * per validator, restaking per target), then top up with the MILK those withdrawals pay. The
 * queried pending amounts are floored per pool as the chain pays them and rewards only grow
 * until inclusion, so the top-up is covered, provided the rewards are paid to the signer:
 * callers refuse first with checkRewardsRecipient (way-card-checks.ts) when they are not.
 */
export function rewardsTopUpMsgs(args: {
  contract: string;
  sender: string;
  withdraws: ReadonlyArray<EncodeObject>;
  milk: bigint;
  milkDenom: string;
}): EncodeObject[] {
  return [...args.withdraws, wayCardMsgs.topUp(args.contract, args.sender, [{ denom: args.milkDenom, amount: args.milk }])];
}

// Rewards routed to the card

export interface RewardSource {
  kind: "staking" | "restaking";
  /** Validator address or restaking target key, for display. */
  label: string;
  milk: bigint;
  withdraw: EncodeObject;
}

/**
 * Every pending reward that pays MILK (floored per source, as the chain pays it), with the
 * message that withdraws it. Sources with less than one base unit are skipped: withdrawing
 * them would cost a fee for nothing.
 */
export function milkRewardSources(args: {
  owner: string;
  milkDenom: string;
  staking: ReadonlyArray<{ validator: string; coins: ReadonlyArray<{ denom: string; amount: bigint }> }>;
  restaking: ReadonlyArray<{ target: Target; coins: ReadonlyArray<{ denom: string; amount: bigint }> }>;
}): { sources: RewardSource[]; milk: bigint } {
  const milkOf = (coins: ReadonlyArray<{ denom: string; amount: bigint }>) => coins.find((c) => c.denom === args.milkDenom)?.amount ?? 0n;
  const sources: RewardSource[] = [
    ...args.staking.map((s) => ({ kind: "staking" as const, label: s.validator, milk: milkOf(s.coins), withdraw: stakeWithdrawMsg(args.owner, s.validator) })),
    ...args.restaking.map((r) => ({ kind: "restaking" as const, label: `${r.target.kind} #${r.target.id}`, milk: milkOf(r.coins), withdraw: withdrawRewardMsg(args.owner, r.target) })),
  ].filter((s) => s.milk > 0n);
  return { sources, milk: sources.reduce((sum, s) => sum + s.milk, 0n) };
}
