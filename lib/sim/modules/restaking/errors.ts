import { SdkError, sdk } from "../../errors";

/**
 * MilkyWay's registered errors (codespace = module name). `wrap` mirrors errors.Wrapf: the
 * context comes first, then ": " and the registered text.
 */
function registered(codespace: string, code: number, text: string) {
  return (context?: string) => new SdkError(codespace, code, context ? `${context}: ${text}` : text);
}

export const restakingErr = {
  invalidShares: registered("restaking", 2, "invalid shares amount"),
  invalidExRate: registered("restaking", 3, "cannot delegate to pool/operator/service with invalid (zero) ex-rate"),
  delegationNotFound: registered("restaking", 4, "delegation not found"),
  notEnoughShares: registered("restaking", 5, "not enough delegation shares"),
  invalidDelegationType: registered("restaking", 6, "invalid delegation type"),
  noUnbonding: registered("restaking", 7, "no unbonding delegation found"),
  serviceAlreadyJoined: registered("restaking", 8, "service already joined by operator"),
  serviceNotJoined: registered("restaking", 9, "the service has not been joined by the operator"),
  operatorAlreadyAllowed: registered("restaking", 10, "operator already allowed"),
  operatorNotAllowed: registered("restaking", 11, "operator not allowed"),
  poolAlreadySecuring: registered("restaking", 12, "pool already securing the service"),
  poolNotSecuring: registered("restaking", 13, "pool not securing the service"),
  denomNotRestakable: registered("restaking", 14, "denom not restakable"),
  capExceeded: registered("restaking", 15, "restaking cap exceeded"),
  maxEntries: registered(
    "restaking",
    16,
    "too many unbonding delegation entries for (delegator, delegation target) tuple",
  ),
};

export const operatorsErr = {
  invalidDeactivationTime: registered("operators", 3, "invalid deactivation time"),
  notActive: registered("operators", 4, "operator is not active"),
  invalidParams: registered("operators", 5, "invalid operator params"),
  // errors.Wrap(sdkerrors.ErrNotFound, "operator not found")
  notFound: () => sdk.notFound("operator not found"),
};

export const servicesErr = {
  alreadyActive: registered("services", 3, "service is already active"),
  notActive: registered("services", 4, "service is not active"),
  notFound: () => sdk.notFound("service not found"),
};

export const poolsErr = {
  notFound: () => sdk.notFound("pool not found"),
};

export const rewardsErr = {
  emptyDistInfo: registered("rewards", 2, "no delegation distribution info"),
  noCommission: registered("rewards", 3, "no operator commission to withdraw"),
};
