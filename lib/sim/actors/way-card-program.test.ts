import { describe, expect, it } from "vitest";
import { DEC_SCALE, decFromRatio, decToString, parseDec } from "../../amount/decimal";
import { WAY_CARD_CHAIN_ID, WAY_CARD_CONTRACT } from "../../chains/way-card";
import { SIM_LSTS } from "../../chains/lsts";
import { freshWorld } from "../integration/harness";
import { oracleAddress } from "../genesis/lst-setup";
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

  it("falls back to the staking contract's own N/L when the oracle does not answer, and skips when neither does", () => {
    const lst = SIM_LSTS.find((l) => l.symbol === "milkTIA")!;
    const withoutOracle = (world: ReturnType<typeof freshWorld>) => {
      const chain = world.chains[lst.chainId];
      chain.wasm.contracts = Object.fromEntries(Object.entries(chain.wasm.contracts).filter(([addr]) => addr !== oracleAddress(lst)));
      expect(() => queryContractJson(world, chain, oracleAddress(lst), { redemption_rate: { denom: lst.lstDenom } })).toThrow();
    };
    const state = (world: ReturnType<typeof freshWorld>) =>
      queryContractJson(world, world.chains[lst.chainId], lst.contract, { state: {} }) as { total_native_token: string; total_liquid_stake_token: string };

    // At genesis the only stakers are the Osmosis pools' liquidity providers, minted 1:1: N/L = 1.
    const genesis = freshWorld();
    expect(state(genesis).total_native_token).toBe(state(genesis).total_liquid_stake_token);
    withoutOracle(genesis);
    expect(milkTiaRedemptionRate(genesis)).toBe(decToString(DEC_SCALE));

    // Five days in there are stakers and rewards, so N/L is not 1 and the fallback is visible.
    const world = freshWorld();
    advanceTo(world, world.timeMs + 5 * DAY_MS);
    const n = BigInt(state(world).total_native_token);
    const l = BigInt(state(world).total_liquid_stake_token);
    expect(l).toBeGreaterThan(0n);
    expect(n).not.toBe(l);
    withoutOracle(world);
    expect(milkTiaRedemptionRate(world)).toBe(decToString(decFromRatio(n, l, "floor")));

    // Neither answers: null, so the program skips the day rather than post a made-up rate.
    const chain = world.chains[lst.chainId];
    chain.wasm.contracts = Object.fromEntries(Object.entries(chain.wasm.contracts).filter(([addr]) => addr !== lst.contract));
    expect(milkTiaRedemptionRate(world)).toBeNull();
  });
});
