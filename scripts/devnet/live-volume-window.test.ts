/**
 * The live-mode fee window (lib/reads/osmosis-pool-history.ts) against a real CometBFT endpoint —
 * the devnet over HTTP: status, blocks back by height, TotalVolumeForPool by ABCI query at a
 * height. The devnet keeps only its last 500 blocks, so the day-back height is refused and the
 * read falls back to a span the node keeps, saying how long it is.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NetworkSnapshot } from "../../lib/chains/networks";
import { poolVolumeWindow } from "../../lib/reads/osmosis-pool-history";
import { SIMULATOR_CHAIN_IDS } from "../../lib/stores/network-store";
import { devnetReady, freePort, killHard, rpcCall, startDevnet, type Devnet } from "./spawn";

let d: Devnet;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "devnet-volume-"));
  d = startDevnet(join(dir, "s.json"), await freePort());
  await devnetReady(d);
  // Enough blocks that "100 back" exists.
  await rpcCall(d.base, "osmosis-sim-1", "sim_advance", { seconds: 3 * 86_400 });
}, 120_000);
afterAll(async () => {
  await killHard(d);
  rmSync(dir, { recursive: true, force: true });
});

describe("live fee window over HTTP", () => {
  it("reads the volume total now and at an earlier height the node keeps", async () => {
    const net = { mode: "live", chainIds: SIMULATOR_CHAIN_IDS, rpc: { osmosis: `${d.base}/osmosis-sim-1` } } as unknown as NetworkSnapshot;
    const w = (await poolVolumeWindow(net, 1475n))!;
    expect(w.end.timeMs).toBeGreaterThan(w.start.timeMs);
    expect(w.end.volumeOsmo >= w.start.volumeOsmo).toBe(true);
    expect(w.end.volumeOsmo).toBeGreaterThan(0n);
  });
});
