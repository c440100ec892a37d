import { sha256 } from "@cosmjs/crypto";
import { toBech32, toHex, toUtf8 } from "@cosmjs/encoding";

/** `ibc/` + uppercase hex sha256 of the trace path (ICS-20). */
export function ibcDenom(path: string): string {
  return `ibc/${toHex(sha256(toUtf8(path))).toUpperCase()}`;
}

/** Deterministic stand-in addresses for simulated actors whose mainnet address is not public. */
export function simActorAddress(prefix: string, label: string): string {
  return toBech32(prefix, sha256(toUtf8(`milkyway-sim/${label}`)).slice(0, 20));
}
