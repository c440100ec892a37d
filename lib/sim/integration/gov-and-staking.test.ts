import { describe, expect, it } from "vitest";
import {
  calculateFee,
  createProtobufRpcClient,
  GasPrice,
  QueryClient,
  setupDistributionExtension,
  setupStakingExtension,
} from "@cosmjs/stargate";
import { QueryClientImpl as GovQueryClient } from "cosmjs-types/cosmos/gov/v1/query";
import { ProposalStatus, VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { MsgUndelegateResponse, MsgBeginRedelegateResponse } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { MILKYWAY_SIM } from "../../chains/sim-chains";
import { advanceSeconds, connect, freshWorld, fund, makeSigner, type SignMode } from "./harness";

const FEE = calculateFee(400_000, GasPrice.fromString("0.0025umilk"));
const FEE_UMILK = BigInt(FEE.amount[0].amount);
const DAY = 86_400;
const STAKING_UNBONDING_MS = 1_814_400_000;

async function milkUser(mode: SignMode = "direct") {
  const world = freshWorld();
  const c = await connect(world, MILKYWAY_SIM, await makeSigner(MILKYWAY_SIM, mode));
  await fund(world, MILKYWAY_SIM, c.address, [{ denom: "umilk", amount: "1000000000" }]);
  const query = QueryClient.withExtensions(c.comet, setupStakingExtension, setupDistributionExtension);
  const gov = new GovQueryClient(createProtobufRpcClient(QueryClient.withExtensions(c.comet)));
  const { validators } = await query.staking.validators("BOND_STATUS_BONDED");
  expect(validators.length).toBeGreaterThanOrEqual(2);
  return { world, ...c, query, gov, validators: validators.map((v) => v.operatorAddress) };
}

type Query = Awaited<ReturnType<typeof milkUser>>["query"];

/** The delegation's token balance (SigningCosmWasmClient has no getDelegation; the query is the same). */
async function delegated(query: Query, address: string, validator: string): Promise<bigint> {
  const { delegationResponse } = await query.staking.delegation(address, validator);
  return BigInt(delegationResponse!.balance.amount);
}

const tsMs = (t: { seconds: bigint; nanos: number }) => Number(t.seconds) * 1000 + Math.floor(t.nanos / 1e6);
const umilk = async (client: Awaited<ReturnType<typeof milkUser>>["client"], address: string) =>
  BigInt((await client.getBalance(address, "umilk")).amount);

describe("MILK staking on MilkyWay through the real client", () => {
  it.each(["direct", "amino"] as const)("delegates, earns and claims, redelegates, undelegates and is paid after 21 days (%s)", async (mode) => {
    const { world, client, address, query, validators } = await milkUser(mode);
    const [v1, v2] = validators;

    const start = await umilk(client, address);
    const del = await client.delegateTokens(address, v1, { denom: "umilk", amount: "300000000" }, FEE);
    expect(del.code, del.rawLog).toBe(0);
    expect(await delegated(query, address, v1)).toBe(300_000_000n);
    expect(await umilk(client, address)).toBe(start - 300_000_000n - FEE_UMILK);

    await advanceSeconds(world, DAY);
    const accrued = await query.distribution.delegationRewards(address, v1);
    const owed = BigInt(accrued.rewards.find((r) => r.denom === "umilk")!.amount) / 10n ** 18n;
    expect(owed).toBeGreaterThan(0n);
    const beforeClaim = await umilk(client, address);
    const claim = await client.withdrawRewards(address, v1, FEE);
    expect(claim.code, claim.rawLog).toBe(0);
    const paid = BigInt(claim.events.find((e) => e.type === "withdraw_rewards")!.attributes.find((a) => a.key === "amount")!.value.replace("umilk", ""));
    expect(paid).toBeGreaterThanOrEqual(owed);
    expect(await umilk(client, address)).toBe(beforeClaim - FEE_UMILK + paid);

    const red = await client.signAndBroadcast(
      address,
      [{ typeUrl: "/cosmos.staking.v1beta1.MsgBeginRedelegate", value: { delegatorAddress: address, validatorSrcAddress: v1, validatorDstAddress: v2, amount: { denom: "umilk", amount: "100000000" } } }],
      FEE,
    );
    expect(red.code, red.rawLog).toBe(0);
    const redCompletion = tsMs(MsgBeginRedelegateResponse.decode(red.msgResponses[0].value).completionTime!);
    expect(redCompletion).toBe(Date.parse((await client.getBlock(red.height)).header.time) + STAKING_UNBONDING_MS);
    expect(await delegated(query, address, v1)).toBe(200_000_000n);
    expect(await delegated(query, address, v2)).toBe(100_000_000n);
    const reds = await query.staking.redelegations(address, v1, v2);
    expect(reds.redelegationResponses[0].entries[0].balance).toBe("100000000");

    const un = await client.undelegateTokens(address, v1, { denom: "umilk", amount: "50000000" }, FEE);
    expect(un.code, un.rawLog).toBe(0);
    const completion = tsMs(MsgUndelegateResponse.decode(un.msgResponses[0].value).completionTime!);
    expect(completion).toBe(Date.parse((await client.getBlock(un.height)).header.time) + STAKING_UNBONDING_MS);
    const ubd = await query.staking.unbondingDelegation(address, v1);
    expect(ubd.unbond.entries.map((e) => e.balance)).toEqual(["50000000"]);
    expect(await delegated(query, address, v1)).toBe(150_000_000n);

    const held = await umilk(client, address);
    await advanceSeconds(world, 21 * DAY + 60);
    // Rewards were paid when undelegating; what arrives at maturity is exactly the principal.
    expect((await umilk(client, address)) - held).toBe(50_000_000n);
    await expect(query.staking.unbondingDelegation(address, v1)).rejects.toThrow(/not found/);
  });

  it("refuses a delegation above the balance and a redelegation to the same validator", async () => {
    const { client, address, validators } = await milkUser();
    const tooMuch = await client.delegateTokens(address, validators[0], { denom: "umilk", amount: "5000000000" }, FEE);
    expect(tooMuch.code).toBe(5);
    expect(tooMuch.rawLog).toMatch(/insufficient funds/);
    expect((await client.delegateTokens(address, validators[0], { denom: "umilk", amount: "10000000" }, FEE)).code).toBe(0);
    const self = await client.signAndBroadcast(
      address,
      [{ typeUrl: "/cosmos.staking.v1beta1.MsgBeginRedelegate", value: { delegatorAddress: address, validatorSrcAddress: validators[0], validatorDstAddress: validators[0], amount: { denom: "umilk", amount: "1000000" } } }],
      FEE,
    );
    expect(self.code).toBe(29);
    expect(self.rawLog).toContain("cannot redelegate to the same validator");
  });
});

describe("gov v1 on MilkyWay through the real client", () => {
  const vote = (voter: string, option: VoteOption) => ({
    typeUrl: "/cosmos.gov.v1.MsgVote",
    value: { proposalId: 1n, voter, option, metadata: "" },
  });
  const weighted = (voter: string, options: { option: VoteOption; weight: string }[]) => ({
    typeUrl: "/cosmos.gov.v1.MsgVoteWeighted",
    value: { proposalId: 1n, voter, options, metadata: "" },
  });

  it.each(["direct", "amino"] as const)("votes, changes to a weighted vote, and the live tally follows the voter's stake (%s)", async (mode) => {
    const { client, address, gov, validators } = await milkUser(mode);
    const p = (await gov.Proposal({ proposalId: 1n })).proposal!;
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);
    expect((await client.delegateTokens(address, validators[0], { denom: "umilk", amount: "100000000" }, FEE)).code).toBe(0);
    // Nobody has voted yet in a fresh world, so the tally is exactly what this voter adds.
    expect((await gov.Votes({ proposalId: 1n })).votes).toEqual([]);
    const before = (await gov.TallyResult({ proposalId: 1n })).tally!;
    expect([before.yesCount, before.noCount, before.abstainCount, before.noWithVetoCount]).toEqual(["0", "0", "0", "0"]);

    const yes = await client.signAndBroadcast(address, [vote(address, VoteOption.VOTE_OPTION_YES)], FEE);
    expect(yes.code, yes.rawLog).toBe(0);
    const afterYes = (await gov.TallyResult({ proposalId: 1n })).tally!;
    expect([afterYes.yesCount, afterYes.noCount]).toEqual(["100000000", "0"]);
    const stored = await gov.Vote({ proposalId: 1n, voter: address });
    expect(stored.vote!.options).toEqual([{ option: VoteOption.VOTE_OPTION_YES, weight: "1.000000000000000000" }]);

    const split = await client.signAndBroadcast(
      address,
      [weighted(address, [{ option: VoteOption.VOTE_OPTION_YES, weight: "0.7" }, { option: VoteOption.VOTE_OPTION_NO, weight: "0.3" }])],
      FEE,
    );
    expect(split.code, split.rawLog).toBe(0);
    const afterSplit = (await gov.TallyResult({ proposalId: 1n })).tally!;
    // The latest vote replaces the earlier one: 0.7 / 0.3 of the voter's 100 MILK.
    expect([afterSplit.yesCount, afterSplit.noCount, afterSplit.abstainCount]).toEqual(["70000000", "30000000", "0"]);
    const votes = await gov.Votes({ proposalId: 1n });
    expect(votes.votes.filter((v) => v.voter === address)).toHaveLength(1);
  });

  it("refuses weights that do not sum to 1", async () => {
    const { client, address } = await milkUser();
    const low = await client.signAndBroadcast(
      address,
      [weighted(address, [{ option: VoteOption.VOTE_OPTION_YES, weight: "0.5" }, { option: VoteOption.VOTE_OPTION_NO, weight: "0.4" }])],
      FEE,
    );
    expect(low.code).toBe(7);
    expect(low.rawLog).toContain("total weight lower than 1.00");
    const high = await client.signAndBroadcast(
      address,
      [weighted(address, [{ option: VoteOption.VOTE_OPTION_YES, weight: "0.6" }, { option: VoteOption.VOTE_OPTION_ABSTAIN, weight: "0.6" }])],
      FEE,
    );
    expect(high.code).toBe(7);
    expect(high.rawLog).toContain("total weight overflow 1.00");
    await expect(client.signAndBroadcast(address, [weighted(address, [{ option: VoteOption.VOTE_OPTION_YES, weight: "0.9" }])], "auto")).rejects.toThrow(
      /total weight lower than 1.00/,
    );
  });

  it("a vote after the voting period ended is refused as an inactive proposal", async () => {
    const { world, client, address, gov } = await milkUser();
    const p = (await gov.Proposal({ proposalId: 1n })).proposal!;
    const endMs = tsMs(p.votingEndTime!);
    await advanceSeconds(world, Math.ceil((endMs - world.timeMs) / 1000) + 60);
    const ended = (await gov.Proposal({ proposalId: 1n })).proposal!;
    expect([ProposalStatus.PROPOSAL_STATUS_PASSED, ProposalStatus.PROPOSAL_STATUS_REJECTED, ProposalStatus.PROPOSAL_STATUS_FAILED]).toContain(ended.status);
    const late = await client.signAndBroadcast(address, [vote(address, VoteOption.VOTE_OPTION_YES)], FEE);
    expect(late.code).toBe(3);
    expect(late.rawLog).toBe("failed to execute message; message index: 0: 1: inactive proposal");
    const lateWeighted = await client.signAndBroadcast(
      address,
      [weighted(address, [{ option: VoteOption.VOTE_OPTION_NO, weight: "1" }])],
      FEE,
    );
    expect(lateWeighted.rawLog).toContain("inactive proposal");
  });
});
