/**
 * Simulator mode: time from a transaction's inclusion to the new balance on screen, in Chromium
 * against the production build (`npm run build` first). Inclusion is the moment the simulator's
 * broadcast returns (the block is produced inside it); "on screen" is the first DOM mutation
 * that shows the new milkTIA balance. Reports the median of several stakes.
 */
import { chromium } from "@playwright/test";
import { startNext, waitForServer } from "./lib/server";

const PORT = Number(process.env.BENCH_PORT ?? 3210);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);


async function main() {
  // The browser first: if it cannot start, no server is left behind holding the port.
  const browser = await chromium.launch({
    executablePath: process.env.PW_CHROMIUM_PATH || undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const server = startNext(PORT);
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/stake`);
    await page.getByRole("button", { name: "Use the demo wallet" }).click();
    const cell = page.getByRole("table", { name: "Your balances" }).getByRole("row", { name: /^milkTIA on Osmosis\b/ }).getByRole("cell");
    await cell.waitFor();
    await page.waitForFunction(() => Boolean((window as any).__milkywaySim));
    // Record the inclusion moment inside the page, where the clock is the same as the DOM's.
    await page.evaluate(() => {
      const sim = (window as any).__milkywaySim;
      sim.setSpeed(0);
      const rpc = sim.rpc.bind(sim);
      sim.rpc = async (chainId: string, req: { method: string }) => {
        const res = await rpc(chainId, req);
        if (req.method === "broadcast_tx_sync") (window as any).__includedAt = performance.now();
        return res;
      };
    });
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const before = await cell.textContent();
      await page.evaluate((text) => {
        const td = document.evaluate("//table[@aria-label='Your balances' or .//caption]//tr[starts-with(normalize-space(.), 'milkTIA on Osmosis')]/td", document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue as HTMLElement | null;
        (window as any).__shownAt = undefined;
        const target = td ?? document.body;
        const obs = new MutationObserver(() => {
          const now = td ? td.textContent : null;
          if (now !== null && now !== text && (window as any).__shownAt === undefined) {
            (window as any).__shownAt = performance.now();
            obs.disconnect();
          }
        });
        obs.observe(target, { childList: true, characterData: true, subtree: true });
      }, before);
      await page.getByRole("textbox", { name: "Amount to stake (TIA)" }).fill("1");
      await page.getByRole("button", { name: "Stake", exact: true }).click();
      await page.getByRole("dialog", { name: "Confirm stake" }).getByRole("button", { name: "Confirm stake" }).click();
      await page.waitForFunction(() => (window as any).__shownAt !== undefined, null, { timeout: 30_000 });
      const ms = await page.evaluate(() => (window as any).__shownAt - (window as any).__includedAt);
      samples.push(ms);
      await page.getByRole("button", { name: "Stake", exact: true }).waitFor({ state: "visible" });
    }
    samples.sort((a, b) => a - b);
    console.log(`inclusion → new balance on screen: median ${samples[Math.floor(samples.length / 2)].toFixed(0)} ms, max ${samples[samples.length - 1].toFixed(0)} ms over ${RUNS} stakes`);
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
