/**
 * secp256k1 ECDSA through Node's OpenSSL for the devnet: several times faster than the pure-JS
 * curve maths, and a signature check was the largest part of a tx's cost. The SDK's own rules
 * (64-byte r‖s, low s) are checked by lib/sim/tx/secp256k1-verify.ts before this runs.
 */
import { createPublicKey, verify, type KeyObject } from "node:crypto";
import type { Secp256k1Verifier } from "../../lib/sim/tx/secp256k1-verify";

/** DER SubjectPublicKeyInfo header for an id-ecPublicKey on secp256k1 with a 33-byte compressed point. */
const SPKI_PREFIX = Buffer.from("3036301006072a8648ce3d020106052b8104000a032200", "hex");
/** Parsed keys are reused (an account signs many txs); the cache is dropped when it grows past this. */
const KEY_CACHE_MAX = 10_000;

const keys = new Map<string, KeyObject>();

function keyOf(compressed: Uint8Array): KeyObject {
  const id = Buffer.from(compressed).toString("base64");
  let key = keys.get(id);
  if (!key) {
    key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, compressed]), format: "der", type: "spki" });
    if (keys.size >= KEY_CACHE_MAX) keys.clear();
    keys.set(id, key);
  }
  return key;
}

export const nativeSecp256k1: Secp256k1Verifier = (signature, message, compressedPubkey) =>
  verify("sha256", message, { key: keyOf(compressedPubkey), dsaEncoding: "ieee-p1363" }, signature);
