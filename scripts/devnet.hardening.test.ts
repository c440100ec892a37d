import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { makeCosmoshubPath } from "@cosmjs/amino";
import { toBase64, toHex } from "@cosmjs/encoding";
import { calculateFee, GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { devnetReady, freePort, killHard, rpcCall, startDevnet, type Devnet } from "./devnet/spawn";

const CHAIN = "celestia-sim-1";
const MNEMONIC = "surround miss nominee dream gap cross assault thank captain prosper drop duty group candy wealth weather scale put";
const started: Devnet[] = [];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "devnet-hard-"));
});
afterAll(async () => {
  for (const d of started) await killHard(d);
  rmSync(dir, { recursive: true, force: true });
});

function raw(port: number, opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((ok, ko) => {
    const req = request({ host: "127.0.0.1", port, method: opts.method ?? "POST", path: opts.path ?? `/${CHAIN}`, headers: opts.headers ?? { "content-type": "application/json" } }, (res) => {
      let b = "";
      res.on("data", (c) => (b += c));
      res.on("end", () => ok({ status: res.statusCode ?? 0, body: b, headers: res.headers }));
    });
    req.on("error", ko);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

describe("devnet over HTTP: refuses strangers, answers everything", () => {
  it("checks Host, Origin and Content-Type, caps bodies and batches, and keeps serving", async () => {
    const port = await freePort();
    const d = startDevnet(join(dir, "guard.json"), port);
    started.push(d);
    await devnetReady(d);
    const status = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "status" });

    // DNS rebinding: a foreign Host name is refused.
    expect((await raw(port, { headers: { "content-type": "application/json", host: `evil.example:${port}` }, body: status })).status).toBe(403);
    // A foreign web origin is refused; localhost origins (the app in dev and e2e) get CORS back.
    expect((await raw(port, { headers: { "content-type": "application/json", origin: "https://evil.example" }, body: status })).status).toBe(403);
    const okCors = await raw(port, { headers: { "content-type": "application/json", origin: "http://127.0.0.1:3100" }, body: status });
    expect(okCors.status).toBe(200);
    expect(okCors.headers["access-control-allow-origin"]).toBe("http://127.0.0.1:3100");
    // A text/plain "simple" form post cannot drive it.
    const plain = await raw(port, { headers: { "content-type": "text/plain" }, body: status });
    expect(plain.status).toBe(415);
    expect(JSON.parse(plain.body).error.code).toBe(-32600);

    const parse = JSON.parse((await raw(port, { body: "{nope" })).body);
    expect(parse.error.code).toBe(-32700);
    const invalid = JSON.parse((await raw(port, { body: JSON.stringify({ id: 1 }) })).body);
    expect(invalid.error.code).toBe(-32600);
    const unknown = JSON.parse((await raw(port, { body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "nope" }) })).body);
    expect(unknown.error.code).toBe(-32601);
    const batch = JSON.parse((await raw(port, { body: JSON.stringify(Array.from({ length: 101 }, () => JSON.parse(status))) })).body);
    expect(batch.error.data).toMatch(/at most 100/);
    const big = await raw(port, { body: Buffer.alloc(1_100_000, 32) });
    expect(big.status).toBe(413);
    const long = JSON.parse((await raw(port, { body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tx_search", params: { query: `${"a".repeat(200_000)}` } }) })).body);
    expect(long.error).toBeDefined();

    // A control value shaped like the save format's bigint marker is data, and survives a restart.
    expect((await rpcCall(d.base, CHAIN, "sim_fault", { rejectNextCheckTx: '{"$n":"1"}' })).error).toBeUndefined();
    expect((await rpcCall(d.base, CHAIN, "sim_fault", { rpcError: { $n: "1" } })).error?.code).toBe(-32602);
    await rpcCall(d.base, CHAIN, "sim_fault", { clear: true });
    expect((await rpcCall(d.base, CHAIN, "status")).result.node_info.network).toBe(CHAIN);
  }, 120_000);

  it("loses no acknowledged transaction to kill -9, and heights never go backwards", async () => {
    const port = await freePort();
    const state = join(dir, "crash.json");
    const d = startDevnet(state, port);
    started.push(d);
    await devnetReady(d);
    const signers = await Promise.all([0, 1, 2, 3].map((i) => DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: "celestia", hdPaths: [makeCosmoshubPath(i)] })));
    const clients = await Promise.all(signers.map((s) => SigningStargateClient.connectWithSigner(`${d.base}/${CHAIN}`, s, { broadcastPollIntervalMs: 10 })));
    const addrs = await Promise.all(signers.map(async (s) => (await s.getAccounts())[0].address));
    for (const a of addrs) expect((await rpcCall(d.base, CHAIN, "sim_faucet", { address: a, coins: [{ denom: "utia", amount: "100000000" }] })).error).toBeUndefined();
    const fee = calculateFee(100_000, GasPrice.fromString("0.002utia"));
    const acked: string[] = [];
    let maxHeight = 0;
    let stop = false;
    const loops = clients.map(async (c, i) => {
      for (let n = 0; n < 400 && !stop; n++) {
        try {
          const hash = await c.signAndBroadcastSync(addrs[i], [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: addrs[i], toAddress: addrs[(i + 1) % 4], amount: [{ denom: "utia", amount: "1" }] } }], fee, "");
          acked.push(hash);
        } catch {
          return; // the process died under us
        }
      }
    });
    const heights = (async () => {
      while (!stop) {
        try {
          const h = Number((await rpcCall(d.base, CHAIN, "status")).result.sync_info.latest_block_height);
          maxHeight = Math.max(maxHeight, h);
        } catch {
          return;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    while (acked.length < 60) await new Promise((r) => setTimeout(r, 10));
    // A time-travel and a faucet answer, acknowledged while the load runs, must survive too.
    const advanced = (await rpcCall(d.base, CHAIN, "sim_advance", { seconds: 120 })).result;
    const lucky = "celestia1vxzram63f7mvseufc83fs0gnt5383lvrle3qpt";
    const funded = await rpcCall(d.base, CHAIN, "sim_faucet", { address: lucky, coins: [{ denom: "ukill9", amount: "4242" }] });
    expect(funded.error).toBeUndefined();
    // A forged signature is refused, and stays refused when the journal is replayed (only inputs
    // whose curve checks all passed skip them on replay).
    const forger = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: "celestia", hdPaths: [makeCosmoshubPath(9)] });
    const forgerAddr = (await forger.getAccounts())[0].address;
    await rpcCall(d.base, CHAIN, "sim_faucet", { address: forgerAddr, coins: [{ denom: "utia", amount: "1000000" }] });
    const forgerClient = await SigningStargateClient.connectWithSigner(`${d.base}/${CHAIN}`, forger);
    const raw = await forgerClient.sign(forgerAddr, [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: forgerAddr, toAddress: lucky, amount: [{ denom: "ukill9", amount: "1" }] } }], fee, "", { accountNumber: (await forgerClient.getAccount(forgerAddr))!.accountNumber, sequence: 0, chainId: CHAIN });
    const forgedSig = raw.signatures[0].slice();
    forgedSig[5] ^= 1;
    const forged = TxRaw.encode({ ...raw, signatures: [forgedSig] }).finish();
    const refused = await rpcCall(d.base, CHAIN, "broadcast_tx_sync", { tx: toBase64(forged) });
    expect(refused.result.code).toBe(4);
    forgerClient.disconnect();
    await killHard(d);
    stop = true;
    await Promise.all([...loops, heights]);
    for (const c of clients) c.disconnect();

    const again = startDevnet(state, port);
    started.push(again);
    await devnetReady(again);
    const h2 = Number((await rpcCall(again.base, CHAIN, "status")).result.sync_info.latest_block_height);
    expect(h2).toBeGreaterThanOrEqual(maxHeight);
    const info = (await rpcCall(again.base, CHAIN, "sim_info")).result;
    expect(info.timeMs).toBeGreaterThanOrEqual(advanced.timeMs);
    const bal = await rpcCall(again.base, CHAIN, "abci_query", { path: "/cosmos.bank.v1beta1.Query/Balance", data: Buffer.from(QueryBalanceRequest.encode({ address: lucky, denom: "ukill9" }).finish()).toString("hex") });
    expect(QueryBalanceResponse.decode(Buffer.from(bal.result.response.value, "base64")).balance?.amount).toBe("4242");
    expect((await rpcCall(again.base, CHAIN, "tx", { hash: toBase64(Buffer.from(refused.result.hash, "hex")) })).error?.data).toMatch(/not found/);
    for (const hash of acked) {
      const t = await rpcCall(again.base, CHAIN, "tx", { hash: toBase64(Buffer.from(hash, "hex")) });
      expect(t.error, `acknowledged tx ${hash} lost`).toBeUndefined();
      expect(t.result.tx_result.code).toBe(0);
      expect(toHex(Buffer.from(t.result.hash, "hex")).toUpperCase()).toBe(hash.toUpperCase());
    }
    await killHard(again);
  }, 180_000);
});
