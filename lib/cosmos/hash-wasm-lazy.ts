/**
 * Stands in for the `hash-wasm` package in the browser bundles (next.config.js resolveAlias).
 * Its only importer is @cosmjs/crypto's libsodium module, for Argon2id, which only encrypting or
 * decrypting a serialised HD wallet with a password calls; the app never does. Yet `require`d
 * whole it put ~220 kB (every algorithm's WebAssembly as base64) into each bundle that reaches
 * the @cosmjs/crypto index — CometBFT's client does, for its tx hasher — the simulator's worker
 * included. Here Argon2id is the real hash-wasm code, loaded from its own file on first call.
 * Not for tests: vitest resolves the real package.
 */
import type { argon2id as Argon2id } from "hash-wasm/dist/lib/argon2";

export const argon2id: typeof Argon2id = async (options) => {
  // @ts-expect-error -- hash-wasm's per-algorithm UMD file ships no types; it is the module typed above.
  const m: { argon2id: typeof Argon2id } = await import("hash-wasm/dist/argon2.umd.min.js");
  return m.argon2id(options);
};
