/**
 * Runs after `next build` (npm's postbuild): puts V8's compile hint on every browser chunk
 * (scripts/lib/compile-hints.ts says why). `npm run bench:lighthouse` measures its effect on a
 * bare Next page in the same run (the README has the numbers). Running it twice changes nothing.
 */
import { existsSync } from "node:fs";
import { addCompileHints, chunksDir } from "./lib/compile-hints";

const dir = chunksDir(".");
if (!existsSync(dir)) {
  console.error(`compile hints: ${dir} does not exist; run next build first`);
  process.exit(1);
}
const { hinted, already } = addCompileHints(dir);
console.log(`compile hints: ${hinted} chunks hinted, ${already} already were`);
