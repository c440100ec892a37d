/** Runs in Chromium: the sign + broadcast + confirm round trip, as the app does it in a tab. */
import { calculateFee, GasPrice } from "@cosmjs/stargate";
import { connect, freshWorld, fund, makeSigner } from "../lib/sim/integration/harness";

async function run() {
  const chain = "celestia-sim-1";
  const world = freshWorld();
  const { client, address } = await connect(world, chain, await makeSigner(chain, "direct"));
  await fund(world, chain, address, [{ denom: "utia", amount: "1000000000" }]);
  const fee = calculateFee(120_000, GasPrice.fromString("0.002utia"));
  const times: number[] = [];
  for (let i = 0; i < 205; i++) {
    const t0 = performance.now();
    const res = await client.sendTokens(address, address, [{ denom: "utia", amount: "1" }], fee);
    if (res.code !== 0) throw new Error(res.rawLog);
    if (i >= 5) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)] };
}

run().then(
  (r) => ((globalThis as any).__benchResult = r),
  (e) => ((globalThis as any).__benchResult = { error: String(e?.stack ?? e) }),
);
