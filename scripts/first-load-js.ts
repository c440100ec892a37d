/**
 * First-load JavaScript per route, gzip, summed from the chunks each prerendered HTML
 * references (what a browser must fetch before the page is interactive). Run after a build.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const appDir = ".next/server/app";
const budgetKb = Number(process.env.FIRST_LOAD_BUDGET_KB ?? 300);

function htmlFiles(dir: string, prefix = ""): { route: string; file: string }[] {
  const out: { route: string; file: string }[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...htmlFiles(join(dir, e.name), `${prefix}/${e.name}`));
    else if (e.name.endsWith(".html")) {
      const name = e.name.replace(/\.html$/, "");
      out.push({ route: name === "index" ? prefix || "/" : `${prefix}/${name}`, file: join(dir, e.name) });
    }
  }
  return out;
}

const sizes = new Map<string, number>();
function gz(src: string): number {
  if (!sizes.has(src)) {
    const path = join(".next", src.replace(/^\/_next\//, ""));
    sizes.set(src, existsSync(path) ? gzipSync(readFileSync(path)).length : 0);
  }
  return sizes.get(src)!;
}

let over = 0;
const rows = htmlFiles(appDir)
  .filter((r) => !r.route.startsWith("/_"))
  .map(({ route, file }) => {
    const html = readFileSync(file, "utf8");
    const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]))];
    const kb = srcs.reduce((s, src) => s + gz(src), 0) / 1024;
    if (kb > budgetKb) over++;
    return { route, chunks: srcs.length, "first-load kB (gzip)": Number(kb.toFixed(1)) };
  })
  .sort((a, b) => a.route.localeCompare(b.route));
console.table(rows);
if (over) {
  console.error(`${over} route(s) over the ${budgetKb} kB budget`);
  process.exit(1);
}
