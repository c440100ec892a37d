"use client";

import type { ReactNode } from "react";
import { QueryError } from "@/components/dashboard/query-error";
import { DisplayValue } from "@/components/ui/display-value";
import { Skeleton } from "@/components/ui/skeleton";
import type { usePoolFeeApr } from "@/hooks/use-pool-fee-apr";
import { displayPercent, displayToken } from "@/lib/amount/display";
import { FEE_WINDOW_TARGET_MS, windowShortened, windowText } from "@/lib/protocol/pool-fee-apr";
import type { NetworkMode } from "@/lib/stores/network-store";

type Fees = Pick<ReturnType<typeof usePoolFeeApr>, "apr" | "none" | "error" | "retry">;

/** What the measurement covers, said wherever a fee APR is shown. */
const SOURCE = "the volume Osmosis itself counts for the pool (TotalVolumeForPool)";

/**
 * A pool's fee APR as a label/value pair of a <dl>, the one way the app says it (Liquidity's
 * "over time" section and the Yield page's pool card): the value floored to 2 decimals and marked
 * a floor ("≥": swaps paid in a token without an OSMO pool are not counted), the window it was
 * measured over and why, when it is shorter than asked for (a pruning live node, or a simulator
 * history that starts later), and the loading, not-measurable and error states.
 */
export function FeeApr({ fees, mode, poolId, valueSymbol, label = "Fee APR" }: { fees: Fees; mode: NetworkMode; poolId: bigint; valueSymbol: string; label?: string }) {
  const f = fees.apr;
  let value: ReactNode;
  let note: string;
  if (fees.error) {
    value = <QueryError what={`Pool #${poolId}'s fee APR`} error={fees.error} onRetry={fees.retry} />;
    note = `Measured from ${SOURCE}.`;
  } else if (f) {
    const shown = displayPercent(f.fees);
    value = (
      <>
        ≥ <DisplayValue shown={shown} />
      </>
    );
    const span = windowText(f.windowS);
    const target = windowText(FEE_WINDOW_TARGET_MS[mode] / 1000);
    const short = !windowShortened(f.windowS, mode)
      ? ""
      : mode === "live"
        ? ` Only ${span}, not ${target}: this Osmosis node keeps no older state.`
        : ` Only ${span}, not ${target}: the pool's history starts then.`;
    note =
      `A floor: the spread factor on ${displayToken(f.volumeOsmo, 6, "OSMO").text} of volume over the last ${span}, ` +
      `over ${displayToken(f.tvl, 6, valueSymbol).text} held, from ${SOURCE}; swaps paid in a token without an OSMO pool are not counted.${short}`;
  } else if (fees.none) {
    value = "Not measured yet";
    note = `Needs at least an hour of ${SOURCE} and a pool that holds something.`;
  } else {
    value = <Skeleton className="h-6 w-20" />;
    note = `Measuring from ${SOURCE}…`;
  }
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className={fees.error ? "mt-1" : "mt-1 font-mono text-lg break-words tabular-nums"}>{value}</dd>
      <dd className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">{note}</dd>
    </div>
  );
}
