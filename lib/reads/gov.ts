import type { Proposal as WireProposal } from "cosmjs-types/cosmos/gov/v1/gov";
import type { NetworkSnapshot } from "../chains/networks";
import { protobufRpc } from "../cosmos/clients";
import { paramDec, titleAndSummary, type GovParams, type Proposal, type Tally } from "../protocol/gov";
import { isNotFound, stakingClient } from "./staking";

// Governance lives on the MilkyWay chain only.
async function govClient(net: NetworkSnapshot) {
  const { QueryClientImpl } = await import("cosmjs-types/cosmos/gov/v1/query");
  return new QueryClientImpl(await protobufRpc(net, "milkyway"));
}

const tsMs = (t: { seconds: bigint; nanos: number } | undefined): number | null =>
  t && t.seconds > 0n ? Number(t.seconds) * 1000 + Math.floor(t.nanos / 1e6) : null;

const durS = (d: { seconds: bigint } | undefined): number => (d ? Number(d.seconds) : 0);

function amountOf(coins: ReadonlyArray<{ denom: string; amount: string }>, denom: string): bigint {
  return coins.filter((c) => c.denom === denom).reduce((s, c) => s + BigInt(c.amount), 0n);
}

function parseTally(t: { yesCount: string; noCount: string; abstainCount: string; noWithVetoCount: string } | undefined): Tally {
  const n = (s: string | undefined) => (s ? BigInt(s) : 0n);
  return { yes: n(t?.yesCount), no: n(t?.noCount), abstain: n(t?.abstainCount), veto: n(t?.noWithVetoCount) };
}

function parseProposal(p: WireProposal, denom: string): Proposal {
  const text = titleAndSummary(p.title, p.summary, p.metadata);
  return {
    id: p.id,
    title: text.title,
    summary: text.summary,
    status: p.status,
    messages: p.messages.map((m) => m.typeUrl),
    submitMs: tsMs(p.submitTime) ?? 0,
    depositEndMs: tsMs(p.depositEndTime) ?? 0,
    votingStartMs: tsMs(p.votingStartTime),
    votingEndMs: tsMs(p.votingEndTime),
    totalDeposit: amountOf(p.totalDeposit, denom),
    proposer: p.proposer,
    expedited: p.expedited,
    failedReason: p.failedReason,
    finalTally: parseTally(p.finalTallyResult),
  };
}

/** The full v1 params in one call (params_type ""), which also carries the deposit ratios. */
export async function govParams(net: NetworkSnapshot): Promise<GovParams> {
  const { params } = await (await govClient(net)).Params({ paramsType: "" });
  if (!params) throw new Error("The chain returned no governance parameters.");
  const min = params.minDeposit[0] ?? { denom: "umilk", amount: "0" };
  return {
    minDeposit: BigInt(min.amount),
    depositDenom: min.denom,
    maxDepositPeriodS: durS(params.maxDepositPeriod),
    votingPeriodS: durS(params.votingPeriod),
    quorum: paramDec(params.quorum),
    threshold: paramDec(params.threshold),
    vetoThreshold: paramDec(params.vetoThreshold),
    minInitialDepositRatio: paramDec(params.minInitialDepositRatio),
    minDepositRatio: paramDec(params.minDepositRatio),
  };
}

/** All proposals, newest first (the newest 200 on a long-lived chain). */
export async function proposals(net: NetworkSnapshot, denom: string): Promise<Proposal[]> {
  const r = await (await govClient(net)).Proposals({
    proposalStatus: 0,
    voter: "",
    depositor: "",
    pagination: { key: new Uint8Array(), offset: 0n, limit: 200n, countTotal: false, reverse: true },
  });
  return r.proposals.map((p) => parseProposal(p, denom)).sort((a, b) => (a.id < b.id ? 1 : -1));
}

export async function tally(net: NetworkSnapshot, id: bigint): Promise<Tally> {
  return parseTally((await (await govClient(net)).TallyResult({ proposalId: id })).tally);
}

export async function deposits(net: NetworkSnapshot, id: bigint, denom: string) {
  const r = await (await govClient(net)).Deposits({ proposalId: id });
  return r.deposits.map((d) => ({ depositor: d.depositor, amount: amountOf(d.amount, denom) }));
}

/** The user's vote as {option, weight Dec string}[], or null when they have not voted. */
export async function myVote(net: NetworkSnapshot, id: bigint, voter: string) {
  try {
    const r = await (await govClient(net)).Vote({ proposalId: id, voter });
    return r.vote?.options.map((o) => ({ option: o.option, weight: o.weight })) ?? null;
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

/** Bonded stake: the turnout's denominator. */
export async function bonded(net: NetworkSnapshot): Promise<bigint> {
  return BigInt((await (await stakingClient(net)).Pool()).pool?.bondedTokens ?? "0");
}

/** The user's total delegated stake (their voting power, if their validators are active). */
export async function myStake(net: NetworkSnapshot, delegator: string): Promise<bigint> {
  try {
    const r = await (await stakingClient(net)).DelegatorDelegations({ delegatorAddr: delegator });
    return r.delegationResponses.reduce((s, d) => s + BigInt(d.balance?.amount ?? "0"), 0n);
  } catch (e) {
    if (isNotFound(e)) return 0n;
    throw e;
  }
}

/** The bonded validator with the most stake, offered for a quick delegation. */
export async function topValidator(net: NetworkSnapshot) {
  const r = await (await stakingClient(net)).Validators({ status: "BOND_STATUS_BONDED" });
  const top = [...r.validators].sort((a, b) => (BigInt(b.tokens) > BigInt(a.tokens) ? 1 : BigInt(b.tokens) < BigInt(a.tokens) ? -1 : 0))[0];
  return top ? { address: top.operatorAddress, moniker: top.description?.moniker || top.operatorAddress } : null;
}
