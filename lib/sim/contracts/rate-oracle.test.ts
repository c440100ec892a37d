import { describe, expect, it } from "vitest";
import { simActorAddress } from "../../chains/derive";
import { FakeHost } from "./fake-contract-api";
import { ALICE, BATCH_PERIOD, BOB, CONTRACT, LST, ORACLE, setup, T0 } from "./liquid-staking-fixture";
import { MAX_SAMPLES_PER_DENOM, rateOracleContract } from "./rate-oracle";

const STAKING = simActorAddress("osmo", "oracle-test/staking");
const DENOM = "factory/osmo1x/umilkTIA";

function oracle() {
  const host = new FakeHost({ timeSeconds: T0 });
  host.instantiate(ORACLE, rateOracleContract, ALICE, { allowed: [STAKING] });
  const post = (redemption: string, purchase = "1", denom = DENOM) =>
    host.execute(ORACLE, STAKING, { post_rates: { denom, purchase_rate: purchase, redemption_rate: redemption } });
  const history = (limit?: number, denom = DENOM) =>
    host.query<{ redemption_rates: Array<{ denom: string; redemption_rate: string; update_time: number }> }>(ORACLE, {
      historical_redemption_rates: { denom, limit },
    }).redemption_rates;
  return { host, post, history };
}

describe("rate oracle", () => {
  it("accepts posts only from the trusted staking contract", () => {
    const { host } = oracle();
    expect(() =>
      host.execute(ORACLE, BOB, { post_rates: { denom: DENOM, purchase_rate: "1", redemption_rate: "1" } }),
    ).toThrow(`Unauthorized: ${BOB}`);
    expect(() => host.query(ORACLE, { redemption_rate: { denom: DENOM } })).toThrow(/No redemption rate/);
  });

  it("answers the latest rate and keeps one sample per hour, newest first", () => {
    const { host, post, history } = oracle();
    post("1.01");
    host.advanceSeconds(600);
    post("1.02"); // same hour: overwrites
    expect(host.query(ORACLE, { redemption_rate: { denom: DENOM } })).toEqual({ redemption_rate: "1.02", update_time: T0 + 600 });
    host.advanceSeconds(3600);
    post("1.03");
    host.advanceSeconds(3600);
    post("1.04");
    expect(history().map((s) => s.redemption_rate)).toEqual(["1.04", "1.03", "1.02"]);
    expect(history(2)).toEqual([
      { denom: DENOM, redemption_rate: "1.04", update_time: T0 + 600 + 7200 },
      { denom: DENOM, redemption_rate: "1.03", update_time: T0 + 600 + 3600 },
    ]);
    // Denoms are kept apart even when one is a path prefix of another.
    post("2", "0.5", `${DENOM}/x`);
    expect(history(undefined, `${DENOM}/x`).map((s) => s.redemption_rate)).toEqual(["2"]);
    expect(history()).toHaveLength(3);
  });

  it("caps the history per denom, dropping the oldest", () => {
    const { host, post, history } = oracle();
    for (let i = 0; i < MAX_SAMPLES_PER_DENOM + 5; i++) {
      post(`1.${String(i).padStart(5, "0")}`);
      host.advanceSeconds(3600);
    }
    const h = history();
    expect(h).toHaveLength(MAX_SAMPLES_PER_DENOM);
    expect(h[0].redemption_rate).toBe(`1.${String(MAX_SAMPLES_PER_DENOM + 4).padStart(5, "0")}`);
    expect(h.at(-1)!.redemption_rate).toBe("1.00005");
  });

  it("refuses malformed decimals", () => {
    const { post } = oracle();
    expect(() => post("1e3")).toThrow(/Error parsing decimal/);
  });
});

describe("staking contract → oracle", () => {
  it("posts purchase and redemption rates for the LST denom after each state change", () => {
    const f = setup({ oracle: true });
    const rate = () => f.host.query<{ redemption_rate: string }>(ORACLE, { redemption_rate: { denom: LST } }).redemption_rate;
    f.stake(ALICE, 1000);
    expect(rate()).toBe("1");
    f.rewards(100);
    expect(rate()).toBe("1.09");
    f.unstake(ALICE, 500);
    f.host.setTimeSeconds(T0 + BATCH_PERIOD);
    f.submit(); // unbond floor(1090·500/1000) = 545 → N = 545, L = 500
    expect(rate()).toBe("1.09");
    const posts = f.host.records.executes.filter((e) => e.from === CONTRACT && e.contract === ORACLE);
    expect(posts.at(-1)!.msg).toEqual({
      post_rates: { denom: LST, purchase_rate: "0.917431192660550458", redemption_rate: "1.09" },
    });
    expect(f.host.query<{ redemption_rates: unknown[] }>(ORACLE, { historical_redemption_rates: { denom: LST } }).redemption_rates).toHaveLength(2);
  });
});
