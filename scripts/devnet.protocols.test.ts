import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { makeCosmoshubPath } from "@cosmjs/amino";
import { toBase64 } from "@cosmjs/encoding";
import { calculateFee, GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import { Comet38Client, WebsocketClient } from "@cosmjs/tendermint-rpc";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { createRequire } from "node:module";
import { subscribeBlocks, type SocketFactory } from "../lib/cosmos/new-blocks";
import { devnetReady, freePort, killHard, rpcCall, startDevnet, type Devnet } from "./devnet/spawn";

const CHAIN = "celestia-sim-1";
const MNEMONIC = "surround miss nominee dream gap cross assault thank captain prosper drop duty group candy wealth weather scale put";
let d: Devnet;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "devnet-proto-"));
  d = startDevnet(join(dir, "s.json"), await freePort());
  await devnetReady(d);
}, 90_000);
afterAll(async () => {
  await killHard(d);
  rmSync(dir, { recursive: true, force: true });
});

async function signer(i = 0) {
  const w = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: "celestia", hdPaths: [makeCosmoshubPath(i)] });
  const [{ address }] = await w.getAccounts();
  await rpcCall(d.base, CHAIN, "sim_faucet", { address, coins: [{ denom: "utia", amount: "50000000" }] });
  const client = await SigningStargateClient.connectWithSigner(`${d.base}/${CHAIN}`, w, { broadcastPollIntervalMs: 10 });
  return { address, client };
}

const rest = (path: string, init?: RequestInit) => fetch(`${d.base}/${CHAIN}/rest${path}`, init).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));

describe("devnet REST gateway", () => {
  it("answers accounts, balances, staking, node_info, simulate, broadcast and tx by hash in gateway JSON", async () => {
    const { address, client } = await signer(0);
    const acc = await rest(`/cosmos/auth/v1beta1/accounts/${address}`);
    expect(acc.status).toBe(200);
    expect(acc.body.account).toMatchObject({ "@type": "/cosmos.auth.v1beta1.BaseAccount", address, sequence: "0" });
    expect(typeof acc.body.account.account_number).toBe("string");
    const bal = await rest(`/cosmos/bank/v1beta1/balances/${address}`);
    expect(bal.body.balances).toContainEqual({ denom: "utia", amount: "50000000" });
    expect(bal.body.pagination).toBeDefined();
    expect((await rest(`/cosmos/bank/v1beta1/spendable_balances/${address}`)).body.balances).toEqual(bal.body.balances);
    const missing = await rest("/cosmos/auth/v1beta1/accounts/celestia1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqnrql8a");
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe(5);

    const vals = await rest("/cosmos/staking/v1beta1/validators?status=BOND_STATUS_BONDED");
    expect(vals.body.validators.length).toBeGreaterThan(0);
    const v = vals.body.validators[0];
    expect(v.consensus_pubkey["@type"]).toBe("/cosmos.crypto.ed25519.PubKey");
    expect(v.commission.commission_rates.rate).toMatch(/^\d+\.\d{18}$/);
    expect((await rest("/cosmos/staking/v1beta1/params")).body.params.unbonding_time).toMatch(/^\d+s$/);
    expect((await rest("/cosmos/staking/v1beta1/pool")).body.pool.bonded_tokens).toMatch(/^\d+$/);
    expect((await rest(`/cosmos/staking/v1beta1/delegations/${address}`)).status).toBe(200);
    expect((await rest(`/cosmos/staking/v1beta1/delegators/${address}/unbonding_delegations`)).status).toBe(200);
    expect((await rest(`/cosmos/distribution/v1beta1/delegators/${address}/rewards`)).status).toBe(200);
    expect((await rest("/cosmos/base/tendermint/v1beta1/node_info")).body.default_node_info.network).toBe(CHAIN);

    const fee = calculateFee(100_000, GasPrice.fromString("0.002utia"));
    const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: address, toAddress: address, amount: [{ denom: "utia", amount: "7" }] } };
    const signed = await client.sign(address, [msg], fee, "rest");
    const txBytes = toBase64(TxRaw.encode(signed).finish());
    const sim = await rest("/cosmos/tx/v1beta1/simulate", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ tx_bytes: txBytes }) });
    expect(sim.status).toBe(200);
    expect(Number(sim.body.gas_info.gas_used)).toBeGreaterThan(0);
    // The infinite gas meter's limit, as the SDK reports it for a simulation.
    expect(sim.body.gas_info.gas_wanted).toBe("18446744073709551615");
    const sent = await rest("/cosmos/tx/v1beta1/txs", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ tx_bytes: txBytes, mode: "BROADCAST_MODE_SYNC" }) });
    expect(sent.body.tx_response.code).toBe(0);
    const got = await rest(`/cosmos/tx/v1beta1/txs/${sent.body.tx_response.txhash}`);
    expect(got.status).toBe(200);
    expect(got.body.tx.body.messages[0]).toMatchObject({ "@type": "/cosmos.bank.v1beta1.MsgSend", from_address: address, amount: [{ denom: "utia", amount: "7" }] });
    expect(got.body.tx.body.memo).toBe("rest");
    expect(got.body.tx_response).toMatchObject({ txhash: sent.body.tx_response.txhash, code: 0 });
    expect(got.body.tx_response.timestamp).toMatch(/Z$/);
    // text/plain is refused here too.
    expect((await rest("/cosmos/tx/v1beta1/txs", { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" })).status).toBe(415);
    client.disconnect();
  }, 60_000);

  it("pages list routes with the gateway's pagination.* parameters and base64 next_key", async () => {
    const all = await rest("/cosmos/staking/v1beta1/validators");
    const names = all.body.validators.map((v: any) => v.operator_address);
    expect(names.length).toBeGreaterThan(4);
    // No limit: the SDK's default page, total counted, nothing after it (a nil key prints as null).
    expect(all.body.pagination).toEqual({ next_key: null, total: String(names.length) });

    const first = await rest("/cosmos/staking/v1beta1/validators?pagination.limit=2");
    expect(first.body.validators.map((v: any) => v.operator_address)).toEqual(names.slice(0, 2));
    expect(first.body.pagination.total).toBe("0");
    const key = first.body.pagination.next_key as string;
    expect(key).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const second = await rest(`/cosmos/staking/v1beta1/validators?pagination.limit=2&pagination.key=${encodeURIComponent(key)}`);
    expect(second.body.validators.map((v: any) => v.operator_address)).toEqual(names.slice(2, 4));

    const tail = await rest(`/cosmos/staking/v1beta1/validators?pagination.offset=${names.length - 1}&pagination.count_total=true`);
    expect(tail.body.validators.map((v: any) => v.operator_address)).toEqual(names.slice(-1));
    expect(tail.body.pagination).toEqual({ next_key: null, total: String(names.length) });
    const reversed = await rest("/cosmos/staking/v1beta1/validators?pagination.limit=1&pagination.reverse=true");
    expect(reversed.body.validators[0].operator_address).toBe(names[names.length - 1]);

    for (const bad of ["pagination.limit=ten", "pagination.reverse=yes", "pagination.key=%25%25", "pagination.offset=1&pagination.key=MQ=="]) {
      const r = await rest(`/cosmos/staking/v1beta1/validators?${bad}`);
      expect(r.status, bad).toBe(400);
      expect(r.body.code, bad).toBe(3);
    }

    // Balances page the same way, in denom order.
    const { address } = await signer(2);
    await rpcCall(d.base, CHAIN, "sim_faucet", { address, coins: [{ denom: "utia", amount: "5" }] });
    const one = await rest(`/cosmos/bank/v1beta1/balances/${address}?pagination.limit=1`);
    expect(one.body.balances).toEqual([{ denom: "utia", amount: "50000005" }]);
    expect(one.body.pagination).toEqual({ next_key: null, total: "0" });
  });

  it("answers wasm smart queries and IBC denom traces as the gateway does", async () => {
    const listing = (await (await fetch(`${d.base}/`)).json()) as any;
    const lst = listing.lsts[0];
    const restOn = (chain: string, path: string) => fetch(`${d.base}/${chain}/rest${path}`).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    const q = Buffer.from(JSON.stringify({ state: {} })).toString("base64");
    const state = await restOn(lst.chainId, `/cosmwasm/wasm/v1/contract/${lst.contract}/smart/${q}`);
    expect(state.status).toBe(200);
    expect(state.body.data.total_native_token).toMatch(/^\d+$/);
    const unknown = await restOn(lst.chainId, `/cosmwasm/wasm/v1/contract/${lst.contract}/smart/${Buffer.from('{"nope":{}}').toString("base64")}`);
    expect(unknown.status).toBe(500);
    expect(unknown.body.message).toMatch(/unknown variant `nope`/);

    const hash = lst.ibcDenom.slice("ibc/".length);
    const trace = await restOn(lst.chainId, `/ibc/apps/transfer/v1/denom_traces/${hash}`);
    expect(trace.body.denom_trace).toEqual({ path: expect.stringMatching(/^transfer\/channel-\d+$/), base_denom: lst.nativeDenom });
    const none = await restOn(lst.chainId, `/ibc/apps/transfer/v1/denom_traces/${"0".repeat(64)}`);
    expect(none.status).toBe(404);
    expect(none.body.code).toBe(5);
  });

  it("serves the REST URL the app suggests to Keplr, to Keplr's extension origin", async () => {
    const { chainRegistryChainToKeplr } = await import("@chain-registry/keplr");
    const { chainRecord } = await import("../lib/wallet/chain-records");
    const net = { mode: "live" as const, chainIds: { celestia: CHAIN, osmosis: "osmosis-sim-1", milkyway: "milkyway-sim-1", babylon: "babylon-sim-1", initia: "initia-sim-1", moo: "moo-sim-1" }, rpc: { celestia: `${d.base}/${CHAIN}` } };
    const r = chainRecord(net, "celestia");
    const info = chainRegistryChainToKeplr(r.chain as never, [r.assetList as never]);
    const { address } = await signer(3);
    const keplr = { origin: "chrome-extension://dmkamcknogkgcdfhhbddcghachkejeap" };
    const bal = await fetch(`${info.rest}/cosmos/bank/v1beta1/balances/${address}`, { headers: keplr });
    expect(bal.status).toBe(200);
    expect(bal.headers.get("access-control-allow-origin")).toBe(keplr.origin);
    expect(((await bal.json()) as any).balances).toEqual([{ denom: "utia", amount: "50000000" }]);
    const node = (await (await fetch(`${info.rest}/cosmos/base/tendermint/v1beta1/node_info`, { headers: keplr })).json()) as any;
    expect(node.default_node_info.network).toBe(info.chainId);
    // Another extension is still a stranger.
    expect((await fetch(`${info.rest}/cosmos/bank/v1beta1/balances/${address}`, { headers: { origin: "chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh" } })).status).toBe(403);
  });

  it("runs a batch's txs in order, so one signer's consecutive sequence numbers all pass", async () => {
    const { address, client } = await signer(4);
    const acc = (await client.getAccount(address))!;
    const fee = calculateFee(100_000, GasPrice.fromString("0.002utia"));
    const txs = await Promise.all(
      [0, 1, 2].map(async (n) => {
        const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: address, toAddress: address, amount: [{ denom: "utia", amount: String(n + 1) }] } };
        return toBase64(TxRaw.encode(await client.sign(address, [msg], fee, "", { accountNumber: acc.accountNumber, sequence: acc.sequence + n, chainId: CHAIN })).finish());
      }),
    );
    const res = await fetch(`${d.base}/${CHAIN}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(txs.map((tx, id) => ({ jsonrpc: "2.0", id, method: "broadcast_tx_sync", params: { tx } }))) });
    const out = (await res.json()) as any[];
    expect(out.map((r) => r.result.code)).toEqual([0, 0, 0]);
    expect((await client.getAccount(address))!.sequence).toBe(acc.sequence + 3);
    client.disconnect();
  });

  it("GET / lists the REST routes and websocket endpoints", async () => {
    const listing = (await (await fetch(`${d.base}/`)).json()) as any;
    expect(listing.restRoutes).toContain("GET /cosmos/bank/v1beta1/balances/{address}");
    expect(listing.endpoints.find((e: any) => e.chainId === CHAIN).websocket).toBe(`ws://127.0.0.1:${d.port}/${CHAIN}/websocket`);
  });
});

describe("devnet websocket", () => {
  it("streams NewBlock and a tx's Tx event to CosmJS's Comet38Client over a WebsocketClient", async () => {
    // CosmJS appends /websocket to the base URL, as for a CometBFT node at ws://host:26657.
    const ws = new WebsocketClient(`ws://127.0.0.1:${d.port}/${CHAIN}`, (e) => {
      throw e;
    });
    const comet = await Comet38Client.create(ws);
    // Ask at once, as connectComet does: CosmJS 0.36's queueing socket stops sending if it
    // connects with an empty queue (isProcessingQueue is never reset), whatever the server.
    const status = await comet.status();
    expect(status.nodeInfo.network).toBe(CHAIN);
    const { address, client } = await signer(1);

    const blocks: number[] = [];
    const sub = comet.subscribeNewBlock().subscribe({ next: (b) => blocks.push(b.header.height) });
    await new Promise((r) => setTimeout(r, 200));

    const fee = calculateFee(100_000, GasPrice.fromString("0.002utia"));
    const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: address, toAddress: address, amount: [{ denom: "utia", amount: "3" }] } };
    const signed = await client.sign(address, [msg], fee, "");
    const bytes = TxRaw.encode(signed).finish();
    const { sha256 } = await import("@cosmjs/crypto");
    const { toHex } = await import("@cosmjs/encoding");
    const hash = toHex(sha256(bytes)).toUpperCase();
    const txEvent = new Promise<{ height: number; code: number }>((ok, ko) => {
      const s = comet.subscribeTx(`tx.hash='${hash}'`).subscribe({ next: (e) => ok({ height: e.height, code: e.result.code }), error: ko });
      setTimeout(() => s.unsubscribe(), 10_000);
    });
    await new Promise((r) => setTimeout(r, 200));
    await client.broadcastTxSync(bytes);
    const ev = await txEvent;
    expect(ev.code).toBe(0);
    await rpcCall(d.base, CHAIN, "sim_advance", { blocks: 2 });
    await new Promise((r) => setTimeout(r, 300));
    expect(blocks).toContain(ev.height);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    sub.unsubscribe();
    comet.disconnect();
    client.disconnect();
  }, 20_000);

  it("live mode's subscriber hears each new block, and the addresses a tx touched, over a plain websocket", async () => {
    // Node 20 has no WebSocket global; `ws` speaks the same protocol as the browser's.
    const WebSocket = createRequire(import.meta.url)("ws");
    const socket: SocketFactory = (url) => new WebSocket(url, { origin: "http://127.0.0.1:3000" });
    const heights: number[] = [];
    const txs: { height: number; values: string[] }[] = [];
    const errors: unknown[] = [];
    const close = subscribeBlocks(`${d.base}/${CHAIN}`, { onBlock: (h) => heights.push(h), onTx: (height, values) => txs.push({ height, values }), onError: (e) => errors.push(e) }, { socket });
    await new Promise((r) => setTimeout(r, 300));
    const { address, client } = await signer(2);
    const fee = calculateFee(100_000, GasPrice.fromString("0.002utia"));
    const { address: to } = await signer(3);
    const result = await client.sendTokens(address, to, [{ denom: "utia", amount: "7" }], fee);
    expect(result.code).toBe(0);
    await rpcCall(d.base, CHAIN, "sim_advance", { blocks: 2 });
    await new Promise((r) => setTimeout(r, 400));
    close();
    client.disconnect();
    expect(errors).toEqual([]);
    expect(heights).toContain(result.height);
    expect(heights).toEqual([...heights].sort((a, b) => a - b));
    const tx = txs.find((t) => t.height === result.height);
    expect(tx?.values).toEqual(expect.arrayContaining([address, to, "/cosmos.bank.v1beta1.MsgSend"]));
  }, 20_000);

  it("a node that stops answering silences its own chain's socket only; it catches up once it answers again", async () => {
    // Every chain is served by this one process, as separate nodes would be: a fault on one must
    // not silence the others (it once stopped every chain's pushes until the devnet restarted).
    const OTHER = "osmosis-sim-1";
    const heads: Record<string, number[]> = { [CHAIN]: [], [OTHER]: [] };
    const sockets = [CHAIN, OTHER].map((id) => {
      const comet = Comet38Client.create(new WebsocketClient(`ws://127.0.0.1:${d.port}/${id}`, () => undefined));
      const sub = comet.subscribeNewBlock().subscribe({ next: (b) => heads[id].push(b.header.height) });
      return { comet, sub };
    });
    const settle = () => new Promise((r) => setTimeout(r, 400));
    await settle();
    const advance = async () => (await rpcCall(d.base, CHAIN, "sim_advance", { blocks: 2 }), settle());
    await advance();
    expect(heads[OTHER].length).toBeGreaterThan(0);

    expect((await rpcCall(d.base, OTHER, "sim_fault", { rpcTimeout: true, chainId: OTHER })).result).toBeTruthy();
    const silencedAt = heads[OTHER].length;
    const before = heads[CHAIN].length;
    await advance();
    await advance();
    expect(heads[CHAIN].length).toBeGreaterThan(before);
    expect(heads[OTHER].length).toBe(silencedAt);

    expect((await rpcCall(d.base, OTHER, "sim_fault", { clear: true })).result).toBeTruthy();
    const resumed = heads[CHAIN].length;
    await advance();
    expect(heads[CHAIN].length).toBeGreaterThan(resumed);
    // The blocks made while it was silent are announced too, in order, none twice.
    const h = heads[OTHER];
    expect(h.length).toBeGreaterThan(silencedAt + 4);
    expect(h).toEqual([...h].sort((a, b) => a - b));
    expect(new Set(h).size).toBe(h.length);
    for (const s of sockets) {
      s.sub.unsubscribe();
      s.comet.disconnect();
    }
  }, 20_000);
});
