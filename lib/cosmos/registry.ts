import "./proto/binary-writer-fix";
import { Registry, type GeneratedType } from "@cosmjs/proto-signing";
import { defaultRegistryTypes } from "@cosmjs/stargate";
import { wasmTypes } from "@cosmjs/cosmwasm-stargate";
import { MsgDeposit, MsgSubmitProposal, MsgVote, MsgVoteWeighted } from "cosmjs-types/cosmos/gov/v1/tx";
import { milkywayRegistryTypes } from "./proto/registry-types";
import { osmosisRegistryTypes } from "./proto/osmosis-registry-types";

const govV1Types: ReadonlyArray<[string, GeneratedType]> = [
  ["/cosmos.gov.v1.MsgSubmitProposal", MsgSubmitProposal],
  ["/cosmos.gov.v1.MsgVote", MsgVote],
  ["/cosmos.gov.v1.MsgVoteWeighted", MsgVoteWeighted],
  ["/cosmos.gov.v1.MsgDeposit", MsgDeposit],
];

/** Every message type the app signs: SDK defaults, CosmWasm, gov v1, MilkyWay and Osmosis pools. */
export function createAppRegistry(): Registry {
  return new Registry([...defaultRegistryTypes, ...wasmTypes, ...govV1Types, ...milkywayRegistryTypes, ...osmosisRegistryTypes]);
}
