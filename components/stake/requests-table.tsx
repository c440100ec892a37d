import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import type { BatchStatus } from "@/lib/protocol/liquid-staking";
import { CardsOnPhone } from "@/components/ui/cards-on-phone";
import { DisplayValue } from "@/components/ui/display-value";
import { When } from "@/components/ui/when";
import type { Shown } from "@/lib/amount/display";

export interface RequestRow {
  batchId: number;
  status: BatchStatus;
  /** The LST amount, e.g. displayToken(…, "milkTIA"): rounded, exact on hover, focus and copy. */
  amount: Shown;
  /** The native amount, or "…" while it is being valued. */
  value: Shown | string;
  /** e.g. "Submission in 2d 4h", "Arrives in 21d 0h", "Ready". */
  timing: string;
  /** When the next step is due (ms on the chain clock): the absolute UTC time on hover and focus. */
  timingAtMs?: number;
}

export type RequestsTableState =
  | { kind: "disconnected" }
  | { kind: "loading" }
  | { kind: "error"; message: string; onRetry: () => void }
  | { kind: "ready"; rows: ReadonlyArray<RequestRow> };

type RequestsTableProps = {
  symbol: string;
  nativeSymbol: string;
  state: RequestsTableState;
  onClaim: (batchId: number) => void;
  onClaimAll: () => void;
  /** Stopped contract, another transaction in flight, or no wallet. */
  actionsDisabled: boolean;
  /** Which claim is in flight: a batch id, "all", or null. */
  pending: number | "all" | null;
};

const STATUS: Record<BatchStatus, { label: string; tone: BadgeTone }> = {
  pending: { label: "Pending", tone: "neutral" },
  submitted: { label: "Submitted", tone: "info" },
  received: { label: "Received", tone: "success" },
};

/** The user's unstake requests for one LST, with claim buttons for received batches. */
export function RequestsTable({ symbol, nativeSymbol, state, onClaim, onClaimAll, actionsDisabled, pending }: RequestsTableProps) {
  const claimable = state.kind === "ready" ? state.rows.filter((r) => r.status === "received") : [];
  return (
    <div className="space-y-3">
      {state.kind === "disconnected" ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">Connect a wallet to see your {symbol} unstake requests.</p>
      ) : state.kind === "loading" ? (
        <div aria-busy="true" className="space-y-2">
          <span className="sr-only">Loading your unstake requests</span>
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
        </div>
      ) : state.kind === "error" ? (
        <div role="alert" className="flex flex-wrap items-center gap-3 text-sm text-red-700 dark:text-red-400">
          <span>Your unstake requests could not be loaded: {state.message}</span>
          <Button size="sm" variant="secondary" onClick={state.onRetry}>
            Retry
          </Button>
        </div>
      ) : state.rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No unstake requests for {symbol}. Requests you make in the Unstake tab appear here until you claim them.
        </p>
      ) : (
        <>
          <div role="region" aria-label={`${symbol} unstake requests`} tabIndex={0} className="overflow-x-auto">
            <CardsOnPhone>
              <table className="w-full min-w-[36rem] text-left text-sm">
                <caption className="sr-only">Your {symbol} unstake requests</caption>
                <thead className="text-xs text-slate-600 dark:text-slate-400">
                  <tr>
                    <th scope="col" className="py-2 pr-3 font-medium">Batch</th>
                    <th scope="col" className="py-2 pr-3 font-medium">Status</th>
                    <th scope="col" className="py-2 pr-3 text-right font-medium">Amount</th>
                    <th scope="col" className="py-2 pr-3 text-right font-medium">You get ({nativeSymbol})</th>
                    <th scope="col" className="py-2 pr-3 font-medium">Time left</th>
                    <th scope="col" className="py-2 font-medium"><span className="sr-only">Action</span></th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                  {state.rows.map((r) => (
                    <tr key={r.batchId}>
                      <th scope="row" className="py-2 pr-3 font-medium">#{r.batchId}</th>
                      <td className="py-2 pr-3">
                        <Badge tone={STATUS[r.status].tone}>{STATUS[r.status].label}</Badge>
                      </td>
                      <td className="py-2 pr-3 text-right tabular-nums"><DisplayValue shown={r.amount} /></td>
                      <td className="py-2 pr-3 text-right tabular-nums">
                        {r.status === "received" ? "" : <span aria-hidden="true">≈ </span>}
                        {typeof r.value === "string" ? r.value : <DisplayValue shown={r.value} />}
                        {r.status === "received" ? null : <span className="sr-only"> (estimate)</span>}
                      </td>
                      <td className="py-2 pr-3 tabular-nums">
                        {r.timingAtMs !== undefined ? <When ms={r.timingAtMs} nowMs={null} relative={r.timing} /> : r.timing}
                      </td>
                      <td className="py-2 text-right">
                        {r.status === "received" ? (
                          <Button
                            size="sm"
                            onClick={() => onClaim(r.batchId)}
                            disabled={actionsDisabled}
                            pending={pending === r.batchId}
                            aria-label={`Claim batch ${r.batchId}`}
                          >
                            Claim
                          </Button>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </CardsOnPhone>
          </div>
          {claimable.length > 1 ? (
            <Button onClick={onClaimAll} disabled={actionsDisabled} pending={pending === "all"}>
              Claim all ({claimable.length} batches)
            </Button>
          ) : null}
        </>
      )}
    </div>
  );
}
