import type { AminoConverters } from "@cosmjs/stargate";
import type { MsgWithdrawValidatorCommission } from "cosmjs-types/cosmos/distribution/v1beta1/tx";

/**
 * Corrections to CosmJS's default converters where they disagree with the chain.
 *
 * MsgWithdrawValidatorCommission: CosmJS 0.36 names it `cosmos-sdk/MsgWithdrawValidatorCommission`,
 * but the SDK (v0.50 proto/cosmos/distribution/v1beta1/tx.proto `amino.name`, and
 * x/distribution/types/codec.go RegisterAminoMsg) names it `cosmos-sdk/MsgWithdrawValCommission`,
 * so a Ledger signature made through the default converter never verifies.
 */
export function createSdkAminoFixes(): AminoConverters {
  return {
    "/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission": {
      aminoType: "cosmos-sdk/MsgWithdrawValCommission",
      toAmino: ({ validatorAddress }: MsgWithdrawValidatorCommission) => ({ validator_address: validatorAddress }),
      fromAmino: ({ validator_address }: { validator_address: string }): MsgWithdrawValidatorCommission => ({
        validatorAddress: validator_address,
      }),
    },
  };
}
