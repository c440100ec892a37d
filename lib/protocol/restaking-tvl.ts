import type { Dec } from "../amount/decimal";
import {
  coinsUsd,
  combinedApr,
  serviceApr,
  trustedPoolTokens,
  trustedTvlUsd,
  type ActivePlan,
  type CoinsUsd,
  type PriceOf,
  type ServiceApr,
} from "./restaking-apr";

/**
 * USD TVL and APR estimates for every restaking target at once, from the chain's views
 * (structural types, so lib/queries stays the only place that knows the wire).
 */

type Coins = ReadonlyArray<{ denom: string; amount: bigint }>;

export interface PoolIn {
  id: number;
  denom: string;
  tokens: bigint;
  shares: Dec;
}
export interface OperatorIn {
  id: number;
  active: boolean;
  commission: Dec;
  joinedServices: ReadonlyArray<number>;
  tokens: Coins;
}
export interface ServiceIn {
  id: number;
  active: boolean;
  securingPools: ReadonlyArray<number>;
  allowedOperators: ReadonlyArray<number>;
  tokens: Coins;
  trustedPoolShares: Readonly<Record<number, Dec>>;
}

export interface TargetUsd {
  /** Everything delegated to the target. */
  tvl: CoinsUsd;
  apr: ServiceApr;
}
export interface ServiceUsd extends TargetUsd {
  /** What secures the service and is paid by its plans (doc §2.6 step 3). */
  trustedTvl: CoinsUsd;
}

export interface RestakingUsd {
  pools: Map<number, TargetUsd>;
  operators: Map<number, TargetUsd>;
  services: Map<number, ServiceUsd>;
}

/** Operators that may earn from a service: joined, active, and on its allow-list if it has one. */
function operatorsOf(s: ServiceIn, operators: ReadonlyArray<OperatorIn>): OperatorIn[] {
  return operators.filter((o) => o.active && o.joinedServices.includes(s.id) && (s.allowedOperators.length === 0 || s.allowedOperators.includes(o.id)));
}

export function restakingUsd(args: {
  pools: ReadonlyArray<PoolIn>;
  operators: ReadonlyArray<OperatorIn>;
  services: ReadonlyArray<ServiceIn>;
  plans: ReadonlyArray<ActivePlan>;
  nowMs: number;
  priceOf: PriceOf;
}): RestakingUsd {
  const { priceOf } = args;
  const services = new Map<number, ServiceUsd>();
  for (const s of args.services) {
    const pools = s.securingPools.flatMap((id) => {
      const p = args.pools.find((x) => x.id === id);
      return p ? [{ denom: p.denom, trustedTokens: trustedPoolTokens(s.trustedPoolShares[id] ?? 0n, p.shares, p.tokens) }] : [];
    });
    const trustedTvl = trustedTvlUsd({ pools, operators: operatorsOf(s, args.operators).map((o) => o.tokens), own: s.tokens }, priceOf);
    // Plans of a service that is not active do not run (doc §2.6 step 2).
    const apr = s.active ? serviceApr({ serviceId: s.id, plans: args.plans, nowMs: args.nowMs, tvl: trustedTvl, priceOf }) : ({ kind: "no-plan" } as const);
    services.set(s.id, { tvl: coinsUsd(s.tokens, priceOf), trustedTvl, apr });
  }
  const pools = new Map<number, TargetUsd>();
  for (const p of args.pools) {
    const from = args.services.filter((s) => s.securingPools.includes(p.id)).map((s) => services.get(s.id)!.apr);
    pools.set(p.id, { tvl: coinsUsd([{ denom: p.denom, amount: p.tokens }], priceOf), apr: combinedApr(from) });
  }
  const operators = new Map<number, TargetUsd>();
  for (const o of args.operators) {
    const from = o.active ? args.services.filter((s) => operatorsOf(s, [o]).length > 0).map((s) => services.get(s.id)!.apr) : [];
    operators.set(o.id, { tvl: coinsUsd(o.tokens, priceOf), apr: combinedApr(from, o.commission) });
  }
  return { pools, operators, services };
}
