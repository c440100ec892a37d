import type { ChildProcess } from "node:child_process";
import { simActorAddress } from "../lib/chains/derive";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { devnetReady, freePort, startDevnet, type Devnet } from "./devnet/spawn";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StargateClient } from "@cosmjs/stargate";
import { SIM_CHAINS } from "../lib/chains/sim-chains";
import { SIM_LSTS } from "../lib/chains/lsts";

// An address no simulated actor uses (the milkTIA staker's, used before, is emptied by the coordinator).
const ADDRESS = simActorAddress("celestia", "devnet-test/user");

const children: ChildProcess[] = [];
let dir: string;

/** The shared devnet spawner (scripts/devnet/spawn.ts), remembered for the cleanup below. */
function start(statePath: string, port: number): Devnet {
  const d = startDevnet(statePath, port);
  children.push(d.child);
  return d;
}

const ready = (d: Devnet) => devnetReady(d, 40_000);

async function call(port: number, chainId: string, method: string, params: unknown = {}) {
  const res = await fetch(`http://127.0.0.1:${port}/${chainId}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { result?: any; error?: { code: number; message: string; data?: string } };
}

async function stop(d: Devnet): Promise<number | null> {
  d.child.kill("SIGTERM");
  return d.exited;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "devnet-test-"));
});

afterAll(() => {
  // Each child leads its own process group; end whatever is left of each group.
  for (const c of children) {
    if (!c.pid) continue;
    try {
      process.kill(-c.pid, "SIGKILL");
    } catch {
      // the group is already gone
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

describe("scripts/devnet.ts over HTTP", () => {
  it("serves the directory, JSON-RPC and control methods, and keeps state across a restart", async () => {
    const state = join(dir, "state.json");
    const port = await freePort();
    const first = start(state, port);
    await ready(first);

    const base = `http://127.0.0.1:${port}`;
    const dirRes = await fetch(`${base}/`);
    expect(dirRes.headers.get("content-type")).toBe("application/json");
    // The shape the README documents: chains and LSTs exactly, then the endpoints per chain.
    const listing = await dirRes.json();
    expect(listing.endpoints[0]).toEqual({ chainId: SIM_CHAINS[0].chainId, rpc: `${base}/${SIM_CHAINS[0].chainId}`, rest: `${base}/${SIM_CHAINS[0].chainId}/rest`, websocket: `ws://127.0.0.1:${port}/${SIM_CHAINS[0].chainId}/websocket` });
    expect({ chains: listing.chains, lsts: listing.lsts }).toEqual({
      chains: SIM_CHAINS.map((c) => ({ chainId: c.chainId, rpc: `${base}/${c.chainId}`, bech32Prefix: c.bech32Prefix, feeDenom: c.feeTokens[0].denom, stakeDenom: c.stakeDenom })),
      lsts: SIM_LSTS.map((l) => ({ symbol: l.symbol, chainId: l.chainId, contract: l.contract, lstDenom: l.lstDenom, nativeChainId: l.nativeChainId, nativeDenom: l.nativeDenom, ibcDenom: l.ibcDenom })),
    });

    const status = await call(port, "celestia-sim-1", "status");
    expect(status.result.node_info.network).toBe("celestia-sim-1");
    const height = Number(status.result.sync_info.latest_block_height);
    expect(height).toBeGreaterThan(1);

    const funded = await call(port, "celestia-sim-1", "sim_faucet", { address: ADDRESS, coins: [{ denom: "utia", amount: "4242" }] });
    expect(funded.error).toBeUndefined();
    const client = await StargateClient.connect(`${base}/celestia-sim-1`);
    const balance = BigInt((await client.getBalance(ADDRESS, "utia")).amount);
    expect(balance).toBe(4242n);

    const bad = await call(port, "celestia-sim-1", "sim_faucet", { address: "osmo1vxzram63f7mvseufc83fs0gnt5383lvrtqrdcj", coins: [{ denom: "utia", amount: "1" }] });
    expect(bad.error?.code).toBe(-32602);

    const before = await call(port, "celestia-sim-1", "sim_info");
    const advanced = await call(port, "celestia-sim-1", "sim_advance", { seconds: 3600 });
    expect(advanced.result.timeMs).toBe(before.result.timeMs + 3_600_000);
    expect(Date.parse(advanced.result.time)).toBe(advanced.result.timeMs);
    expect(advanced.result.height).toBeGreaterThan(height);
    // Manual clock: nothing moves on its own.
    await new Promise((r) => setTimeout(r, 1200));
    expect((await call(port, "celestia-sim-1", "sim_info")).result.timeMs).toBe(advanced.result.timeMs);
    // What the restart must keep is the balance as it stands now (actors act as the clock moves).
    const kept = BigInt((await client.getBalance(ADDRESS, "utia")).amount);
    client.disconnect();

    expect(await stop(first)).toBe(0);
    expect(existsSync(state)).toBe(true);

    const second = start(state, port);
    await ready(second);
    const again = await StargateClient.connect(`${base}/celestia-sim-1`);
    expect(BigInt((await again.getBalance(ADDRESS, "utia")).amount)).toBe(kept);
    expect((await call(port, "celestia-sim-1", "sim_info")).result.timeMs).toBe(advanced.result.timeMs);
    again.disconnect();
    expect(await stop(second)).toBe(0);
  }, 120_000);

  it("refuses to start on a corrupt state file, saying why and how to reset", async () => {
    const state = join(dir, "corrupt.json");
    writeFileSync(state, '{"format":"milkyway-sim","version":1,"chains":');
    const d = start(state, await freePort());
    const code = await d.exited;
    expect(code).not.toBe(0);
    expect(d.output()).toMatch(/The saved simulator state is not readable/);
    expect(d.output()).toMatch(/--reset/);
    // The bad file is left for the user to inspect, not overwritten.
    expect(readFileSync(state, "utf8")).toBe('{"format":"milkyway-sim","version":1,"chains":');
  }, 60_000);
});
