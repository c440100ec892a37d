import type { LstRecord } from "../chains/lsts";
import type { NetworkSnapshot } from "../chains/networks";
import { queryClient } from "../cosmos/clients";
import { parseBatch, parseConfig, parseState, protocolKey, type UnstakeRequest } from "../protocol/liquid-staking";
import { parseRateHistory, type RateSample } from "../protocol/yield";

async function smart<T>(net: NetworkSnapshot, lst: LstRecord, msg: unknown): Promise<T> {
  const c = await queryClient(net, protocolKey(net, lst));
  return (await c.queryContractSmart(lst.contract, msg)) as T;
}

export const lstConfig = async (net: NetworkSnapshot, lst: LstRecord) => parseConfig(await smart(net, lst, { config: {} }));

export const lstState = async (net: NetworkSnapshot, lst: LstRecord) => parseState(await smart(net, lst, { state: {} }));

export const pendingBatch = async (net: NetworkSnapshot, lst: LstRecord) => parseBatch(await smart(net, lst, { pending_batch: {} }));

/** The user's unclaimed requests with their batches, in one round of queries. */
export async function unstakeRequests(net: NetworkSnapshot, lst: LstRecord, user: string) {
  const raw = await smart<{ batch_id: number; amount: string }[]>(net, lst, { unstake_requests: { user } });
  const requests: UnstakeRequest[] = raw.map((r) => ({ batchId: Number(r.batch_id), amount: BigInt(r.amount) }));
  if (requests.length === 0) return [];
  const { batches } = await smart<{ batches: unknown[] }>(net, lst, { batches_by_ids: { ids: requests.map((r) => r.batchId) } });
  const byId = new Map(batches.map((b) => parseBatch(b)).map((b) => [b.id, b]));
  return requests.flatMap((r) => (byId.has(r.batchId) ? [{ ...r, batch: byId.get(r.batchId)! }] : []));
}

export interface RateHistory {
  /** Where the contract posts its rates (protocol_chain_config.oracle_address); null = none configured. */
  oracle: string | null;
  denom: string;
  /** Oldest first. */
  samples: RateSample[];
}

/**
 * The redemption-rate history of one LST from the rate oracle on its contract's chain. The
 * staking contract's config says which oracle it posts to and under which denom, so nothing
 * here is hard-coded per network.
 */
export async function rateHistory(net: NetworkSnapshot, lst: LstRecord, limit: number): Promise<RateHistory> {
  const c = await queryClient(net, protocolKey(net, lst));
  const config = (await c.queryContractSmart(lst.contract, { config: {} })) as {
    liquid_stake_token_denom?: string;
    protocol_chain_config?: { oracle_address?: string | null };
  };
  const oracle = config.protocol_chain_config?.oracle_address ?? null;
  const denom = config.liquid_stake_token_denom ?? lst.lstDenom;
  if (!oracle) return { oracle: null, denom, samples: [] };
  const raw = await c.queryContractSmart(oracle, { historical_redemption_rates: { denom, limit } });
  return { oracle, denom, samples: parseRateHistory(raw) };
}
