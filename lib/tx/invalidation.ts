import type { EncodeObject } from "@cosmjs/proto-signing";
import { wasmAction } from "./kinds";

/**
 * What each message changes, as query-key areas to refetch after inclusion. The one table the
 * refetch after a transaction follows (nothing refetches "everything" behind it), so a new
 * message type cannot forget to refresh something. Bank balances (fees) and the history (the
 * transaction itself) always refresh. A CosmWasm execute is keyed by its action too
 * ("…MsgExecuteContract#liquid_stake"): a liquid stake cannot touch a Way Card.
 */
export const INVALIDATES: Record<string, ReadonlyArray<string>> = {
  "/cosmwasm.wasm.v1.MsgExecuteContract": ["bank", "liquid-staking", "way-card"],
  "/cosmwasm.wasm.v1.MsgExecuteContract#liquid_stake": ["bank", "liquid-staking"],
  "/cosmwasm.wasm.v1.MsgExecuteContract#liquid_unstake": ["bank", "liquid-staking"],
  "/cosmwasm.wasm.v1.MsgExecuteContract#withdraw": ["bank", "liquid-staking"],
  // The Way Card contract's actions (docs/way-card.md §3).
  ...Object.fromEntries(
    ["open_card", "top_up", "lock_collateral", "unlock_collateral", "set_auto_top_up", "set_horizon", "purchase", "freeze", "unfreeze", "close_card"].map((a) => [
      `/cosmwasm.wasm.v1.MsgExecuteContract#${a}`,
      ["bank", "way-card"],
    ]),
  ),
  "/ibc.applications.transfer.v1.MsgTransfer": ["bank", "ibc"],
  "/cosmos.bank.v1beta1.MsgSend": ["bank"],
  "/cosmos.staking.v1beta1.MsgDelegate": ["bank", "staking", "distribution"],
  "/cosmos.staking.v1beta1.MsgUndelegate": ["bank", "staking", "distribution"],
  "/cosmos.staking.v1beta1.MsgBeginRedelegate": ["bank", "staking", "distribution"],
  "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward": ["bank", "distribution"],
  "/cosmos.gov.v1.MsgVote": ["bank", "gov"],
  "/cosmos.gov.v1.MsgVoteWeighted": ["bank", "gov"],
  "/cosmos.gov.v1.MsgDeposit": ["bank", "gov"],
  "/cosmos.gov.v1.MsgSubmitProposal": ["bank", "gov"],
  // Osmosis pools (issue 14): a swap or position changes balances and the pool's price, depth and positions.
  "/osmosis.poolmanager.v1beta1.MsgSwapExactAmountIn": ["bank", "osmosis-pools"],
  "/osmosis.poolmanager.v1beta1.MsgSwapExactAmountOut": ["bank", "osmosis-pools"],
  "/osmosis.concentratedliquidity.v1beta1.MsgCreatePosition": ["bank", "osmosis-pools"],
  "/osmosis.concentratedliquidity.v1beta1.MsgAddToPosition": ["bank", "osmosis-pools"],
  "/osmosis.concentratedliquidity.v1beta1.MsgWithdrawPosition": ["bank", "osmosis-pools"],
  "/osmosis.concentratedliquidity.v1beta1.MsgCollectSpreadRewards": ["bank", "osmosis-pools"],
  "/osmosis.gamm.v1beta1.MsgJoinPool": ["bank", "osmosis-pools"],
  "/osmosis.gamm.v1beta1.MsgExitPool": ["bank", "osmosis-pools"],
};

/** The table's key for a message: its type, and for a CosmWasm execute its action. */
export function invalidationKey(msg: EncodeObject): string {
  const action = wasmAction(msg);
  return action ? `${msg.typeUrl}#${action}` : msg.typeUrl;
}

export function areasToInvalidate(keys: ReadonlyArray<string>): string[] {
  const out = new Set<string>(["bank", "history"]);
  for (const k of keys) {
    const t = k.split("#")[0];
    const areas = INVALIDATES[k] ?? INVALIDATES[t] ?? (t.startsWith("/milkyway.") ? ["bank", "restaking", "rewards"] : []);
    for (const a of areas) out.add(a);
  }
  return [...out];
}
