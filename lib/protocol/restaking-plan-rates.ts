import { decFromRatio, type Dec } from "../amount/decimal";
import type { DenomPrice } from "./restaking-apr";

/**
 * What one rewards plan pays each target per dollar it holds, split the way x/rewards splits
 * it (doc §2.6; the simulator's allocation.ts is the chain's side):
 *
 * 1. The plan's daily amount is divided between three groups — pools, operators, and the
 *    service's own delegators ("users") — by the plan's group weights, counting only groups
 *    that hold something; when every such weight is zero, by the groups' USD values.
 * 2. Inside a group: Basic pays by value (every member earns the group's average rate),
 *    Egalitarian pays each member the same amount, Weighted pays listed members by weight.
 *
 * A single "rewards ÷ everything that secures the service" rate ignores step 1: with weights
 * 6/3/1 a service's few direct delegators share a tenth of the plan and earn far more per
 * dollar than pool delegators, which is exactly what the chain pays them.
 */

export type DistributionKind = "basic" | "weighted" | "egalitarian";

export interface GroupDistribution {
  weight: number;
  kind: DistributionKind;
  /** Weighted only: the listed targets and their weights. */
  weights: ReadonlyArray<{ targetId: number; weight: number }>;
}

export interface PlanDistribution {
  pools: GroupDistribution;
  operators: GroupDistribution;
  users: { weight: number };
}

/** A plan without a distribution (e.g. an old view) pays every group by value. */
export const BY_VALUE: PlanDistribution = {
  pools: { weight: 0, kind: "basic", weights: [] },
  operators: { weight: 0, kind: "basic", weights: [] },
  users: { weight: 0 },
};

/** One target taking part, valued in USD (18-digit Dec) at what the plan counts for it. */
export interface Member {
  id: number;
  value: Dec;
}

export interface PlanMembers {
  pools: ReadonlyArray<Member>;
  operators: ReadonlyArray<Member>;
  /** The service's own delegations, or null when it has none. */
  users: Member | null;
}

/** APR per target id for each group (before operator commission); a member worth $0 earns no rate. */
export interface PlanRates {
  pools: Map<number, Dec>;
  operators: Map<number, Dec>;
  users: Dec | null;
  /** Base units a day each group receives (floored): what the chain hands each group to share. */
  perDay: GroupAmounts;
}

export interface GroupAmounts {
  pools: bigint;
  operators: bigint;
  users: bigint;
}

interface Fraction {
  num: bigint;
  den: bigint;
}

const sum = (ms: ReadonlyArray<Member>) => ms.reduce((a, m) => a + m.value, 0n);

/** Each member's share of its group's rewards, as a fraction. */
function memberShares(d: GroupDistribution, members: ReadonlyArray<Member>): Map<number, Fraction> {
  const out = new Map<number, Fraction>();
  if (d.kind === "egalitarian") {
    for (const m of members) out.set(m.id, { num: 1n, den: BigInt(members.length) });
  } else if (d.kind === "weighted") {
    const listed = d.weights.filter((w) => members.some((m) => m.id === w.targetId));
    const total = BigInt(listed.reduce((a, w) => a + w.weight, 0));
    if (total > 0n) for (const w of listed) out.set(w.targetId, { num: BigInt(w.weight), den: total });
  } else {
    const total = sum(members);
    if (total > 0n) for (const m of members) out.set(m.id, { num: m.value, den: total });
  }
  return out;
}

/**
 * Rates of one plan paying `perDay` base units of a token priced at `price`. Every rate is
 * floored once from the exact product, so no rate shown exceeds what the chain pays.
 */
export function planRates(perDay: bigint, price: Pick<DenomPrice, "price" | "exponent">, d: PlanDistribution, m: PlanMembers): PlanRates {
  const values = { pools: sum(m.pools), operators: sum(m.operators), users: m.users?.value ?? 0n };
  const total = values.pools + values.operators + values.users;
  const weights =
    (values.pools > 0n ? d.pools.weight : 0) + (values.operators > 0n ? d.operators.weight : 0) + (values.users > 0n ? d.users.weight : 0);
  const groupShare = (weight: number, value: Dec): Fraction =>
    weights > 0 ? { num: BigInt(weight), den: BigInt(weights) } : { num: value, den: total === 0n ? 1n : total };
  // yearly USD of the whole plan = perDay·365·price / 10^exponent (price is an 18-digit Dec).
  const yearly = perDay * 365n * price.price;
  const unit = 10n ** BigInt(price.exponent);
  const rate = (g: Fraction, s: Fraction, value: Dec): Dec | null =>
    value > 0n && g.num > 0n ? decFromRatio(yearly * g.num * s.num, unit * g.den * s.den * value, "floor") : null;

  const group = (dist: GroupDistribution, members: ReadonlyArray<Member>, value: Dec) => {
    const out = new Map<number, Dec>();
    if (value === 0n) return out;
    const g = groupShare(dist.weight, value);
    const shares = memberShares(dist, members);
    for (const mem of members) {
      const s = shares.get(mem.id);
      const r = s ? rate(g, s, mem.value) : null;
      if (r !== null) out.set(mem.id, r);
    }
    return out;
  };
  const daily = (weight: number, value: Dec): bigint => {
    if (value === 0n) return 0n;
    const g = groupShare(weight, value);
    return (perDay * g.num) / g.den;
  };
  return {
    perDay: { pools: daily(d.pools.weight, values.pools), operators: daily(d.operators.weight, values.operators), users: daily(d.users.weight, values.users) },
    pools: group(d.pools, m.pools, values.pools),
    operators: group(d.operators, m.operators, values.operators),
    users: m.users && values.users > 0n ? rate(groupShare(d.users.weight, values.users), { num: 1n, den: 1n }, m.users.value) : null,
  };
}
