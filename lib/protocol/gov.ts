import type { EncodeObject } from "@cosmjs/proto-signing";
import { DEC_SCALE, decFromRatio, decToString, parseDec, type Dec } from "../amount/decimal";
import { divRound } from "../amount/rounding";

/** cosmos.gov.v1.ProposalStatus (protocol doc §3). */
export const STATUS = { deposit: 1, voting: 2, passed: 3, rejected: 4, failed: 5 } as const;
export type StatusFilter = keyof typeof STATUS | "all";
export const STATUS_LABEL: Record<number, string> = {
  1: "Deposit period",
  2: "Voting period",
  3: "Passed",
  4: "Rejected",
  5: "Failed",
};

/** cosmos.gov.v1.VoteOption. */
export const OPTION = { yes: 1, abstain: 2, no: 3, veto: 4 } as const;
export type VoteChoice = keyof typeof OPTION;
export const OPTION_LABEL: Record<number, string> = { 1: "Yes", 2: "Abstain", 3: "No", 4: "No with veto" };
export const CHOICES: ReadonlyArray<VoteChoice> = ["yes", "no", "abstain", "veto"];

export interface Tally {
  yes: bigint;
  abstain: bigint;
  no: bigint;
  veto: bigint;
}

export interface TallyParams {
  quorum: Dec;
  threshold: Dec;
  vetoThreshold: Dec;
}

export interface GovParams extends TallyParams {
  minDeposit: bigint;
  depositDenom: string;
  maxDepositPeriodS: number;
  votingPeriodS: number;
  minInitialDepositRatio: Dec;
  minDepositRatio: Dec;
}

export interface Proposal {
  id: bigint;
  title: string;
  summary: string;
  status: number;
  messages: string[];
  submitMs: number;
  depositEndMs: number;
  votingStartMs: number | null;
  votingEndMs: number | null;
  /** In the deposit denom only; other coins cannot count toward min_deposit here. */
  totalDeposit: bigint;
  proposer: string;
  expedited: boolean;
  failedReason: string;
  finalTally: Tally;
}

export interface TallyStats {
  voted: bigint;
  /** voted / bonded; zero when nothing is bonded. */
  turnout: Dec;
  /** Shares of the votes other than abstain (the threshold's denominator). */
  yesShare: Dec;
  noShare: Dec;
  /** Veto's share of all votes (abstain included), the veto threshold's denominator. */
  vetoShare: Dec;
  abstainShare: Dec;
  quorumReached: boolean;
  vetoed: boolean;
  /** Would pass if the period ended now, per §3 steps 3–6. */
  passing: boolean;
}

/** The §3 tally rules, exactly, in 18-digit fixed point. */
export function tallyStats(t: Tally, bonded: bigint, p: TallyParams): TallyStats {
  const voted = t.yes + t.no + t.abstain + t.veto;
  const nonAbstain = voted - t.abstain;
  const share = (n: bigint, d: bigint) => (d === 0n ? 0n : decFromRatio(n, d, "floor"));
  const turnout = share(voted, bonded);
  // Compared exactly on integers (x/y > r ⇔ x·SCALE > r·y) so no rounding flips an outcome.
  const quorumReached = bonded > 0n && voted * DEC_SCALE >= p.quorum * bonded;
  const vetoed = voted > 0n && t.veto * DEC_SCALE > p.vetoThreshold * voted;
  const yesOver = nonAbstain > 0n && t.yes * DEC_SCALE > p.threshold * nonAbstain;
  return {
    voted,
    turnout,
    yesShare: share(t.yes, nonAbstain),
    noShare: share(t.no + t.veto, nonAbstain),
    vetoShare: share(t.veto, voted),
    abstainShare: share(t.abstain, voted),
    quorumReached,
    vetoed,
    passing: quorumReached && !vetoed && yesOver,
  };
}

/** The smallest initial deposit the chain accepts: the larger of the two ratios × min_deposit, rounded up. */
export function minInitialDeposit(p: GovParams): bigint {
  const ratio = p.minInitialDepositRatio > p.minDepositRatio ? p.minInitialDepositRatio : p.minDepositRatio;
  return divRound(p.minDeposit * ratio, DEC_SCALE, "ceil");
}

/** The smallest later deposit (min_deposit_ratio × min_deposit), rounded up. */
export function minFollowUpDeposit(p: GovParams): bigint {
  return divRound(p.minDeposit * p.minDepositRatio, DEC_SCALE, "ceil");
}

export type WeightResult = { ok: true; value: Dec } | { ok: false; message: string };

const PERCENT = /^(\d{1,3})(?:\.(\d*))?$/;

/**
 * A weight typed as a percentage ("70", "33.3333") → the fraction as an 18-digit Dec. A
 * percentage has 16 usable decimals because the chain's LegacyDec has 18 for the fraction.
 * Empty means 0 so a voter can leave options blank.
 */
export function parseWeightPercent(input: string): WeightResult {
  const text = input.trim();
  if (text === "") return { ok: true, value: 0n };
  const m = PERCENT.exec(text);
  if (!m) return { ok: false, message: "Enter a percentage like 70 or 12.5." };
  const frac = m[2] ?? "";
  if (frac.length > 16) return { ok: false, message: "At most 16 decimal places." };
  const value = BigInt(m[1] + frac.padEnd(16, "0"));
  if (value > DEC_SCALE) return { ok: false, message: "A weight can't be more than 100%." };
  return { ok: true, value };
}

export type WeightedResult =
  | { ok: true; options: { option: number; weight: string }[] }
  | { ok: false; message: string; field?: VoteChoice };

/** Four percentage inputs → MsgVoteWeighted options; refuses unless they sum to exactly 100%. */
export function weightedOptions(inputs: Record<VoteChoice, string>): WeightedResult {
  const options: { option: number; weight: string }[] = [];
  let total = 0n;
  for (const c of CHOICES) {
    const r = parseWeightPercent(inputs[c]);
    if (!r.ok) return { ok: false, message: r.message, field: c };
    total += r.value;
    if (r.value > 0n) options.push({ option: OPTION[c], weight: decToString(r.value) });
  }
  if (total !== DEC_SCALE) {
    return { ok: false, message: `The weights must add up to exactly 100%; they add up to ${decToString(total * 100n, { trim: true })}%.` };
  }
  return { ok: true, options };
}

/** Parses a v1 params string ("0.334000000000000000"); unset is zero. */
export function paramDec(s: string | undefined): Dec {
  return s ? parseDec(s) : 0n;
}

/** Title and summary may be in the v1 fields or only in the metadata JSON (older proposals). */
export function titleAndSummary(title: string, summary: string, metadata: string): { title: string; summary: string } {
  if (title || summary) return { title, summary };
  try {
    const m = JSON.parse(metadata) as { title?: unknown; summary?: unknown };
    return { title: typeof m.title === "string" ? m.title : "", summary: typeof m.summary === "string" ? m.summary : "" };
  } catch {
    return { title: "", summary: "" };
  }
}

export function voteMsg(proposalId: bigint, voter: string, choice: VoteChoice): EncodeObject {
  return { typeUrl: "/cosmos.gov.v1.MsgVote", value: { proposalId, voter, option: OPTION[choice], metadata: "" } };
}

export function voteWeightedMsg(proposalId: bigint, voter: string, options: { option: number; weight: string }[]): EncodeObject {
  return { typeUrl: "/cosmos.gov.v1.MsgVoteWeighted", value: { proposalId, voter, options, metadata: "" } };
}

export function depositMsg(proposalId: bigint, depositor: string, amount: bigint, denom: string): EncodeObject {
  return { typeUrl: "/cosmos.gov.v1.MsgDeposit", value: { proposalId, depositor, amount: [{ denom, amount: amount.toString() }] } };
}

export function textProposalMsg(proposer: string, title: string, summary: string, deposit: bigint, denom: string): EncodeObject {
  return {
    typeUrl: "/cosmos.gov.v1.MsgSubmitProposal",
    value: {
      messages: [],
      initialDeposit: [{ denom, amount: deposit.toString() }],
      proposer,
      metadata: JSON.stringify({ title, summary }),
      title,
      summary,
      expedited: false,
    },
  };
}

export function delegateMsg(delegator: string, validator: string, amount: bigint, denom: string): EncodeObject {
  return {
    typeUrl: "/cosmos.staking.v1beta1.MsgDelegate",
    value: { delegatorAddress: delegator, validatorAddress: validator, amount: { denom, amount: amount.toString() } },
  };
}

