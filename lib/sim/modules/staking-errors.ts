import { SdkError } from "../errors";

/**
 * A registered module error: calling it with a context wraps it the way errorsmod.Wrap prints,
 * "<context>: <sentinel text>".
 */
export function sdkSentinel(codespace: string, code: number, text: string) {
  return (context?: string) => new SdkError(codespace, code, context !== undefined ? `${context}: ${text}` : text);
}

const sentinel = sdkSentinel;

/** x/staking and x/distribution sentinel errors (SDK v0.50 codes and texts). */
export const stakingErr = {
  noValidatorFound: sentinel("staking", 3, "validator does not exist"),
  validatorOwnerExists: sentinel("staking", 4, "validator already exist for this operator address; must use new validator operator address"),
  validatorJailed: sentinel("staking", 7, "validator for this address is currently jailed"),
  commissionNegative: sentinel("staking", 9, "commission must be positive"),
  commissionHuge: sentinel("staking", 10, "commission cannot be more than 100%"),
  commissionGTMaxRate: sentinel("staking", 11, "commission cannot be more than the max rate"),
  commissionChangeRateGTMaxRate: sentinel("staking", 14, "commission change rate cannot be more than the max rate"),
  noDelegation: sentinel("staking", 19, "no delegation for (address, validator) tuple"),
  noDelegatorForAddress: sentinel("staking", 21, "delegator does not contain delegation"),
  insufficientShares: sentinel("staking", 22, "insufficient delegation shares"),
  notEnoughDelegationShares: sentinel("staking", 24, "not enough delegation shares"),
  noUnbondingDelegation: sentinel("staking", 26, "no unbonding delegation found"),
  maxUnbondingDelegationEntries: sentinel("staking", 27, "too many unbonding delegation entries for (delegator, validator) tuple"),
  selfRedelegation: sentinel("staking", 29, "cannot redelegate to the same validator"),
  tinyRedelegationAmount: sentinel("staking", 30, "too few tokens to redelegate (truncates to zero tokens)"),
  badRedelegationDst: sentinel("staking", 31, "redelegation destination validator not found"),
  transitiveRedelegation: sentinel(
    "staking",
    32,
    "redelegation to this validator already in progress; first redelegation to this validator must complete before next redelegation",
  ),
  maxRedelegationEntries: sentinel("staking", 33, "too many redelegation entries for (delegator, src-validator, dst-validator) tuple"),
  delegatorShareExRateInvalid: sentinel("staking", 34, "cannot delegate to validators with invalid (zero) ex-rate"),
  commissionLTMinRate: sentinel("staking", 40, "commission cannot be less than min rate"),
};

export const distrErr = {
  emptyDelegationDistInfo: sentinel("distribution", 5, "no delegation distribution info"),
  noValidatorDistInfo: sentinel("distribution", 6, "no validator distribution info"),
  noValidatorCommission: sentinel("distribution", 7, "no validator commission to withdraw"),
  noValidatorExists: sentinel("distribution", 12, "validator does not exist"),
  noDelegationExists: sentinel("distribution", 13, "delegation does not exist"),
};

/**
 * A gRPC status error returned from a Msg server (e.g. CancelUnbondingDelegation's NotFound):
 * not a registered ABCI error, so the chain reports it as codespace "undefined", code 1.
 */
export function grpcStatusInTx(code: "NotFound" | "InvalidArgument", desc: string): SdkError {
  return new SdkError("undefined", 1, `rpc error: code = ${code} desc = ${desc}`);
}
