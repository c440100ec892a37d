/**
 * The hashes and the signature check the simulated chains use, each from its own file of
 * @cosmjs/crypto. The package index also loads BIP-39, SLIP-10 and libsodium's Argon2 (hash-wasm,
 * ~220 kB with its WebAssembly), none of which a chain needs; the simulator's worker parses every
 * byte it imports before it can answer the page's first read.
 */
export { sha256 } from "@cosmjs/crypto/build/sha.js";
export { ripemd160 } from "@cosmjs/crypto/build/ripemd.js";
export { Secp256k1 } from "@cosmjs/crypto/build/secp256k1.js";
export { Secp256k1Signature } from "@cosmjs/crypto/build/secp256k1signature.js";
