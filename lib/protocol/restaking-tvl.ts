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
import { earningServices, type TrustDraft } from "./restaking-trust";

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

export interface PoolUsd extends TargetUsd {
  /** The services whose APRs the pool's estimate adds up (ids, ascending). */
  covers: number[];
  /** Whether `covers` is the connected user's trusted services, or every service borrowing the pool. */
  basis: "your-trust" | "all-services";
}

export interface RestakingUsd {
  pools: Map<number, PoolUsd>;
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
  /**
   * The connected user's saved trust. A pool delegation earns only from the services its owner
   * trusts with that pool (doc §2.1) and a new user trusts none, so with a user the pool APR
   * adds up only those; without one (or before it loads) it is the best case, every service.
   */
  trust?: TrustDraft | null;
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
  const pools = new Map<number, PoolUsd>();
  for (const p of args.pools) {
    const borrowing = args.services.filter((s) => s.securingPools.includes(p.id));
    const covers = (args.trust ? earningServices(args.trust, borrowing, p.id) : borrowing.map((s) => s.id)).sort((a, b) => a - b);
    const apr: ServiceApr = args.trust && covers.length === 0 && borrowing.length > 0 ? { kind: "not-trusted" } : combinedApr(covers.map((id) => services.get(id)!.apr));
    pools.set(p.id, { tvl: coinsUsd([{ denom: p.denom, amount: p.tokens }], priceOf), apr, covers, basis: args.trust ? "your-trust" : "all-services" });
  }
  const operators = new Map<number, TargetUsd>();
  for (const o of args.operators) {
    const from = o.active ? args.services.filter((s) => operatorsOf(s, [o]).length > 0).map((s) => services.get(s.id)!.apr) : [];
    operators.set(o.id, { tvl: coinsUsd(o.tokens, priceOf), apr: combinedApr(from, o.commission) });
  }
  return { pools, operators, services };
}

/** Which services a pool's APR adds up, in words, for the label next to it. */
export function poolAprCovers(pool: Pick<PoolUsd, "covers" | "basis">, nameOf: (serviceId: number) => string): string {
  const names = pool.covers.map(nameOf).join(", ");
  if (pool.basis === "all-services") return names ? `If you trust every service borrowing it: ${names}` : "No service borrows this pool";
  return names ? `From the services you trust with it: ${names}` : "Trust a service with this pool to earn";
}
