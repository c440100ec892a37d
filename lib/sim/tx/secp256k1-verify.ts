import { Secp256k1, Secp256k1Signature, sha256 } from "../crypto";

/**
 * secp256k1 signature checks by the SDK's rules (crypto/keys/secp256k1, SDK 0.50): the signature
 * is exactly 64 bytes r‖s, s is in the lower half of the group order (a malleable high-s twin of a
 * valid signature is refused), and ECDSA over sha256(signBytes) holds for the compressed key.
 *
 * The curve maths is pluggable: the browser uses CosmJS (pure JS); the devnet installs Node's
 * OpenSSL, several times faster, since a signature check is most of what a tx costs there.
 */

/** The curve's group order n. */
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const HALF_N = N >> 1n;

/** ECDSA verification of a 64-byte r‖s signature over sha256(message) with a 33-byte key. */
export type Secp256k1Verifier = (signature: Uint8Array, message: Uint8Array, compressedPubkey: Uint8Array) => boolean | Promise<boolean>;

const cosmjsVerifier: Secp256k1Verifier = (signature, message, pubkey) =>
  Secp256k1.verifySignature(Secp256k1Signature.fromFixedLength(signature), sha256(message), pubkey);

let verifier: Secp256k1Verifier = cosmjsVerifier;

/** Replaces the curve maths (the SDK's shape and low-s rules still apply first). */
export function setSecp256k1Verifier(v: Secp256k1Verifier | null): void {
  verifier = v ?? cosmjsVerifier;
}

function bigEndian(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

/** The checks before the curve maths: 64 bytes, r and s in range, s not over half the order. */
export function sdkSignatureShapeOk(signature: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  const r = bigEndian(signature.subarray(0, 32));
  const s = bigEndian(signature.subarray(32));
  return r > 0n && r < N && s > 0n && s <= HALF_N;
}

export async function verifySecp256k1(signature: Uint8Array, message: Uint8Array, compressedPubkey: Uint8Array): Promise<boolean> {
  if (!sdkSignatureShapeOk(signature) || compressedPubkey.length !== 33) return false;
  try {
    return await verifier(signature, message, compressedPubkey);
  } catch {
    // An invalid point or encoding is a failed check, as in the SDK.
    return false;
  }
}
