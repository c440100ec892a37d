/**
 * Every chain read the app makes, by name. These functions hold all of CosmJS the app needs to
 * read, so they run off the page's main thread wherever they can: inside the simulator's worker
 * in simulator mode (next to the chains, no message per RPC call) and, where workers exist, in a
 * read worker in live mode. The page asks for a read by name (run.ts) and gets plain data back.
 * Arguments and results must survive structured cloning: plain objects, bigint, Uint8Array.
 */
import { allBalances, balance } from "./bank";
import { height, packetReceipt } from "./chain";
import { bonded, deposits, govParams, myStake, myVote, proposals, tally, topValidator } from "./gov";
import { chainHistory } from "./history";
import { lstConfig, lstState, pendingBatch, rateHistory, unstakeRequests } from "./liquid-staking";
import { denomPrices } from "./prices";
import {
  clClaimableSpreadRewards,
  clPositionDeposit,
  clLiquidityPerTickRange,
  clPositionById,
  clUserPositions,
  estimateSwapExactIn,
  estimateSwapExactOut,
  gammCalcExit,
  gammCalcJoin,
  osmosisAllPools,
  osmosisPool,
  osmosisSpotPrice,
  poolLiquidity,
  poolVolume,
  swapQuote,
  takerFee,
} from "./osmosis-pools";
import { osmoPriceOf, poolHistory, poolVolumeWindow } from "./osmosis-pool-history";
import {
  operators,
  pools,
  restakingParams,
  rewardsPlans,
  rewardsWithdrawAddress,
  services,
  userDelegations,
  userRewards,
  userTrust,
  userUnbondings,
} from "./restaking";
import { stakeDelegations, stakeRewards, stakeUnbondings, stakeWithdrawAddress, stakingParams, validators } from "./staking";
import { wayCard, wayCardMerchants, wayCardParams, wayCardStatement } from "./way-card";

export const reads = {
  balance,
  allBalances,
  height,
  packetReceipt,
  lstConfig,
  lstState,
  pendingBatch,
  unstakeRequests,
  rateHistory,
  govParams,
  proposals,
  tally,
  deposits,
  myVote,
  bonded,
  myStake,
  topValidator,
  validators,
  stakingParams,
  stakeDelegations,
  stakeUnbondings,
  stakeWithdrawAddress,
  stakeRewards,
  pools,
  operators,
  services,
  rewardsPlans,
  restakingParams,
  userDelegations,
  userUnbondings,
  userTrust,
  rewardsWithdrawAddress,
  userRewards,
  denomPrices,
  wayCard,
  wayCardStatement,
  wayCardParams,
  wayCardMerchants,
  chainHistory,
  osmosisPool,
  osmosisAllPools,
  osmosisSpotPrice,
  estimateSwapExactIn,
  estimateSwapExactOut,
  takerFee,
  poolVolume,
  poolLiquidity,
  swapQuote,
  clUserPositions,
  clPositionById,
  clLiquidityPerTickRange,
  clClaimableSpreadRewards,
  clPositionDeposit,
  gammCalcJoin,
  gammCalcExit,
  poolHistory,
  poolVolumeWindow,
  osmoPriceOf,
};

export type Reads = typeof reads;
export type ReadName = keyof Reads;

/** Runs a read on this thread; a call from another thread is checked, not trusted. Never throws: it rejects. */
export async function runRead(name: string, args: unknown): Promise<unknown> {
  if (typeof name !== "string" || !Object.hasOwn(reads, name)) throw new Error(`Unknown read: ${String(name)}`);
  if (!Array.isArray(args)) throw new Error(`Bad arguments for read ${name}`);
  return (reads[name as ReadName] as (...a: unknown[]) => Promise<unknown>)(...args);
}
