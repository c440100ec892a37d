import type { Ctx } from "../ctx";
import { rec, type Rec } from "../journal";
import type { SimCoin } from "../coins";

/** cosmos.gov.v1.ProposalStatus */
export const STATUS_DEPOSIT_PERIOD = 1;
export const STATUS_VOTING_PERIOD = 2;
export const STATUS_PASSED = 3;
export const STATUS_REJECTED = 4;
export const STATUS_FAILED = 5;

/** cosmos.gov.v1.VoteOption */
export const OPTION_YES = 1;
export const OPTION_ABSTAIN = 2;
export const OPTION_NO = 3;
export const OPTION_NO_WITH_VETO = 4;

/**
 * x/gov v1 params. Ratios stay in their wire form (v1 carries them as decimal strings such as
 * "0.334000000000000000"), so the Params query returns exactly what was configured.
 */
export interface GovParams {
  minDeposit: SimCoin[];
  maxDepositPeriodSeconds: number;
  votingPeriodSeconds: number;
  quorum: string;
  threshold: string;
  vetoThreshold: string;
  minInitialDepositRatio: string;
  proposalCancelRatio: string;
  proposalCancelDest: string;
  expeditedVotingPeriodSeconds: number;
  expeditedThreshold: string;
  expeditedMinDeposit: SimCoin[];
  burnVoteQuorum: boolean;
  burnProposalDepositPrevote: boolean;
  burnVoteVeto: boolean;
  minDepositRatio: string;
}

export interface TallyRecord {
  yes: bigint;
  abstain: bigint;
  no: bigint;
  noWithVeto: bigint;
}

export interface ProposalRecord {
  id: number;
  /** The proposal's messages as Any (value base64). */
  messages: { typeUrl: string; value: string }[];
  status: number;
  finalTally: TallyRecord;
  submitMs: number;
  depositEndMs: number;
  totalDeposit: SimCoin[];
  votingStartMs: number | null;
  votingEndMs: number | null;
  metadata: string;
  title: string;
  summary: string;
  proposer: string;
  expedited: boolean;
  failedReason: string;
}

export interface WeightedOption {
  option: number;
  /** LegacyDec decimal string, as sent (MsgVote stores "1.000000000000000000"). */
  weight: string;
}

export interface VoteRecord {
  options: WeightedOption[];
  metadata: string;
}

export interface GovState {
  params: GovParams;
  /** proposal id → proposal. */
  proposals: Rec<ProposalRecord>;
  /** proposal id → depositor → coins. */
  deposits: Rec<Rec<SimCoin[]>>;
  /** proposal id → voter → vote. */
  votes: Rec<Rec<VoteRecord>>;
}

/** MilkyWay's app override of the SDK's 255. */
export const MAX_METADATA_LEN = 10_200;

/** Genesis params of protocol doc §3, with deposits in the chain's staking denom (umilk). */
export function defaultGovParams(denom = "umilk"): GovParams {
  return {
    minDeposit: [{ denom, amount: 10_000_000n }],
    maxDepositPeriodSeconds: 172_800,
    votingPeriodSeconds: 259_200,
    quorum: "0.334000000000000000",
    threshold: "0.500000000000000000",
    vetoThreshold: "0.334000000000000000",
    minInitialDepositRatio: "0.000000000000000000",
    proposalCancelRatio: "0.500000000000000000",
    proposalCancelDest: "",
    expeditedVotingPeriodSeconds: 86_400,
    expeditedThreshold: "0.667000000000000000",
    expeditedMinDeposit: [{ denom, amount: 50_000_000n }],
    burnVoteQuorum: false,
    burnProposalDepositPrevote: false,
    burnVoteVeto: true,
    minDepositRatio: "0.010000000000000000",
  };
}

export function initGovState(denom = "umilk"): GovState {
  return { params: defaultGovParams(denom), proposals: rec(), deposits: rec(), votes: rec() };
}

/** The chain's gov state, created with genesis defaults (in the staking denom) on first use. */
export function govStateFor(ctx: Ctx): GovState {
  if (!ctx.chain.gov) ctx.set(ctx.chain as unknown as Rec<unknown>, "gov", initGovState(ctx.cfg.stakeDenom));
  return ctx.chain.gov!;
}
