"use client";

import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { QueryError } from "@/components/dashboard/query-error";
import { Stat } from "@/components/dashboard/stat";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useLstClock } from "@/hooks/use-lst-clock";
import { useOsmosisPool, usePoolLiquidity, usePoolVolume } from "@/hooks/use-osmosis-pools";
import { usePoolId } from "@/hooks/use-pool-settings";
import { DEC_SCALE, mulIntByDec, type Dec } from "@/lib/amount/decimal";
import { displayPercent, displayToken } from "@/lib/amount/display";
import { lstBySymbol, type NetworkSnapshot } from "@/lib/chains/networks";
import { poolApr } from "@/lib/protocol/cl-position";
import { BIGDEC_SCALE } from "@/lib/protocol/cl-ticks";
import { windowYield } from "@/lib/protocol/yield";
import { rateHistoryQuery } from "@/lib/queries/liquid-staking";
import type { CoinAmount } from "@/lib/reads/osmosis-pools";
import { recordVolume, volumeWindow, type VolumeSample } from "@/lib/stores/volume-samples";

/** Coins valued in token1 at `price` (token1 per token0), rounded down. */
function valueOf(coins: ReadonlyArray<CoinAmount>, token0: string, token1: string, price: Dec): bigint {
  let v = 0n;
  for (const c of coins) {
    if (c.denom === token0) v += mulIntByDec(c.amount, price, "floor");
    else if (c.denom === token1) v += c.amount;
  }
  return v;
}

/** Pool APR for the milkTIA/TIA pool: spread-factor fees over the watched window plus milkTIA's own staking yield. */
export function YieldPool({ net }: { net: NetworkSnapshot }) {
  const milkTia = lstBySymbol(net, "milkTIA")!;
  const poolId = usePoolId(net.mode, "milkTIA");
  const pool = useOsmosisPool(net, poolId);
  const volume = usePoolVolume(net, poolId);
  const liquidity = usePoolLiquidity(net, poolId);
  const history = useQuery(rateHistoryQuery(net, milkTia));
  const now = useLstClock(net.mode);
  const [samples, setSamples] = useState<VolumeSample[]>([]);
  const cl = pool.data?.kind === "concentrated" ? pool.data : null;
  const price = cl ? (cl.currentSqrtPrice * cl.currentSqrtPrice) / BIGDEC_SCALE / (BIGDEC_SCALE / DEC_SCALE) : null;
  const volValue = cl && price !== null && volume.data ? valueOf(volume.data, cl.token0, cl.token1, price) : null;
  const hourBucket = now === null ? null : Math.floor(now / 3_600_000);
  // Record at most once per hour of chain time (recordVolume keeps one sample an hour anyway);
  // adjusted while rendering, like a derived value, so the first paint already has the window.
  const recordKey = volValue !== null && hourBucket !== null && poolId !== undefined ? `${net.mode}:${net.chainIds.osmosis}:${poolId}:${hourBucket}` : null;
  const [recordedFor, setRecordedFor] = useState<string | null>(null);
  if (recordKey !== null && recordKey !== recordedFor && typeof window !== "undefined") {
    setRecordedFor(recordKey);
    setSamples(recordVolume(window.localStorage, `${net.mode}:${net.chainIds.osmosis}:${poolId}`, { timeMs: now!, value: volValue! }));
  }

  const error = pool.error ?? volume.error ?? liquidity.error;
  if (poolId === undefined) return null;
  const apy = history.data ? (windowYield(history.data.samples, 30)?.apy ?? null) : null;
  const tvl = cl && price !== null && liquidity.data ? valueOf(liquidity.data, cl.token0, cl.token1, price) : null;
  const lstValue = cl && price !== null && liquidity.data ? valueOf(liquidity.data.filter((c) => c.denom === cl.token0), cl.token0, cl.token1, price) : null;
  const win = volValue !== null && now !== null ? volumeWindow(samples, { timeMs: now, value: volValue }) : null;
  const fees = win && cl ? mulIntByDec(win.volume, cl.spreadFactor, "floor") : null;
  const apr = tvl !== null && lstValue !== null && apy !== null ? poolApr({ feesInWindow: fees ?? 0n, windowS: win?.windowS ?? 1, tvl, lstValue, lstApy: apy }) : null;

  return (
    <Card as="section" aria-labelledby="yield-pool-heading" className="space-y-4">
      <h2 id="yield-pool-heading" className="text-lg font-semibold">
        milkTIA/TIA pool #{poolId.toString()} on Osmosis
      </h2>
      {error ? (
        <QueryError what={`Pool #${poolId}`} error={error} onRetry={() => void Promise.all([pool.refetch(), volume.refetch(), liquidity.refetch()])} />
      ) : (
        <dl className="grid gap-4 sm:grid-cols-3">
          <Stat label="Pool APR (fees + milkTIA yield)" value={apr && win ? displayPercent(apr.total).text : apr ? `${displayPercent(apr.lst).text} + fees` : <Skeleton className="h-6 w-24" />} />
          <Stat
            label="From fees"
            value={apr && win ? displayPercent(apr.fees).text : tvl !== null ? "Measuring" : <Skeleton className="h-6 w-20" />}
            note={
              win
                ? `Spread factor on the volume traded over the last ${Math.round(win.windowS / 3600)} h this browser has watched`
                : "Osmosis reports only total volume, so fees are measured from when this browser first saw the pool (an hour at least)"
            }
          />
          <Stat
            label="From milkTIA's staking yield"
            value={apr ? displayPercent(apr.lst).text : <Skeleton className="h-6 w-20" />}
            note={tvl !== null && lstValue !== null ? `milkTIA is ${displayPercent(tvl > 0n ? (lstValue * DEC_SCALE) / tvl : 0n).text} of the pool's ${displayToken(tvl, 6, "TIA").text} of value` : undefined}
          />
        </dl>
      )}
    </Card>
  );
}
