import { queryOptions, skipToken } from "@tanstack/react-query";
import type { LstRecord } from "../chains/lsts";
import type { NetworkSnapshot } from "../chains/networks";
import { read } from "../reads/run";
import { queryKey } from "./keys";

export type { RateHistory } from "../reads/liquid-staking";

/** 45 days of hourly samples: enough for a 30-day APY and a month-long chart. */
export const RATE_HISTORY_LIMIT = 45 * 24;

const lstKey = (net: NetworkSnapshot, lst: LstRecord, op: string, params: Record<string, unknown> = {}) =>
  queryKey(net, lst.chainId, "liquid-staking", op, { contract: lst.contract, ...params });

export function lstConfigQuery(net: NetworkSnapshot, lst: LstRecord) {
  return queryOptions({ queryKey: lstKey(net, lst, "config"), queryFn: () => read("lstConfig", net, lst) });
}

export function lstStateQuery(net: NetworkSnapshot, lst: LstRecord) {
  return queryOptions({ queryKey: lstKey(net, lst, "state"), queryFn: () => read("lstState", net, lst) });
}

export function pendingBatchQuery(net: NetworkSnapshot, lst: LstRecord) {
  return queryOptions({ queryKey: lstKey(net, lst, "pending-batch"), queryFn: () => read("pendingBatch", net, lst) });
}

/** The user's unclaimed requests with their batches, in one round of queries. */
export function unstakeRequestsQuery(net: NetworkSnapshot, lst: LstRecord, user: string | undefined) {
  return queryOptions({
    queryKey: lstKey(net, lst, "unstake-requests", { user }),
    queryFn: user ? () => read("unstakeRequests", net, lst, user) : skipToken,
  });
}

/** The redemption-rate history of one LST from the rate oracle its contract posts to. */
export function rateHistoryQuery(net: NetworkSnapshot, lst: LstRecord, limit = RATE_HISTORY_LIMIT) {
  return queryOptions({ queryKey: lstKey(net, lst, "rate-history", { limit }), queryFn: () => read("rateHistory", net, lst, limit) });
}
