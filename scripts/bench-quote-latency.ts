/**
 * Simulator mode: time from a keystroke in the stake amount to the route comparison on screen
 * (both routes' exact amounts for the new amount), in Chromium against the production build
 * (`npm run build` first). The keystroke time is taken in the page just before the input event;
 * "on screen" is the first DOM mutation after which the pool card shows an amount for the new
 * input (the mint card is computed in the page; the pool card waits for the pool's quote from the
 * simulator's worker). Reports median and max over BENCH_RUNS keystrokes. Target: ≤ 50 ms.
 */
import { chromium } from "@playwright/test";
import { startNext, waitForServer } from "./lib/server";

const PORT = Number(process.env.BENCH_PORT ?? 3211);
const RUNS = Number(process.env.BENCH_RUNS ?? 25);

async function main() {
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
    await page.getByRole("table", { name: "Your balances" }).waitFor();
    await page.waitForFunction(() => Boolean((window as any).__milkywaySim));
    await page.evaluate(() => (window as any).__milkywaySim.setSpeed(0));
    const input = page.getByRole("textbox", { name: "Amount to stake (TIA)" });
    // Warm-up: the first quote loads the pool's codecs in the worker.
    await input.fill("1");
    await page.getByTestId("stake-via-pool-amount").filter({ hasText: /\d/ }).waitFor({ timeout: 30_000 });

    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A new amount each time (never a cached quote): 2.1, 2.2, … TIA, typed as one keystroke.
      const before = `${2 + Math.floor(i / 9)}.`;
      const digit = String((i % 9) + 1);
      await input.fill(before);
      await page.getByTestId("stake-via-mint-amount").filter({ hasText: /\d/ }).waitFor();
      await page.evaluate(() => {
        const w = window as any;
        w.__shownAt = undefined;
        const target = document.querySelector("[data-testid=stake-via-options]")!;
        const obs = new MutationObserver(() => {
          const mint = document.querySelector("[data-testid=stake-via-mint-amount]")?.textContent ?? "";
          const pool = document.querySelector("[data-testid=stake-via-pool-amount]")?.textContent ?? "";
          if (w.__typedAt !== undefined && /\d/.test(pool) && pool !== w.__poolBefore && /\d/.test(mint) && w.__shownAt === undefined) {
            w.__shownAt = performance.now();
            obs.disconnect();
          }
        });
        w.__poolBefore = document.querySelector("[data-testid=stake-via-pool-amount]")?.textContent ?? "";
        obs.observe(target, { childList: true, characterData: true, subtree: true });
        const el = document.getElementById("stake-amount") as HTMLInputElement;
        el.addEventListener("keydown", () => (w.__typedAt = performance.now()), { once: true });
      });
      await input.press(digit);
      await page.waitForFunction(() => (window as any).__shownAt !== undefined, null, { timeout: 30_000 });
      samples.push(await page.evaluate(() => (window as any).__shownAt - (window as any).__typedAt));
      await page.evaluate(() => ((window as any).__typedAt = undefined));
    }
    samples.sort((a, b) => a - b);
    const median = samples[Math.floor(samples.length / 2)];
    console.log(`keystroke → route comparison on screen: median ${median.toFixed(1)} ms, p90 ${samples[Math.floor(samples.length * 0.9)].toFixed(1)} ms, max ${samples.at(-1)!.toFixed(1)} ms over ${RUNS} keystrokes (target ≤ 50 ms)`);
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
