import { describe, expect, it } from "vitest";
import { DEC_SCALE, parseDec } from "../../amount/decimal";
import { WAY_CARD_CHAIN_ID, WAY_CARD_CONTRACT } from "../../chains/way-card";
import { SIM_LSTS } from "../../chains/lsts";
import { freshWorld } from "../integration/harness";
import { queryContractJson } from "../modules/wasm";
import { advanceTo } from "../world";
import { milkTiaRedemptionRate } from "./way-card-program";

const DAY_MS = 86_400_000;
const params = (w: ReturnType<typeof freshWorld>) => queryContractJson(w, w.chains[WAY_CARD_CHAIN_ID], WAY_CARD_CONTRACT, { params: {} }) as { redemption_rate: string; rate_time: number };

describe("the card program", () => {
  it("posts milkTIA's rate once per simulated day, as the Osmosis oracle publishes it", () => {
    const world = freshWorld();
    const first = params(world).rate_time;
    advanceTo(world, world.timeMs + DAY_MS / 2);
    expect(params(world).rate_time).toBe(first);
    advanceTo(world, world.timeMs + DAY_MS);
    const p = params(world);
    expect(p.rate_time).toBeGreaterThan(first);
    // A real rate, never the "1" placeholder once milkTIA has stakers and rewards.
    expect(parseDec(p.redemption_rate)).toBeGreaterThanOrEqual(DEC_SCALE);
  });

  it("falls back to the staking contract's own N/L before the oracle's first post", () => {
    const world = freshWorld();
    const lst = SIM_LSTS.find((l) => l.symbol === "milkTIA")!;
    const st = queryContractJson(world, world.chains[lst.chainId], lst.contract, { state: {} }) as { total_liquid_stake_token: string };
    const rate = milkTiaRedemptionRate(world);
    expect(rate).not.toBeNull();
    if (st.total_liquid_stake_token === "0") expect(rate).toBe("1");
  });
});
