import { queryOptions, skipToken } from "@tanstack/react-query";
import type { LstRecord } from "../chains/lsts";
import type { NetworkSnapshot } from "../chains/networks";
import { queryClient } from "../cosmos/clients";
import { chainKeyOf, parseBatch, parseConfig, parseState, type UnstakeRequest } from "../protocol/liquid-staking";
import type { ChainKey } from "../stores/network-store";
import { queryKey } from "./keys";

/** The chain key of an LST's protocol chain in this network (its chain-id in `net`). */
function protocolKey(net: NetworkSnapshot, lst: LstRecord): ChainKey {
  const key = chainKeyOf(net, lst.chainId);
  if (!key) throw new Error(`${lst.symbol}'s chain ${lst.chainId} is not part of this network`);
  return key;
}

async function smart<T>(net: NetworkSnapshot, lst: LstRecord, msg: unknown): Promise<T> {
  const c = await queryClient(net, protocolKey(net, lst));
  return (await c.queryContractSmart(lst.contract, msg)) as T;
}

export function lstConfigQuery(net: NetworkSnapshot, lst: LstRecord) {
  return queryOptions({
    queryKey: queryKey(net, lst.chainId, "liquid-staking", "config", { contract: lst.contract }),
    queryFn: async () => parseConfig(await smart(net, lst, { config: {} })),
  });
}

export function lstStateQuery(net: NetworkSnapshot, lst: LstRecord) {
  return queryOptions({
    queryKey: queryKey(net, lst.chainId, "liquid-staking", "state", { contract: lst.contract }),
    queryFn: async () => parseState(await smart(net, lst, { state: {} })),
  });
}

export function pendingBatchQuery(net: NetworkSnapshot, lst: LstRecord) {
  return queryOptions({
    queryKey: queryKey(net, lst.chainId, "liquid-staking", "pending-batch", { contract: lst.contract }),
    queryFn: async () => parseBatch(await smart(net, lst, { pending_batch: {} })),
  });
}

/** The user's unclaimed requests with their batches, in one round of queries. */
export function unstakeRequestsQuery(net: NetworkSnapshot, lst: LstRecord, user: string | undefined) {
  return queryOptions({
    queryKey: queryKey(net, lst.chainId, "liquid-staking", "unstake-requests", { contract: lst.contract, user }),
    queryFn: user
      ? async () => {
          const raw = await smart<{ batch_id: number; amount: string }[]>(net, lst, { unstake_requests: { user } });
          const requests: UnstakeRequest[] = raw.map((r) => ({ batchId: Number(r.batch_id), amount: BigInt(r.amount) }));
          if (requests.length === 0) return [];
          const { batches } = await smart<{ batches: unknown[] }>(net, lst, { batches_by_ids: { ids: requests.map((r) => r.batchId) } });
          const byId = new Map(batches.map((b) => parseBatch(b)).map((b) => [b.id, b]));
          return requests.flatMap((r) => (byId.has(r.batchId) ? [{ ...r, batch: byId.get(r.batchId)! }] : []));
        }
      : skipToken,
  });
}

export { protocolKey };
