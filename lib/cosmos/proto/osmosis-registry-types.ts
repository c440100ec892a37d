/**
 * The Osmosis Msgs the app signs (swaps through the pool manager, concentrated-liquidity positions,
 * balancer join/exit), as `[typeUrl, GeneratedType]` for the app's CosmJS Registry. Creating a
 * concentrated pool is an admin step no screen takes: it has a codec and a converter but stays
 * out of the page's registry (tests register it from allOsmosisMsgTypes).
 */
import type { GeneratedType } from "@cosmjs/proto-signing";

import * as clPoolModel from "./gen/osmosis/concentratedliquidity/poolmodel/concentrated/v1beta1/tx";
import * as cl from "./gen/osmosis/concentratedliquidity/v1beta1/tx";
import * as gamm from "./gen/osmosis/gamm/v1beta1/tx";
import * as poolmanager from "./gen/osmosis/poolmanager/v1beta1/tx";

const sent: ReadonlyArray<GeneratedType & { readonly typeUrl: string }> = [
  poolmanager.MsgSwapExactAmountIn,
  poolmanager.MsgSwapExactAmountOut,
  cl.MsgCreatePosition,
  cl.MsgAddToPosition,
  cl.MsgWithdrawPosition,
  cl.MsgCollectSpreadRewards,
  gamm.MsgJoinPool,
  gamm.MsgExitPool,
];

export const osmosisRegistryTypes: ReadonlyArray<[string, GeneratedType]> = sent.map((t) => [t.typeUrl, t]);

/** Every Osmosis Msg codec generated from proto/, the admin pool creation included. */
export function allOsmosisMsgTypes(): Array<[string, GeneratedType]> {
  return [...osmosisRegistryTypes, [clPoolModel.MsgCreateConcentratedPool.typeUrl, clPoolModel.MsgCreateConcentratedPool]];
}
