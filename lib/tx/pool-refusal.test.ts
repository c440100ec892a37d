/**
 * The app's swap path against the simulator's Osmosis through real CosmJS: the app's quote read,
 * its message builder with the minimum out, signing and broadcasting, and the chain's refusal
 * (token_out_min_amount not met) turned into the user's words. Both directions.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { lstsFor, type NetworkSnapshot } from "../chains/networks";
import { answerSimRpcWith } from "../cosmos/transport/sim-rpc-client";
import { swapExactInMsg, swappedOut } from "../protocol/osmosis-msgs";
import { swapQuote } from "../reads/osmosis-pools";
import { connect, freshWorld, fund, makeSigner } from "../sim/integration/harness";
import { handleRpc } from "../sim/rpc/handler";
import type { World } from "../sim/state";
import { SIMULATOR_CHAIN_IDS } from "../stores/network-store";
import { toUserError } from "./errors";

const net: NetworkSnapshot = { mode: "simulator", chainIds: SIMULATOR_CHAIN_IDS, rpc: {} };
const [milkTia] = lstsFor(net);
const OSMO = "osmosis-sim-1";
let world: World;
let simHasPools = false;

beforeAll(async () => {
  world = freshWorld();
  answerSimRpcWith((chainId, req) => handleRpc(world, chainId, req));
  simHasPools = await swapQuote(net, 1475n, { denom: milkTia.ibcDenom, amount: 1_000_000n }, milkTia.lstDenom, milkTia.lstDenom, milkTia.ibcDenom).then(
    () => true,
    (e: Error) => (/unknown|not (found|registered|supported)|no handler/i.test(e.message) ? false : Promise.reject(e)),
  );
}, 60_000);

describe("swaps on pool #1475 through real CosmJS", () => {
  for (const [dir, inDenom, outDenom] of [
    ["buy milkTIA", milkTia.ibcDenom, milkTia.lstDenom],
    ["sell milkTIA", milkTia.lstDenom, milkTia.ibcDenom],
  ] as const) {
    it(`${dir}: pays exactly the quote with the quote as minimum; refused, in words, one unit above it`, async (ctx) => {
      if (!simHasPools) ctx.skip();
      const signer = await makeSigner(OSMO, "direct", dir === "buy milkTIA" ? 3 : 4);
      const { client, address } = await connect(world, OSMO, signer);
      await fund(world, OSMO, address, [
        { denom: "uosmo", amount: "10000000" },
        { denom: inDenom, amount: "10000000" },
      ]);
      const q = await swapQuote(net, 1475n, { denom: inDenom, amount: 2_000_000n }, outDenom, milkTia.lstDenom, milkTia.ibcDenom);
      expect(q.amountOut).toBeGreaterThan(0n);

      const tooMuch = swapExactInMsg(address, 1475n, { denom: inDenom, amount: 2_000_000n }, outDenom, q.amountOut + 1n);
      const refused = await client.signAndBroadcast(address, [tooMuch], "auto").catch((e: Error) => e);
      const raw = refused instanceof Error ? refused.message : refused.rawLog ?? "";
      if (!(refused instanceof Error)) expect(refused.code).not.toBe(0);
      const user = toUserError(new Error(raw));
      expect(user.kind).toBe("slippage");
      expect(user.detail).toMatch(/token_out_min_amount/);

      const ok = swapExactInMsg(address, 1475n, { denom: inDenom, amount: 2_000_000n }, outDenom, q.amountOut);
      const res = await client.signAndBroadcast(address, [ok], "auto");
      expect(res.code).toBe(0);
      expect(swappedOut(res.events, outDenom)).toBe(q.amountOut);
    });
  }
});
