import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calculateFee, GasPrice, QueryClient, setupBankExtension } from "@cosmjs/stargate";
import { toBase64 } from "@cosmjs/encoding";
import { connect, freshWorld, fund, makeSigner, rpc } from "../integration/harness";
import { handleRpc } from "./handler";
import { restoreWorld, serializeWorld } from "../persist";
import type { World } from "../state";

const CHAIN = "celestia-sim-1";
// Valid SDK denoms ([a-zA-Z][a-zA-Z0-9/:._-]{2,127}, types/coin.go) named like built-ins; "__proto__"
// and "__defineGetter__" are not valid denoms, so a chain refuses to send them (tested below).
const BUILTINS = ["constructor", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "prototype"];
const INVALID_BUILTINS = ["__proto__", "__defineGetter__"];

/** Every balance and the supply of every chain, as one comparable string. */
function money(world: World): string {
  const out: string[] = [];
  for (const [id, c] of Object.entries(world.chains)) {
    for (const [addr, coins] of Object.entries(c.balances)) for (const [d, a] of Object.entries(coins)) out.push(`${id} ${addr} ${d} ${a}`);
    for (const [d, a] of Object.entries(c.supply)) out.push(`${id} supply ${d} ${a}`);
  }
  return out.sort().join("\n");
}

describe("denoms named like JavaScript built-ins are ordinary denoms", () => {
  it("can be credited, sent, queried, saved and restored", async () => {
    const world = freshWorld();
    const { client, address, comet } = await connect(world, CHAIN, await makeSigner(CHAIN, "direct"));
    await fund(world, CHAIN, address, [{ denom: "utia", amount: "10000000" }, ...BUILTINS.map((denom) => ({ denom, amount: "1000" }))]);
    const to = "celestia1vxzram63f7mvseufc83fs0gnt5383lvrle3qpt";
    // Coins travel sorted by denom, as the SDK requires (Coins.Validate).
    const res = await client.sendTokens(address, to, [...BUILTINS].sort().map((denom) => ({ denom, amount: "250" })), calculateFee(300_000, GasPrice.fromString("0.002utia")));
    expect(res.code).toBe(0);
    const check = async (w: World) => {
      for (const d of BUILTINS) {
        expect(w.chains[CHAIN].supply[d]).toBe(1000n);
        expect(w.chains[CHAIN].balances[address][d]).toBe(750n);
        expect(w.chains[CHAIN].balances[to][d]).toBe(250n);
      }
    };
    await check(world);
    for (const d of BUILTINS) expect((await client.getBalance(to, d)).amount).toBe("250");
    const all = await QueryClient.withExtensions(comet, setupBankExtension).bank.allBalances(to);
    for (const d of BUILTINS) expect(all.find((c) => c.denom === d)?.amount).toBe("250");
    // Object.prototype is untouched.
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
    await check(restoreWorld(serializeWorld(world)));
  });

  it("a denom that is not a valid SDK denom is refused as invalid coins, and corrupts nothing", async () => {
    const world = freshWorld();
    const { client, address } = await connect(world, CHAIN, await makeSigner(CHAIN, "direct"));
    await fund(world, CHAIN, address, [{ denom: "utia", amount: "10000000" }, ...INVALID_BUILTINS.map((denom) => ({ denom, amount: "1000" }))]);
    const before = money(world).split("\n").filter((l) => INVALID_BUILTINS.some((d) => l.includes(` ${d} `)));
    const to = "celestia1vxzram63f7mvseufc83fs0gnt5383lvrle3qpt";
    for (const denom of INVALID_BUILTINS) {
      // x/bank's msg server checks the coins (SDK 0.50 has no MsgSend ValidateBasic): included, failed, code 10.
      const res = await client.sendTokens(address, to, [{ denom, amount: "250" }], calculateFee(300_000, GasPrice.fromString("0.002utia")));
      expect(res.code).toBe(10);
    }
    expect(money(world).split("\n").filter((l) => INVALID_BUILTINS.some((d) => l.includes(` ${d} `)))).toEqual(before);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });
});

describe("the handler answers anything", () => {
  const anyJson = fc.jsonValue({ maxDepth: 3 });
  const method = fc.oneof(
    fc.constantFrom("status", "abci_info", "abci_query", "broadcast_tx_sync", "broadcast_tx_async", "tx", "tx_search", "block", "sim_faucet", "sim_advance", "sim_fault", "sim_price", "sim_contract_stopped", "sim_wind_down", "sim_pool_history", "sim_info", "constructor", "__proto__", "toString"),
    fc.string(),
  );
  const params = fc.oneof(
    anyJson,
    fc.record({ query: fc.oneof(fc.string(), fc.constant("a".repeat(5000)), fc.constant(`${"x.y='1' AND ".repeat(50)}x.y='1'`)) }),
    fc.record({ tx: fc.oneof(fc.string(), fc.uint8Array({ maxLength: 300 }).map((b) => toBase64(b))) }),
    fc.record({ hash: fc.string(), height: fc.oneof(fc.string(), fc.integer()) }),
    fc.record({ path: fc.string(), data: fc.oneof(fc.string(), fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString("hex"))) }),
    fc.record({ address: fc.string(), coins: fc.array(fc.record({ denom: fc.string(), amount: fc.oneof(fc.string(), fc.constant("0"), fc.constant("-1")) })) }),
    fc.record({ rpcError: anyJson, chainId: anyJson, delayInclusionBlocks: anyJson, clear: anyJson }),
    fc.record({ seconds: anyJson, blocks: anyJson }),
  );
  const request = fc.oneof(
    anyJson,
    fc.record({ jsonrpc: fc.constantFrom("2.0", "1.0"), id: fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.constant({})), method, params }, { requiredKeys: ["jsonrpc", "method"] }),
  );

  it("gives every random or adversarial request a serialisable JSON-RPC answer, and moves no money", async () => {
    const world = freshWorld();
    await fc.assert(
      fc.asyncProperty(request, async (req) => {
        const before = money(world);
        const faults = JSON.stringify(world.faults);
        const out = await Promise.race([
          handleRpc(world, CHAIN, req as never),
          new Promise<"hung">((r) => setTimeout(() => r("hung"), 2000)),
        ]);
        // rpcTimeout is the one switch whose job is never to answer.
        if (out === "hung") {
          expect(world.faults.rpcTimeout).toBe(true);
        } else {
          expect(out.jsonrpc).toBe("2.0");
          expect("result" in out || "error" in out).toBe(true);
          expect(() => JSON.stringify(out)).not.toThrow();
          if ("error" in out) expect([-32600, -32601, -32602, -32603]).toContain(out.error.code);
        }
        const m = (req as { method?: unknown } | null)?.method;
        // Only a faucet call may create money; a random tx is never validly signed.
        if (m !== "sim_faucet" && m !== "sim_advance" && m !== "sim_contract_stopped") expect(money(world)).toBe(before);
        if (m !== "sim_fault") expect(JSON.stringify(world.faults)).toBe(faults);
        world.faults = {};
        // Whatever happened, the world still saves and restores.
        restoreWorld(serializeWorld(world));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("refuses invalid requests with -32600 and unknown methods with -32601", async () => {
    const world = freshWorld();
    for (const bad of [null, 1, "x", [], {}, { jsonrpc: "2.0" }, { jsonrpc: "2.0", id: 1 }, { jsonrpc: "1.0", id: 1, method: "status" }, { jsonrpc: "2.0", id: {}, method: "status" }]) {
      const out = await handleRpc(world, CHAIN, bad as never);
      expect("error" in out && out.error.code).toBe(-32600);
    }
    const nf = await handleRpc(world, CHAIN, { jsonrpc: "2.0", id: 1, method: "constructor" });
    expect("error" in nf && nf.error.code).toBe(-32601);
    const ip = await handleRpc(world, CHAIN, { jsonrpc: "2.0", id: 1, method: "tx", params: { hash: "zz" } });
    expect("error" in ip && ip.error.code).toBe(-32602);
  });

  it("validates every fault switch, so no client value reaches the save format unchecked", async () => {
    const world = freshWorld();
    await expect(rpc(world, CHAIN, "sim_fault", { rpcError: { $n: "x" } })).rejects.toThrow(/rpcError/);
    await expect(rpc(world, CHAIN, "sim_fault", { chainId: "nope" })).rejects.toThrow(/chainId/);
    await expect(rpc(world, CHAIN, "sim_fault", { delayInclusionBlocks: 1e9 })).rejects.toThrow(/delayInclusionBlocks/);
    await rpc(world, CHAIN, "sim_fault", { rejectNextCheckTx: '{"$n":"1"}' });
    expect(restoreWorld(serializeWorld(world)).faults.rejectNextCheckTx).toBe('{"$n":"1"}');
  });

  it("keeps the first result when the same tx is broadcast twice at once", async () => {
    const world = freshWorld();
    const { client, address } = await connect(world, CHAIN, await makeSigner(CHAIN, "direct"));
    await fund(world, CHAIN, address, [{ denom: "utia", amount: "10000000" }]);
    const fee = calculateFee(200_000, GasPrice.fromString("0.002utia"));
    const signed = await client.sign(address, [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: address, toAddress: address, amount: [{ denom: "utia", amount: "1" }] } }], fee, "");
    const { TxRaw } = await import("cosmjs-types/cosmos/tx/v1beta1/tx");
    const tx = toBase64(TxRaw.encode(signed).finish());
    const [a, b] = await Promise.all([rpc(world, CHAIN, "broadcast_tx_sync", { tx }), rpc(world, CHAIN, "broadcast_tx_sync", { tx })]);
    expect([a.code, b.code].sort()).toEqual([0, 19]);
    const again = await rpc(world, CHAIN, "broadcast_tx_sync", { tx });
    expect(again.code).toBe(19);
    expect(world.chains[CHAIN].txs[a.hash].code).toBe(0);
  });
});
