// One file of @cosmjs/crypto, not its index (lib/sim/crypto.ts says why): the simulator derives addresses with it.
import { sha256 } from "@cosmjs/crypto/build/sha.js";
import { toBech32, toHex, toUtf8 } from "@cosmjs/encoding";

/** `ibc/` + uppercase hex sha256 of the trace path (ICS-20). */
export function ibcDenom(path: string): string {
  return `ibc/${toHex(sha256(toUtf8(path))).toUpperCase()}`;
}

/** Deterministic stand-in addresses for simulated actors whose mainnet address is not public. */
export function simActorAddress(prefix: string, label: string): string {
  return toBech32(prefix, sha256(toUtf8(`milkyway-sim/${label}`)).slice(0, 20));
}
