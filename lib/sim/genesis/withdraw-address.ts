import { MsgSetWithdrawAddress } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import type { Ctx } from "../ctx";
import { runMsg } from "../actors/run-msg";

/** The staker's rewards go to the rewards collector, as on mainnet (doc §0). */
export function setWithdrawAddressFor(ctx: Ctx, delegator: string, withdrawAddress: string): void {
  runMsg(ctx, "/cosmos.distribution.v1beta1.MsgSetWithdrawAddress", MsgSetWithdrawAddress.fromPartial({ delegatorAddress: delegator, withdrawAddress }));
}
