import { describe, expect, it, vi } from "vitest";
import { QueryParamsRequest, QueryParamsResponse, QueryProposalRequest, QueryProposalsRequest, QueryProposalsResponse, QueryTallyResultRequest, QueryTallyResultResponse } from "cosmjs-types/cosmos/gov/v1/query";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { MILKYWAY_SIM } from "../../chains/sim-chains";
import { SdkError, QueryError } from "../errors";
import { balanceOf, sendCoins } from "./bank";
import { operatorAccount } from "./distribution-keeper";
import { govModule } from "./gov";
import { addDeposit, cancelProposal, deposit, govAddress, govEndBlock, submitProposal, vote, voteWeighted } from "./gov-keeper";
import { OPTION_ABSTAIN, OPTION_NO, OPTION_NO_WITH_VETO, OPTION_YES, STATUS_DEPOSIT_PERIOD, STATUS_FAILED, STATUS_PASSED, STATUS_REJECTED, STATUS_VOTING_PERIOD } from "./gov-state";
import { createValidator, delegate } from "./staking-keeper";
import { stakingEnv } from "./staking-test-helpers";

// Proposal messages are routed through the chain app; a bank send stands in for the real table.
vi.mock("../chain-app", () => ({
  chainApp: () => ({
    msgs: new Map([
      [
        "/cosmos.bank.v1beta1.MsgSend",
        {
          codec: MsgSend,
          signers: (m: MsgSend) => [m.fromAddress],
          gas: 0,
          handle: (ctx: any, m: MsgSend) => {
            sendCoins(ctx, m.fromAddress, m.toAddress, m.amount.map((c) => ({ denom: c.denom, amount: BigInt(c.amount) })));
            return new Uint8Array();
          },
        },
      ],
    ]),
  }),
}));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MIN = 10_000_000n;

/**
 * MilkyWay with two validators: A holds alice 600 + carol 100, B holds bob 300 (all ×1e6 umilk),
 * so alice 60%, bob 30%, carol 10% of the bonded 1,000 MILK.
 */
function setup() {
  const env = stakingEnv(MILKYWAY_SIM);
  const ctx = env.ctx();
  const valA = createValidator(ctx, { moniker: "a", commissionRate: "0.05" });
  const valB = createValidator(ctx, { moniker: "b", commissionRate: "0.05" });
  const [alice, bob, carol, prop] = ["alice", "bob", "carol", "proposer"].map(env.addr);
  for (const [who, val, amt] of [
    [alice, valA, 600_000_000n],
    [carol, valA, 100_000_000n],
    [bob, valB, 300_000_000n],
  ] as const) {
    env.fund(who, amt + MIN);
    delegate(env.ctx(), who, val, amt);
  }
  env.fund(prop, 100_000_000n);
  const gov = () => env.chain.gov!;
  const endBlockEvents: Array<Record<string, string> & { type: string }> = [];
  const advance = (ms: number) => {
    env.chain.height += 1;
    env.chain.timeMs += ms;
    const ctx = env.ctx();
    govEndBlock(ctx);
    for (const e of ctx.events) endBlockEvents.push({ type: e.type, ...Object.fromEntries(e.attributes.map((a) => [a.key, a.value])) });
  };
  /** The `active_proposal` events of EndBlock, as attribute records. */
  const ended = () =>
    endBlockEvents
      .filter((e) => e.type === "active_proposal")
      .map((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== "type")));
  const text = (opts: { deposit?: bigint; expedited?: boolean } = {}) =>
    submitProposal(env.ctx(), {
      proposer: prop,
      title: "Signal",
      summary: "A text proposal",
      metadata: "ipfs://Qm123",
      initialDeposit: [{ denom: "umilk", amount: opts.deposit ?? MIN }],
      expedited: opts.expedited,
    });
  return { env, valA, valB, alice, bob, carol, prop, gov, advance, ended, text, valAOwner: operatorAccount(valA, "milk") };
}

function caught(fn: () => unknown): SdkError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SdkError) return e;
    throw e;
  }
  throw new Error("expected an SdkError");
}

describe("submitting and depositing", () => {
  it("validates a submission like the SDK", () => {
    const { env, prop } = setup();
    const base = { proposer: prop, title: "T", summary: "S", metadata: "m", initialDeposit: [{ denom: "umilk", amount: MIN }] };
    expect(caught(() => submitProposal(env.ctx(), { ...base, title: "" })).message).toBe("proposal title cannot be empty: invalid request");
    const none = caught(() => submitProposal(env.ctx(), { ...base, metadata: "" }));
    expect([none.codespace, none.code, none.message]).toEqual(["gov", 11, "either metadata or Msgs length must be non-nil: no messages proposed"]);
    const small = caught(() => submitProposal(env.ctx(), { ...base, initialDeposit: [{ denom: "umilk", amount: 99_999n }] }));
    expect([small.code, small.message]).toEqual([16, "received 99999umilk but need at least one of the following: 100000umilk: minimum deposit is too small"]);
    const denom = caught(() => submitProposal(env.ctx(), { ...base, initialDeposit: [{ denom: "uatom", amount: MIN }] }));
    expect([denom.code, denom.message]).toEqual([23, "deposited 10000000uatom, but gov accepts only the following denom(s): [umilk]: invalid deposit denom"]);
    const long = caught(() => submitProposal(env.ctx(), { ...base, metadata: "x".repeat(10_201) }));
    expect([long.code, long.message]).toEqual([15, "got metadata with length 10201: metadata too long"]);
    expect(() => submitProposal(env.ctx(), { ...base, metadata: "x".repeat(10_200) })).not.toThrow();
    const md = caught(() => submitProposal(env.ctx(), { ...base, metadata: JSON.stringify({ title: "Other", summary: "S" }) }));
    expect([md.code, md.message]).toEqual([5, "metadata title 'Other' must equal proposal title 'T': invalid proposal content"]);
  });

  it("a text proposal with the full deposit enters voting at once; less waits in the deposit period", () => {
    const { env, gov, text, prop } = setup();
    const id = text();
    expect(id).toBe(1);
    const p = gov().proposals["1"];
    expect(p.status).toBe(STATUS_VOTING_PERIOD);
    expect(p.votingEndMs! - p.votingStartMs!).toBe(259_200_000);
    expect(balanceOf(env.chain, govAddress("milk"), "umilk")).toBe(MIN);
    expect(balanceOf(env.chain, prop, "umilk")).toBe(100_000_000n - MIN);

    const id2 = text({ deposit: 5_000_000n });
    expect(gov().proposals[String(id2)].status).toBe(STATUS_DEPOSIT_PERIOD);
    expect(gov().proposals[String(id2)].depositEndMs).toBe(env.chain.timeMs + 172_800_000);
  });

  it("needs each later deposit ≥ 1% of min_deposit; reaching min_deposit starts voting", () => {
    const { env, gov, text, alice } = setup();
    const id = text({ deposit: 5_000_000n });
    const low = caught(() => deposit(env.ctx(), id, alice, [{ denom: "umilk", amount: 99_999n }]));
    expect(low.code).toBe(16);
    expect(deposit(env.ctx(), id, alice, [{ denom: "umilk", amount: 4_000_000n }])).toBe(false);
    expect(deposit(env.ctx(), id, alice, [{ denom: "umilk", amount: 1_000_000n }])).toBe(true);
    const p = gov().proposals[String(id)];
    expect(p.status).toBe(STATUS_VOTING_PERIOD);
    expect(p.totalDeposit).toEqual([{ denom: "umilk", amount: MIN }]);
    expect(gov().deposits[String(id)][alice]).toEqual([{ denom: "umilk", amount: 5_000_000n }]);
    const missing = caught(() => addDeposit(env.ctx(), 99, alice, [{ denom: "umilk", amount: MIN }]));
    expect(missing.message).toContain("collections: not found: key '99'");
  });

  it("drops a proposal whose deposit period runs out and refunds the deposits", () => {
    const { env, gov, text, prop, advance } = setup();
    const id = text({ deposit: 2_000_000n });
    advance(172_800_000 - 1);
    expect(gov().proposals[String(id)]).toBeDefined();
    advance(1);
    expect(gov().proposals[String(id)]).toBeUndefined();
    expect(gov().deposits[String(id)]).toBeUndefined();
    expect(balanceOf(env.chain, prop, "umilk")).toBe(100_000_000n);
    const late = caught(() => vote(env.ctx(), id, prop, OPTION_YES));
    expect([late.code, late.message]).toEqual([3, `${id}: inactive proposal`]);
  });
});

describe("votes", () => {
  it("refuses votes outside the voting period and invalid options", () => {
    const { env, text, alice } = setup();
    const waiting = text({ deposit: 1_000_000n });
    const e = caught(() => vote(env.ctx(), waiting, alice, OPTION_YES));
    expect([e.codespace, e.code, e.message]).toEqual(["gov", 3, `${waiting}: inactive proposal`]);
    const id = text();
    const bad = caught(() => vote(env.ctx(), id, alice, 0));
    expect([bad.code, bad.message]).toEqual([7, "VOTE_OPTION_UNSPECIFIED: invalid vote option"]);
  });

  it("validates weighted votes: each weight in (0,1], unique options, summing to exactly 1", () => {
    const { env, gov, text, alice } = setup();
    const id = text();
    const w = (...o: [number, string][]) => () => voteWeighted(env.ctx(), id, alice, o.map(([option, weight]) => ({ option, weight })));
    expect(caught(w([OPTION_YES, "0.5"], [OPTION_NO, "0.4"])).message).toBe("total weight lower than 1.00: invalid vote option");
    expect(caught(w([OPTION_YES, "0.6"], [OPTION_NO, "0.5"])).message).toBe("total weight overflow 1.00: invalid vote option");
    expect(caught(w([OPTION_YES, "0.5"], [OPTION_YES, "0.5"])).message).toBe("duplicated vote option: invalid vote option");
    expect(caught(w([OPTION_YES, "0"], [OPTION_NO, "1"])).message).toBe('option:VOTE_OPTION_YES weight:"0" : invalid vote option');
    expect(caught(w([OPTION_YES, "1.5"])).code).toBe(7);
    expect(caught(w([OPTION_YES, ".5"], [OPTION_NO, "0.5"])).code).toBe(7);
    expect(caught(w()).message).toBe(": invalid request");
    w([OPTION_YES, "0.700000000000000000"], [OPTION_ABSTAIN, "0.3"])();
    expect(gov().votes[String(id)][alice].options).toEqual([
      { option: OPTION_YES, weight: "0.700000000000000000" },
      { option: OPTION_ABSTAIN, weight: "0.3" },
    ]);
    vote(env.ctx(), id, alice, OPTION_NO);
    expect(gov().votes[String(id)][alice].options).toEqual([{ option: OPTION_NO, weight: "1.000000000000000000" }]);
  });
});

describe("tally at the end of voting", () => {
  it("does nothing before the voting end and passes a text proposal at it (PASSED), refunding deposits", () => {
    const { env, gov, text, alice, bob, prop, advance } = setup();
    const id = text();
    vote(env.ctx(), id, alice, OPTION_YES);
    vote(env.ctx(), id, bob, OPTION_NO);
    advance(259_200_000 - 1);
    expect(gov().proposals[String(id)].status).toBe(STATUS_VOTING_PERIOD);
    advance(1);
    const p = gov().proposals[String(id)];
    expect(p.status).toBe(STATUS_PASSED);
    expect(p.finalTally).toEqual({ yes: 600_000_000n, abstain: 0n, no: 300_000_000n, noWithVeto: 0n });
    expect(balanceOf(env.chain, prop, "umilk")).toBe(100_000_000n);
    expect(gov().votes[String(id)]).toBeUndefined();
  });

  it("rejects below quorum (33.4% of bonded) and refunds (burn_vote_quorum is false)", () => {
    const { env, gov, text, carol, bob, prop, advance } = setup();
    const id = text();
    vote(env.ctx(), id, carol, OPTION_YES); // 10%
    vote(env.ctx(), id, bob, OPTION_YES); // +30% = 40%: quorum met
    const id2 = text();
    vote(env.ctx(), id2, bob, OPTION_YES); // 30% < 33.4%
    advance(3 * DAY);
    expect(gov().proposals[String(id)].status).toBe(STATUS_PASSED);
    expect(gov().proposals[String(id2)].status).toBe(STATUS_REJECTED);
    expect(balanceOf(env.chain, prop, "umilk")).toBe(100_000_000n);
  });

  it("rejects on more than 1/3 NoWithVeto and burns the deposits", () => {
    const { env, gov, text, alice, bob, advance } = setup();
    const id = text();
    const supply = env.chain.supply.umilk;
    vote(env.ctx(), id, alice, OPTION_YES); // 60/100 voted
    vote(env.ctx(), id, bob, OPTION_NO_WITH_VETO); // 30/90 = 33.3% … not over 33.4%
    const id2 = text();
    voteWeighted(env.ctx(), id2, alice, [
      { option: OPTION_YES, weight: "0.5" },
      { option: OPTION_NO_WITH_VETO, weight: "0.5" },
    ]); // 30 veto of 60 voted = 50%
    advance(3 * DAY);
    expect(gov().proposals[String(id)].status).toBe(STATUS_PASSED);
    expect(gov().proposals[String(id2)].status).toBe(STATUS_REJECTED);
    expect(gov().proposals[String(id2)].finalTally.noWithVeto).toBe(300_000_000n);
    expect(env.chain.supply.umilk).toBe(supply - MIN);
  });

  it("needs strictly more than half of the non-abstaining votes; abstain-only is rejected", () => {
    const { env, gov, text, alice, bob, carol, advance } = setup();
    const half = text();
    voteWeighted(env.ctx(), half, alice, [
      { option: OPTION_YES, weight: "0.5" },
      { option: OPTION_NO, weight: "0.5" },
    ]);
    const abstain = text();
    vote(env.ctx(), abstain, alice, OPTION_ABSTAIN);
    vote(env.ctx(), abstain, bob, OPTION_ABSTAIN);
    const withAbstain = text();
    vote(env.ctx(), withAbstain, alice, OPTION_ABSTAIN);
    vote(env.ctx(), withAbstain, carol, OPTION_YES); // 10 yes of 10 non-abstaining
    advance(3 * DAY);
    expect(gov().proposals[String(half)].status).toBe(STATUS_REJECTED);
    expect(gov().proposals[String(abstain)].status).toBe(STATUS_REJECTED);
    expect(gov().proposals[String(withAbstain)].status).toBe(STATUS_PASSED);
  });

  it("lets a validator's vote cover its delegators, except those who voted themselves", () => {
    const { env, gov, text, alice, valAOwner, advance } = setup();
    const id = text();
    vote(env.ctx(), id, valAOwner, OPTION_YES); // A: 700
    vote(env.ctx(), id, alice, OPTION_NO); // alice's 600 of A vote NO
    const tallyQuery = govModule.queries!["/cosmos.gov.v1.Query/TallyResult"];
    const live = QueryTallyResultResponse.decode(tallyQuery({ world: env.world, chain: env.chain }, QueryTallyResultRequest.encode({ proposalId: BigInt(id) }).finish()));
    expect(live.tally).toEqual({ yesCount: "100000000", abstainCount: "0", noCount: "600000000", noWithVetoCount: "0" });
    advance(3 * DAY);
    const p = gov().proposals[String(id)];
    // B did not vote, so bob's 300 count for nobody; 700 of 1000 voted, 100 yes vs 600 no.
    expect(p.finalTally).toEqual({ yes: 100_000_000n, abstain: 0n, no: 600_000_000n, noWithVeto: 0n });
    expect(p.status).toBe(STATUS_REJECTED);
  });

  it("converts a failing expedited proposal into a regular one that starts with no votes (tally.go deletes them)", () => {
    const { env, gov, text, alice, bob, prop, advance, ended } = setup();
    const id = text({ deposit: 50_000_000n, expedited: true });
    const again = text({ deposit: 50_000_000n, expedited: true });
    const p0 = gov().proposals[String(id)];
    expect(p0.votingEndMs! - p0.votingStartMs!).toBe(86_400_000);
    for (const pid of [id, again]) {
      vote(env.ctx(), pid, alice, OPTION_YES); // 60% yes: short of 66.7%
      vote(env.ctx(), pid, bob, OPTION_NO);
    }
    advance(DAY);
    const p1 = gov().proposals[String(id)];
    expect(p1.status).toBe(STATUS_VOTING_PERIOD);
    expect(p1.expedited).toBe(false);
    expect(p1.votingEndMs).toBe(p0.votingStartMs! + 259_200_000);
    expect(balanceOf(env.chain, govAddress("milk"), "umilk")).toBe(100_000_000n);
    // x/gov/keeper/tally.go:92 (milkyway-labs/cosmos-sdk v0.50.x): keeper.Votes.Remove for each
    // vote counted, so the regular period begins empty.
    expect(gov().votes[String(id)]).toBeUndefined();
    expect(ended()).toContainEqual(
      expect.objectContaining({ proposal_id: String(id), proposal_result: "expedited_proposal_rejected", proposal_log: "expedited proposal converted to regular" }),
    );
    // Voting again on one of them: the regular threshold (50%) now passes it.
    vote(env.ctx(), again, alice, OPTION_YES);
    vote(env.ctx(), again, bob, OPTION_NO);
    advance(2 * DAY);
    // Nobody voted again on `id`: no quorum, rejected with abci.go:224's failed_reason.
    expect(gov().proposals[String(id)]).toMatchObject({ status: STATUS_REJECTED, failedReason: "proposal did not get enough votes to pass" });
    expect(gov().proposals[String(again)].status).toBe(STATUS_PASSED);
    expect(balanceOf(env.chain, prop, "umilk")).toBe(100_000_000n);
  });

  it("an expedited proposal needs the expedited minimum deposit to start voting", () => {
    const { gov, text } = setup();
    const id = text({ deposit: MIN, expedited: true });
    expect(gov().proposals[String(id)].status).toBe(STATUS_DEPOSIT_PERIOD);
  });
});

describe("cancel and messages", () => {
  it("lets only the proposer cancel; half the deposit is burned, the rest refunded", () => {
    const { env, gov, text, alice, prop } = setup();
    const id = text();
    const notMine = caught(() => cancelProposal(env.ctx(), id, alice));
    expect([notMine.code, notMine.message]).toEqual([18, `invalid proposer ${alice}: invalid proposer`]);
    const supply = env.chain.supply.umilk;
    cancelProposal(env.ctx(), id, prop);
    expect(gov().proposals[String(id)]).toBeUndefined();
    expect(balanceOf(env.chain, prop, "umilk")).toBe(100_000_000n - MIN / 2n);
    expect(env.chain.supply.umilk).toBe(supply - MIN / 2n);
    expect(caught(() => cancelProposal(env.ctx(), id, prop)).message).toBe(`proposal ${id} doesn't exist: unknown proposal`);
  });

  it("executes a passed proposal's messages as the gov account, or marks it FAILED", () => {
    const { env, gov, alice, prop, advance, ended } = setup();
    const govAcc = govAddress("milk");
    const send = (amount: string) => ({
      typeUrl: "/cosmos.bank.v1beta1.MsgSend",
      value: MsgSend.encode({ fromAddress: govAcc, toAddress: alice, amount: [{ denom: "umilk", amount }] }).finish(),
    });
    const wrongSigner = caught(() =>
      submitProposal(env.ctx(), {
        proposer: prop,
        title: "t",
        summary: "s",
        messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode({ fromAddress: alice, toAddress: prop, amount: [] }).finish() }],
        initialDeposit: [{ denom: "umilk", amount: MIN }],
      }),
    );
    expect([wrongSigner.code, wrongSigner.message]).toEqual([13, `${alice}: expected gov account as only signer for proposal message`]);
    env.fund(govAcc, 100n); // funds the gov account holds besides the deposits
    const ok = submitProposal(env.ctx(), { proposer: prop, title: "t", summary: "s", messages: [send("5")], initialDeposit: [{ denom: "umilk", amount: MIN }] });
    const tooMuch = submitProposal(env.ctx(), { proposer: prop, title: "t", summary: "s", messages: [send("999999999999")], initialDeposit: [{ denom: "umilk", amount: MIN }] });
    vote(env.ctx(), ok, alice, OPTION_YES);
    vote(env.ctx(), tooMuch, alice, OPTION_YES);
    const before = balanceOf(env.chain, alice, "umilk");
    advance(3 * DAY);
    expect(gov().proposals[String(ok)].status).toBe(STATUS_PASSED);
    expect(gov().proposals[String(tooMuch)].status).toBe(STATUS_FAILED);
    // x/gov/abci.go:196-200: FailedReason = err.Error(); the log names the message index and type URL.
    const failedReason = gov().proposals[String(tooMuch)].failedReason;
    expect(failedReason).toMatch(/insufficient funds$/);
    expect(gov().proposals[String(ok)].failedReason).toBe("");
    expect(ended()).toContainEqual({
      proposal_id: String(tooMuch),
      proposal_result: "proposal_failed",
      proposal_log: `passed, but msg 0 (/cosmos.bank.v1beta1.MsgSend) failed on execution: ${failedReason}`,
    });
    expect(ended()).toContainEqual({ proposal_id: String(ok), proposal_result: "proposal_passed", proposal_log: "passed" });
    expect(balanceOf(env.chain, alice, "umilk")).toBe(before + 5n);
  });
});

describe("gov queries", () => {
  it("serves params in full and by type, with decimal-string ratios", () => {
    const { env } = setup();
    const route = govModule.queries!["/cosmos.gov.v1.Query/Params"];
    const res = QueryParamsResponse.decode(route({ world: env.world, chain: env.chain }, QueryParamsRequest.encode({ paramsType: "tallying" }).finish()));
    expect(res.tallyParams).toEqual({ quorum: "0.334000000000000000", threshold: "0.500000000000000000", vetoThreshold: "0.334000000000000000" });
    expect(res.params!.minDeposit).toEqual([{ denom: "umilk", amount: "10000000" }]);
    expect(res.params!.expeditedMinDeposit).toEqual([{ denom: "umilk", amount: "50000000" }]);
    expect(res.params!.votingPeriod).toEqual({ seconds: 259_200n, nanos: 0 });
    expect(res.depositParams).toBeUndefined();
    expect(() => route({ world: env.world, chain: env.chain }, QueryParamsRequest.encode({ paramsType: "bogus" }).finish())).toThrow(QueryError);
  });

  it("filters proposals by status and voter; a missing proposal is NotFound", () => {
    const { env, text, alice } = setup();
    const voting = text();
    text({ deposit: 1_000_000n });
    vote(env.ctx(), voting, alice, OPTION_YES);
    const route = govModule.queries!["/cosmos.gov.v1.Query/Proposals"];
    const run = (r: Partial<QueryProposalsRequest>) =>
      QueryProposalsResponse.decode(route({ world: env.world, chain: env.chain }, QueryProposalsRequest.encode(QueryProposalsRequest.fromPartial(r)).finish())).proposals.map((p) => Number(p.id));
    expect(run({})).toEqual([1, 2]);
    expect(run({ proposalStatus: STATUS_DEPOSIT_PERIOD })).toEqual([2]);
    expect(run({ voter: alice })).toEqual([1]);
    const one = govModule.queries!["/cosmos.gov.v1.Query/Proposal"];
    expect(() => one({ world: env.world, chain: env.chain }, QueryProposalRequest.encode({ proposalId: 7n }).finish())).toThrow(
      "rpc error: code = NotFound desc = proposal 7 doesn't exist: key not found",
    );
  });
});
