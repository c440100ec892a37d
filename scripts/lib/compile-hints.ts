/**
 * V8's explicit compile hint (Chrome 136+): a file that starts with `//# allFunctionsCalledOnLoad`
 * has every function compiled eagerly, on the background thread that streams the script in,
 * instead of each one lazily on the main thread the first time it is called. Turbopack's chunks
 * are arrays of module factories, all of which run when a page starts (or, for a chunk loaded
 * later, when it arrives), so without the hint a fresh load compiles them one by one in the
 * middle of its longest tasks. Browsers without the feature read a comment.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

/** Where a Next build under `root` keeps the chunks browsers load (pages' and workers'). */
export const chunksDir = (root: string) => join(root, ".next", "static", "chunks");

export function hasCompileHint(source: string): boolean {
  return source.startsWith(COMPILE_HINT + "\n");
}

/**
 * The hint goes on the first line, so everything moves down one line: a source map next to the
 * chunk (a build with `productionBrowserSourceMaps`) gets an empty first line too.
 */
function shiftSourceMap(path: string): void {
  const map = JSON.parse(readFileSync(path, "utf8")) as { mappings?: string; sections?: { offset: { line: number } }[] };
  if (map.sections) for (const s of map.sections) s.offset.line += 1;
  else if (typeof map.mappings === "string") map.mappings = ";" + map.mappings;
  else throw new Error(`${path}: a source map with neither mappings nor sections`);
  writeFileSync(path, JSON.stringify(map));
}

function* jsFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(path);
    else if (entry.isFile() && entry.name.endsWith(".js")) yield path;
  }
}

/** Puts the hint on every JavaScript file under `dir` that lacks it; returns how many it changed. */
export function addCompileHints(dir: string): { hinted: number; already: number } {
  let hinted = 0;
  let already = 0;
  for (const path of jsFiles(dir)) {
    const source = readFileSync(path, "utf8");
    if (hasCompileHint(source)) {
      already++;
      continue;
    }
    const mapName = /\/\/# sourceMappingURL=([^\s]+)\s*$/.exec(source)?.[1];
    // An inline map would need decoding and re-encoding; no build of ours emits one, so refuse.
    if (mapName?.startsWith("data:")) throw new Error(`${path}: an inline source map; compile hints would shift it`);
    const mapPath = mapName ? join(path, "..", mapName) : null;
    if (mapPath && existsSync(mapPath)) shiftSourceMap(mapPath);
    writeFileSync(path, `${COMPILE_HINT}\n${source}`);
    hinted++;
  }
  return { hinted, already };
}
