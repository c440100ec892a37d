/**
 * Simulator mode, production build (`npm run build` first), desktop Chromium: how long until the
 * first simulator data is on screen.
 *
 * - cold: a fresh browser context (no IndexedDB save, empty HTTP cache) navigates to a route;
 *   time from navigation start to the route's data-bearing element (dashboard LST rates, /stake's
 *   redemption rate, /restake's first pool row, /governance's first proposal). Median of N.
 * - switch: on a page whose data is shown, a click on a header nav link until the new route's data
 *   is shown (client-side navigation). Median of N per target route.
 * - empty-state flashes: any "No pools yet." style text seen while the data had not arrived.
 *
 * Detection runs inside the page (MutationObserver installed before any page script), so the
 * numbers are the page's own clock, not Playwright's round trips.
 *
 *   BENCH_RUNS=7 BENCH_PORT=3211 npm run bench:data
 *
 * BENCH_BEFORE_DIR names another built checkout (an earlier commit, `npm ci && npm run build` in
 * it): each cold load is then also made on it, in pairs (alternating which build goes first), and
 * each route's median paired difference is printed. Runs of the same build on this machine move
 * by 100 ms and more between sessions; what both builds of a pair share cancels.
 */
import { resolve } from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { startNext, waitForServer } from "./lib/server";
import { EMPTY_TEXTS, median, type Probe } from "./lib/data-probe";

const PORT = Number(process.env.BENCH_PORT ?? 3211);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BASE = `http://127.0.0.1:${PORT}`;
const BEFORE_DIR = process.env.BENCH_BEFORE_DIR ? resolve(process.env.BENCH_BEFORE_DIR) : null;
const BEFORE_BASE = `http://127.0.0.1:${PORT + 1}`;

const ROUTES = [
  { path: "/", label: "Dashboard", what: "LST redemption rates" },
  { path: "/stake", label: "Stake", what: "redemption rate" },
  { path: "/restake", label: "Restake", what: "pools table, first row" },
  { path: "/governance", label: "Governance", what: "first proposal" },
] as const;

/** Runs in the page before its own scripts; must be self-contained (serialised by Playwright). */
function installProbe(emptyTexts: readonly string[]) {
  const detect: Record<string, () => boolean> = {
    "/": () => Array.from(document.querySelectorAll('[aria-labelledby^="lst-"]')).some((e) => /=\s*\d/.test(e.textContent ?? "")),
    "/stake": () =>
      Array.from(document.querySelectorAll("dt")).some(
        (dt) => dt.textContent?.trim() === "Redemption rate" && /=\s*\d/.test(dt.nextElementSibling?.textContent ?? ""),
      ),
    "/restake": () =>
      Array.from(document.querySelectorAll("table")).some(
        (t) => t.caption?.textContent?.trim() === "Pools" && (t.querySelector("tbody th")?.textContent ?? "").startsWith("Pool "),
      ),
    "/governance": () => document.querySelector('ul[aria-label="Proposals"] li') !== null,
  };
  const probe: Probe = { dataAt: null, startAt: 0, path: location.pathname, empties: [] };
  (window as unknown as { __probe: Probe }).__probe = probe;
  const check = () => {
    const now = performance.now();
    const text = document.body?.textContent ?? "";
    if (probe.dataAt === null) {
      for (const t of emptyTexts) if (text.includes(t)) probe.empties.push({ text: t, at: now - probe.startAt, path: location.pathname });
    }
    if (probe.dataAt === null && location.pathname === probe.path && detect[probe.path]?.()) probe.dataAt = now;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  // A click on a nav link restarts the probe for the route it leads to.
  document.addEventListener(
    "click",
    (e) => {
      const a = (e.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!a) return;
      probe.startAt = performance.now();
      probe.path = new URL(a.href).pathname;
      probe.dataAt = null;
      probe.empties = [];
    },
    true,
  );
}

async function waitData(page: import("@playwright/test").Page): Promise<Probe> {
  await page.waitForFunction(() => (window as unknown as { __probe?: Probe }).__probe?.dataAt != null, null, { timeout: 60_000, polling: 50 });
  return page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
}

async function newPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // tsx may wrap named functions in __name(); the serialised probe must find it in the page.
  await context.addInitScript({ content: "globalThis.__name = (f) => f;" });
  await context.addInitScript(installProbe, EMPTY_TEXTS);
  return { context, page: await context.newPage() };
}

type Sample = { ms: number; empties: string[]; marks?: Record<string, number> };

/** Where a cold load's time went: page milestones and the simulator's marks (sim-client.ts). */
function marksOf(): Record<string, number> {
  const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  const out: Record<string, number> = {};
  if (nav) {
    out.html = nav.responseEnd;
    out.dcl = nav.domContentLoadedEventEnd;
  }
  for (const m of performance.getEntriesByType("mark")) if (m.name.startsWith("sim:")) out[m.name] = m.startTime;
  return out;
}

async function cold(browser: Browser, path: string, base = BASE): Promise<Sample> {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(base + path, { waitUntil: "commit" });
    const p = await waitData(page);
    const marks = await page.evaluate(marksOf);
    return { ms: p.dataAt! - p.startAt, empties: [...new Set(p.empties.map((e) => e.text))], marks };
  } finally {
    await context.close();
  }
}

/** One tour: load "/", then click through Stake → Restake → Governance → Dashboard. */
async function tour(browser: Browser): Promise<Record<string, Sample>> {
  const { context, page } = await newPage(browser);
  const out: Record<string, Sample> = {};
  try {
    await page.goto(BASE + "/", { waitUntil: "commit" });
    await waitData(page);
    for (const r of [...ROUTES.slice(1), ROUTES[0]]) {
      // A user reads the page for a moment: link prefetches and idle work settle.
      await page.waitForTimeout(1500);
      await page.getByRole("banner").getByRole("link", { name: r.label, exact: true }).first().click();
      const p = await waitData(page);
      out[r.path] = { ms: p.dataAt! - p.startAt, empties: [...new Set(p.empties.map((e) => e.text))] };
    }
  } finally {
    await context.close();
  }
  return out;
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.PW_CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const server = startNext(PORT);
  const before = BEFORE_DIR ? startNext(PORT + 1, BEFORE_DIR) : null;
  try {
    await waitForServer(`${BASE}/`);
    if (before) await waitForServer(`${BEFORE_BASE}/`);
    // One throwaway load so the server's first-request compilation of each route is not measured.
    for (const r of ROUTES) {
      await cold(browser, r.path).catch(() => undefined);
      if (before) await cold(browser, r.path, BEFORE_BASE).catch(() => undefined);
    }

    const coldSamples: Record<string, Sample[]> = {};
    const beforeSamples: Record<string, Sample[]> = {};
    const switchSamples: Record<string, Sample[]> = {};
    for (let i = 0; i < RUNS; i++) {
      for (const r of ROUTES) {
        // In pairs, alternating which build goes first.
        if (before && i % 2 === 0) (beforeSamples[r.path] ??= []).push(await cold(browser, r.path, BEFORE_BASE));
        (coldSamples[r.path] ??= []).push(await cold(browser, r.path));
        if (before && i % 2 === 1) (beforeSamples[r.path] ??= []).push(await cold(browser, r.path, BEFORE_BASE));
      }
      const t = await tour(browser);
      for (const [path, s] of Object.entries(t)) (switchSamples[path] ??= []).push(s);
    }

    const fmt = (xs: Sample[]) => `${median(xs.map((s) => s.ms)).toFixed(0)} ms (${Math.min(...xs.map((s) => s.ms)).toFixed(0)}–${Math.max(...xs.map((s) => s.ms)).toFixed(0)})`;
    const flashes = (xs: Sample[]) => {
      const seen = new Set(xs.flatMap((s) => s.empties));
      const n = xs.filter((s) => s.empties.length).length;
      return n ? `${n}/${xs.length}: ${[...seen].map((t) => JSON.stringify(t)).join(", ")}` : "none";
    };
    console.log(`\nSimulator data on screen, production build, desktop Chromium, median (min–max) of ${RUNS}\n`);
    console.log("| route | data | cold load | empty flash (cold) | nav click → data | empty flash (switch) |");
    console.log("|---|---|---|---|---|---|");
    for (const r of ROUTES) {
      console.log(`| ${r.path} | ${r.what} | ${fmt(coldSamples[r.path])} | ${flashes(coldSamples[r.path])} | ${fmt(switchSamples[r.path])} | ${flashes(switchSamples[r.path])} |`);
    }
    const steps = ["html", "dcl", "sim:worker-start", "sim:worker-code", "sim:worker-eval", "sim:lock", "sim:genesis-fetched", "sim:restored", "sim:ready"];
    console.log(`\nCold load milestones, ms after navigation start (median): ${steps.join(" / ")} / data`);
    for (const r of ROUTES) {
      const xs = coldSamples[r.path];
      const cell = (k: string) => {
        const v = xs.map((s) => s.marks?.[k]).filter((v): v is number => v !== undefined);
        return v.length ? median(v).toFixed(0) : "—";
      };
      console.log(`  ${r.path}: ${steps.map(cell).join(" / ")} / ${median(xs.map((s) => s.ms)).toFixed(0)}`);
    }
    if (before) {
      console.log(`\nCold load paired against ${BEFORE_DIR} (${RUNS} pairs per route): before / this build / median paired difference`);
      for (const r of ROUTES) {
        const b = beforeSamples[r.path];
        const diffs = coldSamples[r.path].map((s, i) => s.ms - b[i].ms);
        console.log(`  ${r.path}: ${fmt(b)} / ${fmt(coldSamples[r.path])} / ${median(diffs) >= 0 ? "+" : ""}${median(diffs).toFixed(0)} ms`);
      }
      const all = ROUTES.flatMap((r) => coldSamples[r.path].map((s, i) => s.ms - beforeSamples[r.path][i].ms));
      console.log(`  all routes: before ${median(ROUTES.flatMap((r) => beforeSamples[r.path].map((s) => s.ms))).toFixed(0)} ms, median paired difference ${median(all).toFixed(0)} ms`);
    }
    const allCold = Object.values(coldSamples).flat();
    const allSwitch = Object.values(switchSamples).flat();
    console.log(`\nall routes: cold median ${median(allCold.map((s) => s.ms)).toFixed(0)} ms, route switch median ${median(allSwitch.map((s) => s.ms)).toFixed(0)} ms`);
  } finally {
    await browser.close();
    server.kill();
    before?.kill();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
