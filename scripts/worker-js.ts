/**
 * The JavaScript each Web Worker of the last build loads before its first line runs: Turbopack
 * compiles `new Worker(new URL(…))` into a bootstrap script whose URL lists the worker's chunks
 * (`…#params=[[chunk, …], …]`), and the bootstrap loads all of them first. Summed raw (what
 * the worker parses) and gzip (what it downloads), with the largest chunks and what they hold
 * by a few telltale strings, so a change of imports shows where the bytes went.
 *
 *   npx next build && npx tsx scripts/worker-js.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

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

for (const list of workers.values()) {
  const files = list.map((c) => ({ name: c.replace(/^static\/chunks\//, ""), body: readFileSync(join(DIR, c)) }));
  const text = files.map((f) => f.body.toString("utf8")).join("\n");
  // Its own name, as the page's `new Worker(…, { name })` gives it (the call sits next to the chunk list).
  const name = /name:"(milkyway-[a-z-]+)"/.exec(readAllReferencing(list[0]))?.[1] ?? "(unnamed)";
  const raw = files.reduce((s, f) => s + f.body.length, 0);
  const gz = files.reduce((s, f) => s + gzipSync(f.body).length, 0);
  console.log(`\n${name}: ${files.length} chunks, ${kb(raw)} raw, ${kb(gz)} gzip`);
  for (const [label, re] of TELLTALES) {
    const n = text.match(re)?.length ?? 0;
    if (n) console.log(`  ${label}: ${n}`);
  }
  for (const f of [...files].sort((a, b) => b.body.length - a.body.length).slice(0, 6)) console.log(`  ${f.name} ${kb(f.body.length)}`);
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
