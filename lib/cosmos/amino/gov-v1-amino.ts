import type { AminoMsg, Coin } from "@cosmjs/amino";
import type { AminoConverters } from "@cosmjs/stargate";
import type { MsgDeposit, MsgSubmitProposal, MsgVote, MsgVoteWeighted } from "cosmjs-types/cosmos/gov/v1/tx";

/**
 * Amino JSON for cosmos.gov.v1 as SDK 0.50's x/tx aminojson renders it: snake_case proto names;
 * zero scalars and empty repeated fields omitted unless the proto says dont_omitempty
 * (proposal_id, initial_deposit, amount); enums as numbers; uint64 as strings; coins in the
 * legacy form. Vote weights are `cosmos.Dec` *strings* in v1 (unlike v1beta1's raw integers),
 * rendered verbatim, so send them as the chain prints decimals: "0.500000000000000000".
 *
 * MsgSubmitProposal supports only an empty `messages` list (text proposals): rendering inner
 * messages needs each one's own amino form, which the app never signs.
 */

export interface AminoMsgSubmitProposalV1 extends AminoMsg {
  readonly type: "cosmos-sdk/v1/MsgSubmitProposal";
  readonly value: {
    readonly messages?: never[];
    readonly initial_deposit: Coin[];
    readonly proposer?: string;
    readonly metadata?: string;
    readonly title?: string;
    readonly summary?: string;
    readonly expedited?: boolean;
  };
}

export interface AminoMsgVoteV1 extends AminoMsg {
  readonly type: "cosmos-sdk/v1/MsgVote";
  readonly value: {
    readonly proposal_id: string;
    readonly voter?: string;
    readonly option?: number;
    readonly metadata?: string;
  };
}

export interface AminoMsgVoteWeightedV1 extends AminoMsg {
  readonly type: "cosmos-sdk/v1/MsgVoteWeighted";
  readonly value: {
    readonly proposal_id: string;
    readonly voter?: string;
    readonly options?: { option?: number; weight?: string }[];
    readonly metadata?: string;
  };
}

export interface AminoMsgDepositV1 extends AminoMsg {
  readonly type: "cosmos-sdk/v1/MsgDeposit";
  readonly value: {
    readonly proposal_id: string;
    readonly depositor?: string;
    readonly amount: Coin[];
  };
}

const UNSUPPORTED_MESSAGES = "gov v1 amino: MsgSubmitProposal with messages is not supported (only text proposals)";

/** Adds `key: value` unless value is the proto3 zero value (the omitempty rule). */
function put<T extends object>(obj: T, key: string, value: string | number | boolean | unknown[] | undefined): T {
  const zero = value === undefined || value === "" || value === 0 || value === false || (Array.isArray(value) && value.length === 0);
  if (!zero) (obj as Record<string, unknown>)[key] = value;
  return obj;
}

const coins = (list: ReadonlyArray<{ denom: string; amount: string }>): Coin[] => list.map((c) => ({ denom: c.denom, amount: c.amount }));

function proposalId(s: string | undefined): bigint {
  if (s === undefined || !/^\d+$/.test(s)) throw new Error(`gov v1 amino: invalid proposal_id ${JSON.stringify(s)}`);
  return BigInt(s);
}

export function createGovV1AminoConverters(): AminoConverters {
  return {
    "/cosmos.gov.v1.MsgSubmitProposal": {
      aminoType: "cosmos-sdk/v1/MsgSubmitProposal",
      toAmino: (m: MsgSubmitProposal): AminoMsgSubmitProposalV1["value"] => {
        if (m.messages.length > 0) throw new Error(UNSUPPORTED_MESSAGES);
        const out = { initial_deposit: coins(m.initialDeposit) };
        put(out, "proposer", m.proposer);
        put(out, "metadata", m.metadata);
        put(out, "title", m.title);
        put(out, "summary", m.summary);
        put(out, "expedited", m.expedited);
        return out;
      },
      fromAmino: (v: AminoMsgSubmitProposalV1["value"]): MsgSubmitProposal => {
        if ((v.messages ?? []).length > 0) throw new Error(UNSUPPORTED_MESSAGES);
        return {
          messages: [],
          initialDeposit: coins(v.initial_deposit ?? []),
          proposer: v.proposer ?? "",
          metadata: v.metadata ?? "",
          title: v.title ?? "",
          summary: v.summary ?? "",
          expedited: v.expedited ?? false,
        };
      },
    },
    "/cosmos.gov.v1.MsgVote": {
      aminoType: "cosmos-sdk/v1/MsgVote",
      toAmino: (m: MsgVote): AminoMsgVoteV1["value"] => {
        const out = { proposal_id: m.proposalId.toString() };
        put(out, "voter", m.voter);
        put(out, "option", m.option);
        put(out, "metadata", m.metadata);
        return out;
      },
      fromAmino: (v: AminoMsgVoteV1["value"]): MsgVote => ({
        proposalId: proposalId(v.proposal_id),
        voter: v.voter ?? "",
        option: v.option ?? 0,
        metadata: v.metadata ?? "",
      }),
    },
    "/cosmos.gov.v1.MsgVoteWeighted": {
      aminoType: "cosmos-sdk/v1/MsgVoteWeighted",
      toAmino: (m: MsgVoteWeighted): AminoMsgVoteWeightedV1["value"] => {
        const out = { proposal_id: m.proposalId.toString() };
        put(out, "voter", m.voter);
        put(
          out,
          "options",
          m.options.map((o) => put(put({}, "option", o.option), "weight", o.weight)),
        );
        put(out, "metadata", m.metadata);
        return out;
      },
      fromAmino: (v: AminoMsgVoteWeightedV1["value"]): MsgVoteWeighted => ({
        proposalId: proposalId(v.proposal_id),
        voter: v.voter ?? "",
        options: (v.options ?? []).map((o) => ({ option: o.option ?? 0, weight: o.weight ?? "" })),
        metadata: v.metadata ?? "",
      }),
    },
    "/cosmos.gov.v1.MsgDeposit": {
      aminoType: "cosmos-sdk/v1/MsgDeposit",
      toAmino: (m: MsgDeposit): AminoMsgDepositV1["value"] => {
        const out = { proposal_id: m.proposalId.toString() };
        put(out, "depositor", m.depositor);
        return { ...out, amount: coins(m.amount) };
      },
      fromAmino: (v: AminoMsgDepositV1["value"]): MsgDeposit => ({
        proposalId: proposalId(v.proposal_id),
        depositor: v.depositor ?? "",
        amount: coins(v.amount ?? []),
      }),
    },
  };
}
