import { DEC_PRECISION, DEC_SCALE, type Dec } from "../amount/decimal";
import type { PlanDistribution } from "./restaking-plan-rates";
import { displayPercent } from "../amount/display";

/**
 * USD values and APR estimates for restaking (protocol doc §2.5 assets/prices, §2.6 APR).
 * Everything is exact: base units are bigint, USD values and rates are 18-digit Decs. The
 * rounding rule is one and the same everywhere: every division floors, so a value or APR
 * shown is never more than what the chain's own arithmetic would give.
 */

/** A denom's USD price as the chain prices it: x/assets (ticker, exponent) + connect `TICKER/USD`. */
export interface DenomPrice {
  denom: string;
  ticker: string;
  /** Decimal places of the token: one whole token is 10^exponent base units. */
  exponent: number;
  /** USD per whole token, 18-digit Dec. */
  price: Dec;
  /** Oracle block time of the price (ms), for "as of" notes; null when unknown. */
  updatedMs: number | null;
}

/** A lookup that answers null for a denom without an asset entry or without an oracle price. */
export type PriceOf = (denom: string) => DenomPrice | null;

/**
 * connect x/oracle sends a price as an integer with `decimals` places (doc §2.5: price =
 * quote / 10^decimals); MilkyWay reads it as LegacyNewDecFromIntWithPrec, exact for
 * decimals ≤ 18. Beyond 18 places the extra digits are floored (LegacyDec cannot hold them).
 */
export function oraclePriceToDec(price: bigint, decimals: number): Dec {
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`oraclePriceToDec: bad decimals ${decimals}`);
  if (price < 0n) throw new RangeError("oraclePriceToDec: negative price");
  return decimals <= DEC_PRECISION ? price * 10n ** BigInt(DEC_PRECISION - decimals) : price / 10n ** BigInt(decimals - DEC_PRECISION);
}

/**
 * USD value of `amount` base units: floor(price · amount / 10^exponent), the rewards module's
 * own `price.MulInt(amount).QuoInt64(10^exponent)` (doc §2.6 step 3), so values agree with
 * what decides reward eligibility.
 */
export function coinUsd(amount: bigint, p: Pick<DenomPrice, "price" | "exponent">): Dec {
  return (p.price * amount) / 10n ** BigInt(p.exponent);
}

export interface CoinsUsd {
  /** Sum over the priced coins. */
  value: Dec;
  /** Denoms with a positive amount and no price: the value above leaves them out. */
  unpriced: string[];
}

/** Sum of USD values; unpriced denoms are reported, never silently counted as $0. */
export function coinsUsd(coins: ReadonlyArray<{ denom: string; amount: bigint }>, priceOf: PriceOf): CoinsUsd {
  let value = 0n;
  const unpriced: string[] = [];
  for (const c of coins) {
    if (c.amount === 0n) continue;
    const p = priceOf(c.denom);
    if (p) value += coinUsd(c.amount, p);
    else if (!unpriced.includes(c.denom)) unpriced.push(c.denom);
  }
  return { value, unpriced };
}

/**
 * Tokens of a pool that back one service: floor(trunc18(trustedShares · T / S)) (doc §2.6
 * step 3), where trustedShares is PoolServiceTotalDelegatorShares(pool, service).
 */
export function trustedPoolTokens(trustedShares: Dec, poolShares: Dec, poolTokens: bigint): bigint {
  if (poolShares === 0n || trustedShares === 0n) return 0n;
  // Both share counts are raw Decs, so their scales cancel: floor(trunc18(x)) = floor(x).
  return (trustedShares * poolTokens) / poolShares;
}

/**
 * What secures one service, in USD (doc §2.6 step 3): the trusted part of each pool it
 * borrows, the tokens of every operator that may earn from it, and its own delegations.
 */
export interface ServiceSecurity {
  pools: ReadonlyArray<{ denom: string; trustedTokens: bigint }>;
  operators: ReadonlyArray<ReadonlyArray<{ denom: string; amount: bigint }>>;
  own: ReadonlyArray<{ denom: string; amount: bigint }>;
}

export function trustedTvlUsd(s: ServiceSecurity, priceOf: PriceOf): CoinsUsd {
  const coins = [
    ...s.pools.map((p) => ({ denom: p.denom, amount: p.trustedTokens })),
    ...s.operators.flat(),
    ...s.own,
  ];
  return coinsUsd(coins, priceOf);
}

/** Rewards plans as the APR needs them: per service, per day, running now. */
export interface ActivePlan {
  serviceId: number;
  perDay: { denom: string; amount: bigint };
  startMs: number;
  endMs: number;
  /** How the plan splits its rewards between pools, operators and direct delegators. */
  distribution?: PlanDistribution;
}

export type ServiceApr =
  | { kind: "apr"; apr: Dec }
  | { kind: "no-plan" }
  | { kind: "no-price"; denoms: string[] }
  /** The plans pay this target's group, but nothing in it holds value yet to divide by. */
  | { kind: "no-tvl" }
  /** A pool delegation of this user earns from no service: it trusts none that borrows the pool. */
  | { kind: "not-trusted" };

/**
 * A pool or operator earns from several services; its estimate is the sum of theirs (each
 * service pays its own trusted TVL at the same average rate), an operator's after its
 * commission. Known rates are summed; if any contributing service's rate is unknowable the
 * result says so rather than under-reporting.
 */
export function combinedApr(parts: ReadonlyArray<ServiceApr>, commission: Dec = 0n): ServiceApr {
  const priced = parts.filter((p): p is { kind: "apr"; apr: Dec } => p.kind === "apr");
  const noPrice = parts.flatMap((p) => (p.kind === "no-price" ? p.denoms : []));
  if (noPrice.length) return { kind: "no-price", denoms: [...new Set(noPrice)] };
  if (priced.length === 0) return parts.some((p) => p.kind === "no-tvl") ? { kind: "no-tvl" } : { kind: "no-plan" };
  const sum = priced.reduce((s, p) => s + p.apr, 0n);
  return { kind: "apr", apr: (sum * (DEC_SCALE - commission)) / DEC_SCALE };
}

/** The one sentence each non-numeric APR state shows. */
export function aprText(a: ServiceApr, symbolOf: (denom: string) => string = (d) => d): string {
  switch (a.kind) {
    case "apr":
      return displayPercent(a.apr).text;
    case "no-plan":
      return "No active plan";
    case "no-price":
      return `No price for ${a.denoms.map(symbolOf).join(", ")}`;
    case "no-tvl":
      return "No delegations earning yet";
    case "not-trusted":
      return "0% (you trust no service with this pool)";
  }
}
