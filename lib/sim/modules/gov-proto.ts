import type { Params, Proposal, TallyResult } from "cosmjs-types/cosmos/gov/v1/gov";
import { fromBase64 } from "@cosmjs/encoding";
import { toProtoCoins } from "../coins";
import type { GovParams, ProposalRecord, TallyRecord } from "./gov-state";
import { msToTimestamp, secondsToDuration } from "./proto-time";

export function toProtoTally(t: TallyRecord): TallyResult {
  return {
    yesCount: t.yes.toString(),
    abstainCount: t.abstain.toString(),
    noCount: t.no.toString(),
    noWithVetoCount: t.noWithVeto.toString(),
  };
}

export const EMPTY_TALLY: TallyRecord = { yes: 0n, abstain: 0n, no: 0n, noWithVeto: 0n };

export function toProtoProposal(p: ProposalRecord): Proposal {
  return {
    id: BigInt(p.id),
    messages: p.messages.map((m) => ({ typeUrl: m.typeUrl, value: fromBase64(m.value) })),
    status: p.status,
    finalTallyResult: toProtoTally(p.finalTally),
    submitTime: msToTimestamp(p.submitMs),
    depositEndTime: msToTimestamp(p.depositEndMs),
    totalDeposit: toProtoCoins(p.totalDeposit),
    votingStartTime: p.votingStartMs === null ? undefined : msToTimestamp(p.votingStartMs),
    votingEndTime: p.votingEndMs === null ? undefined : msToTimestamp(p.votingEndMs),
    metadata: p.metadata,
    title: p.title,
    summary: p.summary,
    proposer: p.proposer,
    expedited: p.expedited,
    failedReason: p.failedReason,
  };
}

export function toProtoParams(p: GovParams): Params {
  return {
    minDeposit: toProtoCoins(p.minDeposit),
    maxDepositPeriod: secondsToDuration(p.maxDepositPeriodSeconds),
    votingPeriod: secondsToDuration(p.votingPeriodSeconds),
    quorum: p.quorum,
    threshold: p.threshold,
    vetoThreshold: p.vetoThreshold,
    minInitialDepositRatio: p.minInitialDepositRatio,
    proposalCancelRatio: p.proposalCancelRatio,
    proposalCancelDest: p.proposalCancelDest,
    expeditedVotingPeriod: secondsToDuration(p.expeditedVotingPeriodSeconds),
    expeditedThreshold: p.expeditedThreshold,
    expeditedMinDeposit: toProtoCoins(p.expeditedMinDeposit),
    burnVoteQuorum: p.burnVoteQuorum,
    burnProposalDepositPrevote: p.burnProposalDepositPrevote,
    burnVoteVeto: p.burnVoteVeto,
    minDepositRatio: p.minDepositRatio,
  };
}
