/**
 * Devnet numbers: throughput and latency with 20 concurrent signers through real CosmJS
 * (SigningStargateClient signs, broadcast_tx_sync over HttpClient; the answer means included),
 * time to recover after kill -9 with a large state, and the state's size on disk after 10,000 txs.
 *
 *   npm run bench:devnet            (BENCH_TXS=10000 BENCH_SIGNERS=20)
 *   BENCH_TRANSPORT=batch npm run bench:devnet
 *     the signers share one CosmJS HttpBatchClient (JSON-RPC batches of up to 20, dispatched every
 *     5 ms) instead of one HTTP request per call; the CPU per tx on both sides is mostly HTTP.
 *   BENCH_CPU_PROF=/tmp/prof npm run bench:devnet
 *     runs the devnet under `node --cpu-prof`, stops it with SIGTERM after the load (so the
 *     profile is written) and skips the kill -9 part; open the .cpuprofile in Chrome DevTools.
 *
 * Txs are signed before the clock starts (signing is the client's cost, not the devnet's), then
 * each signer broadcasts its own txs one after another, all signers at once.
 */
import { mkdtempSync, rmSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeCosmoshubPath } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { calculateFee, GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import { Comet38Client, HttpBatchClient } from "@cosmjs/tendermint-rpc";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { devnetReady, freePort, killHard, rpcCall, startDevnet } from "./devnet/spawn";

const CHAIN = "celestia-sim-1";
const MNEMONIC = "surround miss nominee dream gap cross assault thank captain prosper drop duty group candy wealth weather scale put";
const SIGNERS = Number(process.env.BENCH_SIGNERS ?? 20);
const TOTAL = Number(process.env.BENCH_TXS ?? 10_000);
const CPU_PROF = process.env.BENCH_CPU_PROF;
const TRANSPORT = process.env.BENCH_TRANSPORT === "batch" ? "batch" : "http";

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-devnet-"));
  const state = join(dir, "state.json");
  const port = await freePort();
  let d = startDevnet(state, port, [], {}, CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${CPU_PROF}`] : []);
  try {
    await devnetReady(d, 120_000);
    const base = `${d.base}/${CHAIN}`;
    const wallets = await Promise.all(Array.from({ length: SIGNERS }, (_, i) => DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: "celestia", hdPaths: [makeCosmoshubPath(i)] })));
    const addrs = await Promise.all(wallets.map(async (w) => (await w.getAccounts())[0].address));
    for (const a of addrs) await rpcCall(d.base, CHAIN, "sim_faucet", { address: a, coins: [{ denom: "utia", amount: "1000000000" }] });
    const shared = TRANSPORT === "batch" ? Comet38Client.create(new HttpBatchClient(base, { dispatchInterval: 5, batchSizeLimit: 20 })) : null;
    const clients = await Promise.all(
      wallets.map((w) => (shared ? SigningStargateClient.createWithSigner(shared, w, { broadcastPollIntervalMs: 20 }) : SigningStargateClient.connectWithSigner(base, w, { broadcastPollIntervalMs: 20 }))),
    );
    const fee = calculateFee(100_000, GasPrice.fromString("0.002utia"));
    const perSigner = Math.ceil(TOTAL / SIGNERS);

    console.log(`signing ${perSigner * SIGNERS} txs with ${SIGNERS} signers…`);
    // Accounts first: signing keeps this process's event loop busy for seconds, so a pooled
    // keep-alive connection the devnet closed meanwhile would look alive to the next request.
    const accounts = await Promise.all(clients.map((c, i) => c.getAccount(addrs[i])));
    const signed: Uint8Array[][] = [];
    for (let i = 0; i < SIGNERS; i++) {
      const acc = accounts[i];
      const list: Uint8Array[] = [];
      for (let n = 0; n < perSigner; n++) {
        const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: addrs[i], toAddress: addrs[(i + 1) % SIGNERS], amount: [{ denom: "utia", amount: "1" }] } };
        const raw = await clients[i].sign(addrs[i], [msg], fee, "", { accountNumber: acc!.accountNumber, sequence: acc!.sequence + n, chainId: CHAIN });
        list.push(TxRaw.encode(raw).finish());
        // Let the event loop see sockets the devnet closed after its keep-alive timeout.
        if (n % 50 === 0) await new Promise((r) => setTimeout(r, 0));
      }
      signed.push(list);
    }

    // Warm-up: the first txs of the run pay for JIT; measure the steady state after 200.
    const lat: number[] = [];
    let failures = 0;
    let done = 0;
    let t0 = 0;
    const WARM = Math.min(200, Math.floor((perSigner * SIGNERS) / 10));
    const started = performance.now();
    await Promise.all(
      signed.map(async (list, i) => {
        for (const bytes of list) {
          const s = performance.now();
          try {
            await clients[i].broadcastTxSync(bytes);
          } catch {
            failures++;
          }
          const e = performance.now();
          done++;
          if (done === WARM) t0 = e;
          if (done > WARM) lat.push(e - s);
        }
      }),
    );
    const end = performance.now();
    lat.sort((a, b) => a - b);
    const measured = done - WARM;
    const tps = measured / ((end - t0) / 1000);
    console.log(`transport: ${TRANSPORT === "batch" ? "one shared HttpBatchClient (batches ≤ 20, every 5 ms)" : "one HttpClient per signer (a request per call)"}`);
    console.log(`throughput: ${tps.toFixed(0)} tx/s over ${measured} txs (${done} sent, ${failures} failed, ${((end - started) / 1000).toFixed(1)} s in all)`);
    console.log(`latency ms: p50 ${pct(lat, 50).toFixed(1)}  p90 ${pct(lat, 90).toFixed(1)}  p99 ${pct(lat, 99).toFixed(1)}  max ${lat[lat.length - 1].toFixed(1)}`);
    for (const c of clients) c.disconnect();
    if (CPU_PROF) {
      process.kill(-d.child.pid!, "SIGTERM");
      await d.exited;
      console.log(`cpu profiles in ${CPU_PROF}`);
      return;
    }

    const journalBytes = existsSync(`${state}.journal`) ? statSync(`${state}.journal`).size : 0;
    const head = Number((await rpcCall(d.base, CHAIN, "status")).result.sync_info.latest_block_height);
    await killHard(d);
    console.log(`killed with -9 at height ${head}; snapshot ${(statSync(state).size / 1e6).toFixed(1)} MB, journal ${(journalBytes / 1e6).toFixed(1)} MB`);

    const r0 = performance.now();
    d = startDevnet(state, port);
    await devnetReady(d, 300_000);
    const recovery = performance.now() - r0;
    const head2 = Number((await rpcCall(d.base, CHAIN, "status")).result.sync_info.latest_block_height);
    console.log(`recovery after kill -9: ${(recovery / 1000).toFixed(2)} s to answer again (process start included), height ${head2} (≥ ${head}: ${head2 >= head})`);
    console.log(`state file after ${done} txs (compacted on start): ${(statSync(state).size / 1e6).toFixed(1)} MB`);
  } finally {
    await killHard(d);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
