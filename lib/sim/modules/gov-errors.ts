import { SdkError } from "../errors";
import { sdkSentinel } from "./staking-errors";

/** x/gov sentinel errors, SDK v0.50 (codespace "gov"). */
export const govErr = {
  unknownProposal: sdkSentinel("gov", 2, "unknown proposal"),
  inactiveProposal: sdkSentinel("gov", 3, "inactive proposal"),
  invalidProposalContent: sdkSentinel("gov", 5, "invalid proposal content"),
  invalidVote: sdkSentinel("gov", 7, "invalid vote option"),
  unroutableProposalMsg: sdkSentinel("gov", 10, "proposal message not recognized by router"),
  noProposalMsgs: sdkSentinel("gov", 11, "no messages proposed"),
  invalidProposalMsg: sdkSentinel("gov", 12, "invalid proposal message"),
  invalidSigner: sdkSentinel("gov", 13, "expected gov account as only signer for proposal message"),
  metadataTooLong: sdkSentinel("gov", 15, "metadata too long"),
  minDepositTooSmall: sdkSentinel("gov", 16, "minimum deposit is too small"),
  invalidProposer: sdkSentinel("gov", 18, "invalid proposer"),
  votingPeriodEnded: sdkSentinel("gov", 20, "voting period already ended"),
  invalidProposal: sdkSentinel("gov", 21, "invalid proposal"),
  invalidDepositDenom: sdkSentinel("gov", 23, "invalid deposit denom"),
};

/**
 * Keeper.Proposals.Get on a missing id (AddDeposit passes the collections error through): not a
 * registered ABCI error, so the node reports codespace "undefined", code 1.
 */
export function proposalNotFoundInStore(id: number): SdkError {
  return new SdkError("undefined", 1, `collections: not found: key '${id}' of type github.com/cosmos/gogoproto/cosmos.gov.v1.Proposal`);
}
