import { describe, expect, it } from "vitest";
import { makeSignDoc, serializeSignDoc } from "@cosmjs/amino";
import { fromUtf8 } from "@cosmjs/encoding";
import { AminoTypes } from "@cosmjs/stargate";
import { VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { MsgDeposit, MsgSubmitProposal, MsgVote, MsgVoteWeighted } from "cosmjs-types/cosmos/gov/v1/tx";
import { createGovV1AminoConverters } from "./gov-v1-amino";

const types = new AminoTypes(createGovV1AminoConverters());
const ADDR = "milk1qg5ega6dykkxc307y25pecuufrjkxkaggkkxh7nad0vhyhtuhw3ssgcye4";

function roundTrip(typeUrl: string, value: unknown) {
  const amino = types.toAmino({ typeUrl, value });
  const back = types.fromAmino(amino);
  expect(back.typeUrl).toBe(typeUrl);
  expect(back.value).toEqual(value);
  return amino;
}

describe("gov v1 amino converters", () => {
  it("MsgSubmitProposal (text proposal): always initial_deposit, other zero fields omitted", () => {
    const full = MsgSubmitProposal.fromPartial({
      initialDeposit: [{ denom: "umilk", amount: "10000000" }],
      proposer: ADDR,
      metadata: "ipfs://Qm",
      title: "Title",
      summary: "Summary",
      expedited: true,
    });
    expect(roundTrip("/cosmos.gov.v1.MsgSubmitProposal", full)).toEqual({
      type: "cosmos-sdk/v1/MsgSubmitProposal",
      value: {
        initial_deposit: [{ denom: "umilk", amount: "10000000" }],
        proposer: ADDR,
        metadata: "ipfs://Qm",
        title: "Title",
        summary: "Summary",
        expedited: true,
      },
    });
    const bare = MsgSubmitProposal.fromPartial({ proposer: ADDR, title: "T", summary: "S" });
    expect(roundTrip("/cosmos.gov.v1.MsgSubmitProposal", bare).value).toEqual({ initial_deposit: [], proposer: ADDR, title: "T", summary: "S" });
  });

  it("refuses proposals with messages, which it cannot render", () => {
    const withMsg = MsgSubmitProposal.fromPartial({ messages: [{ typeUrl: "/x.Y", value: new Uint8Array([1]) }], proposer: ADDR });
    expect(() => types.toAmino({ typeUrl: "/cosmos.gov.v1.MsgSubmitProposal", value: withMsg })).toThrow(/not supported/);
    expect(() =>
      types.fromAmino({ type: "cosmos-sdk/v1/MsgSubmitProposal", value: { messages: [{ type: "x", value: {} }], initial_deposit: [] } }),
    ).toThrow(/not supported/);
  });

  it("MsgVote: proposal_id as a string even when 0, option as a number", () => {
    const v = MsgVote.fromPartial({ proposalId: 42n, voter: ADDR, option: VoteOption.VOTE_OPTION_NO_WITH_VETO, metadata: "why" });
    expect(roundTrip("/cosmos.gov.v1.MsgVote", v).value).toEqual({ proposal_id: "42", voter: ADDR, option: 4, metadata: "why" });
    const zero = MsgVote.fromPartial({});
    expect(roundTrip("/cosmos.gov.v1.MsgVote", zero).value).toEqual({ proposal_id: "0" });
  });

  it("MsgVoteWeighted: weights stay decimal strings", () => {
    const v = MsgVoteWeighted.fromPartial({
      proposalId: 7n,
      voter: ADDR,
      options: [
        { option: VoteOption.VOTE_OPTION_YES, weight: "0.500000000000000000" },
        { option: VoteOption.VOTE_OPTION_ABSTAIN, weight: "0.500000000000000000" },
      ],
    });
    expect(roundTrip("/cosmos.gov.v1.MsgVoteWeighted", v).value).toEqual({
      proposal_id: "7",
      voter: ADDR,
      options: [
        { option: 1, weight: "0.500000000000000000" },
        { option: 2, weight: "0.500000000000000000" },
      ],
    });
    expect(roundTrip("/cosmos.gov.v1.MsgVoteWeighted", MsgVoteWeighted.fromPartial({ proposalId: 1n })).value).toEqual({ proposal_id: "1" });
  });

  it("MsgDeposit: amount always present", () => {
    const d = MsgDeposit.fromPartial({ proposalId: 3n, depositor: ADDR, amount: [{ denom: "umilk", amount: "100000" }] });
    expect(roundTrip("/cosmos.gov.v1.MsgDeposit", d).value).toEqual({ proposal_id: "3", depositor: ADDR, amount: [{ denom: "umilk", amount: "100000" }] });
    expect(roundTrip("/cosmos.gov.v1.MsgDeposit", MsgDeposit.fromPartial({ proposalId: 3n })).value).toEqual({ proposal_id: "3", amount: [] });
  });

  it("produces the sorted sign bytes a chain would rebuild", () => {
    const msg = types.toAmino({ typeUrl: "/cosmos.gov.v1.MsgVote", value: MsgVote.fromPartial({ proposalId: 5n, voter: ADDR, option: 1 }) });
    const doc = makeSignDoc([msg], { amount: [], gas: "200000" }, "milkyway-sim-1", "", 3, 9);
    expect(fromUtf8(serializeSignDoc(doc))).toContain(`"msgs":[{"type":"cosmos-sdk/v1/MsgVote","value":{"option":1,"proposal_id":"5","voter":"${ADDR}"}}]`);
  });
});
