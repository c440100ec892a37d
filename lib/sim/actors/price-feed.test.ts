import { describe, expect, it } from "vitest";
import { parseDec } from "../../amount/decimal";
import { makeWorld } from "../modules/restaking/test-world";
import { setPrice } from "../modules/restaking/pricing";
import { quantizePrice } from "../modules/oracle-state";
import { driftOnce, MAX_DAILY_BPS, runPriceFeed } from "./price-feed";

const DAY = 86_400_000;

function world(seed = 1) {
  const tw = makeWorld();
  tw.world.seed = seed;
  tw.tx((c) => {
    setPrice(c, "TIA", parseDec("5.2"));
    setPrice(c, "MILK", parseDec("0.048"));
  });
  return tw;
}

function days(tw: ReturnType<typeof world>, n: number) {
  const out: Array<Record<string, bigint>> = [];
  for (let i = 0; i < n; i++) {
    tw.advance(DAY);
    runPriceFeed(tw.world);
    out.push({ ...tw.st().prices });
  }
  return out;
}

describe("price feed actor", () => {
  it("moves every price once per simulated day, not before", () => {
    const tw = world();
    tw.advance(DAY - 1);
    runPriceFeed(tw.world);
    expect(tw.st().prices.TIA).toBe(parseDec("5.2"));
    tw.advance(1);
    runPriceFeed(tw.world);
    expect(tw.st().oracle!.TIA.nonce).toBe(2);
    expect(tw.st().oracle!.MILK.nonce).toBe(2);
  });

  it("is deterministic per world seed and differs between seeds", () => {
    const a = days(world(7), 30);
    const b = days(world(7), 30);
    const c = days(world(8), 30);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("moves at most 3 % a day, stays within half and double of the first price, on 8 decimals", () => {
    const tw = world(3);
    let prev = { ...tw.st().prices };
    for (const p of days(tw, 400)) {
      for (const t of ["TIA", "MILK"]) {
        const anchor = t === "TIA" ? parseDec("5.2") : parseDec("0.048");
        expect(p[t]).toBeGreaterThanOrEqual(anchor / 2n);
        expect(p[t]).toBeLessThanOrEqual(anchor * 2n);
        expect(quantizePrice(p[t])).toBe(p[t]);
        const maxMove = (prev[t] * BigInt(MAX_DAILY_BPS)) / 10_000n + 10n ** 10n;
        expect(p[t] - prev[t] <= maxMove && prev[t] - p[t] <= maxMove).toBe(true);
      }
      prev = p;
    }
  });

  it("catches up every missed day in one call", () => {
    const tw = world();
    tw.advance(5 * DAY);
    runPriceFeed(tw.world);
    expect(tw.st().oracle!.TIA.nonce).toBe(6);
  });

  it("does not draw from the world's shared random stream", () => {
    const tw = world();
    const rng = tw.world.rng;
    days(tw, 3);
    expect(tw.world.rng).toBe(rng);
  });

  it("driftOnce clamps to the band", () => {
    expect(driftOnce(parseDec("10"), parseDec("5"), 0.9999)).toBe(parseDec("10"));
    expect(driftOnce(parseDec("2.5"), parseDec("5"), 0)).toBe(parseDec("2.5"));
    expect(driftOnce(parseDec("1"), parseDec("1"), 0.5)).toBe(parseDec("1"));
  });
});
