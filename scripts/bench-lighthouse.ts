/**
 * Lighthouse performance, mobile and desktop, on every route of the production build (run
 * `npm run build` first): the median of LH_RUNS runs per route and form factor.
 *
 * Lighthouse 13 needs Node >= 22.19 and this project runs on Node 20, so the benchmark keeps its
 * own toolchain outside the project: Node 22 and Lighthouse from the npm registry, installed once
 * into LH_TOOLS (default /tmp/lh-tools). Nothing of it enters package.json or the lockfile.
 * Chromium: LH_CHROME_PATH, else PW_CHROMIUM_PATH, else /usr/bin/chromium.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startNext, waitForServer } from "./lib/server";

const TOOLS = process.env.LH_TOOLS ?? "/tmp/lh-tools";
const RUNS = Number(process.env.LH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 3220);
const CHROME = process.env.LH_CHROME_PATH ?? process.env.PW_CHROMIUM_PATH ?? "/usr/bin/chromium";
const ROUTES = (process.env.LH_ROUTES ?? "/,/stake,/restake,/governance,/rewards,/rewards/yield,/portfolio,/history,/settings").split(",");
const FORMS = (process.env.LH_FORMS ?? "mobile,desktop").split(",");
const OUT = ".bench/lighthouse.json";

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

function runOnce(tools: { node: string; cli: string }, url: string, desktop: boolean): Sample {
  // The last full report per route and form factor stays in .bench/ for a closer look.
  const out = join(".bench", `lh${new URL(url).pathname.replace(/\//g, "_")}-${desktop ? "desktop" : "mobile"}.json`);
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const tools = ensureTools();
  mkdirSync(".bench", { recursive: true });
  const server = startNext(PORT);
  const rows: Array<{ route: string; form: string } & Sample> = [];
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    for (const route of ROUTES) {
      for (const desktop of FORMS.map((f) => f === "desktop")) {
        const samples: Sample[] = [];
        for (let i = 0; i < RUNS; i++) samples.push(runOnce(tools, `http://127.0.0.1:${PORT}${route}`, desktop));
        const row = {
          route,
          form: desktop ? "desktop" : "mobile",
          score: median(samples.map((s) => s.score)),
          fcp: median(samples.map((s) => s.fcp)),
          lcp: median(samples.map((s) => s.lcp)),
          tbt: median(samples.map((s) => s.tbt)),
          cls: median(samples.map((s) => s.cls)),
        };
        rows.push(row);
        console.log(`${route.padEnd(12)} ${row.form.padEnd(8)} perf ${row.score}  FCP ${row.fcp} ms  LCP ${row.lcp} ms  TBT ${row.tbt} ms  CLS ${row.cls}`);
      }
    }
  } finally {
    server.kill();
  }
  writeFileSync(OUT, JSON.stringify({ runs: RUNS, rows }, null, 2) + "\n");
  const worstMobile = Math.min(...rows.filter((r) => r.form === "mobile").map((r) => r.score));
  console.log(`median of ${RUNS}; worst mobile performance ${worstMobile} (target ≥ 95); written to ${OUT}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
