import { ripemd160, sha256 } from "./crypto";
import { fromBech32, toBech32, toUtf8 } from "@cosmjs/encoding";
import { sdk } from "./errors";

/** A module account address: first 20 bytes of sha256(name), as x/auth derives it. */
export function moduleAddress(prefix: string, name: string): string {
  return toBech32(prefix, sha256(toUtf8(name)).slice(0, 20));
}

/** ADR-028 style derived address (32 bytes): sha256(sha256(typ) ‖ key). */
export function derivedAddress(prefix: string, typ: string, key: Uint8Array): string {
  const th = sha256(toUtf8(typ));
  const buf = new Uint8Array(th.length + key.length);
  buf.set(th);
  buf.set(key, th.length);
  return toBech32(prefix, sha256(buf));
}

export function pubkeyToAddress(prefix: string, compressedPubkey: Uint8Array): string {
  return toBech32(prefix, ripemd160(sha256(compressedPubkey)));
}

/** Throws the SDK's invalid-address error unless `addr` is bech32 with `prefix`. */
export function assertAddress(addr: string, prefix: string, field = "address"): void {
  let decoded;
  try {
    decoded = fromBech32(addr);
  } catch {
    throw sdk.invalidAddress(`invalid ${field} address (decoding bech32 failed)`);
  }
  if (decoded.prefix !== prefix) {
    throw sdk.invalidAddress(`invalid Bech32 prefix; expected ${prefix}, got ${decoded.prefix}`);
  }
  if (decoded.data.length !== 20 && decoded.data.length !== 32) {
    throw sdk.invalidAddress(`address length must be 20 or 32 bytes, got ${decoded.data.length}`);
  }
}

export function isAddress(addr: string, prefix: string): boolean {
  try {
    assertAddress(addr, prefix);
    return true;
  } catch {
    return false;
  }
}
