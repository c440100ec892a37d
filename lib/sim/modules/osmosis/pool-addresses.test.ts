/**
 * Pool account addresses against Osmosis mainnet's own answers for concentrated pools #1136 and
 * #1323 (sqs /pools/all and a mainnet Pool query), so a simulated pool's accounts are derived
 * exactly as the chain does. Balancer pools created today take the same poolmanager address
 * (x/gamm/pool-models/balancer/pool.go); only the oldest gamm pools (#1 is
 * osmo1mw0ac6rwlp5r8wapwk3zs6g29h8fcscxqakdzw9emkne6c8wjp9q0t3v8t) predate it.
 */
import { describe, expect, it } from "vitest";
import { clIncentivesAddress, clSpreadRewardsAddress, poolAddress } from "./pool-store";

describe("Osmosis pool addresses (poolmanager NewPoolAddress, CL model.NewConcentratedLiquidityPool)", () => {
  it.each([
    [1136n, "osmo1n7cmdy4j3n7x24g547c6qd5crtdawephph3mq9a0dw8eh9fadszqu0uwvn", "osmo1h9qzx4rgzdexg39usx59h9plnn606mdgfk8aymk667s96hvte5tshp00xr", "osmo1awtgwnc5wqqz6q2538ljyea5840c5c80pmy829klhqjkjaletnnqc53xpx"],
    [1323n, "osmo164pg0key096kxe7940h45csw5w9cmf4nc2a83m73e8tc0u2eymeqj7t0rm", "osmo1z6ae7saxlwnnd6whl2svw0k3zhsjdvzaap9ya2lcj8m3c0r02a6svtuzn2", "osmo1jhzypnueeg75cm8tps7srn7ujva9qe4msjmtkajwaqpj0kyvdjjqu0xule"],
  ])("concentrated pool #%s: pool, incentives and spread-rewards accounts", (id, pool, incentives, spreadRewards) => {
    expect(poolAddress("osmo", id)).toBe(pool);
    expect(clIncentivesAddress("osmo", id)).toBe(incentives);
    expect(clSpreadRewardsAddress("osmo", id)).toBe(spreadRewards);
  });
});
