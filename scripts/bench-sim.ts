/**
 * Simulator benchmarks (numbers go in the issue note, never into test assertions):
 * - median ms per sign + broadcast + confirm round trip through real CosmJS, in-process;
 * - heap of a world with 10,000 funded accounts;
 * - persist and restore time of that world.
 */
import { calculateFee, GasPrice } from "@cosmjs/stargate";
import { connect, freshWorld, fund, makeSigner } from "../lib/sim/integration/harness";
import { createGenesisWorld } from "../lib/sim/genesis";
import { faucet } from "../lib/sim/rpc/sim-control";
import { simActorAddress } from "../lib/chains/derive";
import { restoreWorld, serializeWorld } from "../lib/sim/persist";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

async function roundTrips(n: number) {
  const chain = "celestia-sim-1";
  const world = freshWorld();
  const { client, address } = await connect(world, chain, await makeSigner(chain, "direct"));
  await fund(world, chain, address, [{ denom: "utia", amount: "1000000000" }]);
  const fee = calculateFee(120_000, GasPrice.fromString("0.002utia"));
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await client.sendTokens(address, address, [{ denom: "utia", amount: "1" }], fee);
    times.push(performance.now() - t0);
    if (res.code !== 0) throw new Error(res.rawLog);
  }
  return median(times);
}

async function main() {
  {
    const t0 = performance.now();
    const g = createGenesisWorld();
    const genesisMs = performance.now() - t0;
    console.log(`genesis with ${Math.round((g.timeMs - g.genesisTimeMs) / 86_400_000)} days of history: ${genesisMs.toFixed(0)} ms`);
  }

  await roundTrips(5);
  console.log(`sign + broadcast + confirm (median of 200): ${(await roundTrips(200)).toFixed(2)} ms`);

  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) console.warn("run with --expose-gc for meaningful heap numbers");
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const world = createGenesisWorld({ days: 0 });
  for (let i = 0; i < 10_000; i++) {
    faucet(world, "osmosis-sim-1", simActorAddress("osmo", `bench/${i}`), [{ denom: "uosmo", amount: 1_000_000n + BigInt(i) }]);
  }
  gc?.();
  const heap = process.memoryUsage().heapUsed;
  console.log(`10,000-account world: process heap ${mb(heap)} MB (the world itself ~${mb(heap - before)} MB)`);

  const p0 = performance.now();
  const text = serializeWorld(world);
  const persistMs = performance.now() - p0;
  const r0 = performance.now();
  restoreWorld(text);
  const restoreMs = performance.now() - r0;
  console.log(`persist ${persistMs.toFixed(0)} ms, restore ${restoreMs.toFixed(0)} ms, ${mb(text.length)} MB of JSON`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
