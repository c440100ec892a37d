/**
 * x/txfees's share of the day epoch (keeper/hooks.go AfterEpochEnd → calculateDistributeAndTrackTakerFees,
 * distributeSmoothingBufferToStakers): what the pool manager's taker fees become.
 *
 * - OSMO in the taker-fee collector splits by osmo_taker_fee_distribution: community pool
 *   (FundCommunityPool), burn (the null address), staking rewards (the smoothing buffer).
 * - Every coin left (OSMO dust included) splits by non_osmo_taker_fee_distribution: the community
 *   share of a denom not on the community pool whitelist goes to the community-pool collector to
 *   be swapped into community_pool_denom_to_swap_non_whitelisted_assets_to; the burn share to the
 *   burn collector, swapped to OSMO and burnt; the rest to the stakers' collector, swapped to OSMO
 *   (protorev's pool for the pair, no taker fee, any amount out; a failing swap is undone and the
 *   coin stays) and moved to the smoothing buffer.
 * - The buffer pays 1/daily_staking_rewards_smoothing_factor of its OSMO to the fee collector,
 *   which x/distribution pays to stakers and the community tax in the next block.
 *
 * Params are v31's DefaultParams (poolmanager types/params.go): OSMO 100% to stakers; other tokens
 * 67% stakers / 33% community pool, nothing burnt, no whitelist, non-whitelisted community share
 * swapped to USDC, smoothing factor 1. Mainnet's governance-set values were not verified. This world
 * has no USDC pool, so the community share of other tokens waits in its collector, as it would on a
 * chain without a route (the keeper logs and leaves it). Not modelled: the non-native tx-fee
 * collector (fees here are paid in OSMO), taker-fee share agreements (none exist), the week epoch's
 * second run (the day's run has emptied the collector by then), the trackers.
 */
import { toBech32 } from "@cosmjs/encoding";
import { moduleAddress } from "../../address";
import type { Ctx } from "../../ctx";
import { allBalances, balanceOf, sendCoins } from "../bank";
import { feeCollectorAddress, fundCommunityPool } from "../distribution-keeper";
import { DEC_SCALE, type Dec } from "./math/osmomath/legacy-dec";
import { poolForDenomPair, NoPoolForDenomPairError } from "./protorev";
import { OSMO, routeExactAmountIn, takerFeeCollector } from "./router";
import type { SimCoin } from "../../coins";

export interface TakerFeeDistribution {
  stakingRewards: Dec;
  communityPool: Dec;
  burn: Dec;
}

const d = (s: string): Dec => {
  const [w, f = ""] = s.split(".");
  return BigInt(w) * DEC_SCALE + BigInt(f.padEnd(18, "0"));
};

export const TAKER_FEE_PARAMS = {
  osmo: { stakingRewards: d("1"), communityPool: d("0"), burn: d("0") } as TakerFeeDistribution,
  nonOsmo: { stakingRewards: d("0.67"), communityPool: d("0.33"), burn: d("0") } as TakerFeeDistribution,
  communityPoolDenomWhitelist: [] as string[],
  /** USDC on mainnet (noble, channel-750). */
  communityPoolDenomToSwapTo: "ibc/D189335C6E4A68B513C10AB227BF1C1D38C746766278BA3EEB4FB14124F1D858",
  dailyStakingRewardsSmoothingFactor: 1n,
  /** txfees params fee_swap_intermediary_denom_list: empty by default. */
  intermediaryDenoms: [] as string[],
};

/** txfees module accounts (types/keys.go) and DefaultNullAddress (20 zero bytes). */
export const txfeesAccounts = (prefix: string) => ({
  communityPool: moduleAddress(prefix, "non_native_fee_collector_community_pool"),
  burn: moduleAddress(prefix, "non_native_fee_collector_burn"),
  stakers: moduleAddress(prefix, "non_native_fee_collector_stakers"),
  buffer: moduleAddress(prefix, "taker_fee_staking_rewards_buffer"),
});

/** LegacyDec × Int, truncated (ToLegacyDec().Mul(d).TruncateInt()). */
const share = (amount: bigint, dec: Dec) => (amount * dec) / DEC_SCALE;

/** txfees DefaultNullAddress: sdk.AccAddress of 20 zero bytes, where burnt fees go. */
const nullAddress = (ctx: Ctx) => toBech32(ctx.cfg.bech32Prefix, new Uint8Array(20));

/** Keeper.GetPoolForDenomPairNoOrder: (a, b), else (b, a). */
function poolNoOrder(ctx: Ctx, a: string, b: string): bigint {
  try {
    return poolForDenomPair(ctx.chain, a, b);
  } catch (e) {
    if (!(e instanceof NoPoolForDenomPairError)) throw e;
    return poolForDenomPair(ctx.chain, b, a);
  }
}

/**
 * swapNonNativeFeeToDenom: every other coin of `holder` swapped into `to` by the direct protorev
 * pool (or two hops through an intermediary denom), each swap undone on failure. Returns what came out.
 */
function swapAllTo(ctx: Ctx, to: string, holder: string): bigint {
  let total = 0n;
  for (const coin of allBalances(ctx.chain, holder)) {
    if (coin.denom === to || coin.amount === 0n) continue;
    let route: Array<{ poolId: bigint; tokenOutDenom: string }> | null = null;
    try {
      route = [{ poolId: poolNoOrder(ctx, to, coin.denom), tokenOutDenom: to }];
    } catch {
      for (const mid of TAKER_FEE_PARAMS.intermediaryDenoms) {
        if (mid === coin.denom || mid === to) continue;
        try {
          route = [
            { poolId: poolNoOrder(ctx, coin.denom, mid), tokenOutDenom: mid },
            { poolId: poolNoOrder(ctx, mid, to), tokenOutDenom: to },
          ];
          break;
        } catch {
          // next intermediary
        }
      }
    }
    if (!route) continue;
    const mark = ctx.journal.mark();
    try {
      total += routeExactAmountIn(ctx, holder, route, coin, 0n, { noTakerFee: true });
    } catch {
      ctx.journal.rollbackTo(mark);
    }
  }
  return total;
}

/** ApplyFuncIfNoError: a failing step is undone and the rest goes on. */
function tryStep(ctx: Ctx, fn: () => void): void {
  const mark = ctx.journal.mark();
  try {
    fn();
  } catch {
    ctx.journal.rollbackTo(mark);
  }
}

const send = (ctx: Ctx, from: string, to: string, coins: SimCoin[]) => {
  const list = coins.filter((c) => c.amount > 0n).sort((a, b) => (a.denom < b.denom ? -1 : 1));
  if (list.length > 0) sendCoins(ctx, from, to, list);
};

/** calculateDistributeAndTrackTakerFees then (day epoch) distributeSmoothingBufferToStakers. */
export function distributeTakerFees(ctx: Ctx): void {
  const prefix = ctx.cfg.bech32Prefix;
  const collector = takerFeeCollector(prefix);
  const acc = txfeesAccounts(prefix);
  const p = TAKER_FEE_PARAMS;

  const osmo = balanceOf(ctx.chain, collector, OSMO);
  if (osmo > 0n) {
    if (p.osmo.communityPool > 0n) tryStep(ctx, () => fundCommunityPool(ctx, collector, [{ denom: OSMO, amount: share(osmo, p.osmo.communityPool) }]));
    if (p.osmo.burn > 0n) tryStep(ctx, () => send(ctx, collector, nullAddress(ctx), [{ denom: OSMO, amount: share(osmo, p.osmo.burn) }]));
    if (p.osmo.stakingRewards > 0n) tryStep(ctx, () => send(ctx, collector, acc.buffer, [{ denom: OSMO, amount: share(osmo, p.osmo.stakingRewards) }]));
  }

  const forCommunity: SimCoin[] = [];
  const forBurn: SimCoin[] = [];
  for (const coin of allBalances(ctx.chain, collector)) {
    if (coin.amount <= 0n) continue;
    if (p.nonOsmo.communityPool > 0n) {
      const amount = share(coin.amount, p.nonOsmo.communityPool);
      if (p.communityPoolDenomWhitelist.includes(coin.denom)) tryStep(ctx, () => fundCommunityPool(ctx, collector, [{ denom: coin.denom, amount }]));
      else forCommunity.push({ denom: coin.denom, amount });
    }
    if (p.nonOsmo.burn > 0n) forBurn.push({ denom: coin.denom, amount: share(coin.amount, p.nonOsmo.burn) });
  }
  tryStep(ctx, () => send(ctx, collector, acc.communityPool, forCommunity));
  const toCommunity = swapAllTo(ctx, p.communityPoolDenomToSwapTo, acc.communityPool);
  if (toCommunity > 0n) tryStep(ctx, () => fundCommunityPool(ctx, acc.communityPool, [{ denom: p.communityPoolDenomToSwapTo, amount: toCommunity }]));

  tryStep(ctx, () => send(ctx, collector, acc.burn, forBurn));
  const toBurn = swapAllTo(ctx, OSMO, acc.burn);
  if (toBurn > 0n) tryStep(ctx, () => send(ctx, acc.burn, nullAddress(ctx), [{ denom: OSMO, amount: toBurn }]));

  tryStep(ctx, () => send(ctx, collector, acc.stakers, allBalances(ctx.chain, collector)));
  const toStakers = swapAllTo(ctx, OSMO, acc.stakers);
  if (toStakers > 0n) tryStep(ctx, () => send(ctx, acc.stakers, acc.buffer, [{ denom: OSMO, amount: toStakers }]));

  // Day epoch: the smoothing buffer pays its share to the fee collector (stakers next block).
  const buffered = balanceOf(ctx.chain, acc.buffer, OSMO);
  const pay = buffered / p.dailyStakingRewardsSmoothingFactor;
  if (pay > 0n) tryStep(ctx, () => send(ctx, acc.buffer, feeCollectorAddress(prefix), [{ denom: OSMO, amount: pay }]));
}
