"use client";

import { useQuery } from "@tanstack/react-query";
import { FeeApr } from "@/components/liquidity/fee-apr";
import { Stat } from "@/components/dashboard/stat";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { usePoolFeeApr } from "@/hooks/use-pool-fee-apr";
import { usePoolId } from "@/hooks/use-pool-settings";
import { DEC_SCALE } from "@/lib/amount/decimal";
import { displayPercent, displayToken } from "@/lib/amount/display";
import { lstBySymbol, type NetworkSnapshot } from "@/lib/chains/networks";
import { windowYield } from "@/lib/protocol/yield";
import { rateHistoryQuery } from "@/lib/queries/liquid-staking";

/** Pool APR for the milkTIA/TIA pool: spread-factor fees on the chain's counted volume plus milkTIA's own staking yield. */
export function YieldPool({ net }: { net: NetworkSnapshot }) {
  const milkTia = lstBySymbol(net, "milkTIA")!;
  const poolId = usePoolId(net.mode, "milkTIA");
  const fees = usePoolFeeApr(net, poolId);
  const history = useQuery(rateHistoryQuery(net, milkTia));

  if (poolId === undefined) return null;
  const apy = history.data ? (windowYield(history.data.samples, 30)?.apy ?? null) : null;
  const f = fees.apr;
  // The APR values the pool in the token Osmosis prices in OSMO, so milkTIA may be either side.
  const lstValue = f ? (fees.pair?.[0] === milkTia.lstDenom ? f.baseValue : f.tvl - f.baseValue) : null;
  // milkTIA's yield on the share of the pool's value that is milkTIA, rounded down.
  const lst = f && lstValue !== null && apy !== null ? (apy * lstValue) / f.tvl : null;

  return (
    <Card as="section" aria-labelledby="yield-pool-heading" className="space-y-4">
      <h2 id="yield-pool-heading" className="text-lg font-semibold">
        milkTIA/TIA pool #{poolId.toString()} on Osmosis
      </h2>
      <dl className="grid gap-4 sm:grid-cols-3">
        <Stat
          label="Pool APR (fees + milkTIA yield)"
          value={f && lst !== null ? `≥ ${displayPercent(f.fees + lst).text}` : fees.error ? "Needs the fee APR" : fees.none ? "Not measured yet" : <Skeleton className="h-6 w-24" />}
          note={f && lst !== null ? "A floor, like the fee APR it includes" : undefined}
        />
        <FeeApr label="From fees" fees={fees} mode={net.mode} poolId={poolId} valueSymbol={fees.pair?.[1] === milkTia.lstDenom ? "milkTIA" : "TIA"} />
        <Stat
          label="From milkTIA's staking yield"
          value={lst !== null ? displayPercent(lst).text : fees.error ? "Needs the fee APR" : fees.none ? "Not measured yet" : <Skeleton className="h-6 w-20" />}
          note={f ? `milkTIA is ${displayPercent(f.tvl > 0n && lstValue !== null ? (lstValue * DEC_SCALE) / f.tvl : 0n).text} of the pool's ${displayToken(f.tvl, 6, fees.pair?.[1] === milkTia.lstDenom ? "milkTIA" : "TIA").text} of value` : undefined}
        />
      </dl>
    </Card>
  );
}
