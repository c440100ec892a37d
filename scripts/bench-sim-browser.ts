/**
 * The simulator round-trip benchmark in real Chromium: bundles the same harness the Node
 * benchmark uses and runs it in a page. Uses PW_CHROMIUM_PATH where Playwright's own browser
 * cannot be installed (see scripts/ensure-chromium.sh).
 */
import { build } from "esbuild";
import { chromium } from "@playwright/test";

async function main() {
  const bundle = await build({
    entryPoints: ["scripts/bench-sim-browser-entry.ts"],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    logLevel: "error",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const code = bundle.outputFiles[0].text;
  const browser = await chromium.launch({
    executablePath: process.env.PW_CHROMIUM_PATH || undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    await page.setContent("<!doctype html><title>bench</title>");
    await page.addScriptTag({ content: code });
    await page.waitForFunction(() => (globalThis as any).__benchResult, null, { timeout: 120_000 });
    const r = await page.evaluate(() => (globalThis as any).__benchResult);
    if (r.error) throw new Error(r.error);
    console.log(`Chromium: sign + broadcast + confirm median ${r.median.toFixed(2)} ms, p90 ${r.p90.toFixed(2)} ms (200 round trips; bundle ${(code.length / 1024).toFixed(0)} kB)`);
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
