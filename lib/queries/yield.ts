import { queryOptions } from "@tanstack/react-query";
import type { LstRecord } from "../chains/lsts";
import type { NetworkSnapshot } from "../chains/networks";
import { queryClient } from "../cosmos/clients";
import { parseRateHistory, type RateSample } from "../protocol/yield";
import { protocolKey } from "./liquid-staking";
import { queryKey } from "./keys";

/** 45 days of hourly samples: enough for a 30-day APY and a month-long chart. */
export const RATE_HISTORY_LIMIT = 45 * 24;

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
export function rateHistoryQuery(net: NetworkSnapshot, lst: LstRecord, limit = RATE_HISTORY_LIMIT) {
  return queryOptions({
    queryKey: queryKey(net, lst.chainId, "liquid-staking", "rate-history", { contract: lst.contract, limit }),
    queryFn: async (): Promise<RateHistory> => {
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
    },
  });
}
