/**
 * First-load JavaScript per route, gzip, summed from the chunks each page's HTML references
 * (what a browser must fetch before the page is interactive). Run after a build.
 *
 * Scripts marked `nomodule` (Next's legacy polyfills) are counted apart: a browser that runs
 * modules, i.e. every browser this app supports, never downloads them. The budget applies to
 * what a current browser loads; the legacy column shows what a pre-2018 browser would add.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { startNext, waitForServer } from "./lib/server";
import { hasCompileHint } from "./lib/compile-hints";

const budgetFile = JSON.parse(readFileSync(join("scripts", "first-load-budget.json"), "utf8")) as { routeMaxKb: number };
const budgetKb = Number(process.env.FIRST_LOAD_BUDGET_KB ?? budgetFile.routeMaxKb);
const PORT = Number(process.env.BENCH_PORT ?? 3230);


/** Where a `/_next/…` script of the served HTML lies in the build. */
const builtPath = (src: string) => join(".next", src.replace(/^\/_next\//, ""));

const sizes = new Map<string, number>();
function gz(src: string): number {
  if (!sizes.has(src)) {
    const path = builtPath(src);
    sizes.set(src, existsSync(path) ? gzipSync(readFileSync(path)).length : 0);
  }
  return sizes.get(src)!;
}

/**
 * Every page renders per request (its CSP nonce), so the build holds no HTML: each route of the
 * build's manifest is fetched from a running server — FIRST_LOAD_URL, or a `next start` this
 * script starts and stops itself.
 */
async function pages(): Promise<{ route: string; html: string }[]> {
  let base = process.env.FIRST_LOAD_URL;
  let server: { kill(): void } | null = null;
  if (!base) {
    base = `http://127.0.0.1:${PORT}`;
    server = startNext(PORT);
  }
  try {
    await waitForServer(base);
    const manifest = JSON.parse(readFileSync(".next/app-path-routes-manifest.json", "utf8")) as Record<string, string>;
    const routes = [...new Set(Object.values(manifest))].filter((r) => !r.includes("[") && !/\.\w+$/.test(r));
    return await Promise.all(routes.map(async (route) => ({ route, html: await (await fetch(new URL(route, base))).text() })));
  } finally {
    server?.kill();
  }
}

let over = 0;
/** First-load chunks served without V8's compile hint: the postbuild step did not run on them. */
const unhinted = new Set<string>();
const rows = (await pages())
  .filter((r) => !r.route.startsWith("/_"))
  .map(({ route, html }) => {
    const tags = [...html.matchAll(/<script([^>]+)src="([^"]+\.js)"([^>]*)>/g)].map((m) => ({ src: m[2], legacy: /\bnomodule\b/i.test(m[1] + m[3]) }));
    const srcs = [...new Set(tags.filter((t) => !t.legacy).map((t) => t.src))];
    const legacy = [...new Set(tags.filter((t) => t.legacy).map((t) => t.src))];
    const kb = srcs.reduce((s, src) => s + gz(src), 0) / 1024;
    if (kb > budgetKb) over++;
    for (const src of srcs) if (existsSync(builtPath(src)) && !hasCompileHint(readFileSync(builtPath(src), "utf8"))) unhinted.add(src);
    return {
      route,
      chunks: srcs.length,
      "first-load kB (gzip)": Number(kb.toFixed(1)),
      "+ nomodule polyfills kB": Number((legacy.reduce((s, src) => s + gz(src), 0) / 1024).toFixed(1)),
    };
  })
  .sort((a, b) => a.route.localeCompare(b.route));
console.table(rows);
console.log(`budget: ${budgetKb} kB per route (scripts/first-load-budget.json)`);
if (rows.length === 0) {
  console.error("The server answered no routes.");
  process.exit(1);
}
if (over) {
  console.error(`${over} route(s) over the ${budgetKb} kB budget`);
  process.exit(1);
}
if (unhinted.size) {
  console.error(`${unhinted.size} first-load chunk(s) without the compile hint (npm run build runs scripts/compile-hints.ts): ${[...unhinted].join(", ")}`);
  process.exit(1);
}
