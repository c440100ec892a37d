import { AminoTypes, createDefaultAminoConverters } from "@cosmjs/stargate";
import { createWasmAminoConverters } from "@cosmjs/cosmwasm-stargate";
import { createGovV1AminoConverters } from "./amino/gov-v1-amino";
import { createMilkywayAminoConverters } from "./amino/milkyway-amino";
import { createOsmosisAminoConverters } from "./amino/osmosis-amino";
import { createSdkAminoFixes } from "./amino/sdk-amino-fixes";

/**
 * Every amino converter the app signs with. The simulator does not use them: it derives
 * LEGACY_AMINO_JSON sign bytes from the proto schema by x/tx's rules (lib/sim/tx/aminojson.ts),
 * and lib/sim/tx/amino-referee.property.test.ts checks these converters against it.
 */
export function createAppAminoTypes(): AminoTypes {
  return new AminoTypes({
    ...createDefaultAminoConverters(),
    ...createWasmAminoConverters(),
    ...createGovV1AminoConverters(),
    ...createMilkywayAminoConverters(),
    ...createOsmosisAminoConverters(),
    ...createSdkAminoFixes(),
  });
}
