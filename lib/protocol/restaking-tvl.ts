import type { Dec } from "../amount/decimal";
import { BY_VALUE, planRates, type GroupAmounts } from "./restaking-plan-rates";
import {
  coinsUsd,
  combinedApr,
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
  /** `apr` here is the rate of delegating to the service itself (its plans' users group). */
  /** What the service's running plans hand each group a day, per reward denom. */
  perDayTo: ReadonlyMap<string, GroupAmounts>;
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

type Part = ServiceApr;

/** Sum of a service's plans' rates for one target (null: the target earns no rate from it). */
function addRate(into: Map<number, Dec>, id: number, r: Dec | undefined): void {
  if (r !== undefined) into.set(id, (into.get(id) ?? 0n) + r);
}

interface ServiceRates {
  /** Why no rate can be given, when that is the case for the whole service. */
  state: Exclude<ServiceApr, { kind: "apr" }> | null;
  perDayTo: Map<string, GroupAmounts>;
  pools: Map<number, Dec>;
  operators: Map<number, Dec>;
  users: Dec | null;
}

/** Every running plan of a service, split per target as x/rewards splits it (restaking-plan-rates.ts). */
function serviceRates(s: ServiceIn, args: RestakingArgs, pools: ReadonlyArray<{ id: number; denom: string; trustedTokens: bigint }>): ServiceRates {
  const none = (state: ServiceRates["state"]): ServiceRates => ({ state, perDayTo: new Map(), pools: new Map(), operators: new Map(), users: null });
  const running = s.active ? args.plans.filter((p) => p.serviceId === s.id && p.startMs <= args.nowMs && args.nowMs < p.endMs && p.perDay.amount > 0n) : [];
  if (running.length === 0) return none({ kind: "no-plan" });
  const poolMembers = pools.map((p) => ({ id: p.id, ...coinsUsd([{ denom: p.denom, amount: p.trustedTokens }], args.priceOf) }));
  const operatorMembers = operatorsOf(s, args.operators).map((o) => ({ id: o.id, ...coinsUsd(o.tokens, args.priceOf) }));
  const own = coinsUsd(s.tokens, args.priceOf);
  const missing = new Set([...poolMembers, ...operatorMembers, own].flatMap((m) => m.unpriced));
  for (const p of running) if (!args.priceOf(p.perDay.denom)) missing.add(p.perDay.denom);
  if (missing.size) return none({ kind: "no-price", denoms: [...missing] });
  const out: ServiceRates = { state: null, perDayTo: new Map(), pools: new Map(), operators: new Map(), users: null };
  for (const plan of running) {
    const r = planRates(plan.perDay.amount, args.priceOf(plan.perDay.denom)!, plan.distribution ?? BY_VALUE, {
      pools: poolMembers.filter((m) => m.value > 0n),
      operators: operatorMembers.filter((m) => m.value > 0n),
      users: own.value > 0n ? { id: s.id, value: own.value } : null,
    });
    for (const [id, v] of r.pools) addRate(out.pools, id, v);
    for (const [id, v] of r.operators) addRate(out.operators, id, v);
    if (r.users !== null) out.users = (out.users ?? 0n) + r.users;
    const to = out.perDayTo.get(plan.perDay.denom) ?? { pools: 0n, operators: 0n, users: 0n };
    out.perDayTo.set(plan.perDay.denom, { pools: to.pools + r.perDay.pools, operators: to.operators + r.perDay.operators, users: to.users + r.perDay.users });
  }
  return out;
}

/** One service's part in a target's APR: its rate for that target, or why there is none. */
function part(rates: ServiceRates, rate: Dec | null | undefined): Part {
  if (rates.state) return rates.state;
  return rate === null || rate === undefined ? { kind: "no-tvl" } : { kind: "apr", apr: rate };
}

interface RestakingArgs {
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
}

/**
 * USD value and APR of every target. A target's APR is what the chain pays per dollar it holds
 * now: a service's is the rate of delegating to it directly, a pool's adds up what each service
 * it earns from pays the pool group, an operator's does the same for the operator group, after
 * its commission.
 */
export function restakingUsd(args: RestakingArgs): RestakingUsd {
  const { priceOf } = args;
  const services = new Map<number, ServiceUsd>();
  const rates = new Map<number, ServiceRates>();
  for (const s of args.services) {
    const pools = s.securingPools.flatMap((id) => {
      const p = args.pools.find((x) => x.id === id);
      return p ? [{ id, denom: p.denom, trustedTokens: trustedPoolTokens(s.trustedPoolShares[id] ?? 0n, p.shares, p.tokens) }] : [];
    });
    const trustedTvl = trustedTvlUsd({ pools, operators: operatorsOf(s, args.operators).map((o) => o.tokens), own: s.tokens }, priceOf);
    const r = serviceRates(s, args, pools);
    rates.set(s.id, r);
    services.set(s.id, { tvl: coinsUsd(s.tokens, priceOf), trustedTvl, apr: part(r, r.users), perDayTo: r.perDayTo });
  }
  const pools = new Map<number, PoolUsd>();
  for (const p of args.pools) {
    const borrowing = args.services.filter((s) => s.securingPools.includes(p.id));
    const covers = (args.trust ? earningServices(args.trust, borrowing, p.id) : borrowing.map((s) => s.id)).sort((a, b) => a - b);
    const apr: ServiceApr =
      args.trust && covers.length === 0 && borrowing.length > 0 ? { kind: "not-trusted" } : combinedApr(covers.map((id) => part(rates.get(id)!, rates.get(id)!.pools.get(p.id))));
    pools.set(p.id, { tvl: coinsUsd([{ denom: p.denom, amount: p.tokens }], priceOf), apr, covers, basis: args.trust ? "your-trust" : "all-services" });
  }
  const operators = new Map<number, TargetUsd>();
  for (const o of args.operators) {
    const from = o.active ? args.services.filter((s) => operatorsOf(s, [o]).length > 0).map((s) => part(rates.get(s.id)!, rates.get(s.id)!.operators.get(o.id))) : [];
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
