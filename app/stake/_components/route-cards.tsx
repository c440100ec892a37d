import type { RouteOption } from "@/components/stake/route-options";
import type { Fact } from "@/components/stake/fact-list";
import type { LstRecord } from "@/lib/chains/lsts";
import { percent, type StakeRoutes, type UnstakeRoutes } from "@/lib/protocol/pool-routes";
import { displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { When } from "@/components/ui/when";

export type StakeVia = "mint" | "pool";
export type UnstakeVia = "wait" | "sell";

export const TOLERANCE = [
  { value: "50", label: "0.5%" },
  { value: "100", label: "1%" },
  { value: "200", label: "2%" },
  { value: "500", label: "5%" },
] as const;
export type Tolerance = (typeof TOLERANCE)[number]["value"];

/** Cards compare at a glance: amounts rounded (toward zero), the exact value on hover, focus and copy. */
const fmt = (lst: LstRecord) => ({
  lst: (v: bigint) => <DisplayValue shown={displayToken(v, lst.decimals, lst.symbol)} />,
  native: (v: bigint) => <DisplayValue shown={displayToken(v, lst.decimals, lst.nativeSymbol)} />,
  /** For badges, which are plain text. */
  lstText: (v: bigint) => displayToken(v, lst.decimals, lst.symbol).text,
  nativeText: (v: bigint) => displayToken(v, lst.decimals, lst.nativeSymbol).text,
});

/** "0.53% below the redemption rate" / "1.00% above …" for a loss figure (positive = worse). */
function vsRate(loss: bigint, what: "pays" | "costs"): string {
  if (loss === 0n) return "exactly the redemption rate";
  const worse = loss > 0n;
  const p = percent(worse ? loss : -loss, worse ? "ceil" : "floor");
  if (what === "pays") return worse ? `${p} below the redemption rate` : `${p} above the redemption rate`;
  return worse ? `${p} dearer than the redemption rate` : `${p} cheaper than the redemption rate`;
}

/** The two ways into the LST, as route cards. `poolError` is the quote's failure, if any. */
export function stakeRouteCards(lst: LstRecord, routes: StakeRoutes | null, poolId: bigint, poolError: string | null): RouteOption<StakeVia>[] {
  const f = fmt(lst);
  const mint = routes?.mint;
  const pool = routes?.pool ?? null;
  const mintCard: RouteOption<StakeVia> = {
    value: "mint",
    title: "Mint through the contract",
    amount: mint && mint.out !== null ? f.lst(mint.out) : "—",
    badge: routes?.best === "mint" && routes.advantage !== null ? { text: routes.advantage > 0n ? `Gives ${f.lstText(routes.advantage)} more` : "Same amount", tone: "success" } : undefined,
    facts: [
      { id: "rate", label: "Rate", value: "the redemption rate, rounded down" },
      { id: "fees", label: "Fees", value: "none at minting (a protocol fee is taken from rewards)" },
      { id: "impact", label: "Price impact", value: "none" },
    ],
    unavailable: mint && mint.out === null ? mint.reason : undefined,
  };
  const poolFacts: Fact[] = pool
    ? [
        { id: "vs-rate", label: "Against the rate", value: vsRate(pool.loss, "costs") },
        { id: "impact", label: "Price impact", value: percent(pool.priceImpact) },
        { id: "fees", label: "Pool fees (spread + taker)", value: f.native(pool.fee) },
        { id: "min", label: "Minimum accepted", value: f.lst(pool.minOut) },
      ]
    : [];
  const poolCard: RouteOption<StakeVia> = {
    value: "pool",
    title: `Buy on pool #${poolId}`,
    amount: pool ? f.lst(pool.amountOut) : poolError ? "—" : routes ? null : "—",
    badge:
      pool && !pool.guard.ok
        ? { text: "Refused by your rate guard", tone: "danger" }
        : routes?.best === "pool" && routes.advantage !== null
          ? { text: `Gives ${f.lstText(routes.advantage)} more`, tone: "success" }
          : undefined,
    facts: poolFacts,
    unavailable: poolError ?? (pool && !pool.guard.ok ? pool.guard.message : undefined),
  };
  return [mintCard, poolCard];
}

/** The two ways out of the LST, as route cards. `nowMs` is the chain's clock, for the claim date. */
export function unstakeRouteCards(lst: LstRecord, routes: UnstakeRoutes | null, poolId: bigint, poolError: string | null, unbondingDays: number | null, batchId: number | null, nowMs: number | null): RouteOption<UnstakeVia>[] {
  const f = fmt(lst);
  const wait = routes?.wait;
  const sell = routes?.sell ?? null;
  const waitCard: RouteOption<UnstakeVia> = {
    value: "wait",
    title: "Wait for the queue",
    amount: wait && wait.out !== null ? f.native(wait.out) : "—",
    badge: routes?.costOfNow !== null && routes?.costOfNow !== undefined && routes.costOfNow > 0n ? { text: `${f.nativeText(routes.costOfNow)} more than selling`, tone: "success" } : undefined,
    facts: [
      { id: "rate", label: "Rate", value: "today's redemption rate (fixed when the batch is submitted)" },
      { id: "batch", label: "Batch", value: batchId !== null ? `#${batchId}` : "—" },
      {
        id: "eta",
        label: "Claimable about",
        value: wait && wait.out !== null && wait.claimAtMs !== null ? <When ms={wait.claimAtMs} nowMs={nowMs} /> : "—",
      },
      { id: "unbonding", label: "Unbonding", value: unbondingDays !== null ? `${unbondingDays} d after the batch` : "—" },
    ],
    unavailable: wait && wait.out === null ? wait.reason : undefined,
  };
  const sellCard: RouteOption<UnstakeVia> = {
    value: "sell",
    title: `Sell now on pool #${poolId}`,
    amount: sell ? f.native(sell.amountOut) : poolError ? "—" : routes ? null : "—",
    badge: sell && !sell.guard.ok ? { text: "Refused by your rate guard", tone: "danger" } : sell ? { text: "Arrives now", tone: "neutral" } : undefined,
    facts: sell
      ? [
          { id: "vs-rate", label: "Against the rate", value: vsRate(sell.loss, "pays") },
          { id: "impact", label: "Price impact", value: percent(sell.priceImpact) },
          { id: "fees", label: "Pool fees (spread + taker)", value: f.lst(sell.fee) },
          { id: "min", label: "Minimum accepted", value: f.native(sell.minOut) },
        ]
      : [],
    unavailable: poolError ?? (sell && !sell.guard.ok ? sell.guard.message : undefined),
  };
  return [waitCard, sellCard];
}
