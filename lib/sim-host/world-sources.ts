/**
 * Where a tab's world comes from: the IndexedDB save under WORLD_SAVE_KEY, else the precomputed
 * genesis at GENESIS_URL (scripts/build-genesis.ts).
 */
export const WORLD_SAVE_KEY = "world";
export const GENESIS_URL = "/sim/genesis.json";
