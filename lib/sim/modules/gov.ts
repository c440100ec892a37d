import {
  QueryDepositRequest,
  QueryDepositResponse,
  QueryDepositsRequest,
  QueryDepositsResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QueryProposalRequest,
  QueryProposalResponse,
  QueryProposalsRequest,
  QueryProposalsResponse,
  QueryTallyResultRequest,
  QueryTallyResultResponse,
  QueryVoteRequest,
  QueryVoteResponse,
  QueryVotesRequest,
  QueryVotesResponse,
} from "cosmjs-types/cosmos/gov/v1/query";
import {
  MsgCancelProposal,
  MsgCancelProposalResponse,
  MsgDeposit,
  MsgSubmitProposal,
  MsgSubmitProposalResponse,
  MsgVote,
  MsgVoteWeighted,
} from "cosmjs-types/cosmos/gov/v1/tx";
import { simChain } from "../../chains/sim-chains";
import { fromProtoCoins, toProtoCoins, type SimCoin } from "../coins";
import { sdk } from "../errors";
import type { QueryEnv, QueryRoute, SimModule } from "../module";
import type { ChainState } from "../state";
import { cancelProposal, deposit, govEndBlock, liveTally, submitProposal, vote, voteWeighted } from "./gov-keeper";
import { EMPTY_TALLY, toProtoParams, toProtoProposal, toProtoTally } from "./gov-proto";
import {
  initGovState,
  STATUS_DEPOSIT_PERIOD,
  STATUS_VOTING_PERIOD,
  type GovState,
  type ProposalRecord,
} from "./gov-state";
import { paginate } from "./page-query";
import { msToTimestamp } from "./proto-time";
import { byAddressBytes, invalidArgument, notFound } from "./staking-queries";

function wireCoins(coins: ReadonlyArray<{ denom: string; amount: string }>): SimCoin[] {
  try {
    return fromProtoCoins(coins);
  } catch {
    throw sdk.invalidCoins(coins.map((c) => `${c.amount}${c.denom}`).join(","));
  }
}

function govOf(chain: ChainState): GovState {
  return chain.gov ?? initGovState(simChain(chain.chainId).stakeDenom);
}

const q = (f: (gov: GovState, req: Uint8Array, env: QueryEnv) => Uint8Array): QueryRoute => (env, req) => f(govOf(env.chain), req, env);

function proposalOrNotFound(gov: GovState, id: bigint): ProposalRecord {
  if (id === 0n) throw invalidArgument("proposal id can not be 0");
  const p = gov.proposals[id.toString()];
  if (!p) throw notFound(`proposal ${id} doesn't exist`);
  return p;
}

export const govModule: SimModule = {
  name: "gov",
  msgs: {
    "/cosmos.gov.v1.MsgSubmitProposal": {
      codec: MsgSubmitProposal,
      signers: (m: MsgSubmitProposal) => [m.proposer],
      gas: 100_000,
      handle(ctx, m: MsgSubmitProposal) {
        const id = submitProposal(ctx, {
          proposer: m.proposer,
          title: m.title,
          summary: m.summary,
          metadata: m.metadata,
          messages: m.messages.map((a) => ({ typeUrl: a.typeUrl, value: a.value })),
          initialDeposit: wireCoins(m.initialDeposit),
          expedited: m.expedited,
        });
        return MsgSubmitProposalResponse.encode({ proposalId: BigInt(id) }).finish();
      },
    },
    "/cosmos.gov.v1.MsgDeposit": {
      codec: MsgDeposit,
      signers: (m: MsgDeposit) => [m.depositor],
      gas: 85_000,
      handle(ctx, m: MsgDeposit) {
        deposit(ctx, Number(m.proposalId), m.depositor, wireCoins(m.amount));
        return new Uint8Array();
      },
    },
    "/cosmos.gov.v1.MsgVote": {
      codec: MsgVote,
      signers: (m: MsgVote) => [m.voter],
      gas: 50_000,
      handle(ctx, m: MsgVote) {
        vote(ctx, Number(m.proposalId), m.voter, m.option, m.metadata);
        return new Uint8Array();
      },
    },
    "/cosmos.gov.v1.MsgVoteWeighted": {
      codec: MsgVoteWeighted,
      signers: (m: MsgVoteWeighted) => [m.voter],
      gas: 55_000,
      handle(ctx, m: MsgVoteWeighted) {
        voteWeighted(ctx, Number(m.proposalId), m.voter, m.options.map((o) => ({ option: o.option, weight: o.weight })), m.metadata);
        return new Uint8Array();
      },
    },
    "/cosmos.gov.v1.MsgCancelProposal": {
      codec: MsgCancelProposal,
      signers: (m: MsgCancelProposal) => [m.proposer],
      gas: 90_000,
      handle(ctx, m: MsgCancelProposal) {
        cancelProposal(ctx, Number(m.proposalId), m.proposer);
        return MsgCancelProposalResponse.encode({
          proposalId: m.proposalId,
          canceledTime: msToTimestamp(ctx.timeMs),
          canceledHeight: BigInt(ctx.height),
        }).finish();
      },
    },
  },
  queries: {
    "/cosmos.gov.v1.Query/Proposals": q((gov, bytes) => {
      const r = QueryProposalsRequest.decode(bytes);
      const list = Object.values(gov.proposals)
        .filter((p) => r.proposalStatus === 0 || p.status === r.proposalStatus)
        .filter((p) => r.voter === "" || !!gov.votes[String(p.id)]?.[r.voter])
        .filter((p) => r.depositor === "" || !!gov.deposits[String(p.id)]?.[r.depositor])
        .sort((a, b) => a.id - b.id);
      const { page, pagination } = paginate(list, r.pagination);
      return QueryProposalsResponse.encode({ proposals: page.map(toProtoProposal), pagination }).finish();
    }),
    "/cosmos.gov.v1.Query/Proposal": q((gov, bytes) => {
      const r = QueryProposalRequest.decode(bytes);
      return QueryProposalResponse.encode({ proposal: toProtoProposal(proposalOrNotFound(gov, r.proposalId)) }).finish();
    }),
    "/cosmos.gov.v1.Query/Vote": q((gov, bytes) => {
      const r = QueryVoteRequest.decode(bytes);
      if (r.proposalId === 0n) throw invalidArgument("proposal id can not be 0");
      if (r.voter === "") throw invalidArgument("empty voter address");
      const v = gov.votes[r.proposalId.toString()]?.[r.voter];
      if (!v) throw invalidArgument(`voter: ${r.voter} not found for proposal: ${r.proposalId}`);
      return QueryVoteResponse.encode({ vote: { proposalId: r.proposalId, voter: r.voter, options: v.options, metadata: v.metadata } }).finish();
    }),
    "/cosmos.gov.v1.Query/Votes": q((gov, bytes) => {
      const r = QueryVotesRequest.decode(bytes);
      if (r.proposalId === 0n) throw invalidArgument("proposal id can not be 0");
      const votes = gov.votes[r.proposalId.toString()] ?? {};
      const { page, pagination } = paginate(Object.keys(votes).sort(byAddressBytes), r.pagination);
      return QueryVotesResponse.encode({
        votes: page.map((voter) => ({ proposalId: r.proposalId, voter, options: votes[voter].options, metadata: votes[voter].metadata })),
        pagination,
      }).finish();
    }),
    "/cosmos.gov.v1.Query/Params": q((gov, bytes) => {
      const r = QueryParamsRequest.decode(bytes);
      const p = toProtoParams(gov.params);
      const res: QueryParamsResponse = { params: p };
      switch (r.paramsType) {
        case "deposit":
          res.depositParams = { minDeposit: p.minDeposit, maxDepositPeriod: p.maxDepositPeriod };
          break;
        case "voting":
          res.votingParams = { votingPeriod: p.votingPeriod };
          break;
        case "tallying":
          res.tallyParams = { quorum: p.quorum, threshold: p.threshold, vetoThreshold: p.vetoThreshold };
          break;
        default:
          if (r.paramsType !== "") throw invalidArgument(`unknown params type: ${r.paramsType}`);
      }
      return QueryParamsResponse.encode(res).finish();
    }),
    "/cosmos.gov.v1.Query/Deposit": q((gov, bytes) => {
      const r = QueryDepositRequest.decode(bytes);
      if (r.proposalId === 0n) throw invalidArgument("proposal id can not be 0");
      if (r.depositor === "") throw invalidArgument("empty depositor address");
      const d = gov.deposits[r.proposalId.toString()]?.[r.depositor];
      if (!d) throw invalidArgument(`depositer: ${r.depositor} not found for proposal: ${r.proposalId}`);
      return QueryDepositResponse.encode({ deposit: { proposalId: r.proposalId, depositor: r.depositor, amount: toProtoCoins(d) } }).finish();
    }),
    "/cosmos.gov.v1.Query/Deposits": q((gov, bytes) => {
      const r = QueryDepositsRequest.decode(bytes);
      if (r.proposalId === 0n) throw invalidArgument("proposal id can not be 0");
      const deps = gov.deposits[r.proposalId.toString()] ?? {};
      const { page, pagination } = paginate(Object.keys(deps).sort(byAddressBytes), r.pagination);
      return QueryDepositsResponse.encode({
        deposits: page.map((depositor) => ({ proposalId: r.proposalId, depositor, amount: toProtoCoins(deps[depositor]) })),
        pagination,
      }).finish();
    }),
    "/cosmos.gov.v1.Query/TallyResult": q((gov, bytes, env) => {
      const r = QueryTallyResultRequest.decode(bytes);
      const p = proposalOrNotFound(gov, r.proposalId);
      const tally =
        p.status === STATUS_DEPOSIT_PERIOD
          ? EMPTY_TALLY
          : p.status === STATUS_VOTING_PERIOD
            ? liveTally(env.chain, gov, p, simChain(env.chain.chainId).valoperPrefix)
            : p.finalTally;
      return QueryTallyResultResponse.encode({ tally: toProtoTally(tally) }).finish();
    }),
  },
  endBlock: govEndBlock,
};
