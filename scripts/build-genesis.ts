/**
 * Precomputes the simulator's genesis (90 days of history) into public/sim/genesis.json, so a
 * first visit restores a saved world in milliseconds instead of running three months of blocks
 * on the main thread. Deterministic: the same seed always writes the same file.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { createGenesisWorld } from "../lib/sim/genesis";
import { serializeWorld } from "../lib/sim/persist";

const t0 = performance.now();
const text = serializeWorld(createGenesisWorld());
mkdirSync("public/sim", { recursive: true });
writeFileSync("public/sim/genesis.json", text);
console.log(`public/sim/genesis.json: ${(text.length / 1e6).toFixed(2)} MB in ${(performance.now() - t0).toFixed(0)} ms`);
