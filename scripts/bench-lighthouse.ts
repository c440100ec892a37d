/**
 * Lighthouse performance, mobile and desktop, on every route of the production build (run
 * `npm run build` first): the median of LH_RUNS runs per route and form factor.
 *
 * Lighthouse 13 needs Node >= 22.19 and this project runs on Node 20, so the benchmark keeps its
 * own toolchain outside the project: Node 22 and Lighthouse from the npm registry, installed once
 * into LH_TOOLS (default /tmp/lh-tools). Nothing of it enters package.json or the lockfile.
 * Chromium: LH_CHROME_PATH, else PW_CHROMIUM_PATH, else /usr/bin/chromium.
 *
 * In the same run it builds and measures a bare Next page (scripts/lib/bare-next.ts: a hello
 * world with this project's Next, outside the repository) and reports each route against it:
 * absolute scores move with the machine's load, the framework's floor moves with them. Target:
 * every route within 3 points of the bare page and TBT ≤ 1.5× its TBT. LH_BARE=0 skips it.
 * The bare page is then measured again with this project's compile hints added to its chunks
 * (scripts/compile-hints.ts): its TBT with them is the last column, for scale.
 *
 * LH_BEFORE_DIR names another built checkout (an earlier commit, `npm ci && npm run build` in
 * it): each route is then measured on both builds in pairs, run i of one right after run i of
 * the other (alternating which goes first), and reported as "before → after" with the median of
 * the pairs' differences — how "no worse than before" is shown on a machine whose scores drift.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildBareNext } from "./lib/bare-next";
import { addCompileHints, chunksDir } from "./lib/compile-hints";
import { comparePaired, compareToBare, median, SCORE_WITHIN, TBT_RATIO_MAX, type LhRow, type PairedComparison } from "./lib/lh-compare";
import { startNext, waitForServer } from "./lib/server";

const TOOLS = process.env.LH_TOOLS ?? "/tmp/lh-tools";
const RUNS = Number(process.env.LH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 3220);
const CHROME = process.env.LH_CHROME_PATH ?? process.env.PW_CHROMIUM_PATH ?? "/usr/bin/chromium";
const ROUTES = (process.env.LH_ROUTES ?? "/,/stake,/restake,/liquidity,/governance,/rewards,/rewards/yield,/portfolio,/history,/settings").split(",");
const FORMS = (process.env.LH_FORMS ?? "mobile,desktop").split(",");
const OUT = ".bench/lighthouse.json";
const BARE = process.env.LH_BARE !== "0";
const BEFORE_DIR = process.env.LH_BEFORE_DIR ? resolve(process.env.LH_BEFORE_DIR) : null;

function ensureTools(): { node: string; cli: string } {
  const node = join(TOOLS, "node_modules/node/bin/node");
  const cli = join(TOOLS, "node_modules/lighthouse/cli/index.js");
  if (!existsSync(node) || !existsSync(cli)) {
    mkdirSync(TOOLS, { recursive: true });
    if (!existsSync(join(TOOLS, "package.json"))) writeFileSync(join(TOOLS, "package.json"), '{"name":"lh-tools","private":true}\n');
    console.log(`installing Node 22 and Lighthouse 13.5.0 into ${TOOLS} …`);
    execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "node@22", "lighthouse@13.5.0"], { cwd: TOOLS, stdio: "inherit" });
  }
  return { node, cli };
}


interface Sample {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

function runOnce(tools: { node: string; cli: string }, url: string, desktop: boolean, label = new URL(url).pathname): Sample {
  // The last full report per route and form factor stays in .bench/ for a closer look.
  const out = join(".bench", `lh${label.replace(/\//g, "_")}-${desktop ? "desktop" : "mobile"}.json`);
  const args = [
    tools.cli,
    url,
    "--only-categories=performance",
    "--output=json",
    `--output-path=${out}`,
    "--quiet",
    `--chrome-path=${CHROME}`,
    // The machine's closed network refuses Chromium's background connections; keep it quiet.
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
    ...(desktop ? ["--preset=desktop"] : []),
  ];
  // Lighthouse now and then fails to record a trace (NO_NAVSTART); such a run is repeated.
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync(tools.node, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: CHROME } });
      break;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
  const lhr = JSON.parse(readFileSync(out, "utf8")) as {
    categories: { performance: { score: number } };
    audits: Record<string, { numericValue?: number }>;
  };
  const a = lhr.audits;
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    fcp: Math.round(a["first-contentful-paint"].numericValue ?? 0),
    lcp: Math.round(a["largest-contentful-paint"].numericValue ?? 0),
    tbt: Math.round(a["total-blocking-time"].numericValue ?? 0),
    cls: Number((a["cumulative-layout-shift"].numericValue ?? 0).toFixed(3)),
  };
}


type Row = { route: string; form: string } & Sample;

/** The medians of one route's runs in one form factor. */
function summarize(route: string, desktop: boolean, samples: ReadonlyArray<Sample>): Row {
  return {
    route,
    form: desktop ? "desktop" : "mobile",
    score: median(samples.map((s) => s.score)),
    fcp: median(samples.map((s) => s.fcp)),
    lcp: median(samples.map((s) => s.lcp)),
    tbt: median(samples.map((s) => s.tbt)),
    cls: median(samples.map((s) => s.cls)),
  };
}

/** The median of RUNS runs of one URL in one form factor. */
function measure(tools: { node: string; cli: string }, url: string, route: string, desktop: boolean, label?: string): Row {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(runOnce(tools, url, desktop, label));
  const row = summarize(route, desktop, samples);
  console.log(`${route.padEnd(12)} ${row.form.padEnd(8)} perf ${row.score}  FCP ${row.fcp} ms  LCP ${row.lcp} ms  TBT ${row.tbt} ms  CLS ${row.cls}`);
  return row;
}

/** RUNS pairs of runs of one route on the earlier build and this one, alternating which goes first. */
function measurePaired(tools: { node: string; cli: string }, beforeBase: string, afterBase: string, route: string, desktop: boolean): { row: Row; paired: PairedComparison } {
  const pairs: { before: Sample; after: Sample }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const runBefore = () => runOnce(tools, beforeBase + route, desktop, `/before${route}`);
    const runAfter = () => runOnce(tools, afterBase + route, desktop);
    if (i % 2 === 0) {
      const before = runBefore();
      pairs.push({ before, after: runAfter() });
    } else {
      const after = runAfter();
      pairs.push({ before: runBefore(), after });
    }
  }
  const c = comparePaired(route, desktop ? "desktop" : "mobile", pairs);
  const runs = pairs.map((p) => `${p.before.score}→${p.after.score}`).join(" ");
  console.log(`${route.padEnd(12)} ${c.form.padEnd(8)} before ${c.before.score} / ${c.before.tbt} ms  after ${c.after.score} / ${c.after.tbt} ms  paired Δ ${c.scoreDelta} pts, ${c.tbtDelta} ms, after ahead/behind/even ${c.wins}/${c.losses}/${c.ties}  (${runs})`);
  return { row: summarize(route, desktop, pairs.map((p) => p.after)), paired: c };
}

/**
 * Asks both servers for the route once before any run, so neither build's first measured load is
 * also its server's first render of it; false when the earlier build has no such route (404).
 */
async function warmBoth(beforeUrl: string, afterUrl: string): Promise<boolean> {
  await statusOf(afterUrl);
  return (await statusOf(beforeUrl)) !== 404;
}

/** The body is read so the socket goes back to the pool; a pooled socket the server has since closed (EPIPE) is retried. */
async function statusOf(url: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      return res.status;
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
}

/**
 * The bare Next page, built and served for this run only: as Next builds it (the target's
 * reference), then with the compile hints this project's build adds (scripts/compile-hints.ts),
 * so the report also says how much of a route's lead over the bare page is that step alone.
 */
async function measureBare(tools: { node: string; cli: string }): Promise<{ plain: Row[]; hinted: Row[] }> {
  console.log("building the bare Next page …");
  const bare = buildBareNext();
  const url = `http://127.0.0.1:${PORT + 1}/`;
  const serve = async (label: string, route: string) => {
    const server = startNext(PORT + 1, bare.dir);
    try {
      await waitForServer(url);
      return FORMS.map((f) => measure(tools, url, route, f === "desktop", label));
    } finally {
      server.kill();
    }
  };
  try {
    const plain = await serve("/bare", "(bare Next)");
    addCompileHints(chunksDir(bare.dir));
    const hinted = await serve("/bare-hinted", "(bare, hinted)");
    return { plain, hinted };
  } finally {
    bare.dispose();
  }
}

async function main() {
  const tools = ensureTools();
  mkdirSync(".bench", { recursive: true });
  const { plain: bare, hinted: bareHinted } = BARE ? await measureBare(tools) : { plain: [], hinted: [] };
  const server = startNext(PORT);
  const beforeServer = BEFORE_DIR ? startNext(PORT + 2, BEFORE_DIR, join(BEFORE_DIR, "node_modules/.bin/next")) : null;
  const rows: Row[] = [];
  const paired: PairedComparison[] = [];
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    if (beforeServer) await waitForServer(`http://127.0.0.1:${PORT + 2}/`);
    for (const route of ROUTES) {
      for (const desktop of FORMS.map((f) => f === "desktop")) {
        // A route the earlier build does not have (404) has no "before": measured on its own.
        if (!beforeServer || !(await warmBoth(`http://127.0.0.1:${PORT + 2}${route}`, `http://127.0.0.1:${PORT}${route}`))) {
          rows.push(measure(tools, `http://127.0.0.1:${PORT}${route}`, route, desktop));
          continue;
        }
        const m = measurePaired(tools, `http://127.0.0.1:${PORT + 2}`, `http://127.0.0.1:${PORT}`, route, desktop);
        paired.push(m.paired);
        rows.push(m.row);
      }
    }
  } finally {
    server.kill();
    beforeServer?.kill();
  }
  writeFileSync(OUT, JSON.stringify({ runs: RUNS, bare, bareHinted, rows, ...(BEFORE_DIR ? { beforeDir: BEFORE_DIR, paired } : {}) }, null, 2) + "\n");
  const worstMobile = Math.min(...rows.filter((r) => r.form === "mobile").map((r) => r.score));
  console.log(`median of ${RUNS}; worst mobile performance ${worstMobile}; written to ${OUT}`);
  if (bare.length) {
    console.log(`\nAgainst the bare Next page (target: within ${SCORE_WITHIN} points, TBT ≤ ${TBT_RATIO_MAX}× bare)\n`);
    console.log("| route | form | perf | bare perf | Δ perf | TBT | bare TBT | TBT ratio | target | TBT vs hinted bare |");
    console.log("|---|---|---|---|---|---|---|---|---|---|");
    const hintedBy = new Map(bareHinted.map((b) => [b.form, b]));
    const byKey = new Map(rows.map((r) => [`${r.route} ${r.form}`, r]));
    const bareBy = new Map(bare.map((b) => [b.form, b]));
    for (const c of compareToBare(rows as LhRow[], bare as LhRow[])) {
      const r = byKey.get(`${c.route} ${c.form}`)!;
      const b = bareBy.get(c.form)!;
      const ratio = c.tbtRatio === null ? "—" : `${c.tbtRatio.toFixed(2)}×`;
      const h = hintedBy.get(c.form);
      const vsHinted = h ? `${r.tbt} / ${h.tbt} ms` : "—";
      console.log(`| ${c.route} | ${c.form} | ${r.score} | ${b.score} | ${c.scoreDelta >= 0 ? "+" : ""}${c.scoreDelta} | ${r.tbt} ms | ${b.tbt} ms | ${ratio} | ${c.ok ? "met" : "missed"} | ${vsHinted} |`);
    }
  }
  if (paired.length) {
    console.log(`\nAgainst ${BEFORE_DIR} (${RUNS} pairs per route; "no worse": median paired Δ ≥ 0)\n`);
    console.log("| route | form | before perf / TBT | after perf / TBT | paired Δ perf | paired Δ TBT | after ahead / behind / even | no worse |");
    console.log("|---|---|---|---|---|---|---|---|");
    for (const c of paired) {
      const sign = (n: number) => (n > 0 ? "+" : "") + n;
      console.log(`| ${c.route} | ${c.form} | ${c.before.score} / ${c.before.tbt} ms | ${c.after.score} / ${c.after.tbt} ms | ${sign(c.scoreDelta)} | ${sign(c.tbtDelta)} ms | ${c.wins} / ${c.losses} / ${c.ties} | ${c.noWorse ? "yes" : "no"} |`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
