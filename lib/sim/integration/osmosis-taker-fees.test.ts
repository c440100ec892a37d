/**
 * Taker fees after the day epoch, as x/txfees distributes them under v31's default params: OSMO
 * all to stakers (smoothing buffer → fee collector); other tokens 33% to the community-pool
 * collector (to be swapped to USDC — no route in this world, so they wait there), 67% to stakers,
 * swapped to OSMO through protorev's pool where one exists. Checked by conservation: every token
 * that leaves the collector lands where the rules say, and the OSMO the stakers get is exactly
 * what the swap pools paid out.
 */
import { describe, expect, it } from "vitest";
import { OSMOSIS_SIM } from "../../chains/sim-chains";
import { OSMOSIS_DENOMS } from "../../chains/osmosis-pools";
import { Ctx } from "../ctx";
import { Journal } from "../journal";
import { allBalances, balanceOf, mintCoins } from "../modules/bank";
import { feeCollectorAddress } from "../modules/distribution-keeper";
import { takerFeeCollector } from "../modules/osmosis/router";
import { distributeTakerFees, txfeesAccounts } from "../modules/osmosis/txfees";
import { poolAddress } from "../modules/osmosis/pool-store";
import { advanceSeconds, freshWorld } from "./harness";

const { milkTIA, TIA, OSMO, MILK } = OSMOSIS_DENOMS;

describe("taker fee distribution (txfees, day epoch)", () => {
  it("runs at each day epoch: after the market's first days the community share of TIA fees waits in its collector", async () => {
    const world = freshWorld();
    const acc = txfeesAccounts("osmo");
    expect(balanceOf(world.chains[OSMOSIS_SIM], acc.communityPool, TIA)).toBe(0n);
    await advanceSeconds(world, 3 * 86_400);
    expect(balanceOf(world.chains[OSMOSIS_SIM], acc.communityPool, TIA)).toBeGreaterThan(0n);
  });

  it("splits each token as the params say and pays stakers exactly the OSMO the pools gave for theirs", () => {
    const world = freshWorld();
    const chain = world.chains[OSMOSIS_SIM];
    const ctx = new Ctx(world, chain, new Journal());
    const collector = takerFeeCollector("osmo");
    const acc = txfeesAccounts("osmo");
    const fees = feeCollectorAddress("osmo");
    // A day's taker fees in four tokens (on top of whatever the market left since the last epoch).
    mintCoins(ctx, collector, [
      { denom: milkTIA, amount: 3_000_001n },
      { denom: MILK, amount: 50_000_003n },
      { denom: TIA, amount: 7_000_007n },
      { denom: OSMO, amount: 11_000_000n },
    ].sort((a, b) => (a.denom < b.denom ? -1 : 1)));
    const c = Object.fromEntries(allBalances(chain, collector).map((x) => [x.denom, x.amount]));
    const before = (addr: string, denom: string) => balanceOf(chain, addr, denom);
    const snap = {
      community: { tia: before(acc.communityPool, TIA), milk: before(acc.communityPool, MILK), milkTia: before(acc.communityPool, milkTIA) },
      stakersMilkTia: before(acc.stakers, milkTIA),
      feeCollector: before(fees, OSMO),
      pool2003: before(poolAddress("osmo", 2003n), OSMO),
      pool2001: before(poolAddress("osmo", 2001n), OSMO),
    };

    distributeTakerFees(ctx);

    const third = (n: bigint) => (n * 330_000_000_000_000_000n) / 10n ** 18n; // 0.33, truncated
    expect(allBalances(chain, collector)).toEqual([]);
    // Community share (33%, truncated) of every non-OSMO token: no USDC route, so it stays unswapped.
    expect(before(acc.communityPool, TIA) - snap.community.tia).toBe(third(c[TIA]));
    expect(before(acc.communityPool, MILK) - snap.community.milk).toBe(third(c[MILK]));
    expect(before(acc.communityPool, milkTIA) - snap.community.milkTia).toBe(third(c[milkTIA]));
    // milkTIA has no OSMO pool: the stakers' share stays as milkTIA in their collector.
    expect(before(acc.stakers, milkTIA) - snap.stakersMilkTia).toBe(c[milkTIA] - third(c[milkTIA]));
    expect(before(acc.stakers, TIA)).toBe(0n);
    expect(before(acc.stakers, MILK)).toBe(0n);
    // TIA and MILK went through #2003 and #2001; all OSMO reaches the fee collector (factor 1: the whole buffer).
    const paidByPools = snap.pool2003 - before(poolAddress("osmo", 2003n), OSMO) + (snap.pool2001 - before(poolAddress("osmo", 2001n), OSMO));
    expect(paidByPools).toBeGreaterThan(0n);
    expect(before(acc.buffer, OSMO)).toBe(0n);
    expect(before(fees, OSMO) - snap.feeCollector).toBe(c[OSMO] + paidByPools);
  });
});
