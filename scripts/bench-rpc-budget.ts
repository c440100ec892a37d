/**
 * What live mode costs a public RPC node. Starts the devnet (real-time clock, so chains make
 * blocks as a live network does) behind a counting proxy, and the production build (`npm run
 * build` first, or APP_DIR=<a built checkout>) in live mode pointed at the proxy, with Keplr (the
 * e2e test wallet) connected. Then, per route: load it, let it settle, and count the requests
 * during an idle minute. Then the same with the tab hidden, and what a stake's confirmation costs:
 * from its broadcast to the toast's "Included.", and the refetch after it.
 *
 * Targets (issue 15): ≤ 20 requests per idle minute per route, ≤ 5 for a confirmation. A request
 * is an HTTP request (a JSON-RPC batch counts once) or a message a client sends on a websocket;
 * events the node pushes are listed apart.
 *
 *   npm run bench:rpc-budget              (BENCH_IDLE_MS=60000, BENCH_ROUTES=/,/stake,…)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { KeplrTestWallet } from "../e2e/fixtures/keplr-test-wallet";
import { devnetReady, killHard, rpcCall, startDevnet } from "./devnet/spawn";
import { CountingProxy, type Tally } from "./lib/counting-proxy";
import { startNext, waitForServer } from "./lib/server";

const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4410);
const DEVNET_PORT = Number(process.env.BENCH_DEVNET_PORT ?? 4411);
const PROXY_PORT = Number(process.env.BENCH_PROXY_PORT ?? 4412);
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 60_000);
const APP_DIR = resolve(process.env.APP_DIR ?? process.cwd());
const ROUTES = (process.env.BENCH_ROUTES ?? "/,/stake,/restake,/governance,/rewards,/portfolio,/history,/settings").split(",");
const SETTLE_QUIET_MS = 4_000;
// Long enough for live mode's first head tick (6 s) to have opened its subscriptions: they are
// part of a load, not of an idle minute.
const SETTLE_MIN_MS = 10_000;
const SETTLE_MAX_MS = 30_000;
const IDLE_BUDGET = 20;
const CONFIRM_BUDGET = 5;

const CHAINS = { celestia: "celestia-sim-1", osmosis: "osmosis-sim-1", milkyway: "milkyway-sim-1", babylon: "babylon-sim-1", initia: "initia-sim-1", moo: "moo-sim-1" };
const TIA_ON_OSMOSIS = "ibc/D79E7D83AB399BFFF93433E54FAA480C191248FC556924A2A8351AE2638B3877";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function settle(proxy: CountingProxy): Promise<void> {
  const start = Date.now();
  await sleep(SETTLE_MIN_MS);
  while (proxy.quietFor() < SETTLE_QUIET_MS && Date.now() - start < SETTLE_MAX_MS) await sleep(250);
}

function top(t: Tally, n = 6): string {
  return [...t.byMethod.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v}× ${k}`)
    .join("; ");
}

const perMinute = (t: Tally, ms: number) => (t.requests * 60_000) / ms;

async function liveSettings(page: Page): Promise<void> {
  const proxied = Object.fromEntries(Object.entries(CHAINS).map(([k, id]) => [k, `http://127.0.0.1:${PROXY_PORT}/${id}`]));
  await page.evaluate(
    ({ chainIds, rpc }) => localStorage.setItem("milkyway:network", JSON.stringify({ state: { mode: "live", liveChainIds: chainIds, rpc }, version: 1 })),
    { chainIds: CHAINS, rpc: proxied },
  );
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.PW_CHROMIUM_PATH || undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const stateDir = mkdtempSync(join(tmpdir(), "rpc-budget-"));
  const devnet = startDevnet(join(stateDir, "state.json"), DEVNET_PORT, [], { DEVNET_CLOCK: "realtime" });
  const proxy = new CountingProxy(DEVNET_PORT, PROXY_PORT);
  const app = startNext(APP_PORT, APP_DIR);
  const rows: Array<{ route: string; load: number; idle: number; calls: number; perMin: number; pushed: number; opened: number; top: string }> = [];
  try {
    await devnetReady(devnet);
    await proxy.start();
    await waitForServer(`http://127.0.0.1:${APP_PORT}/`);
    const page = await browser.newPage();
    const keplr = new KeplrTestWallet(page);
    await keplr.install();
    await page.goto(`http://127.0.0.1:${APP_PORT}/settings`);
    await liveSettings(page);
    await page.goto(`http://127.0.0.1:${APP_PORT}/stake`);
    await page.getByRole("banner").getByRole("button", { name: "Connect wallet", exact: true }).click();
    await page.getByRole("dialog", { name: "Connect a wallet" }).getByRole("button", { name: "Keplr", exact: true }).click();
    await page.getByRole("banner").getByRole("button", { name: /connected, MilkyWay address/ }).waitFor();
    const osmo = await keplr.address("osmo");
    // Funds for the stake below, straight at the devnet (not through the proxy: not the app's cost).
    const funded = await rpcCall(devnet.base, CHAINS.osmosis, "sim_faucet", { address: osmo, coins: [{ denom: "uosmo", amount: "100000000" }, { denom: TIA_ON_OSMOSIS, amount: "50000000" }] });
    if (!funded.result) throw new Error(`faucet failed: ${JSON.stringify(funded.error)}`);

    for (const route of ROUTES) {
      proxy.reset();
      await page.goto(`http://127.0.0.1:${APP_PORT}${route}`);
      await page.getByRole("banner").getByRole("button", { name: /connected, MilkyWay address/ }).waitFor();
      await settle(proxy);
      const load = proxy.reset();
      await sleep(IDLE_MS);
      const idle = proxy.reset();
      rows.push({ route, load: load.requests, idle: idle.requests, calls: idle.calls, perMin: perMinute(idle, IDLE_MS), pushed: idle.wsPushed, opened: load.wsConnections + idle.wsConnections, top: top(idle) });
      console.error(`${route}: ${idle.requests} requests in ${IDLE_MS / 1000} s idle (${top(idle)})`);
    }

    // A hidden tab (as the Page Visibility API reports it) should ask nothing at all.
    await page.goto(`http://127.0.0.1:${APP_PORT}/stake`);
    await settle(proxy);
    // A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
    await page.evaluate(`
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
      Object.defineProperty(document, "hidden", { configurable: true, get: () => true });
      document.dispatchEvent(new Event("visibilitychange"));
    `);
    proxy.reset();
    await sleep(IDLE_MS);
    const hidden = proxy.reset();

    // A stake's confirmation: what is asked from the broadcast until the toast says "Included.",
    // and the refetch of what the invalidation table names after it.
    await page.goto(`http://127.0.0.1:${APP_PORT}/stake`);
    const balance = page.getByRole("complementary", { name: "Your balances" }).getByRole("row", { name: /^TIA on Osmosis\b/ }).getByRole("cell");
    // The faucet's 50 TIA is on screen (whole units; the stake needs 10 and the fee is in OSMO).
    for (let i = 0; ; i++) {
      const whole = Number(((await balance.textContent().catch(() => "")) ?? "").replace(/,/g, "").split(".")[0]);
      if (whole >= 10) break;
      if (i > 120) throw new Error("the faucet's TIA never showed on /stake");
      await sleep(250);
    }
    await settle(proxy);
    proxy.reset();
    await page.getByRole("textbox", { name: "Amount to stake (TIA)" }).fill("10");
    await page.getByRole("button", { name: "Stake", exact: true }).click();
    await page.getByRole("dialog", { name: "Confirm stake" }).getByRole("button", { name: "Confirm stake" }).click();
    const toast = page.getByRole("region", { name: "Notifications" }).getByRole("listitem").filter({ hasText: "Included." });
    await toast.first().waitFor({ timeout: 60_000 });
    const untilIncluded = proxy.reset();
    await page.getByRole("button", { name: "Stake", exact: true }).waitFor();
    await settle(proxy);
    const after = proxy.reset();
    // Confirmation: the broadcast and the polls for its inclusion (CosmJS asks `tx` / `tx_search`
    // by hash). What follows before "Included." is the refetch the mutation waits for.
    const log = untilIncluded.log;
    const broadcastAt = Math.max(0, log.findIndex((e) => e.what.includes("broadcast_tx")));
    let lastPoll = broadcastAt;
    log.forEach((e, i) => {
      if (i > broadcastAt && /\b(tx|tx_search)\b/.test(e.what)) lastPoll = i;
    });
    const prep = log.slice(0, broadcastAt);
    const confirm = log.slice(broadcastAt, lastPoll + 1);
    const refetch = [...log.slice(lastPoll + 1), ...after.log];
    console.log(`\nRPC budget, live mode against the devnet (${IDLE_MS / 1000} s idle per route, Keplr connected)\n`);
    // Websockets opened (load + idle minute): an HTTP upgrade each, not counted among the requests.
    console.log("| route | load (requests) | idle requests | per minute | JSON-RPC calls in them | pushed events | websockets opened | most asked (idle) |");
    console.log("|---|---|---|---|---|---|---|---|");
    for (const r of rows) console.log(`| ${r.route} | ${r.load} | ${r.idle} | ${r.perMin.toFixed(1)}${r.perMin > IDLE_BUDGET ? " ✗" : ""} | ${r.calls} | ${r.pushed} | ${r.opened} | ${r.top} |`);
    console.log(`| /stake, tab hidden | – | ${hidden.requests} | ${perMinute(hidden, IDLE_MS).toFixed(1)} | ${hidden.calls} | ${hidden.wsPushed} | ${hidden.wsConnections} | ${top(hidden)} |`);
    console.log(`\nstake: before the broadcast (account, simulate…): ${prep.length} requests: ${prep.map((e) => e.what).join(" | ")}`);
    console.log(`stake: confirmation, broadcast → "Included.": ${confirm.length} requests${confirm.length > CONFIRM_BUDGET ? " ✗" : ""}: ${confirm.map((e) => e.what).join(" | ")}`);
    console.log(`stake: refetch after inclusion (the button stays pending for it) until quiet: ${refetch.length} requests: ${refetch.map((e) => e.what).join(" | ")}`);
    const over = rows.filter((r) => r.perMin > IDLE_BUDGET).length + (confirm.length > CONFIRM_BUDGET ? 1 : 0) + (hidden.requests > 0 ? 1 : 0);
    if (over) process.exitCode = 1;
  } finally {
    await browser.close().catch(() => undefined);
    app.kill();
    await proxy.stop();
    await killHard(devnet);
    rmSync(stateDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
