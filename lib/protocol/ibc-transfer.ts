import type { EncodeObject } from "@cosmjs/proto-signing";

/** Packets carry a 10-minute deadline: long enough for a slow relayer, short enough to refund. */
export const TRANSFER_TIMEOUT_MS = 10 * 60_000;

/** A plain ICS-20 transfer (two-step staking: move the token first, stake where it lands). */
export function transferMsg(args: {
  sourceChannel: string;
  denom: string;
  amount: bigint;
  sender: string;
  receiver: string;
  nowMs: number;
}): EncodeObject {
  return {
    typeUrl: "/ibc.applications.transfer.v1.MsgTransfer",
    value: {
      sourcePort: "transfer",
      sourceChannel: args.sourceChannel,
      token: { denom: args.denom, amount: args.amount.toString() },
      sender: args.sender,
      receiver: args.receiver,
      timeoutTimestamp: BigInt(args.nowMs + TRANSFER_TIMEOUT_MS) * 1_000_000n,
      memo: "",
    },
  };
}
