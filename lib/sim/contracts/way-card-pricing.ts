import type { Dec } from "../../amount/decimal";
import { creditLimit } from "../../amount/way-card-math";
import { aprFromRates } from "./way-card-math";
import { APR_WINDOW_DAYS, rateSamples, type AssetConfig, type Card, type Config, type RateSample } from "./way-card-state";
import type { ContractApi } from "./types";

/** What the card's maths needs from the outside world at this block. */
export interface Market {
  /** milkTIA price (18-decimal USD); null when the feed has none. */
  collateralPrice: Dec | null;
  apr: Dec;
  latest: RateSample | null;
}

export function priceOf(api: ContractApi, asset: AssetConfig): Dec | null {
  const p = api.oraclePrice(asset.ticker);
  return p !== null && p > 0n ? p : null;
}

/**
 * APR from the stored rate history: the latest sample against the oldest one at most
 * APR_WINDOW_DAYS older. One sample (or a falling rate) gives 0, so no credit.
 */
export function currentApr(samples: ReadonlyArray<RateSample>): Dec {
  if (samples.length < 2) return 0n;
  const latest = samples[samples.length - 1];
  const from = samples.find((s) => latest.time - s.time <= APR_WINDOW_DAYS * 86_400) ?? latest;
  return aprFromRates(from.rate, from.time, latest.rate, latest.time);
}

export function market(api: ContractApi, config: Config): Market {
  const samples = rateSamples(api);
  return {
    collateralPrice: priceOf(api, config.collateral),
    apr: currentApr(samples),
    latest: samples.length ? samples[samples.length - 1] : null,
  };
}

export function limitFor(card: Pick<Card, "collateral" | "horizon_days">, config: Config, m: Market, horizonDays = card.horizon_days, collateral = card.collateral): bigint {
  if (m.collateralPrice === null) return 0n;
  return creditLimit(collateral, m.collateralPrice, config.collateral.exponent, m.apr, horizonDays);
}

export function available(card: Card, limit: bigint): bigint {
  return limit > card.owed ? limit - card.owed : 0n;
}
