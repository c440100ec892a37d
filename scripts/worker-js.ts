/**
 * The JavaScript each Web Worker of the last build can load: Turbopack compiles
 * `new Worker(new URL(…))` into a bootstrap script whose URL lists the worker's entry chunks
 * (`…#params=[[chunk, …], …]`), loaded before its first line runs, and the worker's code may load
 * more on demand with import() (the live reads' worker does). Summed raw (what the worker parses)
 * and gzip (what it downloads), with the largest chunks and what they hold by a few telltale
 * strings, so a change of imports shows where the bytes went.
 *
 *   npx next build && npx tsx scripts/worker-js.ts
 *
 * CI fails when a worker outgrows its budget (scripts/worker-budget.json): a worker fetches and
 * compiles its code before it answers the page's first read, so a stray import of a CommonJS
 * package index (CosmJS's pull in every module and codec they re-export) is a slower cold load
 * for every visitor.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const budget = JSON.parse(readFileSync(join("scripts", "worker-budget.json"), "utf8")) as { rawMaxKb: Record<string, number> };
let over = 0;
const measured = new Set<string>();

const DIR = ".next";
const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;

/** Strings that give away a library inside a minified chunk. */
const TELLTALES: [string, RegExp][] = [
  ["cosmjs-types message", /"\/(cosmos|ibc|cosmwasm)\.[a-z0-9.]+\.[A-Z]\w+"/g],
  ["hash-wasm WebAssembly", /"AGFzbQ[A-Za-z0-9+/=]{1000,}"/g],
  ["BIP-39 words", /"abandon"/g],
  ["stargate signing client", /SigningStargateClient|SigningCosmWasmClient/g],
  ["simulator", /milkyway-simulator/g],
];

const chunks = readdirSync(join(DIR, "static/chunks")).filter((f) => f.endsWith(".js"));
const workers = new Map<string, string[]>();
for (const f of chunks) {
  const text = readFileSync(join(DIR, "static/chunks", f), "utf8");
  for (const m of text.matchAll(/\.f\("(static\/chunks\/turbopack-worker-[^"]+)",(\[[^\]]*\])\)/g)) workers.set(m[2], JSON.parse(m[2]) as string[]);
}
if (workers.size === 0) throw new Error("No worker bootstrap found in .next/static/chunks: build first (or the bundler's format changed).");

for (const entry of workers.values()) {
  const list = withImported(entry);
  const files = list.map((c) => ({ name: c.replace(/^static\/chunks\//, ""), body: readFileSync(join(DIR, c)) }));
  const text = files.map((f) => f.body.toString("utf8")).join("\n");
  // Its own name, as the page's `new Worker(…, { name })` gives it (the call sits next to the chunk list).
  const name = /name:"(milkyway-[a-z-]+)"/.exec(readAllReferencing(entry[0]))?.[1] ?? "(unnamed)";
  const raw = files.reduce((s, f) => s + f.body.length, 0);
  const gz = files.reduce((s, f) => s + gzipSync(f.body).length, 0);
  measured.add(name);
  const max = budget.rawMaxKb[name];
  // A worker without a budget (new, or its name no longer found) fails too: nothing would hold it.
  const verdict = max === undefined ? "NO budget" : raw / 1024 > max ? `OVER the ${max} kB budget` : `budget ${max} kB`;
  if (max === undefined || raw / 1024 > max) over++;
  console.log(`\n${name}: ${files.length} chunks (${entry.length} before its entry runs), ${kb(raw)} raw, ${kb(gz)} gzip — ${verdict}`);
  for (const [label, re] of TELLTALES) {
    const n = text.match(re)?.length ?? 0;
    if (n) console.log(`  ${label}: ${n}`);
  }
  for (const f of [...files].sort((a, b) => b.body.length - a.body.length).slice(0, 6)) console.log(`  ${f.name} ${kb(f.body.length)}`);
}

const unseen = Object.keys(budget.rawMaxKb).filter((name) => !measured.has(name));
if (unseen.length) console.error(`\nNo worker named ${unseen.join(", ")} in this build: scripts/worker-budget.json names workers that are gone or renamed.`);
if (over || unseen.length) {
  if (over) console.error(`\n${over} worker(s) over budget or without one (scripts/worker-budget.json)`);
  process.exit(1);
}

/**
 * The entry's chunks and those its code can load with import(), transitively: what the worker
 * may fetch and compile over its life. A chunk loader the pattern does not recognise fails the
 * script rather than leave chunks out of the sum.
 */
function withImported(entry: string[]): string[] {
  const seen = new Set(entry);
  const queue = [...entry];
  while (queue.length) {
    const chunk = queue.shift()!;
    const text = readFileSync(join(DIR, chunk), "utf8");
    const loaders = text.match(/Promise\.all\(\["static\/chunks\//g)?.length ?? 0;
    const matched = [...text.matchAll(/Promise\.all\((\[[^\]]*\])\.map\(\w+=>\w+\.l\(\w+\)\)\)/g)];
    if (matched.length !== loaders) throw new Error(`A chunk loader in ${chunk} is not in the form this script reads (the bundler's format changed?).`);
    for (const m of matched) {
      for (const c of JSON.parse(m[1]) as string[]) {
        if (seen.has(c) || !c.endsWith(".js")) continue;
        seen.add(c);
        queue.push(c);
      }
    }
  }
  return [...seen];
}

/** The text of the page chunks that hold this worker's chunk list (where its factory is called). */
function readAllReferencing(firstChunk: string): string {
  const out: string[] = [];
  for (const f of chunks) {
    const text = readFileSync(join(DIR, "static/chunks", f), "utf8");
    const at = text.indexOf(`"${firstChunk}"`);
    if (at < 0) continue;
    const id = /(\d+),\w+=>\{\w+\.v\(\w+\.r\(\d+\)\.f\("static\/chunks\/turbopack-worker/.exec(text.slice(Math.max(0, at - 400), at))?.[1];
    if (id) for (const g of chunks) out.push(...(readFileSync(join(DIR, "static/chunks", g), "utf8").match(new RegExp(`\\.r\\(${id}\\)\\(Worker,\\{[^}]*\\}`, "g")) ?? []));
  }
  return out.join("\n");
}
