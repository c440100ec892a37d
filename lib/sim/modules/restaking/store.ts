import { toUtf8 } from "@cosmjs/encoding";
import type { Ctx } from "../../ctx";
import type { Rec } from "../../journal";
import { derivedAddress, moduleAddress } from "../../address";
import { fundCommunityPool as distributionFund } from "../distribution-keeper";
import { sortedKeys, type IntCoins } from "./dec-coins";
import { initRestakingState, type RestakingState } from "./state";

/** The restaking state of the ctx's chain, created with genesis defaults on first use. */
export function restakingStateFor(ctx: Ctx): RestakingState {
  if (!ctx.chain.restaking) ctx.set(ctx.chain as unknown as Rec<unknown>, "restaking", initRestakingState());
  return ctx.chain.restaking!;
}

/** x/rewards' global pool that holds allocated, not yet withdrawn rewards (`rewards_pool`). */
export function rewardsPoolAddress(prefix: string): string {
  return moduleAddress(prefix, "rewards_pool");
}

/** Where FundCommunityPool sends coins: the x/distribution module account. */
export function communityPoolAddress(prefix: string): string {
  return moduleAddress(prefix, "distribution");
}

/** Plan i's own funding account: address.Module("rewards", "rewards-plan-{i}"), 32 bytes. */
export function planRewardsPoolAddress(prefix: string, planId: number): string {
  return derivedAddress(prefix, "module", toUtf8(`rewards\0rewards-plan-${planId}`));
}

export function toSimCoins(c: IntCoins) {
  return sortedKeys(c)
    .filter((d) => c[d] > 0n)
    .map((denom) => ({ denom, amount: c[denom] }));
}

/** x/distribution FundCommunityPool(coins, from): moves the coins and credits the fee pool. */
export function fundCommunityPool(ctx: Ctx, from: string, coins: IntCoins): void {
  distributionFund(ctx, from, toSimCoins(coins));
}
