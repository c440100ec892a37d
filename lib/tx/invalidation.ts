/**
 * What each message changes, as query-key areas to refetch after inclusion. The one table the
 * refetch after a transaction follows (nothing refetches "everything" behind it), so a new
 * message type cannot forget to refresh something. Bank balances (fees) and the history (the
 * transaction itself) always refresh.
 */
export const INVALIDATES: Record<string, ReadonlyArray<string>> = {
  "/cosmwasm.wasm.v1.MsgExecuteContract": ["bank", "liquid-staking", "way-card"],
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

export function areasToInvalidate(typeUrls: ReadonlyArray<string>): string[] {
  const out = new Set<string>(["bank", "history"]);
  for (const t of typeUrls) {
    const areas = INVALIDATES[t] ?? (t.startsWith("/milkyway.") ? ["bank", "restaking", "rewards"] : []);
    for (const a of areas) out.add(a);
  }
  return [...out];
}
