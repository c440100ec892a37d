import { beforeAll, describe, expect, it } from "vitest";
import type { NetworkSnapshot } from "../chains/networks";
import { OSMOSIS_DENOMS } from "../chains/osmosis-pools";
import { answerSimRpcWith } from "../cosmos/transport/sim-rpc-client";
import { createGenesisWorld } from "../sim/genesis";
import { handleRpc } from "../sim/rpc/handler";
import { SIMULATOR_CHAIN_IDS } from "../stores/network-store";
import { parseDec } from "../amount/decimal";
import { osmoPriceOf, poolHistory, poolVolumeWindow } from "./osmosis-pool-history";

const net: NetworkSnapshot = { mode: "simulator", chainIds: SIMULATOR_CHAIN_IDS, rpc: {} };
const DAY = 86_400_000;

beforeAll(() => {
  const world = createGenesisWorld({ days: 10 });
  answerSimRpcWith((chainId, req) => handleRpc(world, chainId, req));
}, 60_000);

describe("pool history and volume window (simulator)", () => {
  it("serves a daily series from genesis with the volume total in OSMO, never shrinking", async () => {
    const h = await poolHistory(net, 1475n);
    if (!h.available) throw new Error(h.reason);
    expect(h.points.length).toBeGreaterThanOrEqual(11);
    for (let i = 1; i < h.points.length; i++) {
      expect(h.points[i].timeMs).toBeGreaterThan(h.points[i - 1].timeMs);
      expect(h.points[i].volumeOsmo >= h.points[i - 1].volumeOsmo).toBe(true);
    }
    expect(h.points.at(-1)!.volumeOsmo).toBeGreaterThan(0n);
    expect(h.points[0].liquidity.map((c) => c.denom).sort()).toEqual([OSMOSIS_DENOMS.TIA, OSMOSIS_DENOMS.milkTIA].sort());
  });

  it("measures over the last week of samples on the first read", async () => {
    const w = (await poolVolumeWindow(net, 1475n))!;
    expect(w.end.timeMs - w.start.timeMs).toBeGreaterThanOrEqual(7 * DAY);
    expect(w.end.timeMs - w.start.timeMs).toBeLessThan(8 * DAY);
    expect(w.end.volumeOsmo).toBeGreaterThan(w.start.volumeOsmo);
  });

  it("prices TIA in OSMO where protorev does: pool #2003", async () => {
    const p = await osmoPriceOf(net, OSMOSIS_DENOMS.TIA);
    expect(p.poolId).toBe(2003n);
    // 20 OSMO per TIA at genesis, moved a little by ten days of small trades.
    expect(p.osmoPerToken > parseDec("19")).toBe(true);
    expect(p.osmoPerToken < parseDec("21")).toBe(true);
    await expect(osmoPriceOf(net, OSMOSIS_DENOMS.milkTIA)).rejects.toThrow(`highest liquidity pool between base uosmo and match denom ${OSMOSIS_DENOMS.milkTIA} not found`);
  });

  it("says why there is no series in live mode, without asking any endpoint", async () => {
    const h = await poolHistory({ ...net, mode: "live" }, 1475n);
    expect(h).toEqual({ available: false, reason: expect.stringContaining("no price or liquidity history on chain") });
  });
});
