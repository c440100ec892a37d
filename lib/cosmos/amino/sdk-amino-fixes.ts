import type { AminoConverters } from "@cosmjs/stargate";
import type { MsgWithdrawValidatorCommission } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import type { MsgCancelUnbondingDelegation } from "cosmjs-types/cosmos/staking/v1beta1/tx";

/**
 * Corrections to CosmJS's default converters where they disagree with the chain.
 *
 * MsgWithdrawValidatorCommission: CosmJS 0.36 names it `cosmos-sdk/MsgWithdrawValidatorCommission`,
 * but the SDK (v0.50 proto/cosmos/distribution/v1beta1/tx.proto `amino.name`, and
 * x/distribution/types/codec.go RegisterAminoMsg) names it `cosmos-sdk/MsgWithdrawValCommission`,
 * so a Ledger signature made through the default converter never verifies.
 *
 * MsgCancelUnbondingDelegation: `creation_height` is a plain int64 (no `amino.dont_omitempty`
 * in v0.50 proto/cosmos/staking/v1beta1/tx.proto), so x/tx omits it when zero; CosmJS 0.36
 * writes `"0"`.
 */
export function createSdkAminoFixes(): AminoConverters {
  return {
    "/cosmos.staking.v1beta1.MsgCancelUnbondingDelegation": {
      aminoType: "cosmos-sdk/MsgCancelUnbondingDelegation",
      toAmino: ({ delegatorAddress, validatorAddress, amount, creationHeight }: MsgCancelUnbondingDelegation) => ({
        delegator_address: delegatorAddress,
        validator_address: validatorAddress,
        amount,
        ...(creationHeight !== 0n ? { creation_height: creationHeight.toString() } : {}),
      }),
      fromAmino: (j: { delegator_address: string; validator_address: string; amount: { denom: string; amount: string }; creation_height?: string }): MsgCancelUnbondingDelegation => ({
        delegatorAddress: j.delegator_address,
        validatorAddress: j.validator_address,
        amount: j.amount,
        creationHeight: BigInt(j.creation_height ?? "0"),
      }),
    },
    "/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission": {
      aminoType: "cosmos-sdk/MsgWithdrawValCommission",
      toAmino: ({ validatorAddress }: MsgWithdrawValidatorCommission) => ({ validator_address: validatorAddress }),
      fromAmino: ({ validator_address }: { validator_address: string }): MsgWithdrawValidatorCommission => ({
        validatorAddress: validator_address,
      }),
    },
  };
}
