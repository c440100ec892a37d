import { AminoTypes, createDefaultAminoConverters } from "@cosmjs/stargate";
import { createWasmAminoConverters } from "@cosmjs/cosmwasm-stargate";
import { createGovV1AminoConverters } from "./amino/gov-v1-amino";
import { createMilkywayAminoConverters } from "./amino/milkyway-amino";

/**
 * Every amino converter the app signs with. The simulator rebuilds LEGACY_AMINO_JSON sign
 * docs with the same table, so what it accepts is exactly what a Ledger user can sign.
 */
export function createAppAminoTypes(): AminoTypes {
  return new AminoTypes({
    ...createDefaultAminoConverters(),
    ...createWasmAminoConverters(),
    ...createGovV1AminoConverters(),
    ...createMilkywayAminoConverters(),
  });
}
